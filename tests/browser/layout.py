"""How the main page types look at phone and desktop widths: overflow, header height, the sign-up
button's place, page weight. Screenshots go to test-artifacts/screenshots/ for people to look at
(CI keeps the folder: see .ci/run).
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import translation

from councils.models import CouncilCallPage
from home.models import HomePage
from networks.models import NetworkPage
from participation_model.models import ParticipationModelPage
from projects.models import OpportunityIndexPage, OpportunityPage, OpportunitySession, OutcomePage
from wellbeing.models import RoundPage

from .quality import CHROMIUM, CHROMIUM_ARGS, ROOT

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
WIDTHS = (320, 390, 1280)
PHONE = {"width": 390, "height": 844}  # the first screen of a common phone
HEADER_SHARE = 0.25  # the header takes at most a quarter of that first screen
# The opportunity whose sign-up button must show on the first phone screen (demo/content/opportunities.yaml).
SIGNUP_OPPORTUNITY = {
    "fi": "asukasilta-reposaari",
    "sv": "invanarkvall-rafso",
    "en": "residents-evening-reposaari",
}
PAGE_TYPES = [
    HomePage,
    OpportunityIndexPage,
    OpportunityPage,
    OutcomePage,
    ParticipationModelPage,
    NetworkPage,
    CouncilCallPage,
    RoundPage,
]


@dataclass
class LayoutReport:
    path: str
    overflow: dict = field(default_factory=dict)  # width (or "320@200%") -> pixels of sideways scrolling
    header_share: float = 0.0  # of the first phone screen
    signup_button_bottom: float | None = None  # px from the top at 390 × 844, on the opportunity page
    home_weight: int | None = None  # bytes on first load at phone width, on the home page


def main_paths():
    """One live page of each main type in each language, the search and the sign-up form."""
    paths = []
    for language in ("fi", "sv", "en"):
        for model in PAGE_TYPES:
            pages = model.objects.live().filter(locale__language_code=language)
            if model is OpportunityPage:
                pages = pages.filter(slug=SIGNUP_OPPORTUNITY[language])
            page = pages.order_by("path").first()
            if page is not None:
                paths.append(page.url)
        session = OpportunitySession.objects.filter(
            page__slug=SIGNUP_OPPORTUNITY[language], locale__language_code=language
        ).first()
        with translation.override(language):
            paths.append(reverse("search") + "?q=pori")
            paths.append(reverse("signups:signup", args=[session.translation_key]))
    return paths


def _overflow(page):
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def _name(path, label):
    return (path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-") or "root") + f"-{label}.png"


def inspect(origin):
    """Open each main page at 320, 390 and 1280 px and at 200 % text on 320 px; measure and photograph."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    paths = main_paths()  # from the database, before Playwright's event loop starts
    reports = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # bypass_csp lets the harness set the root font size, as a reader's 200 % text setting does.
        context = browser.new_context(bypass_csp=True)
        page = context.new_page()
        for path in paths:
            report = LayoutReport(path=path)
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": PHONE["height"] if width < 1000 else 900})
                page.goto(origin + path, wait_until="load")
                report.overflow[width] = _overflow(page)
                page.screenshot(path=SCREENSHOTS / _name(path, f"{width}px"), full_page=True)
                if width == PHONE["width"]:
                    report.header_share = (
                        page.evaluate(
                            "() => document.querySelector('.site-header').getBoundingClientRect().height"
                        )
                        / PHONE["height"]
                    )
                    report.signup_button_bottom = page.evaluate(
                        "() => { const b = document.querySelector('.glance a.button');"
                        " return b ? b.getBoundingClientRect().bottom : null; }"
                    )
            page.set_viewport_size({"width": 320, "height": 640})
            page.goto(origin + path, wait_until="load")
            page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
            report.overflow["320@200%"] = _overflow(page)
            page.screenshot(path=SCREENSHOTS / _name(path, "320px-text200"), full_page=True)
            reports.append(report)
        home = next(report for report in reports if report.path == "/fi/")
        home.home_weight = first_load_weight(browser, origin + "/fi/")
        browser.close()
    return reports


def first_load_weight(browser, url):
    """Bytes a phone downloads for the page with an empty cache: HTML, CSS, fonts, images, headers."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(url, wait_until="networkidle")
    total = 0
    for request in responses:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    return total
