"""Middleware for staff sessions and the two Content-Security-Policies."""

import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device

from .signals import SIGNED_IN_AT

# Reachable with a password-only session: signing in and out, the second factor
# itself, and the admin's static helpers that those pages load.
TWO_FACTOR_EXEMPT_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "two_factor_setup",
    "two_factor_verify",
}


def _is_admin_path(request):
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX)


class SearchQueryLimitMiddleware:
    """Cut every search query (on the site, in the admin and in the API) to a sane length.

    Search backends build one query node per term: a 100,000-character query
    took Wagtail's admin search over ten seconds and overflowed the SQLite
    backend's recursion (compare CVE-2024-39317).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    # "q" on the site and in the admin, "search" in the public API.
    parameters = ("q", "search")

    def __call__(self, request):
        limit = settings.SEARCH_QUERY_MAX_LENGTH
        too_long = [name for name in self.parameters if len(request.GET.get(name, "")) > limit]
        if too_long:
            request.GET = request.GET.copy()
            for name in too_long:
                request.GET[name] = request.GET[name][:limit]
        return self.get_response(request)


class SessionLifetimeMiddleware:
    """Ends a signed-in session 8 hours (SESSION_ABSOLUTE_AGE) after sign-in, however active.

    The idle limit is Django's own: SESSION_COOKIE_AGE with SESSION_SAVE_EVERY_REQUEST.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            signed_in_at = request.session.get(SIGNED_IN_AT, 0)
            if time.time() - signed_in_at > settings.SESSION_ABSOLUTE_AGE:
                logout(request)
        return self.get_response(request)


class AdminTwoFactorMiddleware:
    """No admin URL answers a signed-in user who has not passed a second factor.

    Users without a confirmed device are sent to enrol, the others to verify.
    Place after django_otp's OTPMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # After URL resolution, so that the exempt views can be recognised by name.
        if self._needs_second_factor(request):
            view = "two_factor_verify" if user_has_device(request.user) else "two_factor_setup"
            return redirect(f"{reverse(view)}?{urlencode({'next': request.get_full_path()})}")
        return None

    @staticmethod
    def _needs_second_factor(request):
        if not (settings.ADMIN_REQUIRE_TWO_FACTOR and _is_admin_path(request)):
            return False
        if not request.user.is_authenticated or request.user.is_verified():
            return False
        return request.resolver_match.url_name not in TWO_FACTOR_EXEMPT_URL_NAMES


class SiteCSPMiddleware(CSPMiddleware):
    """The strict policy everywhere; the admin's own, looser policy under /admin/.

    Wagtail's admin still relies on inline scripts and styles, so it cannot live
    with the public site's policy.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and _is_admin_path(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
