"""The theme vote's form: the round's themes, an address to confirm from, and a honeypot."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.email_addresses import validate_sendable
from core.forms import AccessibleErrorsMixin, reject_control_characters

from .models import Vote


class VoteForm(AccessibleErrorsMixin, forms.Form):
    themes = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple,
        # Checked in clean_themes, so that "none" gets a message that says what to do.
        required=False,
        error_messages={"invalid_choice": _("Choose only from the themes listed here.")},
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=Vote._meta.get_field("email").max_length,
        validators=[reject_control_characters, validate_sendable],
        help_text=_(
            "We send you a link to confirm your vote. We use the address only for that, "
            "and delete it when the vote closes."
        ),
    )
    # A honeypot: hidden from people and from assistive technology, filled in only by bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, themes, votes_per_person, **kwargs):
        super().__init__(*args, **kwargs)
        self.theme_list = list(themes)
        self.votes_per_person = votes_per_person
        field = self.fields["themes"]
        field.choices = [(str(theme.translation_key), theme.name) for theme in self.theme_list]
        field.label = ngettext(
            "Choose %(count)s theme", "Choose at most %(count)s themes", votes_per_person
        ) % {"count": votes_per_person}
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_themes(self):
        chosen = self.cleaned_data["themes"]
        if not chosen:
            raise forms.ValidationError(_("Choose at least one theme."))
        if len(chosen) > self.votes_per_person:
            raise forms.ValidationError(
                ngettext(
                    "You chose %(chosen)s themes. Choose only %(count)s.",
                    "You chose %(chosen)s themes. Choose at most %(count)s.",
                    self.votes_per_person,
                )
                % {"chosen": len(chosen), "count": self.votes_per_person}
            )
        return chosen

    @property
    def theme_options(self):
        """Each checkbox with its theme, so the template can show the theme's description."""
        return zip(self["themes"], self.theme_list, strict=True)

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))
