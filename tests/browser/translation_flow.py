"""An opportunity goes out in Finnish, Swedish and English through the real admin, in Chromium.

Communications staff (password and authenticator code) write an opportunity
with a session in Finnish, are stopped once for the missing transparency
answers, publish it anyway, start its Swedish and English translations (drafts
nobody sees yet), translate every segment in wagtail-localize's editor and
publish both. A translator then edits and publishes the Swedish text but is
refused the Finnish source. Finally the Finnish text changes and the translation
status report shows both translations out of date. Every admin screen of the
flow runs under the admin's real Content-Security-Policy and what it refused is
recorded.

Called from the session fixture in conftest.py, like the other flows; returns
what each person saw, for test_translation_flow.py to assert. A step that
breaks stops this flow only (the other flows and the page checks go on) and is
recorded in ``failure``.
"""

import time
import traceback
from dataclasses import dataclass, field
from urllib.parse import quote

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from councils import workspaces
from projects.models import OpportunityIndexPage, OpportunityPage
from tests.staff import make_staff

from .signup_flow import without_event_loop

LANGUAGES = ("fi", "sv", "en")
WAIT = 20_000  # milliseconds an expectation waits: saving a segment is a request to a busy test server
TITLE = "Kävelytyöpaja Väinölässä"
INTRO = "Kävelemme yhdessä Väinölän reitit ja kerromme, mitä niihin tarvitaan."
VENUE = "Väinölän koulun piha"
# What the translators type, segment by segment (the source text is the key). The slugs are typed with
# the letters of the language: the site makes every web address plain ASCII.
TRANSLATIONS = {
    "sv": {
        TITLE: "Promenadverkstad i Väinölä",
        INTRO: "Vi går tillsammans längs Väinöläs rutter och berättar vad som behövs där.",
        VENUE: "Gården vid Väinölä skola",
        "kavelytyopaja-vainolassa": "promenadverkstad-i-väinölä",
    },
    "en": {
        TITLE: "Walking workshop in Väinölä",
        INTRO: "We walk the routes of Väinölä together and say what they need.",
        VENUE: "The yard of Väinölä school",
        "kavelytyopaja-vainolassa": "walking-workshop-in-väinölä",
    },
}
SLUGS = {
    "fi": "kavelytyopaja-vainolassa",
    "sv": "promenadverkstad-i-vainola",
    "en": "walking-workshop-in-vainola",
}
# Words that find the page in each language's search once it is live there.
SEARCH_WORDS = {"fi": "Kävelytyöpaja", "sv": "Promenadverkstad", "en": "Walking"}
TRANSLATOR_INTRO = "Vi promenerar tillsammans längs Väinöläs rutter och berättar vad som behövs där."
NEW_FINNISH_INTRO = (
    "Kävelemme yhdessä Väinölän reitit ja kerromme, mitä valaistukseen ja penkkeihin tarvitaan."
)
TRANSPARENCY = {
    "learn": "Mitkä Väinölän reitit kaipaavat valoa, penkkejä tai opasteita.",
    "input_use": "Havainnot kootaan katusuunnittelijoille ja julkaistaan tulossivulla.",
    "decision": "Tekninen lautakunta päättää korjauksista syksyllä.",
}


@dataclass
class TranslationFlow:
    step: str = ""  # the step under way; the last one reached if the flow stopped
    failure: str = ""  # where and why the flow stopped, empty when it ran to the end
    reached: list = field(default_factory=list)
    seen: dict = field(default_factory=dict)  # step -> what was seen there
    csp_refused: list = field(default_factory=list)  # (admin URL, console message) the policy refused
    admin_urls: list = field(default_factory=list)  # every admin screen the flow opened
    timings: dict = field(default_factory=dict)  # step -> seconds
    locales: dict = field(default_factory=dict)  # language -> locale id
    catalogues: dict = field(default_factory=dict)  # language -> the catalogue's path
    catalogue_id: int = 0
    communications: object = None
    translator: object = None


def prepare():
    """Before the browser starts: the two people, in the groups the site sets up for them."""
    flow = TranslationFlow()
    for language in LANGUAGES:
        catalogue = OpportunityIndexPage.objects.get(locale__language_code=language)
        flow.catalogues[language] = catalogue.url
        flow.locales[language] = catalogue.locale_id
        if language == "fi":
            flow.catalogue_id = catalogue.pk
    flow.communications = _staff("tiedottaja", workspaces.COMMUNICATIONS)
    flow.translator = _staff("kielenkaantaja", workspaces.TRANSLATORS)
    return flow


