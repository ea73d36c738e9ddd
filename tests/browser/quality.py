"""The tools of the browser quality harness: Chromium, axe-core and the Nu Html Checker.

Everything runs locally: Debian's Chromium, axe-core and vnu.jar from
node_modules (``npm ci``), and the system's Java. Nothing is downloaded.
"""

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# WCAG 2.0, 2.1 and 2.2, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Flags for a headless Chromium as root on a machine without outside network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NARROWEST_VIEWPORT = 320  # WCAG 1.4.10 Reflow: no horizontal scrolling at 320 CSS pixels
# A URL ending in this fragment is checked after sending its form empty: the error state.
SUBMIT_EMPTY = "#submit-empty"


def missing_tools():
    """What the harness needs and this machine lacks, so a skip or failure says why."""
    needed = {
        "Chromium": Path(CHROMIUM).exists(),
        "axe-core (npm ci)": AXE_SCRIPT.exists(),
        "vnu.jar (npm ci)": VNU_JAR.exists(),
        "java": shutil.which("java") is not None,
    }
    return [name for name, present in needed.items() if not present]


@dataclass
class PageReport:
    url: str
    status: int = 0
    html: str = ""
    axe_violations: list = field(default_factory=list)
    foreign_requests: list = field(default_factory=list)
    overflow_at_320px: int = 0
    skip_link_focused: bool = False
    html_errors: list = field(default_factory=list)


def inspect_pages(urls, origin):
    """Open each URL in headless Chromium; run axe-core, a reflow check and a keyboard check."""
    from playwright.sync_api import sync_playwright

    reports = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        for url in urls:
            requests.clear()
            report = PageReport(url=url)
            response = page.goto(url, wait_until="load")
            if url.endswith(SUBMIT_EMPTY):
                with page.expect_navigation(wait_until="load") as navigation:
                    page.click("main form[method=post] button[type=submit]")
                response = navigation.value
            report.status = response.status
            report.html = response.text()
            report.foreign_requests = [seen for seen in requests if not seen.startswith(origin)]
            page.add_script_tag(path=str(AXE_SCRIPT))
            result = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
            )
            report.axe_violations = [
                {
                    "rule": violation["id"],
                    "impact": violation["impact"],
                    "help": violation["help"],
                    "where": [node["target"] for node in violation["nodes"]][:5],
                }
                for violation in result["violations"]
            ]
            page.keyboard.press("Tab")
            report.skip_link_focused = page.evaluate(
                """() => {
                    const element = document.activeElement;
                    const box = element.getBoundingClientRect();
                    return element.matches("a.skip-link") && box.top >= 0 && box.height > 0;
                }"""
            )
            page.set_viewport_size({"width": NARROWEST_VIEWPORT, "height": 640})
            report.overflow_at_320px = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            page.set_viewport_size({"width": 1280, "height": 900})
            reports.append(report)
        browser.close()
    return reports


def csp_violations(urls, sign_in=None):
    """Open each URL under the site's real Content-Security-Policy; what the browser refused, per URL.

    sign_in, if given, receives the Playwright page first (to sign in to the admin).
    """
    from playwright.sync_api import sync_playwright

    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context().new_page()
        messages = []
        page.on("console", lambda message: messages.append(message.text))
        if sign_in:
            sign_in(page)
        for url in urls:
            messages.clear()
            response = page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")
            refused = [text for text in messages if "Content Security Policy" in text]
            found[url] = {"status": response.status, "refused": refused, "final_url": page.url}
        browser.close()
    return found


def validate_html(reports, workdir):
    """Validate each page's served HTML with the Nu Html Checker, in one Java run."""
    files = {}
    for number, report in enumerate(reports):
        path = (Path(workdir) / f"page-{number:03d}.html").resolve()
        path.write_text(report.html, encoding="utf-8")
        files[str(path)] = report
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--stdout", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] in ("error", "non-document-error"):
            report = files[unquote(urlparse(message["url"]).path)]
            report.html_errors.append(f"line {message.get('lastLine', '?')}: {message['message']}")
