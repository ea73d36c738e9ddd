"""Atom feeds per language: new opportunities, new council calls, new outcomes ("what we did")."""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from core import navigation
from core.restrictions import public

from .choices import Method
from .models import OpportunityPage, OutcomePage

LATEST = 30


class PageFeed(Feed):
    """The latest live, public pages of one kind, in the language of the URL.

    An instance serves one request (see ``view``), so it can keep the request
    for building absolute links.
    """

    feed_type = Atom1Feed
    title_text = ""

    @classmethod
    def view(cls, request):
        feed = cls()
        feed.request = request
        return feed(request)

    def title(self):
        return f"{self.title_text} – {translation.gettext('Take part in Pori')}"

    def link(self):
        home = navigation.current_home(self.request)
        return home.get_url(self.request) if home else "/"

    def pages(self):
        raise NotImplementedError

    def items(self):
        return (
            public(self.pages().live())
            .filter(locale__language_code=translation.get_language())
            .order_by("-first_published_at")[:LATEST]
        )

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.intro

    def item_link(self, page):
        return page.get_full_url(self.request)

    def item_guid(self, page):
        return page.get_full_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at


class OpportunityFeed(PageFeed):
    title_text = _("New ways to take part")

    def pages(self):
        return OpportunityPage.objects.exclude(method=Method.COUNCIL_CALL)


class CouncilCallFeed(PageFeed):
    title_text = _("Councils' calls")

    def pages(self):
        return OpportunityPage.objects.filter(method=Method.COUNCIL_CALL)


class OutcomeFeed(PageFeed):
    title_text = _("What we heard, what we did")

    def pages(self):
        return OutcomePage.objects.all()
