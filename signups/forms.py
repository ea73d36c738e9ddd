"""The public sign-up form: what a session needs to know, and nothing more."""

import re

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from core.forms import (
    AccessibleErrorsMixin,
    MultiLineCharField,
    SingleLineCharField,
    reject_control_characters,
)

from .models import AccessibilityNeed, Registration

PHONE = re.compile(r"^\+?[0-9 ()\-]{5,30}$")
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}
QUESTION_PREFIX = "question_"
OTHER_NEED_LENGTH = 500
# Answers to extra questions are stored as JSON, which has no length of its own.
SHORT_ANSWER_LENGTH = 255  # Wagtail's own for single-line form-builder fields
LONG_ANSWER_LENGTH = 2000
ANSWER_DIGITS = 20


def _length_of(field_name):
    return Registration._meta.get_field(field_name).max_length


def name_field(**kwargs):
    """The name, one line as long as the column (a longer one would fail in PostgreSQL with a 500)."""
    return SingleLineCharField(label=_("Name"), max_length=_length_of("name"), **kwargs)


def email_field(**kwargs):
    """The address, as long as the column: Django's form field alone allows 320 characters."""
    return forms.EmailField(max_length=_length_of("email"), validators=[reject_control_characters], **kwargs)


def phone_field(**kwargs):
    return SingleLineCharField(label=_("Phone"), max_length=_length_of("phone"), required=False, **kwargs)


def other_need_field(label):
    return MultiLineCharField(
        label=label,
        max_length=OTHER_NEED_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class BoundedFormBuilder(FormBuilder):
    """Wagtail's form builder with a limit on every answer that is typed, and no control characters.

    Wagtail limits only single-line answers; the rest would go into the JSON unbounded.
    """

    def create_singleline_field(self, field, options):
        return SingleLineCharField(max_length=SHORT_ANSWER_LENGTH, **options)

    def create_multiline_field(self, field, options):
        return MultiLineCharField(max_length=LONG_ANSWER_LENGTH, **options)

    def create_hidden_field(self, field, options):
        return SingleLineCharField(max_length=SHORT_ANSWER_LENGTH, widget=forms.HiddenInput, **options)

    def create_email_field(self, field, options):
        return email_field(**options)

    def create_url_field(self, field, options):
        url = super().create_url_field(field, options)
        url.max_length = LONG_ANSWER_LENGTH
        url.validators += [MaxLengthValidator(LONG_ANSWER_LENGTH), reject_control_characters]
        url.widget.attrs["maxlength"] = str(LONG_ANSWER_LENGTH)
        return url

    def create_number_field(self, field, options):
        return forms.DecimalField(max_digits=ANSWER_DIGITS, **options)


class RegistrationDetails:
    """What the public form and the organisers' form share: phone check, the consent rule, the result.

    Subclasses define the fields name, email, phone, language, group_size
    (optional), needs, other_need and consent, and ``consent_needed``.
    """

    consent_needed = _("Accessibility needs can be stored only with the person's consent.")

    def add_questions(self, questions, required=True):
        """The opportunity's extra questions (form-builder fields), keyed by their clean_name."""
        self.questions = list(questions)
        for name, field in BoundedFormBuilder(self.questions).formfields.items():
            field.required = field.required and required
            self.fields[QUESTION_PREFIX + name] = field

    def limit_group_size(self, largest, help_text):
        field = self.fields["group_size"]
        field.max_value = largest
        field.validators.append(MaxValueValidator(largest))
        field.widget.attrs["max"] = largest
        field.help_text = help_text % {"count": largest}

    @property
    def question_fields(self):
        return [self[name] for name in self.fields if name.startswith(QUESTION_PREFIX)]

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Give the number with digits only, for example 040 123 4567."))
        return phone

    def clean(self):
        data = super().clean()
        needs, other = data.get("needs") or [], (data.get("other_need") or "").strip()
        if other and AccessibilityNeed.OTHER not in needs:
            data["needs"] = needs = [*needs, AccessibilityNeed.OTHER]
        if AccessibilityNeed.OTHER in needs and not other:
            self.add_error("other_need", _("Describe the other need, or untick “Other”."))
        if (needs or other) and not data.get("consent"):
            self.add_error("consent", self.consent_needed)
        return data

    def registration_details(self):
        """Keyword arguments for services.register()."""
        data = self.cleaned_data
        answers = {
            name.removeprefix(QUESTION_PREFIX): _plain(value)
            for name, value in data.items()
            if name.startswith(QUESTION_PREFIX) and value not in (None, "", [])
        }
        return {
            "name": data["name"],
            "email": data["email"],
            "phone": data["phone"],
            "language": data["language"],
            "group_size": data.get("group_size") or 1,
            "needs": data["needs"],
            "other_need": data["other_need"],
            "consent": data["consent"],
            "answers": answers,
        }


class SignupForm(RegistrationDetails, AccessibleErrorsMixin, forms.Form):
    consent_needed = _(
        "To pass your accessibility needs on to the organiser, tick this box. Or leave the needs empty."
    )

    name = name_field()
    email = email_field(
        label=_("Email"),
        help_text=_("We send the confirmation and a link for cancelling here."),
    )
    phone = phone_field(
        help_text=_("Only if the organiser may need to reach you quickly, for example if the session moves."),
    )
    language = forms.ChoiceField(
        label=_("Language of our messages"),
        choices=[(code, LANGUAGE_NAMES[code]) for code, _ in settings.LANGUAGES],
    )
    group_size = forms.IntegerField(
        label=_("How many people are coming, you included?"), min_value=1, initial=1
    )
    needs = forms.MultipleChoiceField(
        label=_("Accessibility needs"),
        choices=AccessibilityNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_need = other_need_field(_("Other needs"))
    consent = forms.BooleanField(
        label=_(
            "I agree that the city stores the accessibility needs above to arrange the session. "
            "They are deleted when the session ends."
        ),
        required=False,
    )
    # A honeypot: hidden from people and from assistive technology, filled in only by bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, session, questions=(), **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", get_language())
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        if session.max_group_size > 1:
            self.limit_group_size(
                session.max_group_size, _("At most %(count)s. A personal assistant takes no place.")
            )
        else:
            del self.fields["group_size"]
        self.add_questions(questions)

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


def _plain(value):
    """Answers are stored as JSON: lists stay lists, everything else becomes text."""
    return value if isinstance(value, list) else str(value)
