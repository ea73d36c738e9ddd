"""The demo's easy-to-read summaries: the home page, the participation model and the catalogue (where
residents start signing up) carry one in each language, and the accessibility statement explains them."""

import pytest

from core.easy_read import blocks
from demo import data
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

CONTENT = data.load()
SPECS = {"home": CONTENT.home_page, "model": CONTENT.model_page, "opportunities": CONTENT.opportunities_index}
LANGUAGES = ("fi", "sv", "en")
STATEMENT_HEADINGS = {
    "fi": "Selkokieliset tiivistelmät",
    "sv": "Lättlästa sammanfattningar",
    "en": "Easy-to-read summaries",
}
# The pages with a summary, as the statement names them.
WHERE = {
    "fi": ["etusivulla", "osallisuusmallin sivulla", "Osallistu-sivulla"],
    "sv": ["startsidan", "sidan om delaktighetsmodellen", "sidan Delta"],
    "en": ["the home page", "the page on the participation model", "the Take part page"],
}
NOT_THE_WHOLE_SITE = {
    "fi": "eikä palvelusta ole kokonaan selkokielistä versiota",
    "sv": "det finns ingen helt lättläst version av tjänsten",
    "en": "there is no complete easy-to-read version of the service",
}


def _text(element):
    return " ".join(element.get_text(" ").split())


def _box(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).select_one("main .easy-read")


@pytest.mark.parametrize("key", sorted(SPECS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_shows_its_summary_in_its_language(client, pages, key, language):
    box = _box(client, pages[key][language])
    assert box is not None
    assert box["lang"] == language
    assert box.h2["id"] == box["aria-labelledby"]
    written = blocks(SPECS[key]["easy_read_summary"][language])
    shown = box.details.find_all(["p", "ul"], recursive=False)  # the text opens from a disclosure
    assert [element.name for element in shown] == ["ul" if block.is_list else "p" for block in written]
    for element, block in zip(shown, written, strict=True):
        if block.is_list:
            assert [_text(item) for item in element.find_all("li")] == list(block.lines)
        else:
            assert _text(element) == " ".join(block.lines)


def test_the_summaries_are_real_translations(pages):
    for key, spec in SPECS.items():
        for language in LANGUAGES:
            assert pages[key][language].easy_read_summary == spec["easy_read_summary"][language], (
                key,
                language,
            )


def test_the_english_box_is_headed_as_the_statement_says(client, pages):
    box = _box(client, pages["home"]["en"])
    assert box.h2.get_text() == "Easy-to-read English"
    statement = soup(client.get(pages["accessibility"]["en"].url)).main.get_text()
    assert "“Easy-to-read English”" in statement


def test_pages_without_a_summary_show_no_box(client, pages):
    for key in ("about", "outcomes", "youth"):
        assert _box(client, pages[key]["fi"]) is None, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_describes_the_summaries(client, pages, language):
    main = soup(client.get(pages["accessibility"][language].url)).main
    heading = next(h2 for h2 in main.find_all("h2") if h2.get_text() == STATEMENT_HEADINGS[language])
    section = []
    for element in heading.find_next_siblings():
        if element.name == "h2":
            break
        section.append(_text(element))
    described = " ".join(section)
    assert NOT_THE_WHOLE_SITE[language] in described
    for named in WHERE[language]:
        assert named in described
