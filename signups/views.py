"""Public sign-up pages: the form (its own URL, so opportunity pages stay cacheable), thanks, cancelling."""

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
            if form.is_bot:
                return redirect("signups:thanks", session_key=session.translation_key)
            try:
                services.register(session, **form.registration_details())
            except services.RegistrationClosed:
                form.add_error(None, _closed_message())
            except services.SessionFull:
                form.add_error(None, _full_message())
            else:
                return redirect("signups:thanks", session_key=session.translation_key)
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


def thanks(request, session_key):
    session, page = _session_in_language(session_key)
    return render(request, "signups/thanks.html", {"opportunity": page, "session": session})


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
