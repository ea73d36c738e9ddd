"""Public addresses of the wellbeing money cycle. Tokens travel as ``?token=``; no personal data in URLs."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import application_views, vote_views

app_name = "wellbeing"
urlpatterns = [
    # The round is named by its page's translation key, the same in every language.
    path(pgettext_lazy("URL path", "vote/<uuid:round_key>/"), vote_views.vote, name="vote"),
    path(pgettext_lazy("URL path", "vote/<uuid:round_key>/sent/"), vote_views.sent, name="vote-sent"),
    path(pgettext_lazy("URL path", "vote/confirm/"), vote_views.confirm, name="vote-confirm"),
    path(pgettext_lazy("URL path", "apply/<uuid:round_key>/"), application_views.start, name="apply"),
    path(pgettext_lazy("URL path", "application/"), application_views.application, name="application"),
    path(pgettext_lazy("URL path", "application/report/"), application_views.report, name="report"),
]
