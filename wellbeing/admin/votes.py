"""The theme vote in the working group's admin: the rounds, and each round's clusters of votes."""

from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import RoundPage
from . import vote_clusters
from .base import VIEW_VOTES, WorkingGroupView
from .filters import original_locale
from .forms import ClusterForm


class VoteRoundsView(WorkingGroupView):
    """The rounds with their number of votes, each linking to its clusters."""

    permission = VIEW_VOTES
    index_url_name = "wellbeing_votes:index"
    index_label = _("Theme vote")
    header_icon = "tasks"
    page_title = _("Theme vote")
    template_name = "wellbeing/admin/vote_rounds.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        rounds = (
            RoundPage.objects.filter(locale=original_locale())
            .annotate(vote_count=Count("votes"))
            .order_by("-vote_opens_at")
        )
        return self.render_to_response({**self.get_context_data(), "rounds": rounds})


class VoteClustersView(VoteRoundsView):
    """One round's clusters: email domains with many votes within an hour. No address is shown."""

    template_name = "wellbeing/admin/vote_clusters.html"

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = pk

    @cached_property
    def round_page(self):
        return get_object_or_404(RoundPage.objects.filter(locale=original_locale()), pk=self.pk)

    def get_page_title(self):
        return gettext("Clusters of votes")

    def get_page_subtitle(self):
        return self.round_page.title

    def get_breadcrumbs_items(self):
        return WorkingGroupView.get_breadcrumbs_items(self)

    def get(self, request, pk):
        form = ClusterForm(request.GET or None)
        min_votes = form.cleaned_data["min_votes"] if form.is_valid() else vote_clusters.MIN_VOTES
        context = self.get_context_data()
        context.update(
            round=self.round_page,
            form=form,
            min_votes=min_votes,
            window_minutes=int(vote_clusters.WINDOW.total_seconds() // 60),
            clusters=vote_clusters.clusters(self.round_page, min_votes=min_votes),
            vote_is_open=self.round_page.vote_is_open(),
        )
        return self.render_to_response(context)
