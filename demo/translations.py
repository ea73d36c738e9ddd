"""Swedish and English versions as real wagtail-localize translations of the Finnish objects.

The spec's texts are imported as string translations, as if a translator had typed them into the
translation editor, and the target is saved from them.
"""

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from .data import DemoContentError
from .fields import SOURCE_LANGUAGE


def ensure(instance, spec, locale, log):
    """Translate `instance` into `locale` from its spec, unless it has that translation already."""
    if instance.has_translation(locale):
        return
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    texts = catalogue(spec, locale.language_code)
    po = translation.export_po()
    for entry in po:
        try:
            entry.msgstr = texts[entry.msgid]
        except KeyError:
            raise DemoContentError(
                f"No {locale.language_code} text for {entry.msgctxt!r} of {instance}: {entry.msgid!r}"
            ) from None
    translation.import_po(po, translation_type="manual")
    if isinstance(instance, Page):
        # save_target(publish=True) defers publishing to transaction.on_commit with
        # an in-memory copy of the page, which overwrites the tree's child counts
        # once other translated pages have been added below it. Save a draft and
        # publish it from a fresh copy instead.
        translation.save_target(publish=False)
        target = Page.objects.get(pk=translation.get_target_instance().pk)
        target.get_latest_revision().publish()
    else:
        translation.save_target()
    log(f"Translated {instance} into {locale.language_code}")


def catalogue(spec, language):
    """Finnish segment -> translated segment for every text in a spec, in wagtail-localize's format.

    A ("paragraph", text) pair is rich text, paired paragraph by paragraph and list item by list item.
    """
    pairs = {}

    def walk(value, rich=False):
        if isinstance(value, dict) and set(value) == {"fi", "sv", "en"}:
            if rich:
                source, target = _segments(value[SOURCE_LANGUAGE]), _segments(value[language])
                if len(source) != len(target):
                    raise DemoContentError(
                        f"Paragraph structure differs in {language}: {value[SOURCE_LANGUAGE]!r}"
                    )
                pairs.update(zip(source, target, strict=True))
            elif value[SOURCE_LANGUAGE]:
                pairs[_plain(value[SOURCE_LANGUAGE])] = _plain(value[language])
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
            walk(value[1], rich=value[0] == "paragraph")
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(spec)
    return pairs


def _plain(text):
    return StringValue.from_plaintext(text).data


def _segments(html):
    _template, strings = extract_strings(html)
    return [string.data for string, _attrs in strings]
