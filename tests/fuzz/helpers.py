"""The fuzz harness's tools: malformed values, requests that survive database errors, and the checks.

Every request runs inside a savepoint that is rolled back afterwards, so what
one request stores (a sign-up, a vote) never changes what the next one sees,
and a database error in one request (PostgreSQL then refuses every further
statement in the transaction) cannot hide behind the failures it would cause
in all the others.
"""

import math
from collections import Counter
from functools import partial
from urllib.parse import quote, quote_from_bytes

from bs4 import BeautifulSoup
from django.conf import settings
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

MARKER = "fuzz123"
SCRIPT = f"<script>{MARKER}</script>"
IMAGE = f'"><img src=x onerror={MARKER}>'
ATTRIBUTE = f'" onmouseover={MARKER} x="'
MARKUP = SCRIPT + IMAGE + ATTRIBUTE
# What an unescaped payload looks like in a response. The attribute payload is harmless in JSON
# and outside HTML attributes, so it is looked for in HTML only; "onerror=fuzz123" alone shows
# up in text that was correctly escaped, so the tag's opening "<" is part of the marker.
MARKERS_EVERYWHERE = (f"<script>{MARKER}", f"<img src=x onerror={MARKER}")
MARKERS_IN_HTML = (*MARKERS_EVERYWHERE, f'" onmouseover={MARKER}')

# Each class of malformed input, by name. Bytes are sent as they are: percent-encoded in a query
# string, raw in a form body.
PAYLOADS = {
    "empty": "",
    "long": "x" * 100_000,
    "word": "abc",
    "huge-int": "9" * 30,
    "past-bigint": str(2**63),
    "negative": "-1",
    "float": "1.5",
    "nan": "NaN",
    "infinity": "1e309",
    "invalid-date": "2024-13-45",
    "non-utf8": b"\xff\xfe",
    "surrogate": b"\xed\xa0\x80",
    "nul": "a\x00b",
    "escape": "\x1b[31mred",
    "bidi": "\u202eevil",
    "line-breaks": "a\r\nSet-Cookie: x=y",
    "script": SCRIPT,
    "image": IMAGE,
    "attribute": ATTRIBUTE,
    "markup": MARKUP,
}
# The classes most likely to break parsing or storage, for sweeps that cannot afford them all.
SHARP = ("long", "word", "past-bigint", "nan", "non-utf8", "nul", "bidi", "markup")
# Anything a client could send as one value: text of any kind, numbers written every way, bytes.
VALUES = st.one_of(
    st.text(max_size=200),
    st.integers().map(str),
    st.floats().map(str),
    st.dates().map(str),
    st.binary(max_size=20),
)
LANGUAGES = ("fi", "sv", "en")
# Every query parameter a public view reads, and a few it might be expected to.
PAGE_PARAMETERS = ("page", "q", "topic", "area", "audience", "method", "kind", "status", "token", "saved")


def fuzz_settings(examples):
    """Bounded and repeatable: the same examples on every run, no example database on disk."""
    return hypothesis_settings(max_examples=examples, deadline=None, database=None, derandomize=True)


def unlimited_rates():
    """Rate limits would answer most posts with a 429 and hide what the forms do with them."""
    unlimited = {name: "1000000/s" for name in dir(settings) if name.endswith("RATE_LIMIT")}
    unlimited |= {name: 1_000_000 for name in dir(settings) if name.startswith("EMAILS_PER_ADDRESS")}
    return override_settings(**unlimited)


def reverse_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _quoted(value):
    if isinstance(value, bytes):
        return quote_from_bytes(value, safe="")
    return quote(str(value), safe="")


def query_string(params):
    """``params`` as ``name=value&…``, every byte percent-encoded, repeated names kept."""
    return "&".join(f"{_quoted(name)}={_quoted(value)}" for name, value in params)


def form_body(params):
    """``params`` as an urlencoded body; bytes values go in raw, as a broken client would send them."""
    parts = []
    for name, value in params:
        encoded = value if isinstance(value, bytes) else _quoted(value).encode()
        parts.append(_quoted(name).encode() + b"=" + encoded)
    return b"&".join(parts)


def pairs(data):
    """A dict of name -> value or list of values as (name, value) pairs."""
    result = []
    for name, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            result.append((name, item))
    return result