def _staff(username, group):
    """A staff member of the group, with the admin in Finnish as the city's staff have it."""
    user = make_staff(username, superuser=False)
    user.groups.add(Group.objects.get(name=group))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "fi"})
    return user


def run(browser, origin, flow, sign_in):
    """sign_in(page, user): the harness's sign-in with both factors."""
    try:
        _run(browser, origin, flow, sign_in)
    except Exception:  # this flow stops; the rest of the harness goes on, and the tests say where
        flow.failure = f"stopped at step {flow.step!r}:\n{traceback.format_exc()}"
    return flow


def _run(browser, origin, flow, sign_in):
    visitor = browser.new_context().new_page()
    staff = _admin_page(browser, flow)
    _step(flow, "sign-in", lambda: sign_in(staff, flow.communications))
    _step(flow, "publish-warning", lambda: _write_and_meet_the_warning(flow, staff, origin, visitor))
    _step(flow, "published-fi", lambda: _publish_anyway(flow, staff, origin, visitor))
    _step(flow, "translations-started", lambda: _start_translations(flow, staff, origin, visitor))
    for language in ("sv", "en"):
        _step(
            flow,
            f"translated-{language}",
            lambda language=language: _translate(flow, staff, origin, language),
        )
    _step(flow, "public", lambda: _visit_every_language(flow, origin, visitor))
    translator = _admin_page(browser, flow)
    _step(flow, "translator-sign-in", lambda: sign_in(translator, flow.translator))
    _step(flow, "translator", lambda: _translator_at_work(flow, translator, origin, visitor))
    _step(flow, "report-before", lambda: _report(flow, staff, origin, "report-before"))
    _step(flow, "finnish-changed", lambda: _change_the_finnish_text(flow, staff, origin))
    _step(flow, "report-after", lambda: _report(flow, staff, origin, "report-after"))


def _step(flow, name, action):
    flow.step = name
    started = time.monotonic()
    action()
    flow.timings[name] = round(time.monotonic() - started, 2)
    flow.reached.append(name)


