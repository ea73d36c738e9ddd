"""One pass over the live demo site in Chromium, shared by every browser test.

pytest-django empties the database after each live-server test (and runs
those tests after all others), so everything the browser tests look at is
gathered once, before the first of them finishes.
"""

import time
import urllib.request
from types import SimpleNamespace
from urllib.parse import urljoin

import pytest
from defusedxml import ElementTree
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page, Site

from demo import data, loader
from projects.models import OpportunitySession
from signups import services
from tests.staff import PASSWORD, make_staff
from wellbeing.models import Application, RoundPage

from . import council_flow, form_focus, layout, quality, signup_flow, translation_flow, wellbeing_flow

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Not in the sitemap: search and "not found" pages.
EXTRA_PATHS = [
    "/fi/haku/",
    "/fi/haku/?q=osallisuus",
    "/sv/sok/?q=delaktighet",
    "/en/search/?q=nothing-matches-this",
    "/fi/ei-ole-olemassa/",
    "/sv/finns-inte/",
    "/en/does-not-exist/",
]
NOT_FOUND_PATHS = EXTRA_PATHS[-3:]
SIGNUP_NOT_FOUND = []  # cancel links that are not valid: filled in by _signup_paths()
WELLBEING_NOT_FOUND = []  # vote and application links that are not valid: filled in by _wellbeing_paths()
CSP_PUBLIC_PATHS = ["/fi/", "/sv/om-tjansten/", "/en/search/?q=pori", "/fi/ei-ole/"]


@pytest.fixture(scope="session")
def findings(django_db_setup, django_db_blocker, live_server, tmp_path_factory):
    if missing := quality.missing_tools():
        pytest.fail(f"The browser harness needs: {', '.join(missing)} (see README, 'make test').")
    origin = live_server.url
    host, port = origin.removeprefix("http://").split(":")
    with django_db_blocker.unblock():
        loader.load(log=lambda *args: None)
        Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
        cache.clear()
        signup_paths = _signup_paths()
        wellbeing_paths = _wellbeing_paths()
        extra = EXTRA_PATHS + signup_paths + wellbeing_paths
        urls = _sitemap_urls(origin) + [origin + path for path in extra]
        pages = quality.inspect_pages(urls, origin=origin)
        layout_seen = layout.inspect(origin)
        form_focus_seen = form_focus.run_in_chromium(origin, form_focus.prepare(extra))
        signup_flows, council_flow_seen, wellbeing_flow_seen, translation_flow_seen = _flows(origin)
        csp_public = quality.csp_violations(
            [origin + path for path in CSP_PUBLIC_PATHS + signup_paths[0:3:2]]
        )
        user = make_staff("browser-editor")
        about = Page.objects.get(slug="tietoa-palvelusta").pk
        about_sv = Page.objects.get(slug="om-tjansten").pk  # a translation: wagtail-localize's editor
        admin_paths = [
            "/admin/",
            f"/admin/pages/{about}/",
            f"/admin/pages/{about}/edit/",
            "/admin/documents/",
            "/admin/signups/",
            f"/admin/signups/sessions/{_signup_session('kirjurinluoto-event-organisers').translation_key}/",
            f"/admin/signups/sessions/{_signup_session('kirjurinluoto-event-organisers').translation_key}/add/",
            "/admin/signups/people/",
            reverse("wellbeing_applications:index"),
            reverse("wellbeing_applications:edit", args=[Application.objects.filter(status="funded")[0].pk]),
            reverse("wellbeing_reports:index"),
            reverse("wagtail_localize:submit_page_translation", args=[about]),
            f"/admin/pages/{about_sv}/edit/",
            reverse("translation_status:report"),
            f"{reverse('translation_status:report')}?status=outdated&language=sv",
        ]
        csp_admin = quality.csp_violations(
            [origin + path for path in admin_paths],
            sign_in=_sign_in(origin, user, TOTPDevice.objects.get(user=user)),
        )
    quality.validate_html(pages, tmp_path_factory.mktemp("html"))
    return SimpleNamespace(
        origin=origin,
        pages={report.url: report for report in pages},
        not_found={origin + path for path in NOT_FOUND_PATHS + SIGNUP_NOT_FOUND + WELLBEING_NOT_FOUND},
        csp_public=csp_public,
        csp_admin=csp_admin,
        signup_flows=signup_flows,
        council_flow=council_flow_seen,
        wellbeing_flow=wellbeing_flow_seen,
        translation_flow=translation_flow_seen,
        layout=layout_seen,
        form_focus=form_focus_seen,
    )


def _signup_session(key):
    """The first session of a demo opportunity, by its key (see demo/content/opportunities.yaml)."""
    slug = next(spec["slug"]["fi"] for spec in data.load().opportunities if spec["key"] == key)
    return (
        OpportunitySession.objects.filter(page__slug=slug, locale__language_code="fi").order_by("pk").first()
    )


