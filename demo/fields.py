"""Field values from the demo's specs: the Finnish texts, StreamField data and moments from day offsets."""

import datetime

from django.utils import timezone

from . import pictures

SOURCE_LANGUAGE = "fi"
PAGE_TEXT_FIELDS = ("title", "intro", "easy_read_summary", "search_description", "slug", "image_alt")


def fi(text):
    return text[SOURCE_LANGUAGE]


def stream(blocks, language=SOURCE_LANGUAGE):
    """StreamField data; a block without text (such as the privacy notice's tables) has the value None."""
    return [{"type": kind, "value": text and text[language]} for kind, text in blocks]


def page_fields(spec):
    """Finnish field values of a page spec; its body becomes StreamField data."""
    values = {key: fi(spec[key]) for key in PAGE_TEXT_FIELDS if key in spec}
    if "image" in spec:
        values["image"] = pictures.image(spec["image"], values["image_alt"])
    if "body" in spec:
        values["body"] = stream(spec["body"])
    return values


def date(offset):
    """The day `offset` days from today."""
    return timezone.localdate() + datetime.timedelta(days=offset)


def moment(offset, at=datetime.time(9, 0)):
    """A moment `offset` days from today, local time; None stays None."""
    if offset is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(date(offset), at))
