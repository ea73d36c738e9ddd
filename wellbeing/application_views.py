"""The applicant's pages: the application form, the private application page, and the report.

Everything after the first form is reached with the private link (``?token=``):
those pages are never cached and never pass their address on to another site.
No personal data ever travels in a URL.
"""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from core.secret_links import keep_address_private
from projects.models import CityArea
from security.ratelimit import form_posts_exceeded

from . import applications
from .application_forms import AnswerForm, ApplicationForm, ReportForm, application_initial
from .models import Application, Report, RoundPage, Theme

RATE_LIMIT_GROUP = "wellbeing-applications"
SAVED_NOTICES = ("draft", "updated", "sent", "answered", "report")


def _round_in_language(round_key):
    """The live round page with this translation key in the active language; 404 otherwise."""
    page = (
        RoundPage.objects.live()
        .public()
        .filter(translation_key=round_key, locale__language_code=translation.get_language())
        .first()
    )
    if page is None:
        raise Http404
    return page


def _round_of(application):
    """The application's round in the active language where it is published, else the Finnish page."""
    source = application.round
    translated = (
        RoundPage.objects.live()
        .filter(translation_key=source.translation_key, locale__language_code=translation.get_language())
        .first()
    )
    return translated or source


def _private_url(view_name, application, notice=None):
    """The address of a private page: the token travels only in ``?token=``."""
    query = {"token": application.private_token}
    if notice:
        query["saved"] = notice
    return f"{reverse(f'wellbeing:{view_name}')}?{urlencode(query)}"


def _too_many(request, round_page):
    return render(request, "too_many.html", {"back_page": round_page}, status=429)


@never_cache
def start(request, round_key):
    """A new application while the round takes them; otherwise a page that says when it does or did."""
    round_page = _round_in_language(round_key)
    if not round_page.applications_are_open():
        status = 403 if request.method == "POST" else 200
        context = {"round_page": round_page, "not_yet": timezone.now() < round_page.applications_open_at}
        return render(request, "wellbeing/apply_closed.html", context, status=status)
    return _edit(request, round_page, None)


def _edit(request, round_page, application):
    """The application form, new or a draft; on POST, save the draft or send the application."""
    posted = request.method == "POST"
    sending = posted and request.POST.get("action") == "send"
    form = ApplicationForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        round_page=round_page,
        sending=sending,
        attached=application.attachments.all() if application else (),
        initial=application_initial(application) if application else None,
    )
    if posted:
        # A new application is counted per contact address too; a draft's own link is private.
        email = None if application else request.POST.get("contact_email")
        target = application.pk if application else round_page.translation_key
        if form_posts_exceeded(request, RATE_LIMIT_GROUP, email=email, target=target):
            return _too_many(request, round_page)
        if form.is_valid():
            if form.is_bot:
                return redirect(request.get_full_path())
            saved = _save(form, round_page, application, sending)
            if saved is not None:
                notice = "sent" if sending else "updated" if application else "draft"
                return redirect(_private_url("application", saved, notice))
        elif request.FILES:
            form.add_error(None, _files_again_message())
    context = {
        "round_page": round_page,
        "form": form,
        "application": application,
        "total": form.budget.shown_total(),
        "saved": request.GET.get("saved") if request.GET.get("saved") in SAVED_NOTICES else "",
    }
    return render(request, "wellbeing/apply.html", context)


def _save(form, round_page, application, sending):
    """Store through the services; None (with the reason on the form) if the round closed meanwhile."""
    service = applications.send if sending else applications.save_draft
    try:
        return service(
            round_page,
            translation.get_language(),
            form.details(),
            files=form.cleaned_data["attachments"],
            remove=form.cleaned_data.get("remove_attachments") or (),
            application=application,
        )
    except applications.ApplicationsClosed:
        form.add_error(None, _closed_message())
        return None


def _files_again_message():
    return translation.gettext(
        "The files you chose were not saved, because something else needs fixing. Choose them again."
    )


