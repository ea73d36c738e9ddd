"""After a failed submit: where the focus and the screen are, on a phone and a desktop (js/forms.js).

Called from the session fixture in conftest.py: prepare() finds the forms (the database
is emptied after live-server tests), run() sends each one empty in Chromium under the
site's real Content-Security-Policy, then follows every link of the error summary, and
returns what a resident saw, for tests/browser/test_form_focus.py to assert.
"""

from dataclasses import dataclass, field

from django.utils import translation

from councils.models import CouncilCallPage

from . import quality

VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}

# Where the focus is, and where the summary sits on the screen.
_AFTER_LOAD = """() => {
    const summary = document.querySelector(".error-summary");
    const box = summary ? summary.getBoundingClientRect() : null;
    return {
        summary_focused: !!summary && document.activeElement === summary,
        summary_top: box ? Math.round(box.top) : null,
        summary_visible: !!box && box.top >= 0 && box.top < innerHeight,
        links: summary ? summary.querySelectorAll("a").length : 0,
    };
}"""
# After a summary link: the focused field, and whether its label or legend and the field itself are on screen.
_AFTER_LINK = """() => {
    const field = document.activeElement;
    const group = field.closest("fieldset");
    const label = group && group.contains(field) && group.querySelector("legend")
        ? group.querySelector("legend")
        : (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`)) || field;
    const visible = element => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
    };
    // A section (the budget) shows its heading; a label hidden from sight (a budget row's) leaves the field.
    const heading = field.matches("section") && field.querySelector("h2");
    const shown = heading || (label.getClientRects().length && label.offsetWidth > 1 ? label : field);
    return {
        focused: field.tagName.toLowerCase() + (field.id ? "#" + field.id : ""),
        is_field: field.matches("input, select, textarea, section, fieldset"),
        label_in_view: visible(shown),
        field_in_view: field.getBoundingClientRect().top >= 0
            && field.getBoundingClientRect().top < innerHeight,
    };
}"""


@dataclass
class Seen:
    url: str
    viewport: str
    summary_focused: bool = False
    summary_top: int | None = None
    summary_visible: bool = False
    tabs_to_first_link: int | None = None
    links: list = field(default_factory=list)  # one _AFTER_LINK result per summary link
    script_errors: list = field(default_factory=list)


def prepare(form_paths):
    """The forms to send empty: the harness's SUBMIT_EMPTY paths and a council call's response form."""
    paths = [
        path.removesuffix(quality.SUBMIT_EMPTY) for path in form_paths if path.endswith(quality.SUBMIT_EMPTY)
    ]
    call = next(
        page
        for page in CouncilCallPage.objects.live().filter(locale__language_code="fi")
        if page.accepts_responses
    )
    with translation.override("fi"):
        paths.append(call.respond_url())
    return paths


def run_in_chromium(origin, paths):
    """run() in a Chromium of its own, under the site's real Content-Security-Policy."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=quality.CHROMIUM, args=quality.CHROMIUM_ARGS)
        try:
            return run(browser, origin, paths)
        finally:
            browser.close()


def run(browser, origin, paths):
    seen = []
    for path in paths:
        for name, (width, height) in VIEWPORTS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            result = Seen(url=origin + path, viewport=name)
            page.on("pageerror", lambda error, result=result: result.script_errors.append(str(error)))
            page.on(
                "console",
                lambda message, result=result: (
                    message.type == "error" and result.script_errors.append(message.text)
                ),
            )
            page.goto(origin + path, wait_until="load")
            with page.expect_navigation(wait_until="load"):
                page.click("main form[method=post] button[type=submit]")
            page.wait_for_function("() => document.readyState === 'complete'")
            state = page.evaluate(_AFTER_LOAD)
            result.summary_focused = state["summary_focused"]
            result.summary_top = state["summary_top"]
            result.summary_visible = state["summary_visible"]
            result.tabs_to_first_link = _tabs_to_first_summary_link(page)
            for number in range(state["links"]):
                page.evaluate("() => window.scrollTo(0, 0)")
                page.locator(".error-summary a").nth(number).focus()
                page.keyboard.press("Enter")
                result.links.append(page.evaluate(_AFTER_LINK))
            seen.append(result)
            context.close()
    return seen


def _tabs_to_first_summary_link(page, most=40):
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement === document.querySelector('.error-summary a')"):
            return presses
    return None
