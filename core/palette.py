"""The site's colours, read from site.css, and their WCAG contrast.

The style guide shows each pair the site uses with its ratio; tests/test_style_guide.py fails when a
pair drops below what WCAG 2.1 AA asks (4.5:1 for text, 3:1 for large text and interface parts).
"""

import re
from functools import cache

from django.conf import settings
from django.utils.translation import gettext_lazy as _

CUSTOM_PROPERTY = re.compile(r"--(colour-[a-z-]+):\s*(#[0-9a-fA-F]{6})\b")

# (foreground, background, what the pair is used for, the ratio WCAG asks of it)
PAIRS = [
    ("colour-text", "colour-background", _("body text"), 4.5),
    ("colour-muted", "colour-background", _("secondary text"), 4.5),
    ("colour-brand", "colour-background", _("headings, buttons' text on white"), 4.5),
    ("colour-background", "colour-brand", _("header and button text"), 4.5),
    ("colour-background", "colour-brand-dark", _("footer text, hovered button"), 4.5),
    ("colour-link", "colour-background", _("links"), 4.5),
    ("colour-link-visited", "colour-background", _("visited links"), 4.5),
    ("colour-text", "colour-sand", _("the summary box"), 4.5),
    ("colour-link", "colour-sand", _("links in the summary box"), 4.5),
    ("colour-text", "colour-brand-light", _("easy-read box, filters"), 4.5),
    ("colour-background", "colour-success", _("'open' and 'implemented' badges"), 4.5),
    ("colour-brand", "colour-brand-light", _("headings in light boxes"), 4.5),
    ("colour-warning", "colour-background", _("'ongoing' badge"), 4.5),
    ("colour-danger", "colour-background", _("errors, 'not implemented' badge"), 4.5),
    ("colour-neutral", "colour-background", _("'closed' badge"), 4.5),
    ("colour-border", "colour-background", _("form field borders"), 3.0),
    ("colour-accent", "colour-brand", _("the header's sand line"), 3.0),
]


def stylesheet():
    return settings.SITE_DIR / "static" / "css" / "site.css"


@cache
def colours():
    """Every --colour-* custom property of site.css: {"colour-brand": "#00467f", ...}."""
    return dict(CUSTOM_PROPERTY.findall(stylesheet().read_text(encoding="utf-8")))


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground, background):
    """WCAG 2.1 contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def pairs():
    """The pairs in use, each with its colours and ratio, for the style guide and its test."""
    palette = colours()
    return [
        {
            "foreground": fg,
            "background": bg,
            "use": use,
            "required": required,
            "ratio": round(contrast(palette[fg], palette[bg]), 1),
        }
        for fg, bg, use, required in PAIRS
    ]
