"""The demo content command: real translations through wagtail-localize, and idempotent."""

import dataclasses
import io
import re
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import (
    GroupPagePermission,
    Page,
    PageLogEntry,
    Revision,
    TaskState,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo import data

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

CONTENT = data.load()


def _snapshot():
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list("pk", "path", "numchild", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "sources": TranslationSource.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "group page permissions": GroupPagePermission.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
        "workflow states": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "task states": list(TaskState.objects.order_by("pk").values_list("pk", "status")),
    }


def test_a_second_run_changes_nothing(demo_site):
    before = _snapshot()
    call_command("load_demo_content", stdout=io.StringIO())
    assert _snapshot() == before


def test_the_page_tree_is_consistent(demo_site):
    problems = Page.find_problems()
    assert all(not found for found in problems), problems


@pytest.mark.parametrize("language", ["sv", "en"])
def test_translations_are_complete_wagtail_localize_translations(pages, language):
    for key, by_language in pages.items():
        translation = Translation.objects.get(
            source__object_id=by_language["fi"].translation_key, target_locale__language_code=language
        )
        total, done = translation.get_progress()
        assert total == done, f"{key} ({language}) has untranslated segments"
        assert by_language[language].live


def test_translated_pages_carry_their_own_text(pages):
    spec = next(spec for spec in CONTENT.standard_pages if spec["key"] == "accessibility")
    for language in ("fi", "sv", "en"):
        page = pages["accessibility"][language]
        assert page.title == spec["title"][language]
        assert page.intro == spec["intro"][language]
        assert page.body[0].value == spec["body"][0][1][language]


def test_every_demo_text_is_written_in_all_three_languages():
    specs = [CONTENT.home_page, *CONTENT.standard_pages]
    for spec in specs:
        texts = [spec[key] for key in ("title", "intro", "search_description", "slug")]
        texts += [text for _kind, text in spec["body"] if text is not None]  # None: a table without text
        for text in texts:
            assert set(text) == {"fi", "sv", "en"}
            assert all(value.strip() for value in text.values())
            assert text["sv"] != text["fi"] and text["en"] != text["fi"]


def test_no_admin_account_outside_dev_settings(demo_site):
    assert not get_user_model().objects.exists()


def test_dev_settings_create_the_local_admin(demo_site, settings):
    settings.DEMO_ADMIN_USERNAME = "admin"
    settings.DEMO_ADMIN_PASSWORD = "osallistu-pori-demo"
    call_command("load_demo_content", stdout=io.StringIO())
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("osallistu-pori-demo")


# The councils' calls and statements ------------------------------------------


def _council_page(council):
    from networks.models import NetworkPage

    return NetworkPage.objects.get(council=council, locale__language_code="fi")


def _call(key):
    from councils.models import CouncilCallPage

    spec = next(spec for spec in CONTENT.council_calls if spec["key"] == key)
    page = CouncilCallPage.objects.get(slug=spec["slug"]["fi"], locale__language_code="fi")
    return spec, page


def _translations(page):
    return {p.locale.language_code: p.specific for p in page.get_translations()}


def test_every_council_has_its_calls_under_its_own_page(demo_site):
    for spec in CONTENT.council_calls:
        _spec, page = _call(spec["key"])
        assert page.get_parent().specific == _council_page(spec["council"])
        assert page.asks_for == spec["asks_for"] and page.response_method == spec["response_method"]
        assert page.closes_at, "a call always has a deadline"
        page.full_clean()
    asked = {(spec["council"], spec["asks_for"], spec["state"]) for spec in CONTENT.council_calls}
    assert {
        ("youth", "ideas", "live"),
        ("youth", "members", "live"),
        ("elderly", "participants", "live"),
        ("disability", "opinions", "live"),
    } <= asked
    assert {spec["state"] for spec in CONTENT.council_calls if spec["council"] == "youth"} >= {"draft"}
    assert {spec["state"] for spec in CONTENT.council_calls if spec["council"] == "elderly"} >= {"moderation"}


def test_live_calls_are_published_and_translated(demo_site):
    now = timezone.now()
    for spec in CONTENT.council_calls:
        if spec["state"] != "live":
            continue
        _spec, page = _call(spec["key"])
        assert page.live and not page.has_unpublished_changes
        versions = _translations(page)
        assert set(versions) == {"sv", "en"}
        for language, version in versions.items():
            assert version.live and version.title == spec["title"][language]
            assert version.get_parent().specific.council == spec["council"]
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale__language_code=language
            )
            total, done = translation.get_progress()
            assert total == done, f"{spec['key']} ({language}) has untranslated segments"
            labels = [question.label for question in version.form_fields.all()]
            assert labels == [question["label"][language] for question in spec["questions"]]
            names = [question.clean_name for question in version.form_fields.all()]
            assert names == [question.clean_name for question in page.form_fields.all()]
        if spec["closes_day"] < 0:
            assert page.closes_at < now and not page.accepts_responses
        else:
            assert page.closes_at > now


