"""Responses to a council call: a form-builder form on its own address, closed after the deadline."""

from django import forms
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from core.forms import describe_errors
from security.ratelimit import form_posts_exceeded

HONEYPOT = "website"


def _form(page, data=None):
    form = page.get_form(data, page=page, user=None)
    # Hidden from people and from assistive technology; filled in only by bots.
    form.fields[HONEYPOT] = forms.CharField(label=_("Leave this field empty"), required=False)
    form.fields[HONEYPOT].widget.attrs.update(autocomplete="off", tabindex="-1")
    return form


def _in_translation(name):
    """The language links of the form's own pages: the same page ("respond", "thanks") of the call's
    translation, not the call page (core.navigation.language_links)."""
    return lambda translated: translated.specific.respond_url(name)


@never_cache
@sensitive_post_parameters()
def respond(request, page):
    form = _form(page, request.POST if request.method == "POST" else None)
    context = {
        "page": page,
        "form": form,
        "visible_fields": [f for f in form if f.name != HONEYPOT],
        "url_in_translation": _in_translation("respond"),
    }
    if not page.accepts_responses:
        return render(request, "councils/call_response.html", {**context, "form": None})
    if request.method == "POST":
        if form_posts_exceeded(request, "call-responses", target=page.translation_key):
            return render(request, "too_many.html", {"back_page": page}, status=429)
        if form.is_valid():
            if not form.cleaned_data.pop(HONEYPOT):
                page.process_form_submission(form)
            return redirect(page.respond_url("thanks"))
        describe_errors(form)
    return render(request, "councils/call_response.html", context)


def preview_form(request, page):
    """The response form as residents will see it while the call takes responses (the editor's preview)."""
    form = _form(page)
    context = {"page": page, "form": form, "visible_fields": [f for f in form if f.name != HONEYPOT]}
    return render(request, "councils/call_response.html", context)


def thanks(request, page):
    context = {"page": page, "url_in_translation": _in_translation("thanks")}
    return render(request, page.landing_page_template, context)
