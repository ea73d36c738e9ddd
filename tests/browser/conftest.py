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
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page, Site

from core.demo import loader
from tests.staff import PASSWORD, make_staff

from . import quality

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
        urls = _sitemap_urls(origin) + [origin + path for path in EXTRA_PATHS]
        pages = quality.inspect_pages(urls, origin=origin)
        csp_public = quality.csp_violations([origin + path for path in CSP_PUBLIC_PATHS])
        user = make_staff("browser-editor")
        about = Page.objects.get(slug="tietoa-palvelusta").pk
        admin_paths = [
            "/admin/",
            f"/admin/pages/{about}/",
            f"/admin/pages/{about}/edit/",
            "/admin/documents/",
        ]
        csp_admin = quality.csp_violations(
            [origin + path for path in admin_paths],
            sign_in=_sign_in(origin, user, TOTPDevice.objects.get(user=user)),
        )
    quality.validate_html(pages, tmp_path_factory.mktemp("html"))
    return SimpleNamespace(
        origin=origin,
        pages={report.url: report for report in pages},
        not_found={origin + path for path in NOT_FOUND_PATHS},
        csp_public=csp_public,
        csp_admin=csp_admin,
    )


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