def test_the_youth_councils_kirjurinluoto_call_takes_answers_on_a_form(demo_site):
    _spec, page = _call("youth-kirjurinluoto-ideas")
    assert page.response_method == "form" and page.accepts_responses
    assert 2 <= page.form_fields.count() <= 3
    assert 14 <= (page.closes_at - timezone.now()).days <= 28


def test_past_deadline_call_stays_live_but_closed(demo_site):
    _spec, page = _call("youth-new-members")
    assert page.live and page.response_method == "email" and page.response_email
    assert page.status == "closed" and page.time_left is None


def test_the_elderly_councils_open_meeting_takes_sign_ups(demo_site):
    _spec, page = _call("elderly-open-meeting")
    (session,) = page.sessions.all()
    assert session.capacity and session.registration_open(timezone.now())
    for version in _translations(page).values():
        assert [s.translation_key for s in version.sessions.all()] == [session.translation_key]


def test_the_disability_councils_call_links_to_an_external_service(demo_site):
    _spec, page = _call("disability-online-services")
    assert page.response_method == "link" and page.response_url.startswith("https://")
    assert {version.response_url for version in _translations(page).values()} == {page.response_url}


def test_a_draft_call_is_a_finnish_draft(demo_site):
    _spec, page = _call("youth-safe-school-journeys")
    assert not page.live and page.latest_revision_id and page.first_published_at is None
    assert not page.get_translations().exists()
    assert not WorkflowState.objects.for_instance(page).exists()


def test_a_call_in_moderation_waits_for_communications(demo_site):
    from councils import workspaces

    _spec, page = _call("elderly-city-information")
    assert not page.live and not page.get_translations().exists()
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == workspaces.WORKFLOW
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision_id == page.latest_revision_id
    assert page.workflow_in_progress


def test_council_statements_are_published_in_three_languages(demo_site):
    from councils.models import CouncilStatementPage

    assert len(CONTENT.council_statements) >= 2
    for spec in CONTENT.council_statements:
        page = CouncilStatementPage.objects.get(slug=spec["slug"]["fi"], locale__language_code="fi")
        assert page.live and page.kind == spec["kind"] and page.date < timezone.localdate()
        assert page.get_parent().specific == _council_page(spec["council"])
        versions = _translations(page)
        assert {language: version.title for language, version in versions.items()} == {
            "sv": spec["title"]["sv"],
            "en": spec["title"]["en"],
        }
        assert all(version.live and version.date == page.date for version in versions.values())


def test_council_texts_are_written_in_all_three_languages():
    def texts(value):
        if isinstance(value, dict) and set(value) == {"fi", "sv", "en"}:
            yield value
        elif isinstance(value, dict | list | tuple):
            for item in value.values() if isinstance(value, dict) else value:
                yield from texts(item)

    for spec in [*CONTENT.council_calls, *CONTENT.council_statements]:
        for text in texts(spec):
            if not text["fi"]:
                assert not text["sv"] and not text["en"]
                continue
            assert all(value.strip() for value in text.values()), text
            assert text["sv"] != text["fi"] and text["en"] != text["fi"], text


def test_dev_settings_create_the_council_and_communications_accounts(demo_site, settings):
    from councils import workspaces

    settings.DEMO_ADMIN_USERNAME = "admin"
    settings.DEMO_ADMIN_PASSWORD = "osallistu-pori-demo"
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    User = get_user_model()
    groups = {
        "nuorisovaltuusto": workspaces.COUNCIL_EDITORS["youth"],
        "vanhusneuvosto": workspaces.COUNCIL_EDITORS["elderly"],
        "vammaisneuvosto": workspaces.COUNCIL_EDITORS["disability"],
        "viestinta": workspaces.COMMUNICATIONS,
        "kaantaja": workspaces.TRANSLATORS,
    }
    for username, group in groups.items():
        user = User.objects.get(username=username)
        assert user.check_password("osallistu-pori-demo") and not user.is_superuser
        assert user.email == f"{username}@example.fi"
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.wagtail_userprofile.preferred_language == "fi", "the admin in Finnish"
        assert repr(username) in output.getvalue()
    before = _snapshot()
    call_command("load_demo_content", stdout=io.StringIO())
    assert _snapshot() == before


