"""Render the site's icons and sharing image from site/static/brand/mark.svg.

The PNG and ICO files are committed; run this after changing the mark:
    .venv/bin/python tools/make_brand_images.py
It draws with the Chromium the browser tests use and saves with Pillow (Wagtail's own dependency).
"""

import io
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

BRAND = Path(__file__).resolve().parent.parent / "site" / "static" / "brand"
ICONS = {"icon-32.png": 32, "apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
# The sharing image (og:image): the mark and the name on the brand's sea blue, 1200 × 630 as services expect.
SHARE = """<html><body style="margin:0"><div style="width:1200px;height:630px;background:#00467f;display:flex;
align-items:center;justify-content:center;gap:56px;font:700 96px 'Source Sans 3',sans-serif;color:#fff">
<div style="background:#fff;border-radius:48px;padding:36px;line-height:0">{mark}</div>
<div>Osallistu Pori<div style="font-weight:400;font-size:44px;color:#f9d9a8;margin-top:16px">
Delta i Björneborg · Take part in Pori</div></div></div></body></html>"""
FONT_FACE = "<style>@font-face{{font-family:'Source Sans 3';font-weight:{weight};src:url('{url}')}}</style>"


def render(page, html, width, height):
    """Screenshot html from a file:// page, so that it may load the font files."""
    page.set_viewport_size({"width": width, "height": height})
    with tempfile.NamedTemporaryFile("w", suffix=".html") as document:
        document.write(html)
        document.flush()
        page.goto(Path(document.name).as_uri())
    page.evaluate("document.fonts.ready")
    return Image.open(io.BytesIO(page.screenshot(omit_background=True)))


def main():
    mark = (BRAND / "mark.svg").read_text()
    fonts = BRAND.parent / "fonts"
    faces = "".join(
        FONT_FACE.format(weight=w, url=(fonts / f"source-sans-3-latin-{w}-normal.woff2").as_uri())
        for w in (400, 700)
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        for name, size in ICONS.items():
            sized = mark.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)
            html = f"<html><body style='margin:0'>{sized}</body></html>"
            render(page, html, size, size).save(BRAND / name, optimize=True)
        sized = mark.replace("<svg ", '<svg width="64" height="64" ', 1)
        icon = render(page, f"<html><body style='margin:0'>{sized}</body></html>", 64, 64)
        icon.save(BRAND / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
        share_mark = mark.replace("<svg ", '<svg width="240" height="240" ', 1)
        share = render(page, faces + SHARE.format(mark=share_mark), 1200, 630).convert("RGB")
        share.save(BRAND / "share.png", optimize=True)
        browser.close()


if __name__ == "__main__":
    main()
