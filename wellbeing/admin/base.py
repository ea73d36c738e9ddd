"""What the working group's admin views share: the permissions they check, the page view that checks
them, and the user for the audit log."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

VIEW = "wellbeing.view_application"
CHANGE = "wellbeing.change_application"
EVALUATE = "wellbeing.evaluate_application"
VIEW_REPORT = "wellbeing.view_report"
CHANGE_REPORT = "wellbeing.change_report"
VIEW_VOTES = "wellbeing.view_vote"


@method_decorator(never_cache, name="dispatch")
class WorkingGroupView(WagtailAdminTemplateMixin, View):
    """A page of the working group: needs ``permission`` (and ``post_permission`` to change anything)."""

    permission = VIEW
    index_url_name = "wellbeing_applications:index"
    index_label = _("Applications")
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": self.index_label},
            {"url": "", "label": self.get_page_title()},
        ]
