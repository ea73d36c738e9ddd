"""The city's working group that evaluates wellbeing money applications, as a Wagtail group.

Created in code so that every install has it without a manual step:
`manage.py setup_wellbeing_group` (and the demo loader, through ``ensure()``)
creates or repairs it. Its members see the "Wellbeing money" admin menu;
other staff do not, because the views check these model permissions.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

WORKING_GROUP = "Hyvinvointirahan työryhmä"
PERMISSIONS = [
    ("wellbeing", "view_application"),
    ("wellbeing", "change_application"),
    ("wellbeing", "evaluate_application"),
    ("wellbeing", "view_report"),
    ("wellbeing", "change_report"),
    ("wellbeing", "view_vote"),
    ("wagtailadmin", "access_admin"),
]


def _permissions():
    wanted = Q()
    for app_label, codename in PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(wanted))


@transaction.atomic
def ensure():
    """The working group with exactly its permissions; safe to run again (it repairs, never duplicates)."""
    group, _created = Group.objects.get_or_create(name=WORKING_GROUP)
    group.permissions.set(_permissions())
    return group
