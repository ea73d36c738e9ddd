"""The typeface is served from this site, as published in its npm package, under its licence."""

from django.conf import settings

from tests.browser.quality import ROOT

PACKAGE = ROOT / "node_modules" / "@fontsource" / "source-sans-3"
FONTS = settings.SITE_DIR / "static" / "fonts"


def test_the_served_fonts_are_the_packages_own_files():
    served = sorted(FONTS.glob("*.woff2"))
    assert [font.name for font in served] == [
        "source-sans-3-latin-400-normal.woff2",
        "source-sans-3-latin-700-normal.woff2",
    ]
    for font in served:
        assert font.read_bytes() == (PACKAGE / "files" / font.name).read_bytes(), font.name


def test_the_licence_travels_with_the_fonts():
    licence = (FONTS / "LICENSE-source-sans-3.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in licence.upper()
    assert licence == (PACKAGE / "LICENSE").read_text()


def test_the_stylesheet_declares_both_weights_from_this_site():
    css = (settings.SITE_DIR / "static" / "css" / "site.css").read_text()
    for weight in ("400", "700"):
        assert f'url("../fonts/source-sans-3-latin-{weight}-normal.woff2")' in css
    assert "fonts.googleapis" not in css and "@import" not in css
