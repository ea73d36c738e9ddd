"""Editors' rich text and links never run script, whichever way they reached the database."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import get_template

from core.blocks import CallToActionBlock
from core.links import safe_href
from projects.models import OpportunitySession
from tests.factories import make_opportunity
from tests.html import soup

UNSAFE = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]
SAFE = ["https://pori.fi/", "http://example.org/a?b=c", "mailto:osallistu@pori.fi", "tel:+3582621111", "/fi/"]


def _templates():
    roots = [settings.SITE_DIR / "templates", *Path(settings.BASE_DIR).glob("*/templates")]
    return [path for root in roots for path in root.rglob("*.html") if ".venv" not in path.parts]


def test_the_template_scan_sees_every_app():
    found = {path.relative_to(settings.BASE_DIR).parts[0] for path in _templates()}
    assert {"site", "security", "signups"} <= found


def test_no_template_renders_rich_text_unsanitised():
    """Wagtail's own |richtext leaves javascript: links alone; only |safe_richtext may render rich text."""
    offenders = [path.name for path in _templates() if re.search(r"\|\s*richtext\b", path.read_text())]
    assert offenders == [], "use |safe_richtext (core.rich_text)"


# Link targets that the site computes itself; anything an editor types goes through |safe_url.
COMPUTED_LINKS = {"page.url", "page.respond_url", "page.document.url", "link.url", "link.alternate"}
COMPUTED_LINKS |= {"default.alternate", "next"}
# The translation status report's links, reversed from primary keys.
COMPUTED_LINKS |= {"found.url", "row.edit_url"}


def test_every_link_from_a_variable_is_computed_or_filtered():
    """A link whose whole target is a variable; one that starts with the site's own path is safe."""
    offenders = [
        (path.name, expression)
        for path in _templates()
        for expression in re.findall(r'href="\{\{\s*([^}]+?)\s*\}\}', path.read_text())
        if not expression.endswith("|safe_url") and expression not in COMPUTED_LINKS
    ]
    assert offenders == []


@pytest.mark.parametrize("url", UNSAFE)
def test_script_links_are_dropped_when_rendered(url):
    assert safe_href(url) == ""


@pytest.mark.parametrize("url", SAFE)
def test_web_mail_and_phone_links_are_kept(url):
    assert safe_href(url) == url


@pytest.mark.parametrize("url", [*UNSAFE, "ftp://example.org/file"])
def test_a_session_refuses_a_link_that_is_not_a_web_address(url):
    session = OpportunitySession(starts_at="2027-01-01T10:00Z", ends_at="2027-01-01T11:00Z", online_url=url)
    with pytest.raises(ValidationError) as refused:
        session.clean_fields(exclude=["page", "locale", "translation_key", "venue", "address"])
    assert "online_url" in refused.value.message_dict


def test_a_call_to_action_refuses_a_script_link():
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Vastaa", "page": None, "url": "javascript:alert(1)"}))


def test_a_call_to_action_renders_no_script_link_that_reached_the_database():
    html = get_template("core/blocks/call_to_action.html").render(
        {"value": {"text": "Vastaa", "page": None, "url": "javascript:alert(1)"}}
    )
    assert "javascript" not in html


@pytest.mark.django_db
def test_an_opportunity_page_renders_no_script_link_that_reached_the_database(client, pages):
    """A translation file or an import can write what no form would accept."""
    index = pages["opportunities"]["fi"]
    page = make_opportunity(index, "Linkkitesti", sessions=[(3, 3)])
    OpportunitySession.objects.filter(page=page).update(online_url="javascript:alert(1)")
    type(page).objects.filter(pk=page.pk).update(external_url="javascript:alert(2)")
    response = client.get(page.url)
    assert response.status_code == 200
    assert not [a for a in soup(response).select("a[href]") if "javascript" in a["href"].lower()]