def test_with_dev_settings_the_elderly_councils_editor_submits_the_call(demo_site, settings):
    settings.DEMO_ADMIN_USERNAME = "admin"
    settings.DEMO_ADMIN_PASSWORD = "osallistu-pori-demo"
    _spec, page = _call("elderly-city-information")
    page.delete()
    call_command("load_demo_content", stdout=io.StringIO())
    _spec, page = _call("elderly-city-information")
    editor = get_user_model().objects.get(username="vanhusneuvosto")
    state = WorkflowState.objects.for_instance(page).get()
    assert state.requested_by == editor and page.owner == editor
    assert page.latest_revision.user == editor
    assert not page.live


# Wellbeing money ---------------------------------------------------------------


def _texts(value):
    """Every {"fi", "sv", "en"} text in a spec, slugs included."""
    if isinstance(value, dict) and set(value) == {"fi", "sv", "en"}:
        yield value
    elif isinstance(value, dict | list | tuple):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _texts(item)


def test_wellbeing_money_has_one_name_in_each_language():
    specs = [getattr(CONTENT, field.name) for field in dataclasses.fields(CONTENT)]
    old_names = ("välfärdspeng", "valfardspeng", "wellbeing fund", "wellbeing-fund")
    for spec in specs:
        for text in _texts(spec):
            for value in text.values():
                assert not any(name in value.lower() for name in old_names), value


def test_the_only_wellbeing_money_offers_are_the_rounds():
    rounds = {data.round_opportunity_key(spec) for spec in CONTENT.rounds}
    keys = {spec["key"] for spec in CONTENT.opportunities}
    assert not keys & rounds
    assert not [key for key in keys if key.startswith("wellbeing")]
    titles = [spec["title"]["fi"].lower() for spec in CONTENT.opportunities]
    assert not [title for title in titles if "hyvinvointiraha" in title]
    signups = [spec for spec in CONTENT.opportunities if spec["signup"]]
    assert signups and all(spec["sessions"] for spec in signups)
    for outcome in CONTENT.outcomes:
        assert set(outcome["opportunities"]) <= keys | rounds, outcome["key"]


# The content files -------------------------------------------------------------


def _content_with(directory, name, old, new):
    """A copy of demo/content in `directory` with one change to one file."""
    shutil.copytree(data.CONTENT, directory, dirs_exist_ok=True)
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "opportunities.yaml",
            "venue: city-library-meeting-room",
            "venue: kirjasto",
            "opportunities.yaml, opportunity 'kirjurinluoto-event-organisers': unknown venue 'kirjasto'",
        ),
        (
            "council_calls.yaml",
            "contacts: [agent-2]",
            "contacts: [agent-9]",
            "council_calls.yaml, call 'youth-kirjurinluoto-ideas': unknown person 'agent-9'",
        ),
        (
            "wellbeing.yaml",
            "organiser: participation-team",
            "organiser: wellbeing-team",
            "wellbeing.yaml, round '2026': unknown organisation 'wellbeing-team'",
        ),
        (
            "outcomes.yaml",
            "opportunities: [wellbeing-money-2026]",
            "opportunities: [wellbeing-money-2025]",
            "outcomes.yaml, outcome 'wellbeing-fund-themes': unknown opportunity 'wellbeing-money-2025'",
        ),
        (
            "wellbeing_applications.yaml",
            "area: reposaari",
            "area: mantyluoto",
            "wellbeing_applications.yaml, application 'HR-2026-001': unknown area 'mantyluoto'",
        ),
        ("people.yaml", "key: agent-2", "key: agent-1", "people.yaml: person 'agent-1' is written twice"),
        (
            "terms.yaml",
            ", en: Culture and events}",
            "}",
            "terms.yaml/topics/0/name: a text has exactly fi, sv and en",
        ),
    ],
)
def test_a_key_that_names_nothing_is_an_error_naming_the_file_and_key(tmp_path, name, old, new, message):
    with pytest.raises(data.DemoContentError, match=re.escape(message)):
        data.load(_content_with(tmp_path, name, old, new))


def test_rich_texts_are_read_without_their_layout_line_breaks():
    """The files put each paragraph and list item on a line of its own; the texts have no such breaks."""
    rich = [
        value
        for field in dataclasses.fields(CONTENT)
        for text in _texts(getattr(CONTENT, field.name))
        for value in text.values()
        if value.startswith("<")
    ]
    assert sum("</p><p>" in value for value in rich) > 50
    for value in rich:
        assert "\n" not in value and not re.search(r"\s</?(p|ul|ol|li)[\s>]", value), value
