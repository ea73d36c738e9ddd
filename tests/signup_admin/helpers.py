"""The organisers' sign-up admin, for its tests: its addresses, its audit log and its labels."""

import json

from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry

from signups.models import AccessibilityNeed
from tests.factories.signups import signup_workshop

PERSONAL = ("Asukas", "@example.fi", "040 123", "step-free", "Lehdestä")


def admin_url(name, session, *args):
    return reverse(f"signups_admin:{name}", args=[session.translation_key, *args])


def logs(page, action):
    return list(PageLogEntry.objects.filter(page=page, action=action).order_by("pk"))


def need_label(code):
    with translation.override("fi"):
        return str(dict(AccessibilityNeed.choices)[code])


def status_label(status):
    with translation.override("fi"):
        return str(status.label)


def assert_no_personal_data(entry):
    stored = json.dumps(entry.data) + entry.label
    for personal in PERSONAL:
        assert personal not in stored


def not_found(response):
    """Admin 404s pass through the language redirect of i18n_patterns (as Wagtail's own do) and end in 404."""
    return response.status_code == 404


QUESTION = "Mistä kuulit tästä?"


def workshop_session(title="Ilmoittautumistyöpaja", **places):
    """The session of a new workshop asking one extra question ("Mistä kuulit tästä?", answered under the
    key mista_kuulit_tasta): in five days, 3 places, 2 waitlist places and groups of up to 3 unless
    `places` say otherwise."""
    return signup_workshop(title, questions=[QUESTION], **places).sessions.get()
