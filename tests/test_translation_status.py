"""The translation status report, the page editor's panel and the dashboard's count of outdated translations.

Staff read these in English here (their admin language), so the tests read the English texts; the statuses
themselves are read from the markup (`data-translation-status`), which is the same in every language.
"""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from wagtail.models import Locale, Page, get_page_models
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from core.models import BasePage
from projects.models import OpportunityPage
from tests.factories.pages import OpportunityPageFactory
from tests.factories.snippets import ContactPersonFactory, TopicFactory
from tests.html import soup
from tests.staff import make_staff, sign_in
from translation_status.panels import TranslationStatusPanel

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


# Staff --------------------------------------------------------------------------------------------


def _in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def admin(pages):
    return sign_in(Client(), _in_english(make_staff("paakayttaja")))


@pytest.fixture
def viewer(pages):
    """Staff of a group that has only the view permission of wagtail-localize's translations."""
    group = Group.objects.create(name="Käännösten seuranta")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="view_translation")
    )
    user = _in_english(make_staff("seuraaja", superuser=False))
    user.groups.add(group)
    return sign_in(Client(), user)


@pytest.fixture
def other_staff(pages):
    """Staff who may use the admin but not view translations."""
    return sign_in(Client(), _in_english(make_staff("muu", superuser=False)))


# Data, as wagtail-localize makes it ---------------------------------------------------------------


def _locale(language):
    return Locale.objects.get(language_code=language)


