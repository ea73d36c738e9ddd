"""Council workspaces: each council's editors write under its page; communications staff approve.

Created on every install without a manual step: saving a council's network
page (in any language, also when wagtail-localize creates a translation)
sets up its group, page permissions and workflow; `manage.py
setup_council_workspaces` (run by the demo loader, so by `make run`) repairs
all of them.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from networks.models import Council, NetworkPage

COMMUNICATIONS = "Viestintä (communications)"
TRANSLATORS = "Kääntäjät (translators)"
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
# Translators write and publish the Swedish and English pages; the Finnish source is not theirs.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def _crud(*models, actions=("add", "change", "delete")):
    return [f"{action}_{model}" for model in models for action in actions]


# What communications edit besides pages: translations, snippets, the footer, promoted search results.
COMMUNICATIONS_PERMISSIONS = {
    "wagtail_localize": ["submit_translation"],
    "projects": _crud("topic", "cityarea", "audience"),
    "core": [*_crud("contactperson"), "change_footersettings"],
    "wagtailsearchpromotions": _crud("searchpromotion"),
}
MEDIA = ("image", "document")
# Communications manage every image and document; a council's editors upload into their own
# collection and may choose from all.
COMMUNICATIONS_MEDIA = _crud(*MEDIA, actions=("add", "change", "delete", "choose"))
COUNCIL_MEDIA = _crud(*MEDIA, actions=("add", "change", "choose"))


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


def _media_permissions(codenames):
    return Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"], codename__in=codenames
    )


def _grant_media(group, collection, codenames):
    for permission in _media_permissions(codenames):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _model_permissions(by_app):
    wanted = Q()
    for app_label, codenames in by_app.items():
        wanted |= Q(content_type__app_label=app_label, codename__in=codenames)
    return Permission.objects.filter(wanted)


def council_collection(council):
    """The council's own collection of images and documents, made once under the root collection."""
    root = Collection.get_first_root_node()
    name = Council(council).label
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


@transaction.atomic
def communications():
    """The communications group (publishes everywhere) and the approval workflow it moderates."""
    group, _created = Group.objects.get_or_create(name=COMMUNICATIONS)
    group.permissions.add(_admin_access(), *_model_permissions(COMMUNICATIONS_PERMISSIONS))
    _grant(group, Page.get_first_root_node(), COMMUNICATIONS_PAGE_PERMISSIONS)
    _grant_media(group, Collection.get_first_root_node(), COMMUNICATIONS_MEDIA)
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
    _grant_media(group, council_collection(page.council), COUNCIL_MEDIA)
    _grant_media(group, Collection.get_first_root_node(), _crud(*MEDIA, actions=("choose",)))
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return group


def set_up_all():
    for page in NetworkPage.objects.exclude(council=""):
        set_up(page)
    communications()
    translators()


@transaction.atomic
def translators():
    """The translators group: start and edit translations, publish them in the languages other than
    the source's (each language's page tree has its own home page), never touch the Finnish pages."""
    group, _created = Group.objects.get_or_create(name=TRANSLATORS)
    group.permissions.add(_admin_access(), *_model_permissions({"wagtail_localize": ["submit_translation"]}))
    source = Locale.get_default()
    for home in Page.objects.filter(depth=2).exclude(locale=source):
        _grant(group, home, TRANSLATOR_PAGE_PERMISSIONS)
    _grant_media(group, Collection.get_first_root_node(), _crud(*MEDIA, actions=("choose",)))
    return group


def council_page_saved(sender, instance, raw=False, **kwargs):
    # Saving a draft revision also saves the page row with the editor's unsaved
    # values in memory: set up from what is stored (the published council).
    if raw or not instance.pk:
        return
    page = sender.objects.filter(pk=instance.pk).exclude(council="").first()
    if page is not None:
        set_up(page)