def _admin_page(browser, flow):
    """A staff member's own browser, recording what the admin's policy refuses on each screen."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.on(
        "console",
        lambda message: (
            flow.csp_refused.append((page.url, message.text))
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("load", lambda loaded: flow.admin_urls.append(loaded.url))
    return page


# Communications: write, publish, translate ----------------------------------------------------------


def _write_and_meet_the_warning(flow, page, origin, visitor):
    # The Finnish catalogue "Osallistu" in Pages → add a child page → participation opportunity.
    page.goto(f"{origin}/admin/pages/{flow.catalogue_id}/")
    page.click(f"a[href='/admin/pages/{flow.catalogue_id}/add_subpage/']")
    page.click(f"main a[href='/admin/pages/add/projects/opportunitypage/{flow.catalogue_id}/']")
    page.fill("#id_title", TITLE)
    page.fill("#id_intro", INTRO)
    page.select_option("#id_method", "workshop")
    _show(page, "#id_sessions-ADD")
    page.click("#id_sessions-ADD")
    starts = (timezone.localtime() + timezone.timedelta(days=21)).replace(hour=17, minute=0)
    page.fill("#id_sessions-0-starts_at", starts.strftime("%Y-%m-%d %H:%M"))
    page.fill("#id_sessions-0-ends_at", (starts + timezone.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"))
    page.fill("#id_sessions-0-venue", VENUE)
    page.fill("#id_sessions-0-address", "Väinöläntie 1, Pori")
    _publish_from_editor(page)
    labels = {
        name: page.locator(f"#id_{name}-label").inner_text().strip()
        for name in ("learn", "input_use", "decision")
    }
    flow.seen["publish-warning"] = {
        "url": page.url,
        "errors": [
            text.strip() for text in page.locator(".messages li.error .errorlist li").all_inner_texts()
        ],
        "labels": labels,
        "box_visible": page.locator("input[name=publish_incomplete]").is_visible(),
        "box_checked": page.locator("input[name=publish_incomplete]").is_checked(),
        "title_kept": page.input_value("#id_title"),
        "venue_kept": page.input_value("#id_sessions-0-venue"),
        "stored": without_event_loop(_stored_state),
        "public_status": _fetch(visitor, f"{origin}{flow.catalogues['fi']}{SLUGS['fi']}/")[0],
    }


def _publish_anyway(flow, page, origin, visitor):
    page.check("input[name=publish_incomplete]")
    _publish_from_editor(page)
    stored = without_event_loop(_stored_state)
    path = stored["fi"]["url"]
    flow.seen["published-fi"] = {
        "admin_url": page.url,
        "stored": stored,
        "status": _fetch(visitor, origin + path)[0],
        "found_by_search": _listed(visitor, origin, _search_url("fi", SEARCH_WORDS["fi"]), path),
    }


def _start_translations(flow, page, origin, visitor):
    source = flow.seen["published-fi"]["stored"]["fi"]["pk"]
    submit_path = reverse("wagtail_localize:submit_page_translation", args=[source])
    # Publishing led back to the catalogue's listing: the page's "more" menu → Translate this page.
    row = page.locator(f"tbody tr:has(a[href^='/admin/pages/{source}/edit/'])")
    row.locator("[data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        row.locator(f"a[href='{submit_path}']").click()
    for language in ("sv", "en"):
        page.check(f"input[name=locales][value='{flow.locales[language]}']")
    with page.expect_navigation():
        page.click("main form [type=submit]")
    stored = without_event_loop(_stored_state)
    seen = {"admin_url": page.url, "stored": stored}
    # The drafts hold a copy of the Finnish text: nobody finds it in Swedish or English.
    word = SEARCH_WORDS["fi"]
    for language in ("sv", "en"):
        path = stored[language]["url"] if stored[language] else ""
        catalogue = flow.catalogues[language]
        seen[language] = {
            "status": _fetch(visitor, origin + path)[0] if path else None,
            "in_catalogue": {
                "listing": _listed(visitor, origin, catalogue, path),
                "search": _listed(visitor, origin, f"{catalogue}?q={quote(word)}", path),
            },
            "found_by_search": _listed(visitor, origin, _search_url(language, word), path),
        }
    flow.seen["translations-started"] = seen


def _translate(flow, page, origin, language):
    """Every segment of the translation editor, tab by tab, then "Publish in <language>"."""
    target = flow.seen["translations-started"]["stored"][language]["pk"]
    page.goto(f"{origin}/admin/pages/{target}/edit/")
    publish = page.locator("footer button[name=action][value=publish]")
    publish.wait_for()
    typed = {}
    for tab in page.locator("[role=tab]").all():
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true", timeout=WAIT)
        untranslated = page.locator("li.incomplete:visible")
        left = untranslated.count()
        while left:
            segment = untranslated.first
            source_text = segment.locator("p").first.inner_text().strip()
            text = TRANSLATIONS[language].get(source_text)
            assert text is not None, f"the flow has no {language} translation for the segment {source_text!r}"
            _type_translation(segment, text)
            typed[source_text] = text
            left -= 1
            expect(untranslated).to_have_count(left, timeout=WAIT)
    expect(page.locator("li.incomplete")).to_have_count(0, timeout=WAIT)
    with page.expect_navigation():
        publish.click()
    flow.seen[f"translated-{language}"] = {
        "typed": typed,
        "admin_url": page.url,
        "stored": without_event_loop(_stored_state)[language],
    }


def _type_translation(segment, text):
    """A segment of wagtail-localize's editor: its button (Translate or Edit), the text, then Save."""
    segment.locator("button").first.click()
    segment.locator("textarea").fill(text)
    segment.locator("button").last.click()


def _visit_every_language(flow, origin, visitor):
    stored = without_event_loop(_stored_state)
    seen = {}
    for language in LANGUAGES:
        path, word = stored[language]["url"], SEARCH_WORDS[language]
        response = visitor.goto(origin + path)
        seen[language] = {
            "path": path,
            "final_url": visitor.url,
            "status": response.status,
            "lang": visitor.get_attribute("html", "lang"),
            "h1": visitor.locator("h1").first.inner_text().strip(),
            "switcher": {
                link.get_attribute("hreflang"): link.get_attribute("href")
                for link in visitor.locator("nav.language-switcher a[hreflang]").all()
            },
            "in_catalogue": {
                "search": _listed(visitor, origin, f"{flow.catalogues[language]}?q={quote(word)}", path),
            },
            "found_by_search": _listed(visitor, origin, _search_url(language, word), path),
        }
    flow.seen["public"] = seen


# The translator ----------------------------------------------------------------------------------------