def translate(page, language, *, publish):
    """Start a wagtail-localize translation of the page, saved as a draft and published if asked."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=_locale(language))
    translation.save_target(publish=False)
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    if publish:
        target.get_latest_revision().publish()
    return target.specific


def translate_snippet(snippet, language):
    source, _created = TranslationSource.get_or_create_from_instance(snippet)
    translation = Translation.objects.create(source=source, target_locale=_locale(language))
    translation.save_target()
    return translation.get_target_instance()


def publish_change(page, title):
    """An editor changes the Finnish page and publishes it."""
    page = type(page).objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()
    return page


@pytest.fixture
def opportunity(pages):
    return OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Kävelykatu keskustaan")


# Reading the report -------------------------------------------------------------------------------


def report(client, **filters):
    response = client.get(f"{REPORT}?{urlencode(filters)}" if filters else REPORT)
    assert response.status_code == 200
    return soup(response)


def rows(html):
    """{title: {language: (status, link)}} for every row of the report, "source" for the original."""
    found = {}
    for tr in html.select("table.listing tbody tr"):
        title = tr.select_one("td.title a").get_text(strip=True)
        cells = {}
        for td in tr.select("td[data-language]"):
            tag = td.select_one("[data-translation-status]")
            link = td.select_one("a")
            cells[td["data-language"]] = (
                tag["data-translation-status"] if tag else "source",
                link["href"] if link else None,
            )
        found[title] = cells
    return found


def status_of(client, title, language, **filters):
    return rows(report(client, **filters))[title][language]


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


# The statuses -------------------------------------------------------------------------------------


def test_a_page_without_translations_is_missing_in_swedish_and_english_with_links_to_translate(
    admin, opportunity
):
    found = rows(report(admin))[opportunity.title]

    submit = reverse("wagtail_localize:submit_page_translation", args=[opportunity.pk])
    assert found == {"fi": ("source", None), "sv": ("missing", submit), "en": ("missing", submit)}
    assert admin.get(submit).status_code == 200  # the link opens wagtail-localize's form


def test_an_unpublished_translation_is_a_draft(admin, opportunity):
    swedish = translate(opportunity, "sv", publish=False)

    assert status_of(admin, opportunity.title, "sv") == ("draft", edit_url(swedish))


def test_a_published_translation_is_live(admin, opportunity):
    swedish = translate(opportunity, "sv", publish=True)

    assert status_of(admin, opportunity.title, "sv") == ("live", edit_url(swedish))
    assert status_of(admin, opportunity.title, "en")[0] == "missing"


def test_a_translation_is_out_of_date_once_the_finnish_page_is_published_again(admin, opportunity):
    translate(opportunity, "sv", publish=True)
    translate(opportunity, "en", publish=False)
    opportunity = publish_change(opportunity, "Kävelykatu keskustaan, päivitetty")

    found = rows(report(admin))[opportunity.title]

    source = TranslationSource.objects.get(object_id=opportunity.translation_key)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert found["sv"] == ("outdated", sync)
    assert found["en"] == ("outdated", sync)  # a draft that lags behind needs the sync first
    assert admin.get(sync).status_code == 200  # wagtail-localize's "Sync translated pages"


def test_a_draft_saved_on_the_finnish_page_does_not_make_its_translations_out_of_date(admin, opportunity):
    translate(opportunity, "sv", publish=True)
    draft = type(opportunity).objects.get(pk=opportunity.pk)
    draft.title = "Kävelykatu keskustaan, luonnos"
    draft.save_revision()  # what a sync would copy is still the published page

    assert status_of(admin, draft.title, "sv")[0] == "live"


def test_a_synced_translation_stays_out_of_date_until_it_is_saved_in_its_language(admin, opportunity):
    swedish = translate(opportunity, "sv", publish=True)
    opportunity = publish_change(opportunity, "Kävelykatu keskustaan, päivitetty")
    source = TranslationSource.objects.get(object_id=opportunity.translation_key)

    source.update_from_db()  # "Sync translated pages" without publishing
    assert status_of(admin, opportunity.title, "sv") == ("outdated", edit_url(swedish))

    Translation.objects.get(source=source, target_locale=_locale("sv")).save_target(publish=False)
    Page.objects.get(pk=swedish.pk).get_latest_revision().publish()  # the translator publishes
    assert status_of(admin, opportunity.title, "sv") == ("live", edit_url(swedish))


def test_a_translation_edited_by_hand_is_out_of_date_when_the_finnish_page_is_published_after_it(
    admin, opportunity
):
    swedish = translate(opportunity, "sv", publish=True)
    Translation.objects.filter(target_locale=_locale("sv")).update(enabled=False)  # "Stop synced translation"
    assert status_of(admin, opportunity.title, "sv")[0] == "live"

    opportunity = publish_change(opportunity, "Kävelykatu keskustaan, päivitetty")

    assert status_of(admin, opportunity.title, "sv") == ("outdated", edit_url(swedish))


def test_an_alias_page_is_missing_a_translation(admin, opportunity):
    """An alias (what a synchronised locale tree makes) shows the Finnish text: it still needs translating."""
    opportunity.copy_for_translation(_locale("en"), copy_parents=False, alias=True)

    submit = reverse("wagtail_localize:submit_page_translation", args=[opportunity.pk])
    assert status_of(admin, opportunity.title, "en") == ("missing", submit)


def test_snippets_are_listed_with_their_type_and_statuses(admin, pages):
    topic = TopicFactory(name="Liikenne")
    swedish = translate_snippet(topic, "sv")
    contact = ContactPersonFactory(name="Osallisuusagentti Anna")

    found = rows(report(admin))

    assert found["Liikenne"]["sv"] == (
        "live",
        reverse("wagtailsnippets_projects_topic:edit", args=[swedish.pk]),
    )
    assert found["Liikenne"]["en"] == (
        "missing",
        reverse("wagtail_localize:submit_snippet_translation", args=["projects", "topic", topic.pk]),
    )
    assert found[str(contact)]["sv"][0] == "missing"
    assert admin.get(found["Liikenne"]["en"][1]).status_code == 200


def test_a_snippet_translation_is_out_of_date_once_the_finnish_snippet_changes(admin, pages):
    topic = TopicFactory(name="Liikenne")
    translate_snippet(topic, "sv")

    topic.name = "Liikenne ja kadut"
    topic.save()

    source = TranslationSource.objects.get(object_id=topic.translation_key)
    assert status_of(admin, "Liikenne ja kadut", "sv") == (
        "outdated",
        reverse("wagtail_localize:update_translations", args=[source.pk]),
    )


def test_the_title_links_to_the_original_and_the_type_is_named(admin, opportunity):
    html = report(admin)
    link = html.select_one(f'td.title a[href="{edit_url(opportunity)}"]')

    assert link.get_text(strip=True) == opportunity.title
    with translation.override("en"):
        assert str(capfirst(OpportunityPage._meta.verbose_name)) in link.find_parent("tr").get_text()
    assert html.select_one("table.listing caption").get_text(strip=True)
    assert [th.get_text(strip=True) for th in html.select("table.listing thead th")][2:] == [
        "Finnish",
        "Swedish",
        "English",
    ]


def test_the_frame_translated_in_every_language_is_live(admin):
    statuses = {cell[0] for row in rows(report(admin)).values() for cell in row.values()}

    assert statuses == {"source", "live"}


# Filters ------------------------------------------------------------------------------------------


@pytest.fixture
def mixed(opportunity, pages):
    """One page out of date in Swedish and missing in English, one live in Swedish, one topic missing."""
    translate(opportunity, "sv", publish=True)
    publish_change(opportunity, "Kävelykatu keskustaan, päivitetty")
    other = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Uusi kirjasto")
    translate(other, "sv", publish=True)
    TopicFactory(name="Kirjastot")
    return {"outdated": "Kävelykatu keskustaan, päivitetty", "live": "Uusi kirjasto", "topic": "Kirjastot"}


def test_filtering_by_status_lists_the_rows_with_that_status_in_some_language(admin, mixed):
    assert set(rows(report(admin, status="outdated"))) == {mixed["outdated"]}
    missing = set(rows(report(admin, status="missing")))
    assert {mixed["outdated"], mixed["live"], mixed["topic"]} <= missing


def test_filtering_by_language_and_status_reads_the_status_in_that_language(admin, mixed):
    assert set(rows(report(admin, language="sv", status="outdated"))) == {mixed["outdated"]}
    assert set(rows(report(admin, language="en", status="outdated"))) == set()
    assert mixed["live"] in rows(report(admin, language="sv", status="live"))
    assert mixed["live"] not in rows(report(admin, language="sv", status="missing"))


def test_filtering_by_type_lists_only_that_type(admin, mixed):
    assert set(rows(report(admin, kind="projects.topic"))) == {mixed["topic"]}
    pages_only = rows(report(admin, kind="page"))
    assert mixed["outdated"] in pages_only and mixed["topic"] not in pages_only


def test_an_unknown_filter_value_lists_everything(admin, mixed):
    assert set(rows(report(admin, status="<script>"))) == set(rows(report(admin)))


def test_the_report_is_paginated(admin, pages):
    for number in range(55):
        TopicFactory(name=f"Aihe {number:02}")

    first, second = report(admin), report(admin, p=2)

    assert len(rows(first)) == 50
    assert "Aihe 54" in rows(second)


# Access -------------------------------------------------------------------------------------------


def test_staff_with_the_view_permission_see_the_report_and_its_menu_item(viewer, opportunity):
    assert status_of(viewer, opportunity.title, "sv")[0] == "missing"
    assert REPORT in viewer.get("/admin/").content.decode()


def test_other_staff_are_refused_and_not_offered_the_report(other_staff, opportunity):
    response = other_staff.get(REPORT)

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == "/admin/"
    assert other_staff.get(f"{REPORT}results/").status_code in (302, 403)
    dashboard = other_staff.get("/admin/").content.decode()
    assert REPORT not in dashboard
    assert 'id="translation-status-section"' not in dashboard


# The page editor's panel --------------------------------------------------------------------------


def test_the_page_editor_shows_the_status_of_each_language(admin, opportunity):
    swedish = translate(opportunity, "sv", publish=False)

    response = admin.get(edit_url(opportunity))

    assert response.status_code == 200
    html = soup(response)
    cells = {
        tr.select_one("th").get_text(" ", strip=True): tr.select_one("[data-translation-status]")
        for tr in html.select("table.listing tbody tr")
        if tr.select_one("[data-translation-status]")
    }
    assert {name: tag["data-translation-status"] for name, tag in cells.items()} == {
        "Swedish": "draft",
        "English": "missing",
    }
    assert html.find("a", href=edit_url(swedish))
    assert html.find("a", href=reverse("wagtail_localize:submit_page_translation", args=[opportunity.pk]))


def test_a_page_edited_by_hand_in_swedish_shows_the_group_from_the_finnish_page(admin, opportunity):
    swedish = translate(opportunity, "sv", publish=True)
    Translation.objects.filter(target_locale=_locale("sv")).update(enabled=False)

    response = admin.get(edit_url(swedish))

    assert response.status_code == 200
    html = soup(response)
    assert html.find("a", href=edit_url(opportunity), string=opportunity.title)  # the original
    statuses = [
        tag["data-translation-status"] for tag in html.select("table.listing [data-translation-status]")
    ]
    assert statuses == ["live", "missing"]


def test_the_add_view_opens_with_the_panel_saying_there_is_nothing_yet(admin, pages):
    parent = pages["about"]["fi"]

    response = admin.get(f"/admin/pages/add/core/standardpage/{parent.pk}/")

    assert response.status_code == 200
    assert "Translations can be started once the page has been saved." in response.content.decode()


def _panels(panel):
    yield panel
    for child in getattr(panel, "children", []):
        yield from _panels(child)


def test_every_page_type_has_the_panel_in_its_editor():
    page_types = [model for model in get_page_models() if issubclass(model, BasePage)]

    assert len(page_types) > 5
    for model in page_types:
        panels = _panels(model.get_edit_handler())
        assert any(isinstance(panel, TranslationStatusPanel) for panel in panels), model


# The dashboard ------------------------------------------------------------------------------------


def _dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return soup(response).select_one("#translation-status-section")


def test_the_dashboard_says_all_is_up_to_date_when_nothing_is_out_of_date(viewer, opportunity):
    translate(opportunity, "sv", publish=False)  # a draft waits, but nothing is out of date

    panel = _dashboard(viewer)

    assert panel.select_one('[data-translation-status-count="none"]')
    assert "All translations are up to date." in panel.get_text()
    assert not panel.select('[data-translation-status-count="draft"]')


def test_the_dashboard_counts_out_of_date_translations_and_waiting_drafts(viewer, opportunity, pages):
    translate(opportunity, "sv", publish=True)
    translate(opportunity, "en", publish=True)
    publish_change(opportunity, "Kävelykatu keskustaan, päivitetty")
    draft = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Puistojen penkit")
    translate(draft, "sv", publish=False)

    panel = _dashboard(viewer)

    outdated = panel.select_one('[data-translation-status-count="outdated"]')
    drafts = panel.select_one('[data-translation-status-count="draft"]')
    assert re.search(r"\b2 translations are out of date", outdated.get_text(" ", strip=True))
    assert outdated["href"] == f"{REPORT}?status=outdated"
    assert re.search(r"\b1 translation is a draft", drafts.get_text(" ", strip=True))
    assert set(rows(report(viewer, status="outdated"))) == {"Kävelykatu keskustaan, päivitetty"}


# Queries ------------------------------------------------------------------------------------------


def _grow(pages, count, start):
    """Pages and snippets in every status: live, draft, missing, out of date."""
    for number in range(start, start + count):
        page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title=f"Mittaus {number}")
        translate(page, "sv", publish=True)
        translate(page, "en", publish=False)
        publish_change(page, f"Mittaus {number}, päivitetty")
        topic = TopicFactory(name=f"Mittausaihe {number}")
        translate_snippet(topic, "sv")
        ContactPersonFactory()


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_report_and_the_dashboard_take_as_many_queries_for_many_objects_as_for_few(
    admin, pages, django_assert_max_num_queries
):
    _grow(pages, 2, 0)
    few = {url: _queries(admin, url) for url in (REPORT, f"{REPORT}?status=outdated", "/admin/")}

    _grow(pages, 10, 2)

    for url, count in few.items():
        with django_assert_max_num_queries(count):
            assert admin.get(url).status_code == 200
