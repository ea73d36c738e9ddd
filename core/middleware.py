from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_cache_control


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed site stays a 404.

    Django redirects any unknown path without a prefix to its /fi/ version,
    where Wagtail's page tree then answers 404 again. For the API, the admin
    and documents that turns a plain "not found" into a redirect to a page.
    """

    UNPREFIXED = ("/api/", "/admin/", "/documents/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class StaffPagesArePrivateMiddleware:
    """A page shown with the staff user bar is for that staff member only: no shared cache keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "shows_staff_userbar", False):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        return response