def _closed_message():
    return translation.gettext("Applications for this round have closed. Nothing was saved.")


def _application_for(request):
    """The application behind the private link, or the response to give when there is none."""
    application = applications.find(request.GET.get("token"))
    if application is None:
        expired = render(request, "wellbeing/link_expired.html", {"expired": False}, status=404)
        return None, keep_address_private(expired)
    if applications.link_has_expired(application):
        expired = render(request, "wellbeing/link_expired.html", {"expired": True}, status=410)
        return None, keep_address_private(expired)
    return application, None


@never_cache
def application(request):
    """A draft opens in the form until applications close; otherwise the application, read-only."""
    application, refusal = _application_for(request)
    if refusal:
        return refusal
    round_page = _round_of(application)
    if applications.is_editable(application):
        return keep_address_private(_edit(request, round_page, application))
    return keep_address_private(_show(request, round_page, application))


def _show(request, round_page, application):
    """The sent application, its messages, and the answer form while more information is asked."""
    asked = application.status == Application.Status.MORE_INFORMATION
    form = AnswerForm(request.POST if request.method == "POST" and asked else None)
    status = 200
    if request.method == "POST":
        if form_posts_exceeded(request, RATE_LIMIT_GROUP, target=application.pk):
            return _too_many(request, round_page)
        if not asked:
            status = 403
        elif form.is_valid():
            if not form.is_bot:
                applications.answer(application, form.cleaned_data["text"])
            return redirect(_private_url("application", application, "answered"))
    context = {
        "round_page": round_page,
        "application": application,
        "theme_name": _theme_name(application),
        "area_name": _area_name(application),
        "attachments": application.attachments.all(),
        "messages_": application.messages.all(),
        "answer_form": form if asked else None,
        "report_open": application.status == Application.Status.FUNDED,
        "refused": status == 403,
        "saved": request.GET.get("saved") if request.GET.get("saved") in SAVED_NOTICES else "",
    }
    return render(request, "wellbeing/application.html", context, status=status)


def _theme_name(application):
    if not application.theme_key:
        return ""
    themes = Theme.objects.filter(translation_key=application.theme_key)
    theme = themes.filter(locale__language_code=translation.get_language()).first() or themes.first()
    return theme.name if theme else ""


def _area_name(application):
    if not application.area:
        return ""
    areas = CityArea.objects.filter(slug=application.area)
    area = areas.filter(locale__language_code=translation.get_language()).first() or areas.first()
    return area.name if area else application.area


@never_cache
def report(request):
    """A funded project's report, until the reports are due; editable again if staff returned it."""
    application, refusal = _application_for(request)
    if refusal:
        return refusal
    round_page = _round_of(application)
    if application.status != Application.Status.FUNDED:
        context = {"round_page": round_page}
        return keep_address_private(render(request, "wellbeing/report_unavailable.html", context, status=404))
    existing = Report.objects.filter(application=application).first()
    editable = applications.report_is_editable(application, existing)
    granted = application.amount_granted
    if granted is None:
        granted = application.requested_amount
    initial = {name: getattr(existing, name) for name in ReportForm.base_fields if hasattr(existing, name)}
    posted = request.method == "POST" and editable
    form = ReportForm(request.POST if posted else None, granted=granted, initial=initial)
    if posted:
        if form_posts_exceeded(request, RATE_LIMIT_GROUP, target=application.pk):
            return _too_many(request, round_page)
        if form.is_valid():
            if not form.is_bot:
                applications.save_report(application, form.report_details())
            return redirect(_private_url("report", application, "report"))
    context = {
        "round_page": round_page,
        "application": application,
        "report": existing,
        "form": form if editable else None,
        "granted": granted,
        "refused": request.method == "POST" and not editable,
        "token": request.GET.get("token"),
        "saved": request.GET.get("saved") == "report",
    }
    status = 403 if context["refused"] else 200
    return keep_address_private(render(request, "wellbeing/report.html", context, status=status))
