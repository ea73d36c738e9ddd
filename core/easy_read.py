"""Easy-to-read summaries (selkokieli, lättläst, easy English): plain text made into paragraphs and lists.

An editor writes the summary as plain text, as easy-language guidance asks: short
paragraphs, one thing in each sentence, lists for steps. A blank line starts a new
paragraph, a line starting with "- " (or "•", "*") is a list item, and any other line
break is kept as one, because easy-language writers break lines where the meaning breaks.
Plain text keeps the summary simple for its writer and its translators alike: no
headings, emphasis or links to get wrong, and one string to translate in wagtail-localize.
"""

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"^[-•*][ \t]+(?P<text>\S.*)$")


@dataclass(frozen=True)
class Block:
    """A paragraph (its lines) or a list (its items)."""

    is_list: bool
    lines: tuple


def blocks(text):
    """The summary's paragraphs and lists, in order; nothing for an empty summary."""
    found = []
    for chunk in _PARAGRAPH_BREAK.split((text or "").replace("\r\n", "\n").replace("\r", "\n")):
        current = None
        for raw in chunk.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            item = _LIST_ITEM.match(line)
            is_list = item is not None
            if current is None or current[0] != is_list:
                current = (is_list, [])
                found.append(current)
            current[1].append(item["text"] if is_list else line)
    return [Block(is_list, tuple(lines)) for is_list, lines in found]
