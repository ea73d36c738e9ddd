"""How staff groups come to be: fixed groups by a data migration, each council's workspace by an explicit,
idempotent step that adds what is missing and never undoes what an admin changed."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from councils import workspaces
from networks.models import Council, NetworkPage
from wellbeing import working_group

pytestmark = pytest.mark.django_db


def _state_after(app, migration):
    """The models as the given migration sees them."""
    return MigrationExecutor(connection).loader.project_state((app, migration)).apps


def _snapshot():
    return (
        sorted(Group.objects.values_list("name", "permissions__codename")),
        sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
        Workflow.objects.count(),
    )


def test_the_migration_makes_the_fixed_groups_and_the_workflow_with_its_historical_models(db):
    Group.objects.filter(name__in=[workspaces.COMMUNICATIONS, workspaces.TRANSLATORS]).delete()
    Workflow.objects.filter(name=workspaces.WORKFLOW).delete()

    workspaces.create_fixed_groups(_state_after("councils", "0004_staff_groups"))

    communications = Group.objects.get(name=workspaces.COMMUNICATIONS)
    codenames = set(communications.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "view_translation", "change_footersettings"} <= codenames
    assert GroupPagePermission.objects.filter(group=communications, page__depth=1).count() == len(
        workspaces.COMMUNICATIONS_PAGE_PERMISSIONS
    )
    translators = Group.objects.get(name=workspaces.TRANSLATORS)
    assert set(translators.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "submit_translation",
        "view_translation",
    }
    task = Workflow.objects.get(name=workspaces.WORKFLOW).tasks.get().specific
    assert list(task.groups.all()) == [communications]


def test_the_migration_makes_the_wellbeing_working_group(db):
    Group.objects.filter(name=working_group.WORKING_GROUP).delete()

    working_group.ensure(_state_after("wellbeing", "0003_working_group"))

    group = Group.objects.get(name=working_group.WORKING_GROUP)
    assert {"evaluate_application", "view_vote", "access_admin"} <= set(
        group.permissions.values_list("codename", flat=True)
    )


def test_the_set_up_step_changes_nothing_the_second_time(pages):
    before = _snapshot()
    call_command("setup_council_workspaces", stdout=None)
    assert _snapshot() == before


def test_the_set_up_step_never_undoes_what_an_admin_changed(pages):
    youth = Group.objects.get(name=workspaces.COUNCIL_EDITORS[Council.YOUTH])
    council_page = pages[Council.YOUTH]["fi"]
    # An admin lets the youth council's editors publish, takes their Swedish page away and moves
    # their Finnish page to a workflow of their own.
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=youth, page=council_page, permission=publish)
    communications = Group.objects.get(name=workspaces.COMMUNICATIONS)
    communications.permissions.remove(Permission.objects.get(codename="change_footersettings"))
    own = Workflow.objects.create(name="Nuorten oma työnkulku")
    WorkflowPage.objects.filter(page=council_page).update(workflow=own)
    GroupPagePermission.objects.filter(group=youth, page=pages[Council.YOUTH]["sv"]).delete()
    GroupPagePermission.objects.filter(group=youth, page=pages[Council.YOUTH]["en"]).exclude(
        permission__codename="add_page"
    ).delete()
    before = _snapshot()

    workspaces.set_up_all()
    council_page.save_revision().publish()  # saving the council page sets up nothing either

    assert _snapshot()[:3] == before[:3]
    assert WorkflowPage.objects.get(page=council_page).workflow == own


def test_a_council_page_added_later_gets_its_workspace_from_the_step(pages):
    added = _network_page(pages["networks"]["fi"])
    youth = Group.objects.get(name=workspaces.COUNCIL_EDITORS[Council.YOUTH])
    assert not GroupPagePermission.objects.filter(group=youth, page=added).exists()

    call_command("setup_council_workspaces", stdout=None)

    granted = GroupPagePermission.objects.filter(group=youth, page=added)
    assert set(granted.values_list("permission__codename", flat=True)) == set(
        workspaces.COUNCIL_PAGE_PERMISSIONS
    )
    assert WorkflowPage.objects.get(page=added).workflow.name == workspaces.WORKFLOW


def _network_page(parent):
    page = NetworkPage(title="Nuorisovaltuuston työryhmä", slug="nuorten-tyoryhma", council=Council.YOUTH)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
