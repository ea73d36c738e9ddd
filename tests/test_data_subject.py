"""The data subject tool: find every registration by an email address, export them, erase them.

It needs the separate signups.manage_personal_data permission; the address
travels only in POST bodies, and the audit log stores only its hash.
"""

import csv
import hashlib
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from post_office.models import Email
from wagtail.models import ModelLogEntry, PageLogEntry

from projects.models import OpportunitySession
from signups import services
from signups.models import Registration
from tests.factories.pages import in_days
from tests.factories.signups import RegistrationFactory, SignupSessionFactory, page_editor, signup_workshop
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db
Status = Registration.Status
URL = "/admin/signups/people/"
ADDRESS = "maija.meikalainen@example.fi"
HASH = hashlib.sha256(ADDRESS.encode()).hexdigest()


def _session(title, day, questions=()):
    """A workshop's session in `day` days: 2 places, 2 waitlist places, groups of up to 2."""
    places = SignupSessionFactory.build(
        starts_at=in_days(day, 17), capacity=2, waitlist_capacity=2, max_group_size=2
    )
    return signup_workshop(title, sessions=[places], questions=questions).sessions.get()


@pytest.fixture
def sessions(demo_site):
    library = _session("Kirjastotyöpaja", 5, questions=["Ruokavalio"])
    return library, _session("Rantailta", 8), _session("Torikävely", 12)


@pytest.fixture
def maija(sessions):
    """Maija's registrations: confirmed with needs and an answer, waitlisted, and cancelled; plus others'."""
    library, beach, market = sessions
    registrations = {
        "confirmed": RegistrationFactory(
            session=library,
            name="Maija Meikäläinen",
            email="Maija.Meikalainen@Example.fi",
            phone="040 123 4567",
            needs=["step-free"],
            consent=True,
            answers={"ruokavalio": "Gluteeniton"},
        ),
        "waitlisted": None,
        "cancelled": RegistrationFactory(session=beach, name="Maija M.", email=ADDRESS, language="sv"),
    }
    RegistrationFactory(session=market, name="Toinen", email="toinen@example.fi", group_size=2)
    registrations["waitlisted"] = RegistrationFactory(session=market, name="Maija", email=ADDRESS)
    services.cancel(registrations["cancelled"])
    others = [RegistrationFactory(session=library, name="Naapuri", email="naapuri@example.fi")]
    for registration in registrations.values():
        registration.refresh_from_db()
    assert registrations["waitlisted"].status == Status.WAITLISTED
    return registrations, others


@pytest.fixture
def officer(client):
    """A data protection officer: not a superuser, no page permissions, only the dedicated permission."""
    group = Group.objects.create(name="Tietosuoja")
    group.permissions.add(Permission.objects.get(codename="manage_personal_data"))
    user = make_staff("tietosuoja", superuser=False)
    user.groups.add(group)
    return sign_in(client, user)


def _post(client, action, email=ADDRESS):
    return client.post(URL, {"email": email, "action": action})


def test_the_tool_is_a_form_and_an_address_in_the_url_does_nothing(officer, maija):
    response = officer.get(URL, {"email": ADDRESS})
    assert response.status_code == 200
    assert "found" not in response.context
    assert ADDRESS not in response.content.decode()
    assert not ModelLogEntry.objects.filter(action__startswith="signups.").exists()
    assert not PageLogEntry.objects.filter(action__startswith="signups.").exists()


def test_every_registration_of_the_address_is_found_whatever_its_status(officer, maija, sessions):
    registrations, _others = maija
    response = _post(officer, "find", email=" MAIJA.meikalainen@example.FI ")
    assert response.status_code == 200
    found = response.context["found"]
    assert {item.registration.pk for item in found} == {r.pk for r in registrations.values()}
    assert {item.title for item in found} == {"Kirjastotyöpaja", "Rantailta", "Torikävely"}
    html = response.content.decode()
    assert "Maija Meikäläinen" in html and "Naapuri" not in html and "Toinen" not in html
    entries = PageLogEntry.objects.filter(action="signups.find_person")
    assert sorted(entry.page_id for entry in entries) == sorted(session.page_id for session in sessions)
    for entry in entries:
        assert entry.data == {"email_sha256": HASH, "registrations": 1}
        assert entry.user.username == "tietosuoja"
        assert "maija" not in json.dumps(entry.data).lower()


