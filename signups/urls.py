from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "signups"
urlpatterns = [
    path("<uuid:session_key>/", views.signup, name="signup"),
    path(pgettext_lazy("URL path", "<uuid:session_key>/thanks/"), views.thanks, name="thanks"),
    path(pgettext_lazy("URL path", "cancel/"), views.cancel, name="cancel"),
    path(pgettext_lazy("URL path", "cancel/done/"), views.cancelled, name="cancelled"),
]
