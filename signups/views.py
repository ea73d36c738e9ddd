"""Public sign-up pages: the form (its own URL, so opportunity pages stay cacheable), thanks, cancelling."""

from urllib.parse import urlencode

from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from core.secret_links import hash_token, keep_address_private
from projects.models import OpportunityPage, OpportunitySession
from security.ratelimit import form_posts_exceeded

from . import services
from .availability import for_sessions
from .emails import session_details
from .forms import SignupForm
from .models import Registration


def _session_in_language(session_key):
    """The session in the active language, on a live public page; 404 otherwise."""
    session = get_object_or_404(
        OpportunitySession.objects.select_related("page"),
        translation_key=session_key,
        locale__language_code=translation.get_language(),
    )
    page = OpportunityPage.objects.live().public().filter(pk=session.page_id).first()
    if page is None:
        raise Http404
    return session, page


@never_cache
@sensitive_post_parameters()
def signup(request, session_key):
    session, page = _session_in_language(session_key)
    questions = page.signup_questions.all()
    availability = for_sessions([session])[session.translation_key]
    form = SignupForm(request.POST or None, session=session, questions=questions)
    if request.method == "POST":
        if form_posts_exceeded(
            request, "signups", email=request.POST.get("email"), target=session.translation_key
        ):
            return render(request, "signups/too_many.html", {"opportunity": page}, status=429)
        if form.is_valid():
            details = form.registration_details()
            if form.is_bot:
                return redirect(_thanks_url(session, services.answer(None, session, details["group_size"])))
            try:
                registered = services.register(session, **details)
            except services.RegistrationClosed:
                form.add_error(None, _closed_message())
            except services.SessionFull:
                form.add_error(None, _full_message())
            else:
                return redirect(
                    _thanks_url(session, services.answer(registered, session, details["group_size"]))
                )
            availability = for_sessions([session])[session.translation_key]
    # Not "page": the language switcher would then link to the opportunity instead of this form.
    context = {"opportunity": page, "session": session, "availability": availability, "form": form}
    return render(request, "signups/signup.html", context)


def _closed_message():
    return translation.gettext("Sign-up for this session has closed. Nothing was saved.")


def _full_message():
    return translation.gettext(
        "The session and its waitlist filled up while you were typing. Nothing was saved."
    )


def _outcome_signer(session_key):
    return signing.Signer(salt=f"signups.thanks.{session_key}")


def _thanks_url(session, outcome):
    """The thank-you page, with what the sign-up got: signed, and no personal data or registration in it.

    The address carries only the outcome (a place, or a waitlist position, and the group's
    size), signed for this session so that no one can make the city's page say otherwise.
    """
    url = reverse("signups:thanks", kwargs={"session_key": session.translation_key})
    if outcome is None:
        return url
    value = f"{outcome.status}.{outcome.group_size}.{outcome.position or 0}"
    return f"{url}?{urlencode({'outcome': _outcome_signer(session.translation_key).sign(value)})}"


def _outcome_from(request, session_key):
    """The outcome in the thank-you page's address; None if it is absent or not the site's own."""
    value = request.GET.get("outcome", "")
    if not value or len(value) > 200:
        return None
    try:
        status, group_size, position = _outcome_signer(session_key).unsign(value).split(".")
    except (signing.BadSignature, ValueError):
        return None
    if status not in (Registration.Status.CONFIRMED, Registration.Status.WAITLISTED):
        return None
    return services.Outcome(status, int(group_size), int(position) or None)


def thanks(request, session_key):
    session, page = _session_in_language(session_key)
    context = {"opportunity": page, "session": session, "outcome": _outcome_from(request, session_key)}
    return render(request, "signups/thanks.html", context)


def _registration_for(token):
    """The active registration behind a cancel link, until its session ends (where it is now)."""
    if not token or len(token) > 100:
        return None
    return (
        Registration.objects.with_session_end()
        .filter(token_hash=hash_token(token), session_ends_at__gt=timezone.now())
        .first()
    )


@never_cache
@sensitive_post_parameters()
def cancel(request):
    """GET only shows what would be cancelled (mail scanners open links); POST cancels."""
    token = request.POST.get("token") if request.method == "POST" else request.GET.get("token")
    registration = _registration_for(token)
    if registration is None:
        return keep_address_private(render(request, "signups/link_expired.html", status=404))
    if request.method == "POST" and registration.is_active:
        services.cancel(registration, erase=request.POST.get("erase") == "yes")
        done = reverse("signups:cancelled")
        return redirect(f"{done}?erased=yes" if request.POST.get("erase") == "yes" else done)
    details = session_details(registration.session_key, translation.get_language())
    context = {"registration": registration, "details": details, "token": token}
    return keep_address_private(render(request, "signups/cancel.html", context))


def cancelled(request):
    return render(request, "signups/cancelled.html", {"erased": request.GET.get("erased") == "yes"})
