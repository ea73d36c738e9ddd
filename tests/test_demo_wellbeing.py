"""The wellbeing money demo: a past round with its results and reports, a current round in its vote."""

import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation

from demo import data
from projects.models import CityArea, OpportunityIndexPage, OutcomePage
from wellbeing import voting
from wellbeing.models import Application, Phase, Report, RoundPage, Theme, Vote, VoteChoice

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

LANGUAGES = ("fi", "sv", "en")
CONTENT = data.load()


def _spec(key):
    return next(round_spec for round_spec in CONTENT.rounds if round_spec["key"] == key)


def _round(key, language="fi"):
    return RoundPage.objects.get(slug=_spec(key)["slug"][language], locale__language_code=language)


def _rounds(key):
    return {language: _round(key, language) for language in LANGUAGES}


@pytest.mark.parametrize("key", ["2026", "2027"])
def test_each_round_is_live_and_translated_with_the_same_themes(demo_site, key):
    round_spec = _spec(key)
    versions = _rounds(key)
    source = versions["fi"]
    assert isinstance(source.get_parent().specific, OpportunityIndexPage)
    source.full_clean()
    theme_keys = [theme.translation_key for theme in source.themes.all()]
    assert len(theme_keys) == len(round_spec["themes"]) >= 4
    for language, page in versions.items():
        assert page.live and not page.has_unpublished_changes
        assert page.translation_key == source.translation_key
        assert page.title == round_spec["title"][language]
        assert page.intro == round_spec["intro"][language]
        assert page.get_parent().locale.language_code == language
        themes = list(page.themes.all())
        assert [theme.translation_key for theme in themes] == theme_keys
        assert [theme.name for theme in themes] == [theme["name"][language] for theme in round_spec["themes"]]
        assert all(theme.description for theme in themes)
        assert page.who_may_apply and page.not_funded
        shared = ("year", "budget", "max_grant", "vote_opens_at", "applications_close_at", "decision_on")
        assert [getattr(page, field) for field in shared] == [getattr(source, field) for field in shared]
        if language != "fi":
            translation = Translation.objects.get(
                source__object_id=source.translation_key, target_locale__language_code=language
            )
            total, done = translation.get_progress()
            assert total == done, f"{key} ({language}) has untranslated segments"
            assert page.who_may_apply != source.who_may_apply


def test_the_current_round_is_in_its_theme_vote(demo_site):
    now = timezone.now()
    for page in _rounds("2027").values():
        assert page.phase() == Phase.VOTE and page.vote_is_open()
        assert 1 <= (now - page.vote_opens_at).days <= 7
        assert 10 <= (page.vote_closes_at - now).days <= 21
        assert page.applications_open_at > page.vote_closes_at and not page.applications_are_open()
        assert not page.results_published
    source = _round("2027")
    assert not source.applications.exists()
    assert len(_spec("2027")["themes"]) == 5


def test_the_past_round_is_being_carried_out_or_reported_with_its_results_published(demo_site):
    page = _round("2026")
    assert page.phase() in (Phase.IMPLEMENTATION, Phase.REPORTING)
    assert page.results_published and page.year == 2026
    assert page.max_grant < page.budget
    funded = page.applications.filter(status=Application.Status.FUNDED)
    assert funded.count() == 5
    for application in funded:
        assert application.amount_granted and application.amount_granted <= application.requested_amount
        assert application.amount_granted <= page.max_grant
        assert application.decided_at.date() == page.decision_on
        assert page.applications_open_at <= application.submitted_at < page.applications_close_at
        assert application.contact_email.endswith("@example.fi")
    reports = Report.objects.filter(application__round=page)
    assert reports.filter(status=Report.Status.PUBLISHED).count() == 3
    assert reports.filter(status=Report.Status.SUBMITTED).count() == 1
    for report in reports:
        assert report.application.status == Application.Status.FUNDED
        assert report.amount_used <= report.application.amount_granted and report.participants
        assert (report.published_at is not None) == (report.status == Report.Status.PUBLISHED)


def test_the_past_round_has_counted_votes_without_addresses(demo_site):
    page = _round("2026")
    votes = Vote.objects.filter(round=page)
    assert votes.count() == CONTENT.rounds[0]["votes"]["voters"]
    assert not votes.filter(confirmed_at__isnull=True).exists()
    assert not votes.exclude(email="").exists() and not votes.exclude(email_hash="").exists()
    assert all(page.vote_opens_at <= vote.confirmed_at < page.vote_closes_at for vote in votes)
    counts = Counter(VoteChoice.objects.filter(vote__round=page).values_list("theme_key", flat=True))
    themes = {theme.translation_key: theme for theme in page.themes.all()}
    assert set(counts) == set(themes)
    per_vote = Counter(VoteChoice.objects.filter(vote__round=page).values_list("vote_id", flat=True))
    assert max(per_vote.values()) <= page.votes_per_person
    # The applications were made to the four themes the vote chose.
    chosen = {key for key, _count in counts.most_common(4)}
    assert set(page.applications.values_list("theme_key", flat=True)) <= chosen