def _translator_at_work(flow, page, origin, visitor):
    stored = without_event_loop(_stored_state)
    swedish, finnish = stored["sv"], stored["fi"]
    seen = {"finnish_before": finnish}

    editor_url = f"{origin}/admin/pages/{swedish['pk']}/edit/"
    response = page.goto(editor_url)
    publish = page.locator("footer button[name=action][value=publish]")
    publish.wait_for()
    seen["swedish_editor"] = {
        "status": response.status,
        "final_url": page.url,
        "publish": publish.is_visible(),
    }
    page.locator("[role=tab]").first.click()
    intro = page.locator("li.complete:visible").filter(
        has=page.locator("p", has_text=INTRO),
    )
    _type_translation(intro, TRANSLATOR_INTRO)
    expect(intro.locator("textarea")).to_have_count(0, timeout=WAIT)
    with page.expect_navigation():
        publish.click()
    seen["swedish_public_text"] = _fetch(visitor, origin + swedish["url"])[1]

    source_edit = f"{origin}/admin/pages/{finnish['pk']}/edit/"
    response = page.goto(source_edit)
    seen["finnish_editor"] = {
        "final_url": page.url,
        "status": response.status,
        "publish_buttons": page.locator("button[name=action-publish]").count(),
    }
    # Even a hand-made publish request for the Finnish page is turned away.
    token = next(cookie["value"] for cookie in page.context.cookies() if "csrftoken" in cookie["name"])
    refused = page.request.post(
        source_edit,
        form={
            "csrfmiddlewaretoken": token,
            "title": "Käännöstoimisto muutti tämän",
            "slug": SLUGS["fi"],
            "intro": "Kääntäjä ei saa julkaista suomenkielistä sivua.",
            "method": "workshop",
            "action-publish": "action-publish",
        },
        headers={"Referer": source_edit},
        max_redirects=0,
    )
    seen["finnish_post"] = {"status": refused.status, "location": refused.headers.get("location", "")}
    seen["finnish_after"] = without_event_loop(_stored_state)["fi"]
    flow.seen["translator"] = seen


# The Finnish text changes; the report ------------------------------------------------------------------


def _change_the_finnish_text(flow, page, origin):
    source = flow.seen["published-fi"]["stored"]["fi"]["pk"]
    page.goto(f"{origin}/admin/pages/{source}/edit/")
    page.fill("#id_intro", NEW_FINNISH_INTRO)
    _show(page, "#id_learn")
    for name, text in TRANSPARENCY.items():
        page.fill(f"#id_{name}", text)
    page.locator("input[name=contacts]").first.check()
    _publish_from_editor(page)
    flow.seen["finnish-changed"] = {
        "admin_url": page.url,
        "asked_to_confirm": page.locator("input[name=publish_incomplete]").count(),
        "stored": without_event_loop(_stored_state)["fi"],
    }


def _report(flow, page, origin, step):
    """The translation status report, filtered to what is out of date: the page's row and its languages."""
    source = flow.seen["published-fi"]["stored"]["fi"]["pk"]
    response = page.goto(f"{origin}{reverse('translation_status:report')}?status=outdated")
    row = page.locator(f"tbody tr:has(a[href='/admin/pages/{source}/edit/'])")
    flow.seen[step] = {
        "status": response.status,
        "url": page.url,
        "rows": row.count(),
        "languages": {
            language: row.locator(f"td[data-language={language}] [data-translation-status]").get_attribute(
                "data-translation-status"
            )
            for language in ("sv", "en")
        }
        if row.count()
        else {},
    }


# Helpers ---------------------------------------------------------------------------------------------


def _show(page, selector):
    """Open the editor tab that holds the field (tabs are named in the admin's language)."""
    panel = page.locator(selector).first.evaluate("element => element.closest('[role=tabpanel]').id")
    page.click(f"[role=tab][aria-controls='{panel}']")


def _publish_from_editor(page):
    """The page editor's footer: open the more actions menu, press Publish, wait for the answer."""
    page.click("footer [data-w-dropdown-target=toggle]")
    with page.expect_navigation():
        page.click("footer button[name=action-publish]")


def _fetch(visitor, url):
    """An anonymous visitor's request, without rendering: (status, HTML)."""
    response = visitor.request.get(url)
    return response.status, response.text()


def _listed(visitor, origin, url, path):
    """Whether the page at url links to path."""
    status, html = _fetch(visitor, origin + url)
    assert status == 200, f"{url} answered {status}"
    return f'href="{path}"' in html or f'href="{origin}{path}"' in html


def _search_url(language, word):
    with translation.override(language):
        return f"{reverse('search')}?q={quote(word)}"


def _stored_state():
    """The opportunity in each language as stored: None where it does not exist."""
    source = OpportunityPage.objects.filter(
        translation_key__in=OpportunityPage.objects.filter(title=TITLE, locale__language_code="fi").values(
            "translation_key"
        )
    )
    found = dict.fromkeys(LANGUAGES)
    for page in source.select_related("locale"):
        found[page.locale.language_code] = {
            "pk": page.pk,
            "title": page.title,
            "slug": page.slug,
            "url": page.get_url(),
            "url_path": page.url_path,
            "live": page.live,
            "intro": page.intro,
            "live_revision": page.live_revision_id,
            "sessions": [session.venue for session in page.sessions.all()],
        }
    return found
