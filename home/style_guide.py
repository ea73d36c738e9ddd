"""The living style guide: the site's real components, rendered by the real templates, for staff.

Not indexed and not in the sitemap; linked from the admin's Help menu (home/wagtail_hooks.py).
"""

from django import forms
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from core import palette
from projects.choices import Status
from projects.models import OpportunityPage, OutcomePage
from projects.models.outcomes import OutcomeStatus


class SampleForm(forms.Form):
    """A form that always fails, to show fields, help and errors as residents meet them."""

    name = forms.CharField(label=_("Name"), help_text=_("As you want it on the list of participants."))
    email = forms.EmailField(label=_("Email"))
    needs = forms.CharField(
        label=_("Accessibility needs"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


def sample_cards(language):
    """One live opportunity of each status in the language, if there is one: the catalogue's own cards."""
    locale = Locale.objects.filter(language_code=language).first()
    now = timezone.now()
    live = OpportunityPage.objects.live().public().filter(locale=locale)
    cards = []
    for status in Status:
        found = live.in_status(status, now=now).in_date_order(now).first()
        if found:
            cards.append(found)
    return cards


@require_GET
def style_guide(request):
    form = SampleForm(data={"name": "", "email": "not-an-address"})
    form.is_valid()
    context = {
        "pairs": palette.pairs(),
        "colours": palette.colours().items(),
        "statuses": Status,
        "outcomes": [OutcomePage(status=status) for status in OutcomeStatus.values],
        "cards": sample_cards(request.LANGUAGE_CODE),
        "form": form,
    }
    return TemplateResponse(request, "home/style_guide.html", context)
