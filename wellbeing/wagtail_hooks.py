"""The working group's menu "Wellbeing money" in the Wagtail admin: applications, reports, the theme vote.

Both are Wagtail model viewsets whose permission policy is the model
permissions: the working group (working_group.py) and superusers see them;
other staff see no menu item and get 403. Applications come from residents,
so there is no "add"; only superusers (who alone have the delete permission)
may delete one. The theme vote's view (clusters of votes from one domain) needs
the permission to view votes, which the working group has.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.log_actions import LogFormatter

from .admin import listings, pages, votes
from .admin.base import VIEW_VOTES
from .models import Application, Report


class WorkingGroupViewSet(ModelViewSet):
    """A listing and the model's own page (``page_view``, at the "edit" URL), history and delete; no add."""

    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    page_view = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.page_view.as_view(), name="edit"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("usage/<int:pk>/", self.usage_view, name="usage"),
            *self.extra_urlpatterns(),
        ]

    def extra_urlpatterns(self):
        return []


class ApplicationViewSet(WorkingGroupViewSet):
    model = Application
    name = "wellbeing_applications"
    url_prefix = "wellbeing/applications"
    icon = "form"
    menu_label = _("Applications")
    menu_order = 100
    index_view_class = listings.ApplicationIndexView
    page_view = pages.ApplicationView

    def extra_urlpatterns(self):
        return [path("attachments/<int:pk>/", pages.AttachmentView.as_view(), name="attachment")]


class ReportViewSet(WorkingGroupViewSet):
    model = Report
    name = "wellbeing_reports"
    url_prefix = "wellbeing/reports"
    icon = "doc-full"
    menu_label = _("Reports")
    menu_order = 200
    index_view_class = listings.ReportIndexView
    page_view = pages.ReportView


class VoteMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_VOTES)


class VoteViewSet(ViewSet):
    """The rounds, and each round's clusters of votes (wellbeing.admin.vote_clusters)."""

    name = "wellbeing_votes"
    url_prefix = "wellbeing/votes"
    icon = "tasks"
    menu_label = _("Theme vote")
    menu_order = 300

    menu_item_class = VoteMenuItem

    def get_urlpatterns(self):
        return [
            path("", votes.VoteRoundsView.as_view(), name="index"),
            path("<int:pk>/", votes.VoteClustersView.as_view(), name="clusters"),
        ]


class WellbeingGroup(ModelViewSetGroup):
    menu_label = _("Wellbeing money")
    menu_icon = "clipboard-list"
    menu_order = 260
    items = (ApplicationViewSet, ReportViewSet, VoteViewSet)


@hooks.register("register_admin_viewset")
def register_wellbeing_viewsets():
    return WellbeingGroup()


class ReferenceFormatter(LogFormatter):
    """For example "Set the status of HR-2027-001 to funded": a reference and statuses, never a person."""

    template = ""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        statuses = dict(Application.Status.choices)
        return self.template % {
            "reference": data.get("reference") or "",
            "from": statuses.get(data.get("from"), data.get("from") or ""),
            "to": statuses.get(data.get("to"), data.get("to") or ""),
            "score": data.get("score") or "–",
        }


class ExportFormatter(LogFormatter):
    label = _("Export applications")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Exported %(rows)s applications as %(format)s") % {
            "rows": data.get("rows", 0),
            "format": (data.get("format") or "").upper(),
        }


ACTIONS = {
    "wellbeing.status": (
        _("Change status"),
        _("Changed the status of %(reference)s from %(from)s to %(to)s"),
    ),
    "wellbeing.evaluate": (_("Evaluate"), _("Evaluated %(reference)s: score %(score)s")),
    "wellbeing.publish_report": (_("Publish report"), _("Published the report of %(reference)s")),
    "wellbeing.return_report": (_("Return report"), _("Returned the report of %(reference)s for changes")),
}


@hooks.register("register_log_actions")
def wellbeing_log_actions(actions):
    for action, (label, template) in ACTIONS.items():
        actions.register_action(action)(
            type("WellbeingActionFormatter", (ReferenceFormatter,), {"label": label, "template": template})
        )
    actions.register_action("wellbeing.export")(ExportFormatter)