def test_applications_cover_every_applicant_type_language_and_outcome(demo_site):
    page = _round("2026")
    applications = list(page.applications.all())
    assert len(applications) == 8
    assert [a.reference for a in sorted(applications, key=lambda a: a.reference)] == [
        f"HR-2026-{number:03d}" for number in range(1, 9)
    ]
    assert {a.applicant_type for a in applications} == {"person", "group", "association", "company"}
    assert Counter(a.language for a in applications) == {"fi": 6, "sv": 1, "en": 1}
    theme_keys = set(page.themes.values_list("translation_key", flat=True))
    areas = set(CityArea.objects.filter(locale__language_code="fi").values_list("slug", flat=True))
    for application in applications:
        assert application.theme_key in theme_keys and application.area in areas
        assert application.title and application.description and application.audience
        assert application.schedule and application.budget
        assert all(set(row) == {"item", "amount"} for row in application.budget)
        assert application.requested_amount == sum(
            type(application.requested_amount)(row["amount"]) for row in application.budget
        )
        assert application.requested_amount <= page.max_grant
    people = [a for a in applications if a.applicant_type == "person"]
    shown = [a for a in people if a.show_name]
    assert len(shown) == 1 and shown[0].public_name and shown[0].status == "funded"
    assert any(not a.show_name and a.public_name == "" for a in people)


def test_not_funded_applications_have_had_their_personal_data_deleted(demo_site):
    not_funded = Application.objects.filter(round=_round("2026"), status=Application.Status.NOT_FUNDED)
    assert not_funded.count() == 3
    for application in not_funded:
        assert application.personal_data_deleted_at > application.decided_at
        assert application.personal_data_deleted_at < timezone.now()
        assert application.contact_name == application.contact_email == application.contact_phone == ""
        assert application.amount_granted is None and not hasattr(application, "report")
        if application.applicant_type == "person":
            assert application.applicant_name == ""
    merged = not_funded.get(merge_with__isnull=False)
    assert merged.merge_with.status == Application.Status.FUNDED and merged.merge_note


def test_demo_addresses_are_example_addresses(demo_site):
    emails = [*Application.objects.values_list("contact_email", flat=True)]
    emails += [*Vote.objects.values_list("email", flat=True)]
    assert emails
    for email in emails:
        assert email == "" or email.endswith("@example.fi"), email


def test_the_current_rounds_votes_are_confirmed_and_keep_their_address_until_the_vote_closes(demo_site):
    page = _round("2027")
    votes = Vote.objects.filter(round=page)
    assert votes.exists() and not votes.filter(confirmed_at__isnull=True).exists()
    assert not votes.filter(email="").exists()
    assert votes.values("email_hash").distinct().count() == votes.count()
    assert all(page.vote_opens_at <= vote.confirmed_at < timezone.now() for vote in votes)


def test_loading_twice_duplicates_nothing(demo_site):
    def snapshot():
        return {
            "rounds": list(RoundPage.objects.order_by("pk").values_list("pk", "latest_revision_id")),
            "pages": Page.objects.count(),
            "themes": Theme.objects.count(),
            "votes": Vote.objects.count(),
            "choices": VoteChoice.objects.count(),
            "applications": list(Application.objects.order_by("pk").values_list("pk", "updated_at")),
            "reports": list(Report.objects.order_by("pk").values_list("pk", "submitted_at")),
        }

    before = snapshot()
    assert len(before["rounds"]) == 6
    call_command("load_demo_content", stdout=io.StringIO())
    assert snapshot() == before


def _outcome_spec():
    return next(outcome for outcome in CONTENT.outcomes if outcome["key"] == "wellbeing-fund-themes")


def test_the_theme_vote_outcome_reports_on_the_past_round(demo_site):
    outcome_spec = _outcome_spec()
    assert outcome_spec["opportunities"] == ["wellbeing-money-2026"]
    outcome = OutcomePage.objects.get(slug=outcome_spec["slug"]["fi"], locale__language_code="fi")
    page = _round("2026")
    assert list(outcome.opportunities.values_list("pk", flat=True)) == [page.pk]
    assert outcome.participants == page.votes.count() == _spec("2026")["votes"]["voters"]
    # Its timeline follows the round's phases.
    dates = [entry.value["date"] for entry in outcome.timeline]
    assert dates[:3] == [
        timezone.localdate(page.vote_opens_at),
        timezone.localdate(page.vote_closes_at),
        timezone.localdate(page.applications_open_at),
    ]
    assert page.decision_on in dates


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_theme_vote_outcome_quotes_the_rounds_vote_figures(demo_site, language):
    results = voting.results(_round("2026", language))
    heard = _outcome_spec()["heard"][0][1][language]
    thousands = {"fi": " ", "sv": " ", "en": ","}[language]
    assert f"{results.voters:,}".replace(",", thousands) in heard
    for theme in results.themes:
        assert re.search(rf"{re.escape(theme.name)}\D{{0,12}}{theme.votes}\b", heard, re.IGNORECASE), theme
    # The four themes the text names as chosen are the four the applications were made to.
    chosen = {theme.key for theme in results.themes[:4]}
    assert set(_round("2026").applications.values_list("theme_key", flat=True)) <= chosen


def test_the_home_page_features_the_current_round(client, demo_site):
    response = client.get("/fi/")
    assert response.context["featured"].pk == _round("2027").pk


def test_demo_texts_are_written_in_all_three_languages():
    def texts(value):
        if isinstance(value, dict) and set(value) == set(LANGUAGES):
            yield value
        elif isinstance(value, dict | list | tuple):
            for item in value.values() if isinstance(value, dict) else value:
                yield from texts(item)

    for round_spec in CONTENT.rounds:
        for text in texts(round_spec):
            assert all(value.strip() for value in text.values()), text
            assert text["sv"] != text["fi"] and text["en"] != text["fi"], text
