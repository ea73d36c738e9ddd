from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactPerson


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "email", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]


register_snippet(ContactPersonViewSet)
