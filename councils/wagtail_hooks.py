"""Only people who may publish a page may put it on the site: council editors go through approval.

wagtail-localize's "Convert to alias page" replaces a translation with its source
page and copies the source's live status, so it publishes (or unpublishes) the
translation at once; it asks only for edit permission. A council editor could
thus publish their Swedish or English translation without approval. Converting
therefore needs publish permission on the page, everywhere on the site.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.views.convert import convert_to_alias

from .dashboard import OwnCouncilPanel, own_council_pages

CONVERT_TO_ALIAS = "localize-convert-to-alias"


def convert_to_alias_if_publisher(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert_to_alias(request, page_id)


# order=-1: listed before wagtail-localize's own pattern for the same address, so this one answers.
@hooks.register("register_admin_urls", order=-1)
def guard_convert_to_alias():
    return [path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias_if_publisher)]


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias_from_non_publishers(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS]


@hooks.register("construct_homepage_panels")
def show_own_council_first(request, panels):
    pages = own_council_pages(request.user)
    if pages:
        panels.append(OwnCouncilPanel(pages))
