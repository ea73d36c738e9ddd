"""Builds the demo site from ``core.demo.content``. Safe to run any number of times.

Finnish pages are created as ordinary Wagtail pages. Swedish and English
versions are real wagtail-localize translations: the written translations
are imported as string translations (as if a translator had typed them into
the translation editor) and the target pages published from them, so that
editors can keep working on them in Wagtail and "sync" never falls back to
Finnish text.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from core.models import FooterSettings, StandardPage
from home.models import HomePage

from . import content

SOURCE_LANGUAGE = "fi"
CONTACT_EMAIL = "osallistu@pori.fi"


class DemoContentError(Exception):
    pass


@transaction.atomic
def load(log=print):
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES}
    home = _ensure_home_page(locales[SOURCE_LANGUAGE], log)
    pages = [(home, content.HOME_PAGE)]
    standard = {}
    for spec in content.STANDARD_PAGES:
        page = _ensure_child(home, StandardPage, spec, log)
        standard[spec["key"]] = page
        pages.append((page, spec))
    _ensure_footer(home, standard)
    for page, spec in pages:
        for code, locale in locales.items():
            if code != SOURCE_LANGUAGE:
                _ensure_translation(page, spec, locale, log)
    if getattr(settings, "DEMO_ADMIN_USERNAME", None):
        _ensure_admin(log)


def _fields(spec, language):
    """Page field values of one language from a content spec."""
    values = {
        key: spec[key][language] for key in ("title", "intro", "search_description", "slug") if key in spec
    }
    values["body"] = [{"type": kind, "value": text[language]} for kind, text in spec.get("body", [])]
    return values


def _ensure_home_page(locale, log):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    # Wagtail's migrations create a bare "Welcome" page; the home page replaces it.
    for placeholder in root.get_children().filter(
        content_type__model="page", content_type__app_label="wagtailcore"
    ):
        placeholder.delete()
    home = HomePage(locale=locale, **_fields(content.HOME_PAGE, SOURCE_LANGUAGE))
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "127.0.0.1", 8000, home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    log(f"Created the home page and pointed the default site at it: {home.title}")
    return home


def _ensure_child(parent, page_class, spec, log):
    values = _fields(spec, SOURCE_LANGUAGE)
    existing = parent.get_children().filter(slug=values["slug"]).specific().first()
    if existing:
        return existing
    page = page_class(locale=parent.locale, show_in_menus=spec["key"] == "about", **values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    log(f"Created page: {page.title}")
    return page


def _ensure_footer(home, standard):
    site = Site.objects.get(root_page=home)
    footer = FooterSettings.for_site(site)
    if footer.pk and footer.accessibility_statement_id:
        return
    footer.accessibility_statement = standard["accessibility"]
    footer.privacy_notice = standard["privacy"]
    footer.contact_email = CONTACT_EMAIL
    footer.save()


def _ensure_translation(page, spec, locale, log):
    if page.has_translation(locale):
        return
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    catalogue = _catalogue(spec, locale.language_code)
    po = translation.export_po()
    for entry in po:
        try:
            entry.msgstr = catalogue[entry.msgid]
        except KeyError:
            raise DemoContentError(
                f"No {locale.language_code} text for {entry.msgctxt!r} of {page.title!r}: {entry.msgid!r}"
            ) from None
    translation.import_po(po, translation_type="manual")
    # save_target(publish=True) defers publishing to transaction.on_commit with
    # an in-memory copy of the page, which overwrites the tree's child counts
    # once other translated pages have been added below it. Save a draft and
    # publish it from a fresh copy instead.
    translation.save_target(publish=False)
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    target.get_latest_revision().publish()
    log(f"Translated {page.title!r} into {locale.language_code}")


def _catalogue(spec, language):
    """Finnish segment -> translated segment, in wagtail-localize's own string format."""
    pairs = {}
    for key in ("title", "intro", "search_description", "slug"):
        if key in spec:
            pairs[_plain(spec[key][SOURCE_LANGUAGE])] = _plain(spec[key][language])
    for kind, text in spec.get("body", []):
        if kind == "paragraph":
            source, target = _segments(text[SOURCE_LANGUAGE]), _segments(text[language])
            if len(source) != len(target):
                raise DemoContentError(
                    f"Paragraph structure differs in {language}: {text[SOURCE_LANGUAGE]!r}"
                )
            pairs.update(zip(source, target, strict=True))
        else:
            pairs[_plain(text[SOURCE_LANGUAGE])] = _plain(text[language])
    return pairs


def _plain(text):
    return StringValue.from_plaintext(text).data


def _segments(html):
    _template, strings = extract_strings(html)
    return [string.data for string, _attrs in strings]


def _ensure_admin(log):
    User = get_user_model()
    username = settings.DEMO_ADMIN_USERNAME
    if not User.objects.filter(username=username).exists():
        User.objects.create_superuser(username, "admin@example.com", settings.DEMO_ADMIN_PASSWORD)
    log(
        f"Wagtail admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ "
        f"user {username!r}, password {settings.DEMO_ADMIN_PASSWORD!r} (dev settings only)"
    )
