from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


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
