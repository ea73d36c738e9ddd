"""The working group's admin for wellbeing money, for its tests: its addresses, its staff, and what it
shows, sends and logs.

The applications come from tests/factories/wellbeing_admin.py.
"""

import json

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from post_office.mail import send_queued

from councils import workspaces
from networks.models import Council
from tests.staff import make_staff, sign_in
from wellbeing import working_group

APPLICATIONS = reverse("wellbeing_applications:index")
REPORTS = reverse("wellbeing_reports:index")
VOTES = reverse("wellbeing_votes:index")
# What a SubmittedApplicationFactory application holds about a person: none of it may reach a log entry.
PERSONAL = ("Maija", "maija@example.fi", "040 765", "Pihapiiri ry")


def working_group_member(username="member"):
    """Staff in the working group only (not a superuser), enrolled for two-factor sign-in."""
    user = make_staff(username, superuser=False)
    user.groups.add(Group.objects.get(name=working_group.WORKING_GROUP))
    return user


def signed_in_outsiders():
    """Clients of staff outside the working group: communications, and the youth council's editors."""
    clients = []
    for username, group in (
        ("viestija", workspaces.COMMUNICATIONS),
        ("nuorisotoimittaja", workspaces.COUNCIL_EDITORS[Council.YOUTH]),
    ):
        user = make_staff(username, superuser=False)
        user.groups.add(Group.objects.get(name=group))
        clients.append(sign_in(Client(), user))
    return clients


def application_url(application):
    return reverse("wellbeing_applications:edit", args=[application.pk])


def listed(response):
    """The references of the applications a listing shows."""
    return [application.reference for application in response.context["object_list"]]


def newly_sent():
    """The emails the outbox worker sends now (and none sent before)."""
    mail.outbox.clear()
    send_queued()
    return list(mail.outbox)


def assert_no_personal_data(entry):
    stored = json.dumps(entry.data) + (entry.label or "")
    for personal in PERSONAL:
        assert personal not in stored
