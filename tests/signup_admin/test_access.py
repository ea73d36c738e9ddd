"""Who may see a session's participants in the admin: whoever may edit the opportunity page in its
original language. The rest, translators included, get 403, and nothing is stored, emailed or logged."""

import pytest
from django.urls import reverse
from post_office.models import Email
from wagtail.models import Locale, PageLogEntry

from projects.models import OpportunityIndexPage, OpportunitySession
from signups.models import Registration
from tests.factories import CouncilCallPageFactory
from tests.factories.pages import in_days
from tests.factories.signups import RegistrationFactory, SignupSessionFactory, finnish_catalogue, page_editor
from tests.signup_admin.helpers import admin_url
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def outsider(client, pages):
    """Staff who may edit the about page, but no opportunity."""
    return sign_in(client, page_editor(pages["about"]["fi"], "outsider"))


def test_an_editor_of_the_opportunity_sees_its_participants(client, session, pages):
    call = CouncilCallPageFactory(
        parent=pages["youth"]["fi"], closes_at=in_days(4), sessions=[SignupSessionFactory.build()]
    )
    elsewhere = call.sessions.get()
    RegistrationFactory(session=session, number=1)
    index = finnish_catalogue()
    sign_in(client, page_editor(index))
    assert client.get(admin_url("session", session)).status_code == 200
    assert client.get(admin_url("export", session, "csv")).status_code == 200
    listed = client.get(reverse("signups_admin:index")).context["opportunities"]
    assert session.page_id in [o.page.pk for o in listed]
    assert elsewhere.page_id not in [o.page.pk for o in listed]
    assert all(o.page.path.startswith(index.path) for o in listed), "only opportunities the user may edit"
    assert client.get(admin_url("session", elsewhere)).status_code == 403


def test_staff_without_edit_permission_on_the_opportunity_get_403_everywhere(outsider, session):
    confirmed = RegistrationFactory(session=session, number=1)
    emails_before = Email.objects.count()
    for url in (
        admin_url("session", session),
        admin_url("export", session, "csv"),
        admin_url("export", session, "xlsx"),
        admin_url("add", session),
        reverse("signups_admin:opportunity", args=[session.page_id]),
    ):
        response = outsider.get(url)
        assert response.status_code == 403, url
        assert "asukas1@example.fi" not in response.content.decode()
    walk_in = {"name": "Tunkeilija", "language": "fi", "group_size": 1}
    assert outsider.post(admin_url("add", session), walk_in).status_code == 403
    assert outsider.post(admin_url("attendance", session), {"shown": [confirmed.pk]}).status_code == 403
    cancel = {"registration": confirmed.pk, "confirm": "yes"}
    assert outsider.post(admin_url("cancel", session), cancel).status_code == 403
    confirmed.refresh_from_db()
    assert (confirmed.status, confirmed.attended) == (Status.CONFIRMED, None)
    assert Registration.objects.count() == 1
    assert Email.objects.count() == emails_before
    assert not PageLogEntry.objects.filter(action__startswith="signups.").exists()
    index = outsider.get(reverse("signups_admin:index"))
    assert index.status_code == 200 and index.context["opportunities"] == []


def test_anonymous_visitors_are_sent_to_sign_in(client, session):
    response = client.get(admin_url("session", session))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_of_only_the_swedish_version_does_not_see_who_signed_up(client, session):
    """A translator edits the Swedish page and its session's texts, never the participants."""
    swedish_index = OpportunityIndexPage.objects.get(locale__language_code="sv")
    swedish_page = session.page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_page.save_revision().publish()
    swedish = OpportunitySession.objects.get(page=swedish_page)
    assert swedish.translation_key == session.translation_key
    RegistrationFactory(session=session, number=1)
    editor = page_editor(swedish_index, "svensk-redaktor")
    assert swedish_page.permissions_for_user(editor).can_edit()
    sign_in(client, editor)
    for url in (
        admin_url("session", session),
        admin_url("export", session, "csv"),
        reverse("signups_admin:opportunity", args=[session.page_id]),
        reverse("signups_admin:opportunity", args=[swedish_page.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "asukas1@example.fi" not in response.content.decode()
    assert client.get(reverse("signups_admin:index")).context["opportunities"] == []
    assert not PageLogEntry.objects.filter(action="signups.view_participants").exists()


def test_an_editor_of_only_the_swedish_version_is_offered_no_sign_up_tools(client, session):
    """No "Sign-ups" menu and no "Participants" button that would answer 403."""
    swedish_index = OpportunityIndexPage.objects.get(locale__language_code="sv")
    swedish_page = session.page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_page.save_revision().publish()
    editor = page_editor(swedish_index, "svensk-oversattare")
    sign_in(client, editor)
    participants = reverse("signups_admin:opportunity", args=[swedish_page.pk])
    for url in (f"/admin/pages/{swedish_page.pk}/edit/", f"/admin/pages/{swedish_index.pk}/", "/admin/"):
        html = client.get(url).content.decode()
        assert participants not in html, url
        assert reverse("signups_admin:index") not in html, url


def test_an_editor_of_the_original_finds_participants_from_the_translation_too(client, session):
    swedish_page = session.page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_page.save_revision().publish()
    sign_in(client, make_staff("jarjestaja"))  # edits the original and its translations
    html = client.get(f"/admin/pages/{swedish_page.pk}/edit/").content.decode()
    assert reverse("signups_admin:opportunity", args=[swedish_page.pk]) in html
    assert reverse("signups_admin:index") in client.get("/admin/").content.decode()


def test_an_editor_of_the_original_still_sees_the_session_once_it_is_translated(client, session):
    swedish_page = session.page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_page.save_revision().publish()
    sign_in(client, page_editor(finnish_catalogue(), "viestija"))
    assert client.get(admin_url("session", session)).status_code == 200
    assert PageLogEntry.objects.filter(action="signups.view_participants").count() == 1
