"""Council workspaces: each council's editors write under its page; communications staff approve.

Created on every install without a manual step: saving a council's network
page (in any language, also when wagtail-localize creates a translation)
sets up its group, page permissions and workflow; `manage.py
setup_council_workspaces` (run by the demo loader, so by `make run`) repairs
all of them.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from networks.models import Council, NetworkPage

COMMUNICATIONS = "Viestintä (communications)"
COUNCIL_EDITORS = {
    Council.YOUTH: "Nuorisovaltuusto – toimittajat (youth council editors)",
    Council.ELDERLY: "Vanhusneuvosto – toimittajat (elderly council editors)",
    Council.DISABILITY: "Vammaisneuvosto – toimittajat (disability council editors)",
}
WORKFLOW = "Neuvostojen julkaisut (council publishing)"
TASK = "Viestinnän hyväksyntä (communications approval)"
# Communications publish everywhere; council editors write and submit, never publish.
COMMUNICATIONS_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COUNCIL_PAGE_PERMISSIONS = ["add_page", "change_page"]


def _page_permissions(codenames):
    return list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", content_type__model="page", codename__in=codenames
        )
    )


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _grant(group, page, codenames):
    for permission in _page_permissions(codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@transaction.atomic
def communications():
    """The communications group (publishes everywhere) and the approval workflow it moderates."""
    group, _created = Group.objects.get_or_create(name=COMMUNICATIONS)
    group.permissions.add(_admin_access())
    _grant(group, Page.get_first_root_node(), COMMUNICATIONS_PAGE_PERMISSIONS)
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    return group, workflow


@transaction.atomic
def set_up(page):
    """One council page (any language): its editors' permissions and the approval workflow."""
    _communications, workflow = communications()
    group, _created = Group.objects.get_or_create(name=COUNCIL_EDITORS[page.council])
    group.permissions.add(_admin_access())
    # A page that changed council stops being the old council's workspace.
    GroupPagePermission.objects.filter(page=page, group__name__in=COUNCIL_EDITORS.values()).exclude(
        group=group
    ).delete()
    _grant(group, page, COUNCIL_PAGE_PERMISSIONS)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return group


def set_up_all():
    for page in NetworkPage.objects.exclude(council=""):
        set_up(page)
    communications()


def council_page_saved(sender, instance, raw=False, **kwargs):
    # Saving a draft revision also saves the page row with the editor's unsaved
    # values in memory: set up from what is stored (the published council).
    if raw or not instance.pk:
        return
    page = sender.objects.filter(pk=instance.pk).exclude(council="").first()
    if page is not None:
        set_up(page)
