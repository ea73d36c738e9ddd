"""The applicant's side of wellbeing money as the tests drive it: a round open for applications, the
form's data, the private links and the emails that carry them."""

import re

from django.core import mail
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from post_office.mail import send_queued

from tests.factories import make_round
from tests.factories.wellbeing import ApplicationFactory, make_city_areas
from tests.html import soup
from wellbeing.models import Application

Status = Application.Status
PRIVATE_LINK = re.compile(r"https?://[^/\s]+/(?:fi|sv|en)/\S+\?token=([0-9a-f]{64})")
NBSP = "\xa0"
AREA = "keskusta"


def open_round(pages, title="Testiraha", phase="applications", **fields):
    """A round in the given phase, in the catalogue, with the city areas an applicant chooses from."""
    make_city_areas()
    return make_round(pages["opportunities"]["fi"], title, phase=phase, **fields)


def make_application(page, status=Status.RECEIVED, **fields):
    """An application to the round by Aino Asukas's group, "Kävelykerho"."""
    return ApplicationFactory(round=page, status=status, title=fields.pop("title", "Kävelykerho"), **fields)


def apply_url(page, language="fi"):
    with translation.override(language):
        return reverse("wellbeing:apply", args=[page.translation_key])


def private_path(view_name, token, language="fi"):
    with translation.override(language):
        return f"{reverse(f'wellbeing:{view_name}')}?token={token}"


def budget(*rows, shown=5):
    """The budget formset's fields: the given (item, amount) rows, then empty rows up to ``shown``."""
    data = {"budget-TOTAL_FORMS": str(max(shown, len(rows))), "budget-INITIAL_FORMS": "0"}
    for number, (item, amount) in enumerate(rows):
        data[f"budget-{number}-item"] = item
        data[f"budget-{number}-amount"] = amount
    return data


def application_data(
    page, action="send", rows=(("Ohjaajan palkkio", "1200"), ("Tarvikkeet", "300,50")), **changes
):
    """The application form filled in completely; a change of None leaves the field out."""
    data = {
        "action": action,
        "applicant_type": "association",
        "applicant_name": "Porin Kävelijät ry",
        "business_id": "1234567-8",
        "contact_name": "Aino Asukas",
        "contact_email": "aino@example.fi",
        "contact_phone": "040 123 4567",
        "theme": str(page.themes.first().translation_key),
        "title": "Kävelykerho Karjarannassa",
        "description": "Viikoittaiset kävelyt ohjaajan kanssa.",
        "audience": "Ikääntyneet asukkaat.",
        "area": AREA,
        "schedule": "Touko–syyskuu.",
        "self_financing": "250",
        "other_funding": "Ei muuta rahoitusta.",
        "website": "",
        **budget(*rows),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def deliver():
    """Run the outbox worker once; every email sent so far."""
    send_queued()
    return list(mail.outbox)


def token_from(message):
    return PRIVATE_LINK.search(message.body).group(1)


def fi(text, **values):
    """A message as a Finnish user reads it (the English msgid until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text) % values if values else translation.gettext(text)


def fi_size(size):
    with translation.override("fi"):
        return filesizeformat(size)


def error_summary(response):
    summary = soup(response).select_one("#error-summary")
    return summary.get_text(" ", strip=True) if summary else ""
