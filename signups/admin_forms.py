"""Forms of the organisers' admin views: adding a participant by hand, finding a person's registrations."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .forms import LANGUAGE_NAMES, RegistrationDetails, email_field, name_field, other_need_field, phone_field
from .models import AccessibilityNeed, Registration
from .services import lowercased_address


class ParticipantForm(RegistrationDetails, forms.Form):
    """Someone signed up by phone or at the door: only the name is required."""

    name = name_field()
    email = email_field(
        label=_("Email"),
        required=False,
        help_text=_("If given, the person gets the confirmation and a cancel link by email."),
    )
    phone = phone_field()
    language = forms.ChoiceField(
        label=_("Language of messages"),
        choices=[(code, LANGUAGE_NAMES[code]) for code, _name in settings.LANGUAGES],
    )
    group_size = forms.IntegerField(label=_("Group size"), min_value=1, initial=1)
    needs = forms.MultipleChoiceField(
        label=_("Accessibility needs"),
        choices=AccessibilityNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_need = other_need_field(_("Other accessibility needs"))
    consent = forms.BooleanField(
        label=_("The person agreed that the city stores these needs to arrange the session"),
        help_text=_(
            "Without consent, accessibility needs are not stored. They are deleted when the session ends."
        ),
        required=False,
    )

    def __init__(self, *args, session, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        self.limit_group_size(session.max_group_size, _("At most %(count)s."))
        self.add_questions(questions, required=False)  # staff fill in what the person told them

    def clean_email(self):
        email = lowercased_address(self.cleaned_data["email"])
        if (
            email
            and Registration.objects.filter(
                session_key=self.session.translation_key,
                email=email,
                status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED],
            ).exists()
        ):
            raise forms.ValidationError(_("This address is already signed up for this session."))
        return email

    def registration_details(self):
        return {**super().registration_details(), "by_staff": True}


class PersonForm(forms.Form):
    email = email_field(label=_("Email address"))

    def clean_email(self):
        return lowercased_address(self.cleaned_data["email"])
