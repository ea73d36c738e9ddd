"""Forms of the working group's application page: one's own evaluation, the decision, a question."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Application, Evaluation
from . import vote_clusters

Status = Application.Status


class EvaluationForm(forms.ModelForm):
    """The current user's own evaluation; saving again updates it (one per evaluator)."""

    score = forms.TypedChoiceField(
        label=_("Score (1–5)"),
        choices=[("", "–"), *[(n, str(n)) for n in range(1, 6)]],
        coerce=int,
        empty_value=None,
        required=False,
    )

    class Meta:
        model = Evaluation
        fields = ["score", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("score") is None and not cleaned.get("note", "").strip():
            raise forms.ValidationError(_("Give a score or write a note."))
        return cleaned


class DecisionForm(forms.ModelForm):
    """Status, amount granted, decision link and a proposed merge, checked against the round's rules."""

    decision_url = forms.URLField(
        label=Application._meta.get_field("decision_url").verbose_name, required=False, assume_scheme="https"
    )

    class Meta:
        model = Application
        fields = ["status", "amount_granted", "decision_url", "merge_with", "merge_note"]
        widgets = {"merge_note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        application = self.instance
        self.fields["status"].choices = [(v, label) for v, label in Status.choices if v != Status.DRAFT]
        self.fields["merge_with"].queryset = (
            Application.objects.filter(round_id=application.round_id)
            .exclude(status=Status.DRAFT)
            .exclude(pk=application.pk)
            .order_by("reference")
        )

    def clean(self):
        cleaned = super().clean()
        status, amount = cleaned.get("status"), cleaned.get("amount_granted")
        if status == Status.FUNDED and amount is None:
            self.add_error("amount_granted", _("Give the amount granted to a funded application."))
        if amount is not None:
            self._check_amount(amount)
        if cleaned.get("merge_with") and not cleaned.get("merge_note", "").strip():
            self.add_error("merge_note", _("Say why the applications should be merged."))
        return cleaned

    def _check_amount(self, amount):
        application = self.instance
        if amount <= 0:
            self.add_error("amount_granted", _("The amount granted must be more than zero."))
        elif amount > application.requested_amount:
            self.add_error("amount_granted", _("The amount granted cannot exceed the sum applied for."))
        elif amount > application.round.max_grant:
            self.add_error(
                "amount_granted",
                _("The amount granted cannot exceed the round's largest grant (%(max)s €).")
                % {"max": application.round.max_grant},
            )


def _to_the_applicant(label, help_text):
    """A message the applicant is emailed about and reads on their application's page."""
    return forms.CharField(
        label=label, widget=forms.Textarea(attrs={"rows": 4}), max_length=4000, help_text=help_text
    )


class MessageForm(forms.Form):
    text = _to_the_applicant(
        _("Question to the applicant"),
        _("The applicant is emailed and answers on their application's page."),
    )


class ReturnReportForm(forms.Form):
    note = _to_the_applicant(
        _("What should be changed"),
        _("The applicant is emailed and sees this on their application's page."),
    )


class ClusterForm(forms.Form):
    """How many votes from one domain within the window make a cluster worth checking."""

    min_votes = forms.IntegerField(
        label=_("At least this many votes from one domain within an hour"),
        min_value=2,
        max_value=10000,
        initial=vote_clusters.MIN_VOTES,
    )
