"""The shared page cache: anonymous pages are marked cacheable and nothing personal is, and a real
Varnish (Debian's, with config/varnish/default.vcl) keeps them until a change purges what it shows."""

import socket
import urllib.request
from urllib.error import HTTPError
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from config.varnish import run
from core.models import FooterSettings
from home.models import HomePage
from signups import services
from tests.factories import site
from tests.factories.misc import in_every_language, workshop
from tests.factories.pages import StandardPageFactory
from tests.factories.signups import signup_workshop
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_an_anonymous_visitors_page_may_be_kept_by_the_shared_cache(client, pages):
    response = client.get(pages["about"]["sv"].url)

    assert {"public", "max-age=0", "s-maxage=300"} <= cache_control(response)
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert response["ETag"]
    assert client.get(pages["about"]["sv"].url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_forms_the_admin_the_api_and_staff_pages_are_never_shared(client, pages):
    page = signup_workshop("Lomakkeen työpaja", capacity=5)
    session = page.sessions.get()
    staff = sign_in(Client(), make_staff("cache-staff"))
    personal = [
        client.get(reverse("signups:signup", args=[session.translation_key])),
        client.get("/admin/login/"),
        client.get("/api/v2/pages/"),
        staff.get(pages["about"]["fi"].url),
    ]
    for response in personal:
        assert "public" not in cache_control(response), response.wsgi_request.path
    assert "csrftoken" in "".join(personal[0].cookies)


def test_a_visitor_with_a_session_gets_no_shared_copy(client, pages):
    client.cookies["sessionid"] = "not-a-session"
    assert "public" not in cache_control(client.get(pages["about"]["fi"].url))


# --- Through a real Varnish ------------------------------------------------------------------------
# The app serves Varnish from another thread, so these tests commit; pytest-django empties the
# database after each, and the next builds the frame again.
through_varnish = pytest.mark.django_db(transaction=True)


class Varnish:
    def __init__(self, url):
        self.url = url

    def get(self, path, cookie=None):
        """(status, "HIT" or "MISS", body) for a GET of the path through the cache."""
        request = urllib.request.Request(self.url + path, headers={"Cookie": cookie} if cookie else {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers["X-Cache"], response.read().decode()
        except HTTPError as error:
            return error.code, error.headers["X-Cache"], error.read().decode()

    def cached(self, path):
        self.get(path)
        return self.get(path)[1] == "HIT"


@pytest.fixture(scope="module")
def varnish_process(live_server):
    process, url = run.start([live_server.url.removeprefix("http://")])
    yield url
    run.stop(process)


@pytest.fixture
def varnish(varnish_process, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.page_cache.VarnishBackend", "LOCATION": varnish_process}
    }
    if not HomePage.objects.exists():  # an earlier transactional test emptied the database
        site.build_site_from_empty()
    cache = Varnish(varnish_process)
    cache.get("/admin/")  # any request: the first waits for the app
    urllib.request.urlopen(urllib.request.Request(varnish_process + "/", method="BAN"))
    return cache


def path(page):
    return urlsplit(page.get_full_url()).path


@through_varnish
def test_varnish_keeps_anonymous_pages_and_passes_forms_admin_and_staff(varnish):
    about = path(site.site_pages()["about"]["fi"])
    page = signup_workshop("Välimuistin työpaja", capacity=5)
    signup = reverse("signups:signup", args=[page.sessions.get().translation_key])

    assert varnish.get(about)[1] == "MISS"
    assert varnish.get(about)[1] == "HIT"
    assert not varnish.cached(signup)
    assert not varnish.cached("/admin/login/")
    assert varnish.get(about, cookie="sessionid=abc")[1] == "MISS"
    assert varnish.get(about, cookie="csrftoken=abc; theme=dark")[1] == "HIT"


@through_varnish
def test_publishing_purges_the_page_in_every_language_and_every_page_that_lists_it(varnish):
    pages = site.site_pages()
    versions = workshop("Rantapuiston työpaja")
    shown = [path(page) for page in versions.values()]
    listings = [path(pages[key][language]) for key in ("opportunities", "home") for language in versions]
    listings += [path(pages["opportunities"]["fi"]) + "?page=1", reverse("sitemap")]
    listings += [reverse("feeds:opportunities"), reverse("calendars:upcoming")]
    calendar = reverse("calendars:opportunity", args=[versions["fi"].translation_key])
    unrelated = path(pages["about"]["fi"])
    for url in [*shown, *listings, calendar, unrelated]:
        assert varnish.cached(url), url

    page = versions["fi"]
    page.title = "Rantapuiston uusi työpaja"
    page.save_revision().publish()

    for url in [*shown, *listings, calendar]:
        status, hit, _body = varnish.get(url)
        assert (status, hit) == (200, "MISS"), url
    assert "Rantapuiston uusi työpaja" in varnish.get(path(pages["opportunities"]["fi"]))[2]
    assert varnish.get(unrelated)[1] == "HIT"


@through_varnish
def test_a_page_that_links_to_it_is_purged_too(varnish):
    target = workshop("Linkitetty työpaja")["fi"]
    body = [{"type": "paragraph", "value": f'<p><a linktype="page" id="{target.pk}">Työpaja</a></p>'}]
    linking = StandardPageFactory(parent=target.get_parent().get_parent(), title="Linkittävä", body=body)
    linking.save_revision().publish()
    assert varnish.cached(path(linking))

    target.save_revision().publish()

    assert varnish.get(path(linking))[1] == "MISS"


@through_varnish
def test_unpublishing_takes_the_page_out_of_the_cache_in_every_language(varnish):
    versions = workshop("Poistuva työpaja")
    for page in versions.values():
        assert varnish.cached(path(page))

    for page in versions.values():
        page.unpublish()

    assert [varnish.get(path(page))[0] for page in versions.values()] == [404, 404, 404]


@through_varnish
def test_a_sign_up_or_cancellation_refreshes_the_places_left(varnish):
    versions = in_every_language(signup_workshop("Paikkojen työpaja", capacity=3))
    session = versions["fi"].sessions.get()
    pages = [path(page) for page in versions.values()]
    for url in pages:
        assert varnish.cached(url)

    signed_up = services.register(session, name="Asukas", email="asukas@example.fi", language="fi")

    for url in pages:
        _status, hit, body = varnish.get(url)
        assert hit == "MISS", url
        assert "2" in soup_text(body, ".availability"), url
    assert varnish.cached(pages[0])
    services.cancel(signed_up.registration)
    assert "3" in soup_text(varnish.get(pages[0])[2], ".availability")


def soup_text(html, selector):
    page = BeautifulSoup(html, "html.parser")
    return " ".join(element.get_text(" ", strip=True) for element in page.select(selector))


@through_varnish
def test_a_change_of_the_footer_empties_the_cache(varnish):
    pages = site.site_pages()
    urls = [path(pages["about"]["fi"]), path(pages["youth"]["sv"])]
    for url in urls:
        assert varnish.cached(url)

    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.contact_phone = "+358 2 621 1111"
    footer.save()

    assert [varnish.get(url)[1] for url in urls] == ["MISS", "MISS"]


@through_varnish
def test_only_the_app_servers_may_purge(varnish):
    about = path(site.site_pages()["about"]["fi"])
    assert varnish.cached(about)
    host, port = urlsplit(varnish.url).hostname, urlsplit(varnish.url).port

    with socket.create_connection((host, port), source_address=("127.0.0.2", 0)) as outsider:
        outsider.sendall(f"PURGE {about} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        answer = outsider.recv(200).decode()

    assert answer.startswith("HTTP/1.1 405")
    assert varnish.get(about)[1] == "HIT"
