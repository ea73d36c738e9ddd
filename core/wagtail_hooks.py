from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .accessibility_checker import use_site_content_checker
from .models import ContactPerson

# The editor's Checks panel and the userbar run the site's accessibility rules.
hooks.register("construct_wagtail_userbar", use_site_content_checker)


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "email", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]


register_snippet(ContactPersonViewSet)
