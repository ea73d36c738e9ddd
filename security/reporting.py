"""Error reports without passwords, tokens or residents' form values.

Django's own filter hides settings and the POST fields of views marked
sensitive. A report of this site may carry a resident's sign-up or a token in
any form, query string or local variable, so every such value is hidden.
"""

import re

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter


class PrivacyExceptionReporterFilter(SafeExceptionReporterFilter):
    hidden_settings = re.compile(
        "API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|DATABASE_URL|REDIS_URL|QUERY_STRING|URI",
        flags=re.IGNORECASE,
    )

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class PrivacyExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.request is not None:
            data["request_GET_items"] = [(name, self.filter.cleansed_substitute) for name in self.request.GET]
            data["request_insecure_uri"] = self.request.build_absolute_uri(self.request.path)
        return data
