"""The theme vote's public pages: the ballot (its own URL, so the round page stays cacheable),
"check your email", and the confirmation link."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import formats, timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from core.secret_links import keep_address_private
from security.ratelimit import form_posts_exceeded

from . import voting
from .vote_forms import VoteForm


def _round_or_404(round_key):
    page = voting.round_in_language(round_key, translation.get_language())
    if page is None:
        raise Http404
    return page


def _when(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def not_open_message(page, now=None):
    """Why the ballot is not open: it opens later, or it has closed."""
    now = now or timezone.now()
    if now < page.vote_opens_at:
        return translation.gettext("The theme vote is not open yet. It opens on %(when)s.") % {
            "when": _when(page.vote_opens_at)
        }
    return translation.gettext("The theme vote is not open. It closed on %(when)s.") % {
        "when": _when(page.vote_closes_at)
    }


@never_cache
@sensitive_post_parameters()
def vote(request, round_key):
    page = _round_or_404(round_key)
    themes = voting.themes_of(page)
    form = VoteForm(request.POST or None, themes=themes, votes_per_person=page.votes_per_person)
    context = {
        "round": page,
        "form": form,
        "closed_message": "",
        "resend_minutes": int(voting.RESEND_INTERVAL.total_seconds() // 60),
    }
    if not page.vote_is_open():
        context["closed_message"] = not_open_message(page)
        return render(
            request, "wellbeing/vote.html", context, status=409 if request.method == "POST" else 200
        )
    if request.method == "POST":
        if form_posts_exceeded(
            request, "wellbeing-vote", email=request.POST.get("email"), target=page.translation_key
        ):
            return render(request, "too_many.html", {"back_page": page}, status=429)
        if form.is_valid():
            if form.is_bot:
                return redirect("wellbeing:vote-sent", round_key=page.translation_key)
            try:
                voting.cast(
                    page,
                    email=form.cleaned_data["email"],
                    theme_keys=form.cleaned_data["themes"],
                    language=translation.get_language(),
                )
            except voting.VoteClosed:
                form.add_error(None, not_open_message(page))
            else:
                return redirect("wellbeing:vote-sent", round_key=page.translation_key)
    return render(request, "wellbeing/vote.html", context)


def sent(request, round_key):
    page = _round_or_404(round_key)
    minutes = int(voting.RESEND_INTERVAL.total_seconds() // 60)
    return render(request, "wellbeing/vote_sent.html", {"round": page, "resend_minutes": minutes})


@never_cache
@sensitive_post_parameters()
def confirm(request):
    """GET only shows the vote (mail scanners open links); POST makes it count."""
    token = request.POST.get("token") if request.method == "POST" else request.GET.get("token")
    found = voting.vote_for_token(token)
    if found is None:
        return keep_address_private(render(request, "wellbeing/vote_link_expired.html", status=404))
    language = translation.get_language()
    page = voting.round_in_language(found.round.translation_key, language) or found.round
    context = {
        "vote": found,
        "round": page,
        "themes": voting.chosen_themes(found, language),
        "token": token,
        "outcome": None,
        "closed_message": "",
    }
    if request.method == "POST":
        try:
            context["outcome"] = voting.confirm(found).value
        except voting.VoteClosed:
            context["closed_message"] = not_open_message(found.round)
    elif not found.confirmed_at and not found.round.vote_is_open():
        context["closed_message"] = not_open_message(found.round)
    return keep_address_private(render(request, "wellbeing/vote_confirm.html", context))