def test_a_search_that_finds_nothing_is_logged_against_the_searcher(officer, maija):
    response = _post(officer, "find", email="nobody@example.fi")
    assert response.status_code == 200 and response.context["found"] == []
    [entry] = ModelLogEntry.objects.filter(action="signups.find_person")
    assert entry.data["registrations"] == 0
    assert entry.data["email_sha256"] == hashlib.sha256(b"nobody@example.fi").hexdigest()


def test_an_invalid_address_is_refused(officer):
    response = _post(officer, "find", email="ei osoite")
    assert response.status_code == 400
    assert "email" in response.context["form"].errors


def test_export_as_json_holds_everything_stored(officer, maija):
    response = _post(officer, "export-json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and "maija" not in disposition.lower()
    data = json.loads(response.content)
    assert data["email"] == ADDRESS
    by_status = {record["status"]: record for record in data["registrations"]}
    assert set(by_status) == {"confirmed", "waitlisted", "cancelled"}
    confirmed = by_status["confirmed"]
    assert confirmed["name"] == "Maija Meikäläinen"
    assert confirmed["phone"] == "040 123 4567"
    assert confirmed["opportunity"] == "Kirjastotyöpaja"
    assert [need["code"] for need in confirmed["accessibility_needs"]] == ["step-free"]
    assert confirmed["accessibility_consent_at"]
    assert confirmed["answers"] == [{"question": "Ruokavalio", "key": "ruokavalio", "answer": "Gluteeniton"}]
    assert by_status["cancelled"]["cancelled_at"]
    assert "secret" not in confirmed and "token_hash" not in confirmed
    assert len(data["messages"]) == 4, "confirmed, cancelled (with its confirmation) and waitlisted"
    assert "Naapuri" not in response.content.decode()
    entries = PageLogEntry.objects.filter(action="signups.export_person")
    assert entries.count() == 3
    assert all(entry.data["format"] == "json" and entry.data["email_sha256"] == HASH for entry in entries)


def test_export_as_csv_has_a_row_per_registration(officer, maija):
    response = _post(officer, "export-csv")
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    _header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 3
    library = next(row for row in rows if row[0] == "Kirjastotyöpaja")
    assert "Maija Meikäläinen" in library and "040 123 4567" in library
    assert "Ruokavalio: Gluteeniton" in library
    assert [
        entry.data["format"] for entry in PageLogEntry.objects.filter(action="signups.export_person")
    ] == ["csv"] * 3


def test_erasing_asks_first_then_anonymises_everything_and_frees_the_place(officer, maija, sessions):
    registrations, others = maija
    library, _beach, _market = sessions
    # Someone waits for the library place that Maija holds.
    RegistrationFactory(session=library, name="Odottaja", email="odottaja@example.fi", group_size=2)
    response = _post(officer, "erase")
    assert response.status_code == 200 and response.context["confirm_erase"]
    assert Registration.objects.get(pk=registrations["confirmed"].pk).name == "Maija Meikäläinen"
    assert not PageLogEntry.objects.filter(action="signups.erase_person").exists()
    assert PageLogEntry.objects.filter(action="signups.find_person").count() == 3, "what was shown is logged"

    response = _post(officer, "erase-confirmed")
    assert response.status_code == 302 and response["Location"] == URL
    for registration in registrations.values():
        registration.refresh_from_db()
        assert registration.status == Status.CANCELLED
        assert (registration.name, registration.email, registration.phone) == ("", "", "")
        assert registration.answers == {} and registration.accessibility_needs == []
        assert registration.accessibility_consent_at is None
        assert registration.anonymised_at is not None
    assert registrations["confirmed"].group_size == 1, "status and group size stay for the counts"
    waiting = Registration.objects.get(name="Odottaja")
    assert waiting.status == Status.WAITLISTED, "a group of two does not fit in one freed place"
    assert not [m for m in Email.objects.all() if "maija" in ",".join(m.to).lower()], "no mail to her is kept"
    assert all(m.message.find("Maija") == -1 for m in Email.objects.all())
    assert Email.objects.filter(to__icontains="naapuri").exists(), "others' mail stays"
    for other in others:
        other.refresh_from_db()
        assert other.name == "Naapuri" and other.status == Status.CONFIRMED
    entries = PageLogEntry.objects.filter(action="signups.erase_person")
    assert entries.count() == 3
    assert all(entry.data["email_sha256"] == HASH for entry in entries)
    assert _post(officer, "find").context["found"] == []


def test_erasing_a_waitlisted_place_promotes_nobody_and_a_confirmed_one_promotes_the_waitlist(
    officer, maija, sessions
):
    registrations, _others = maija
    _library, _beach, market = sessions
    toinen = Registration.objects.get(name="Toinen")
    services.cancel(toinen)  # Maija moves up from the waitlist into a place
    registrations["waitlisted"].refresh_from_db()
    assert registrations["waitlisted"].status == Status.CONFIRMED
    late = RegistrationFactory(session=market, name="Myöhäinen", email="myohainen@example.fi", group_size=2)
    assert late.status == Status.WAITLISTED
    _post(officer, "erase-confirmed")
    late.refresh_from_db()
    assert late.status == Status.CONFIRMED, "her freed place went to the waitlist"


def test_without_the_permission_the_tool_is_closed_even_to_page_editors(client, maija, sessions):
    library = sessions[0]
    sign_in(client, page_editor(library.page.get_parent(), "toimittaja"))
    assert client.get(URL).status_code == 403
    for action in ("find", "export-json", "export-csv", "erase", "erase-confirmed"):
        response = _post(client, action)
        assert response.status_code == 403, action
        assert "Meikäläinen" not in response.content.decode()
    registrations, _others = maija
    registrations["confirmed"].refresh_from_db()
    assert registrations["confirmed"].name == "Maija Meikäläinen"
    assert not PageLogEntry.objects.filter(action__startswith="signups.").exists()
    assert not ModelLogEntry.objects.filter(action__startswith="signups.").exists()
    assert URL not in client.get("/admin/").content.decode(), "no menu item either"


def test_superusers_have_the_permission(client, maija):
    sign_in(client, make_staff("paakayttaja"))
    assert client.get(URL).status_code == 200
    assert len(_post(client, "find").context["found"]) == 3


def test_the_permission_can_be_given_to_a_group_in_the_admin(client):
    sign_in(client, make_staff("paakayttaja"))
    group = Group.objects.create(name="Tietosuojavastaavat")
    permission = Permission.objects.get(codename="manage_personal_data")
    response = client.get(f"/admin/groups/edit/{group.pk}/")
    assert response.status_code == 200
    assert f'value="{permission.pk}"' in response.content.decode()


def test_a_registration_for_a_session_deleted_from_its_page_is_found_and_erased(officer, maija, sessions):
    registrations, _others = maija
    library = sessions[0]
    OpportunitySession.objects.filter(translation_key=library.translation_key).delete()
    found = _post(officer, "find").context["found"]
    deleted = next(item for item in found if item.registration.pk == registrations["confirmed"].pk)
    assert deleted.title == "Kirjastotyöpaja", "known from what the participants were told"
    assert deleted.page.pk == library.page_id
    assert _post(officer, "erase-confirmed").status_code == 302
    registration = Registration.objects.get(pk=registrations["confirmed"].pk)
    assert registration.status == Status.CANCELLED and registration.name == ""