def short(value, limit=40):
    """A readable repr of a value for a failure message."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}…({len(value)})"


class Fuzzer:
    """Sends requests and records every 5xx and every payload echoed unescaped."""

    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.failures = []
        self.statuses = Counter()

    def get(self, path, params=(), **headers):
        params = list(params)
        url = f"{path}?{query_string(params)}" if params else path
        return self._send("GET", path, params, partial(self.client.get, url, headers=headers))

    def post(self, path, params=(), multipart=False, **headers):
        """POST ``params`` (pairs) urlencoded, or as multipart/form-data (bytes then go in raw too)."""
        params = list(params)
        if multipart:
            data = {}
            for name, value in params:
                data.setdefault(name, []).append(value)
            send = partial(self.client.post, path, data, headers=headers)
            return self._send("POST multipart", path, params, send)
        urlencoded = "application/x-www-form-urlencoded"
        send = partial(self.client.post, path, form_body(params), content_type=urlencoded, headers=headers)
        return self._send("POST", path, params, send)

    def send_body(self, method, path, body, content_type):
        """Any method with a body of any type, as a broken or hostile client might send it."""
        send = partial(self.client.generic, method, path, body, content_type=content_type)
        return self._send(f"{method} {content_type}", path, [("body", body)], send)

    def _send(self, method, path, params, send):
        savepoint = transaction.savepoint()
        try:
            response = send()
        finally:
            transaction.savepoint_rollback(savepoint)
            transaction.set_rollback(False)  # the savepoint undid whatever broke the transaction
        self.statuses[response.status_code] += 1
        self.check(response, f"{method} {path} {[(n, short(v)) for n, v in params]}")
        return response

    def check(self, response, described):
        if response.status_code >= 500:
            error = repr(response.exc_info[1])[:300] if response.exc_info else ""
            self.failures.append(f"{response.status_code} for {described}: {error}")
            return
        if response.streaming:
            return
        content_type = response.get("Content-Type", "")
        markers = MARKERS_IN_HTML if "html" in content_type else MARKERS_EVERYWHERE
        body = response.content.decode("utf-8", errors="replace")
        for marker in markers:
            if marker in body:
                self.failures.append(f"unescaped {marker!r} in {content_type} for {described}")

    def sweep(self, path, names, post=False, base=(), classes=PAYLOADS):
        """Each payload class in every named parameter at once, then each name given twice."""
        send = self.post if post else self.get
        for label in classes:
            value = PAYLOADS[label]
            send(path, list(base) + [(name, value) for name in names])
        send(path, list(base) + [pair for name in names for pair in ((name, "1"), (name, "2"))])

    def matrix(self, path, names, post=False, base=(), classes=PAYLOADS):
        """Each payload class in each named parameter alone, the others as in ``base``."""
        send = self.post if post else self.get
        base = list(base)
        for name in names:
            others = [(n, v) for n, v in base if n != name]
            for label in classes:
                send(path, [*others, (name, PAYLOADS[label])])

    def assert_clean(self):
        """No failures; otherwise the first 40 of them, each with its URL, parameters and exception."""
        shown = "\n".join(self.failures[:40])
        more = f"\n… and {len(self.failures) - 40} more" if len(self.failures) > 40 else ""
        total = self.statuses.total()
        print(f"{total} requests, by status: {dict(sorted(self.statuses.items()))}")  # with -s, or on failure
        assert not self.failures, f"{len(self.failures)} of {total} requests failed:\n{shown}{more}"


def form_fields(response):
    """The form's fields as a person would fill them in, and the names of its free-text fields.

    Returns (data, text_names). Hidden fields as given, the first choice of
    each select and radio group, the first checkbox of each group ticked, the
    honeypot empty and a plain word or number in each text field make a valid
    submission of the site's forms; the caller overrides what its form needs besides.
    """
    html = BeautifulSoup(response.content.decode(), "html.parser")
    form = max(html.find_all("form", method=lambda m: m and m.lower() == "post"), key=lambda f: len(str(f)))
    data, text_names = {}, []
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or name in data:
            continue
        kind = (element.get("type") or "text").lower() if element.name == "input" else element.name
        if kind in ("submit", "button", "image", "reset", "file"):
            continue
        if kind == "hidden":
            data[name] = element.get("value", "")
        elif element.get("tabindex") == "-1":
            data[name] = ""  # the honeypot, which only bots fill in
        elif kind in ("checkbox", "radio"):
            data[name] = element.get("value", "on")
        elif kind == "select":
            options = [o.get("value", o.text) for o in element.find_all("option") if o.get("value", o.text)]
            data[name] = options[0] if options else ""
        else:
            data[name] = _valid_text(kind, element)
            if kind in ("text", "textarea", "search", "tel", "url", "number", "date", "datetime-local"):
                text_names.append(name)
    return data, text_names


def _valid_text(kind, element):
    if element.get("inputmode") in ("decimal", "numeric"):
        return "1"
    if kind == "email":
        return "fuzz@example.fi"
    if kind == "number":
        low = element.get("min")
        return low if low and math.isfinite(float(low)) and float(low) > 0 else "1"
    if kind == "tel":
        return "040 123 4567"
    if kind == "url":
        return "https://example.fi/"
    if kind == "date":
        return "2030-01-01"
    if kind == "datetime-local":
        return "2030-01-01T12:00"
    return "Testi"
