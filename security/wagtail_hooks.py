from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/setup/", views.setup, name="two_factor_setup"),
        path("two-factor/verify/", views.verify, name="two_factor_verify"),
        path("two-factor/recovery-codes/", views.recovery_codes, name="two_factor_recovery_codes"),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("two_factor_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("Make new recovery codes for signing in without your phone."),
    }
