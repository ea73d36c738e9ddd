"""Who may use the working group's admin for wellbeing money, and the applicants' attachments.

Every request goes through the test client as signed-in staff (password and
TOTP). Only the working group (and superusers) see anything; other staff are
refused.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories.wellbeing import Status
from tests.factories.wellbeing_admin import make_application
from tests.staff import make_staff, sign_in
from tests.wellbeing_admin.helpers import (
    APPLICATIONS,
    REPORTS,
    application_url,
    listed,
    signed_in_outsiders,
)
from wellbeing import working_group
from wellbeing.models import Application, ApplicationAttachment, Evaluation

pytestmark = pytest.mark.django_db


def _attach(application, content=b"%PDF-1.4"):
    return ApplicationAttachment.objects.create(
        application=application,
        file=ContentFile(content, name="budjetti.pdf"),
        name="budjetti.pdf",
        size=len(content),
    )


def test_the_working_group_is_created_once_with_its_permissions():
    group = working_group.ensure()
    assert working_group.ensure() == group
    assert Group.objects.filter(name=working_group.WORKING_GROUP).count() == 1
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {
        "view_application",
        "change_application",
        "evaluate_application",
        "view_report",
        "change_report",
        "view_vote",
        "access_admin",
    }


def test_members_see_the_menu_and_the_applications(member, round_page):
    application = make_application(round_page, 1)
    assert APPLICATIONS in member.get("/admin/").content.decode()
    response = member.get(APPLICATIONS, {"round": round_page.pk})
    assert response.status_code == 200
    assert listed(response) == ["HR-2027-001"]
    assert member.get(application_url(application)).status_code == 200
    assert member.get(REPORTS).status_code == 200


def test_other_staff_are_refused_everywhere_and_see_no_menu(round_page):
    application = make_application(round_page, 1)
    attachment = _attach(application)
    for outsider in signed_in_outsiders():
        assert APPLICATIONS not in outsider.get("/admin/").content.decode()
        for url in (
            APPLICATIONS,
            f"{APPLICATIONS}?export=csv",
            f"{APPLICATIONS}?export=xlsx",
            application_url(application),
            reverse("wellbeing_applications:attachment", args=[attachment.pk]),
            REPORTS,
        ):
            assert outsider.get(url).status_code in (302, 403), url
        response = outsider.post(application_url(application), {"action": "evaluate", "score": "5"})
        assert response.status_code in (302, 403)
    assert not Evaluation.objects.exists()
    assert not ModelLogEntry.objects.filter(action__startswith="wellbeing.").exists()


def test_drafts_are_not_listed_and_nobody_can_add_applications(member, round_page):
    make_application(round_page, 1)
    draft = make_application(round_page, 2, status=Status.DRAFT, reference=None, submitted_at=None)
    response = member.get(APPLICATIONS, {"round": round_page.pk})
    assert listed(response) == ["HR-2027-001"]
    assert not response.context["can_add"]
    assert member.get(application_url(draft)).status_code == 404


def test_only_superusers_may_delete_an_application(member, round_page):
    application = make_application(round_page, 1)
    url = reverse("wellbeing_applications:delete", args=[application.pk])
    assert member.post(url).status_code in (302, 403)
    assert Application.objects.filter(pk=application.pk).exists()
    admin = sign_in(Client(), make_staff("superuser"))
    assert admin.post(url).status_code == 302
    assert not Application.objects.filter(pk=application.pk).exists()


def test_attachments_download_only_for_the_working_group(member, round_page):
    application = make_application(round_page, 1)
    attachment = _attach(application, b"%PDF-1.4 data")
    url = reverse("wellbeing_applications:attachment", args=[attachment.pk])
    assert url in member.get(application_url(application)).content.decode()
    response = member.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == b"%PDF-1.4 data"
    assert not attachment.file.url.startswith(url)
    assert attachment.file.storage is storages["private"], "kept outside the public media"
    assert Client().get(url).status_code == 302, "anonymous visitors go to the login page"
