from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET
from django_otp import login as otp_login
from django_otp import user_has_device

from . import two_factor
from .forms import TokenForm

RECOVERY_CODES_TO_SHOW = "recovery_codes_to_show"


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _redirect_with_next(view_name, request):
    return redirect(f"{reverse(view_name)}?{urlencode({'next': _next_url(request)})}")


def _signed_in(request, device):
    """The second factor is passed: a new session id for the raised privilege."""
    request.session.cycle_key()
    otp_login(request, device)


@never_cache
@sensitive_post_parameters("token")
def setup(request):
    """Enrol an authenticator app: scan the QR code, confirm with its first code."""
    if user_has_device(request.user):
        return _redirect_with_next("two_factor_verify", request)
    device = two_factor.pending_app_device(request.user)
    form = TokenForm(request.POST or None)
    form.fields["token"].help_text = _("The six-digit code that the app shows.")
    if form.is_valid():
        codes = two_factor.confirm_app_device(device, form.cleaned_data["token"])
        if codes:
            _signed_in(request, device)
            request.session[RECOVERY_CODES_TO_SHOW] = codes
            return _redirect_with_next("two_factor_recovery_codes", request)
        form.add_error("token", _("That code did not match. Check the time on your phone and try again."))
    qr_code = segno.make(device.config_url, error="m").svg_inline(scale=5, title=_("QR code for your app"))
    return render(
        request,
        "security/two_factor_setup.html",
        {"form": form, "qr_code": qr_code, "secret": _grouped(device.bin_key), "next": _next_url(request)},
    )


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    """Ask for the second factor of a user who signed in with a password."""
    if not user_has_device(request.user):
        return _redirect_with_next("two_factor_setup", request)
    form = TokenForm(request.POST or None)
    if form.is_valid():
        device = two_factor.verify(request.user, form.cleaned_data["token"])
        if device:
            _signed_in(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("That code did not work. Wait a moment and try again."))
    return render(request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)})


@never_cache
def recovery_codes(request):
    """Show new recovery codes once; a POST replaces them."""
    if request.method == "POST":
        request.session[RECOVERY_CODES_TO_SHOW] = two_factor.new_recovery_codes(request.user)
        messages.success(request, _("New recovery codes were made. The old ones no longer work."))
        return redirect("two_factor_recovery_codes")
    codes = request.session.pop(RECOVERY_CODES_TO_SHOW, None)
    return render(request, "security/recovery_codes.html", {"codes": codes, "next": _next_url(request)})


def _grouped(key):
    """The base32 secret in groups of four, for typing into an app by hand."""
    secret = b32encode(key).decode().rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116: how to report a vulnerability."""
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {settings.SECURITY_TXT_EXPIRES}",
        "Preferred-Languages: fi, sv, en",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
