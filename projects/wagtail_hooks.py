from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, CityArea, Topic


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class CityAreaViewSet(TermViewSet):
    model = CityArea
    icon = "site"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class ClassificationGroup(SnippetViewSetGroup):
    items = (TopicViewSet, CityAreaViewSet, AudienceViewSet)
    menu_icon = "tag"
    menu_label = _("Classification")
    menu_name = "classification"
    menu_order = 310


register_snippet(ClassificationGroup)
