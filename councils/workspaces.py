"""Staff groups and council workspaces: each council's editors write under its page; communications approve.

Two steps, so that nothing an admin changes is ever undone behind their back:
- The fixed groups (communications, translators) and the council publishing
  workflow are made once by a data migration (councils 0004), with the same
  code as `create_fixed_groups()` here.
- A council's workspace (its editors group, page permissions, image and
  document collection, the workflow on its page) is made by an explicit step,
  `manage.py setup_council_workspaces`, run once the council's pages exist in
  a language (the demo loader runs it). It sets each page up once
  (``CouncilWorkspace`` remembers it) and adds only what is missing: a group
  that exists keeps the permissions the admin gave it, a page set up before
  keeps whatever an admin made of its permissions and workflow.
"""

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from wagtail.models import Collection, GroupPagePermission, Locale, Page, WorkflowPage

from networks.models import Council, NetworkPage

from .models import CouncilWorkspace

COMMUNICATIONS = "Viestintä (communications)"
TRANSLATORS = "Kääntäjät (translators)"
COUNCIL_EDITORS = {
    Council.YOUTH: "Nuorisovaltuusto – toimittajat (youth council editors)",
    Council.ELDERLY: "Vanhusneuvosto – toimittajat (elderly council editors)",
    Council.DISABILITY: "Vammaisneuvosto – toimittajat (disability council editors)",
}
# Wagtail writes these names into its workflow emails, in whatever language the rest of the email is:
# one language only (the staff's own), so that no email reads half in English.
WORKFLOW = "Neuvostojen julkaisut"
TASK = "Viestinnän hyväksyntä"
# Communications publish everywhere; council editors write and submit, never publish.
COMMUNICATIONS_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COUNCIL_PAGE_PERMISSIONS = ["add_page", "change_page"]
# Translators write and publish the Swedish and English pages; the Finnish source is not theirs.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def _crud(*models, actions=("add", "change", "delete")):
    return [f"{action}_{model}" for model in models for action in actions]


# What communications edit besides pages: translations, snippets, the footer, promoted search results.
COMMUNICATIONS_PERMISSIONS = {
    "wagtail_localize": ["submit_translation", "view_translation"],
    "projects": _crud("topic", "cityarea", "audience"),
    "core": [*_crud("contactperson"), "change_footersettings"],
    "wagtailsearchpromotions": _crud("searchpromotion"),
}
MEDIA = ("image", "document")
# Communications manage every image and document; a council's editors upload into their own
# collection and may choose from all.
COMMUNICATIONS_MEDIA = _crud(*MEDIA, actions=("add", "change", "delete", "choose"))
COUNCIL_MEDIA = _crud(*MEDIA, actions=("add", "change", "choose"))


def _model(apps, label):
    return apps.get_model(*label.split("."))


def _permissions(apps, by_app):
    wanted = Q()
    for app_label, codenames in by_app.items():
        wanted |= Q(content_type__app_label=app_label, codename__in=codenames)
    return list(_model(apps, "auth.Permission").objects.filter(wanted))


def _admin_access(apps):
    return _permissions(apps, {"wagtailadmin": ["access_admin"]})


def _grant(apps, group, page, codenames):
    for permission in _permissions(apps, {"wagtailcore": codenames}):
        _model(apps, "wagtailcore.GroupPagePermission").objects.get_or_create(
            group=group, page=page, permission=permission
        )


def _grant_media(apps, group, collection, codenames):
    for permission in _permissions(apps, {"wagtailimages": codenames, "wagtaildocs": codenames}):
        _model(apps, "wagtailcore.GroupCollectionPermission").objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _root_page(apps):
    return _model(apps, "wagtailcore.Page").objects.get(depth=1)


def _root_collection(apps):
    return _model(apps, "wagtailcore.Collection").objects.get(depth=1)


def _new_group(apps, name):
    """The group by name, and whether it was made now (only a new group gets the default permissions)."""
    return _model(apps, "auth.Group").objects.get_or_create(name=name)


def create_fixed_groups(apps=django_apps):
    """Communications, translators and the council publishing workflow, each made only if missing.

    Runs in the data migration with its historical models (``apps``), so it
    uses nothing but model managers; the page tree of each language is not
    there yet then, so translators get their pages in `set_up_all()`.
    """
    communications, created = _new_group(apps, COMMUNICATIONS)
    if created:
        communications.permissions.add(*_admin_access(apps), *_permissions(apps, COMMUNICATIONS_PERMISSIONS))
        _grant(apps, communications, _root_page(apps), COMMUNICATIONS_PAGE_PERMISSIONS)
        _grant_media(apps, communications, _root_collection(apps), COMMUNICATIONS_MEDIA)
    translators, created = _new_group(apps, TRANSLATORS)
    if created:
        translators.permissions.add(
            *_admin_access(apps),
            *_permissions(apps, {"wagtail_localize": ["submit_translation", "view_translation"]}),
        )
        _grant_media(apps, translators, _root_collection(apps), _crud(*MEDIA, actions=("choose",)))
    _council_workflow(apps, communications)


def _council_workflow(apps, communications):
    workflow, created = _model(apps, "wagtailcore.Workflow").objects.get_or_create(name=WORKFLOW)
    if created:
        task_model = _model(apps, "wagtailcore.GroupApprovalTask")
        content_type = _model(apps, "contenttypes.ContentType").objects.get_for_model(task_model)
        task = task_model.objects.create(name=TASK, content_type=content_type)
        task.groups.add(communications)
        workflow_task = _model(apps, "wagtailcore.WorkflowTask")
        workflow_task.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    return workflow


def council_collection(council):
    """The council's own collection of images and documents, made once under the root collection."""
    root = Collection.get_first_root_node()
    name = Council(council).label
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


@transaction.atomic
def set_up_council(page):
    """One council page (any language), once: its editors group (made with its collection if new),
    the group's page permissions and the approval workflow, unless the page already has one."""
    if CouncilWorkspace.objects.filter(page=page).exists():
        return
    apps = django_apps
    group, created = _new_group(apps, COUNCIL_EDITORS[page.council])
    if created:
        group.permissions.add(*_admin_access(apps))
        _grant_media(apps, group, council_collection(page.council), COUNCIL_MEDIA)
        _grant_media(apps, group, _root_collection(apps), _crud(*MEDIA, actions=("choose",)))
    _grant(apps, group, page, COUNCIL_PAGE_PERMISSIONS)
    if not WorkflowPage.objects.filter(page=page).exists():
        communications = Group.objects.get(name=COMMUNICATIONS)
        WorkflowPage.objects.create(page=page, workflow=_council_workflow(apps, communications))
    CouncilWorkspace.objects.create(page=page)


@transaction.atomic
def set_up_translators():
    """Translators write and publish in each language but the source: the home page of every other
    language's tree, once (a home with any translator permission is left as it is)."""
    group = Group.objects.get(name=TRANSLATORS)
    source = Locale.get_default()
    for home in Page.objects.filter(depth=2).exclude(locale=source):
        if not GroupPagePermission.objects.filter(group=group, page=home).exists():
            _grant(django_apps, group, home, TRANSLATOR_PAGE_PERMISSIONS)


def set_up_all():
    """The explicit step (`manage.py setup_council_workspaces`): fixed groups if missing, every
    council page's workspace, translators on every language's pages."""
    create_fixed_groups()
    for page in NetworkPage.objects.exclude(council=""):
        set_up_council(page)
    set_up_translators()
