from django.urls import path
from django.utils.translation import pgettext_lazy

from .feeds import CouncilCallFeed, OpportunityFeed, OutcomeFeed

app_name = "feeds"
urlpatterns = [
    path(pgettext_lazy("URL path", "opportunities/"), OpportunityFeed.view, name="opportunities"),
    path(pgettext_lazy("URL path", "calls/"), CouncilCallFeed.view, name="calls"),
    path(pgettext_lazy("URL path", "outcomes/"), OutcomeFeed.view, name="outcomes"),
]
