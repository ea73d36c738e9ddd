from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class StyleGuideMenuItem(MenuItem):
    """The public site's style guide, in the staff member's admin language where the site has it."""

    def render_component(self, request):
        self.url = reverse("style_guide")
        return super().render_component(request)


@hooks.register("register_help_menu_item")
def register_style_guide_menu_item():
    return StyleGuideMenuItem(
        _("Style guide of the site"), "", icon_name="doc-full", order=1200, name="style-guide"
    )