def _signup_paths():
    """The sign-up form (also sent empty, for its error state), thanks and cancel pages in every language."""
    form_session = _signup_session("belonging-dialogue")  # has an extra question
    signed_up = services.register(
        _signup_session("kirjurinluoto-event-organisers"),
        name="Testi Asukas",
        email="harness@example.fi",
        language="fi",
    ).registration
    paths = []
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            form = reverse("signups:signup", args=[form_session.translation_key])
            cancel = reverse("signups:cancel")
            paths += [
                form,
                form + quality.SUBMIT_EMPTY,
                reverse("signups:thanks", args=[form_session.translation_key]),
                f"{cancel}?token={signed_up.cancel_token}",
                reverse("signups:cancelled"),
            ]
            SIGNUP_NOT_FOUND.append(f"{cancel}?token=expired")
    return paths + SIGNUP_NOT_FOUND


def _wellbeing_paths():
    """Wellbeing money in every language: the ballot and the application form (also sent empty), the
    vote's sent and confirm pages, a funded applicant's private page and report form, and links not valid.

    The demo's current round is in its vote phase, so a round taking applications is added here.
    """
    from tests.factories import make_round, translate_page
    from wellbeing import voting

    voting_round = RoundPage.objects.get(slug="hyvinvointiraha-2027")
    applying = make_round(voting_round.get_parent().specific, "Hakukierros 2032", phase="applications")
    for language in ("sv", "en"):
        translate_page(applying, language)
    theme = voting_round.themes.first().translation_key
    pending = voting.cast(voting_round, email="harness@example.fi", theme_keys=[theme], language="fi")
    funded = Application.objects.filter(status="funded", report__isnull=True).first()
    paths = []
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            ballot = reverse("wellbeing:vote", args=[voting_round.translation_key])
            form = reverse("wellbeing:apply", args=[applying.translation_key])
            confirm = reverse("wellbeing:vote-confirm")
            application = reverse("wellbeing:application")
            paths += [
                ballot,
                ballot + quality.SUBMIT_EMPTY,
                reverse("wellbeing:vote-sent", args=[voting_round.translation_key]),
                f"{confirm}?token={pending.confirm_token}",
                form,
                form + quality.SUBMIT_EMPTY,
                f"{application}?token={funded.private_token}",
                f"{reverse('wellbeing:report')}?token={funded.private_token}",
            ]
            WELLBEING_NOT_FOUND.extend([f"{confirm}?token=0", f"{application}?token=0"])
    return paths + WELLBEING_NOT_FOUND


def _flows(origin):
    """People using the site end to end, in Chromium.

    Residents: one signs up, a second waits, the first cancels; per language,
    each on its own session. Council: an editor writes a call, communications
    approve it, a resident responds. Translation: communications publish an
    opportunity in Finnish and translate it, a translator edits the Swedish.
    """
    from playwright.sync_api import sync_playwright

    sessions = {
        "fi": "reposaari-residents-evening",
        "sv": "yyteri-local-plan-hearing",
        "en": "kirjurinluoto-young-people",
    }
    flows = {language: signup_flow.plan(_signup_session(key), language) for language, key in sessions.items()}
    council = council_flow.prepare()
    wellbeing = wellbeing_flow.prepare()
    translating = translation_flow.prepare()
    sign_ins = {
        user.pk: _sign_in(origin, user, TOTPDevice.objects.get(user=user))
        for user in (
            council.editor,
            council.communications,
            wellbeing.member,
            translating.communications,
            translating.translator,
        )
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=quality.CHROMIUM, args=quality.CHROMIUM_ARGS)
        for flow in flows.values():
            signup_flow.run(browser, origin, flow)
        council_flow.run(browser, origin, council, lambda page, user: sign_ins[user.pk](page))
        wellbeing_flow.run(browser, origin, wellbeing, lambda page, user: sign_ins[user.pk](page))
        translation_flow.run(browser, origin, translating, lambda page, user: sign_ins[user.pk](page))
        browser.close()
    return flows, council, wellbeing, translating


def _sitemap_urls(origin):
    with urllib.request.urlopen(f"{origin}/sitemap.xml") as response:
        sitemap = ElementTree.fromstring(response.read())
    return [loc.text for loc in sitemap.findall("s:url/s:loc", SITEMAP_NS)]


def _sign_in(origin, user, device):
    """Sign in to the admin as a person would: password, then the code from the app."""

    def sign_in(page):
        page.goto(urljoin(origin, "/admin/login/"))
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.click("button[type=submit]")
        assert "/admin/two-factor/verify/" in page.url
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        page.fill("input[name=token]", f"{totp.token():06d}")
        with page.expect_navigation():
            page.click("button[type=submit]")
        assert page.url == urljoin(origin, "/admin/")

    return sign_in
