"""Listing cards rendered once and kept in the shared cache until any content changes.

A card shows a page's published content, its image and terms, which renew the content
generation when they change (core.navigation), and what time alone changes (a status,
the next date), which the caller names: the key holds both, so a kept card is never stale.
"""

import hashlib

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from core import navigation


def with_cards(request, pages, template, name, state, prepare):
    """Give each page ``card``: the HTML of ``template`` (the page in it as ``name``).

    ``state(page)`` is what the card shows that time changes; ``prepare(pages)`` fetches in
    bulk what rendering needs (images, terms), for the cards not in the cache only.
    """
    place = [navigation.request_generation(request), template, request.get_host(), translation.get_language()]
    keys = {page.pk: _key(*place, page.pk, state(page)) for page in pages}
    found = cache.get_many(keys.values())
    if missing := [page for page in pages if keys[page.pk] not in found]:
        prepare(missing)
        rendered = {
            keys[page.pk]: render_to_string(template, {name: page, "request": request}) for page in missing
        }
        cache.set_many(rendered, navigation.SHARED_TIMEOUT)
        found.update(rendered)
    for page in pages:
        page.card = found[keys[page.pk]]
    return pages


def _key(*parts):
    return "card:" + hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()
