"""The applicant's forms: the application with its budget rows and attachments, the answer, the report.

A draft needs only what is needed to send the private link; everything else is
checked when the application is sent. The budget total is always computed here,
on the server, from the rows.
"""

import re
from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from core.email_addresses import validate_sendable
from core.forms import AccessibleErrorsMixin, SingleLineCharField, describe_errors, reject_control_characters
from projects.models import CityArea

from .attachments import MultipleFileField, check_attachment
from .budget_forms import BudgetFormSet, budget_initial, euros
from .models import ApplicantType, Application

PHONE = re.compile(r"^\+?[0-9 ()\-]{5,30}$")
# A draft needs only enough to send the private link and to recognise the application
# (applicant_name, contact_name, contact_email and title are always required.)
SEND_REQUIRED = ("applicant_type", "theme", "description", "audience", "schedule")


def max_length(name):
    """The length of the application's column: the form refuses more, so saving never fails."""
    return Application._meta.get_field(name).max_length


class ApplicationForm(AccessibleErrorsMixin, forms.Form):
    """The whole application. Build it with ``sending=True`` to require everything the evaluation needs."""

    applicant_type = forms.ChoiceField(
        label=_("Who is applying?"), choices=ApplicantType.choices, widget=forms.RadioSelect
    )
    applicant_name = SingleLineCharField(
        label=_("Name of the applicant"),
        max_length=max_length("applicant_name"),
        help_text=_(
            "The group's, association's or company's name. If you apply as a resident, your own name."
        ),
    )
    show_name = forms.BooleanField(
        label=_("My name may be published with the results if the project is funded."),
        help_text=_(
            "Only for residents applying in their own name. Without consent we publish only the project."
        ),
        required=False,
    )
    business_id = SingleLineCharField(
        label=_("Business ID"),
        max_length=max_length("business_id"),
        required=False,
        help_text=_("If the association or company has one, for example 1234567-8."),
    )
    contact_name = SingleLineCharField(
        label=_("Contact person's name"), max_length=max_length("contact_name")
    )
    contact_email = forms.EmailField(
        label=_("Contact person's email"),
        max_length=max_length("contact_email"),
        validators=[reject_control_characters, validate_sendable],
        help_text=_("We send the private link to the application and all messages about it here."),
    )
    contact_phone = SingleLineCharField(
        label=_("Contact person's phone"), max_length=max_length("contact_phone"), required=False
    )
    theme = forms.ChoiceField(label=_("Theme"), widget=forms.RadioSelect, required=False)
    title = SingleLineCharField(label=_("Title of the project"), max_length=max_length("title"))
    description = forms.CharField(
        label=_("What will be done?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text=_("Describe the new activity: what happens, where, and how it promotes wellbeing."),
    )
    audience = forms.CharField(label=_("For whom?"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    area = forms.ChoiceField(label=_("City area"), required=False)
    schedule = forms.CharField(
        label=_("Schedule"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("When the project starts and ends, and its main steps."),
    )
    self_financing = forms.DecimalField(
        label=_("Self-financing (€)"),
        max_digits=9,
        decimal_places=2,
        required=False,
        localize=True,
        validators=[MinValueValidator(0)],
        help_text=_("Money or work of your own that goes into the project, in euros."),
    )
    other_funding = forms.CharField(
        label=_("Other funding"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Other grants or sponsors, applied for or received."),
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        validators=[check_attachment],
    )
    remove_attachments = forms.MultipleChoiceField(
        label=_("Remove attached files"), required=False, widget=forms.CheckboxSelectMultiple
    )
    # A honeypot: hidden from people and from assistive technology, filled in only by bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, data=None, files=None, *, round_page, sending=False, attached=(), **kwargs):
        initial = kwargs.pop("initial", None) or {}
        super().__init__(data, files, initial=initial, **kwargs)
        self.round_page, self.sending, self.attached = round_page, sending, list(attached)
        self._set_choices()
        self._set_widgets()
        for name in SEND_REQUIRED:
            # A draft may leave these empty, sending may not: never shown as "optional".
            self.fields[name].required = sending
            self.fields[name].marked_required = True
        self.budget = BudgetFormSet(
            data,
            prefix="budget",
            # Only an unbound formset gets the saved rows: a bound row equal to its initial value
            # would count as unchanged, and Django skips unchanged extra rows.
            initial=budget_initial(initial.get("budget", [])) if data is None else None,
            max_grant=round_page.max_grant,
            sending=sending,
        )

    def _set_choices(self):
        themes = self.round_page.themes.all()
        self.fields["theme"].choices = [(str(theme.translation_key), theme.name) for theme in themes]
        areas = CityArea.objects.filter(locale=Locale.get_active()).order_by("name")
        self.fields["area"].choices = [("", _("Choose an area")), *((a.slug, a.name) for a in areas)]
        self.fields["remove_attachments"].choices = [(str(a.pk), a.name) for a in self.attached]
        if not self.attached:
            del self.fields["remove_attachments"]
        limit = settings.WELLBEING_ATTACHMENTS_PER_APPLICATION
        self.fields["attachments"].help_text = _(
            "At most %(count)s files, each at most %(size)s. Accepted types: %(types)s. "
            "Only the working group sees them."
        ) % {
            "count": limit,
            "size": filesizeformat(settings.WELLBEING_ATTACHMENT_MAX_SIZE),
            "types": ", ".join(settings.WELLBEING_ATTACHMENT_EXTENSIONS),
        }

    def _set_widgets(self):
        attrs = {
            "applicant_name": {"autocomplete": "organization"},
            "contact_name": {"autocomplete": "name"},
            "contact_email": {"autocomplete": "email"},
            "contact_phone": {"autocomplete": "tel"},
            "website": {"autocomplete": "off", "tabindex": "-1"},
            "attachments": {
                "accept": ",".join(f".{ext}" for ext in settings.WELLBEING_ATTACHMENT_EXTENSIONS)
            },
        }
        for name, values in attrs.items():
            self.fields[name].widget.attrs.update(values)
        self.fields["contact_phone"].widget.input_type = "tel"
        for name in ("self_financing",):
            self.fields[name].widget.attrs["inputmode"] = "decimal"

    def clean_contact_phone(self):
        phone = self.cleaned_data["contact_phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Give the number with digits only, for example 040 123 4567."))
        return phone

    def clean(self):
        data = super().clean()
        kept = len(self.attached) - len(data.get("remove_attachments") or [])
        new = data.get("attachments") or []
        limit = settings.WELLBEING_ATTACHMENTS_PER_APPLICATION
        if new and kept + len(new) > limit:
            message = ngettext(
                "An application may have at most %(count)s attachment.",
                "An application may have at most %(count)s attachments.",
                limit,
            ) % {"count": limit}
            self.add_error("attachments", message)
        return data

    def full_clean(self):
        super().full_clean()
        self.budget.full_clean()
        for form in self.budget.forms:
            describe_errors(form)

    def is_valid(self):
        return super().is_valid() and self.budget.is_valid()

    @property
    def has_any_errors(self):
        return bool(self.errors) or self.budget.total_error_count() > 0

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))

    def details(self):
        """Keyword arguments for applications.save_draft() and applications.send()."""
        data = self.cleaned_data
        return {
            "applicant_type": data["applicant_type"],
            "applicant_name": data["applicant_name"].strip(),
            "show_name": data["show_name"] and data["applicant_type"] == ApplicantType.PERSON,
            "business_id": data["business_id"].strip(),
            "contact_name": data["contact_name"].strip(),
            "contact_email": data["contact_email"].strip(),
            "contact_phone": data["contact_phone"],
            "theme_key": data["theme"] or None,
            "title": data["title"].strip(),
            "description": data["description"].strip(),
            "audience": data["audience"].strip(),
            "area": data["area"],
            "schedule": data["schedule"].strip(),
            "self_financing": data["self_financing"] or Decimal("0"),
            "other_funding": data["other_funding"].strip(),
            "budget": self.budget.rows(),
        }


def application_initial(application):
    """The form's initial values from a saved application: what the applicant typed last time."""
    names = [
        "applicant_type",
        "applicant_name",
        "show_name",
        "business_id",
        "contact_name",
        "contact_email",
        "contact_phone",
        "title",
        "description",
        "audience",
        "area",
        "schedule",
        "other_funding",
        "budget",
    ]
    initial = {name: getattr(application, name) for name in names}
    initial["theme"] = str(application.theme_key) if application.theme_key else ""
    initial["self_financing"] = application.self_financing or None
    return initial


class AnswerForm(AccessibleErrorsMixin, forms.Form):
    """The applicant's answer to the working group's request for more information."""

    text = forms.CharField(label=_("Your answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


class ReportForm(AccessibleErrorsMixin, forms.Form):
    """What a funded project did; the money used may not exceed the amount granted."""

    what_was_done = forms.CharField(label=_("What was done?"), widget=forms.Textarea(attrs={"rows": 6}))
    participants = forms.IntegerField(label=_("How many people took part?"), min_value=0)
    money_used = forms.CharField(label=_("How was the money used?"), widget=forms.Textarea(attrs={"rows": 4}))
    amount_used = forms.DecimalField(
        label=_("Money used (€)"),
        max_digits=9,
        decimal_places=2,
        localize=True,
        validators=[MinValueValidator(0)],
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, granted, **kwargs):
        super().__init__(*args, **kwargs)
        self.granted = granted
        self.fields["amount_used"].help_text = _("At most the amount granted, %(amount)s €.") % {
            "amount": euros(granted)
        }
        self.fields["amount_used"].widget.attrs["inputmode"] = "decimal"
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_amount_used(self):
        amount = self.cleaned_data["amount_used"]
        if amount is not None and amount > self.granted:
            raise forms.ValidationError(
                _("The money used cannot be more than the amount granted, %(amount)s €."),
                params={"amount": euros(self.granted)},
            )
        return amount

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))

    def report_details(self):
        data = self.cleaned_data
        return {name: data[name] for name in ("what_was_done", "participants", "money_used", "amount_used")}
