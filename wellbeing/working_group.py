"""The city's working group that evaluates wellbeing money applications, as a Wagtail group.

Every install has it: the data migration wellbeing 0003 makes it with
``ensure()``. Its members see the "Wellbeing money" admin menu; other staff do
not, because the views check these model permissions. Once made, the group is
the admin's: nothing here changes its permissions again.
"""

from django.apps import apps as django_apps
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


def _permissions(apps):
    wanted = Q()
    for app_label, codename in PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return list(apps.get_model("auth", "Permission").objects.filter(wanted))


def ensure(apps=django_apps):
    """The working group, made with its permissions if it does not exist (``apps``: a migration's)."""
    group, created = apps.get_model("auth", "Group").objects.get_or_create(name=WORKING_GROUP)
    if created:
        group.permissions.add(*_permissions(apps))
    return group
