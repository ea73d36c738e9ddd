"""The frame of the site that every database test starts from, built once per test session.

The frame is the structure an editor sets up once: the home page, the section
pages and the councils' pages, with their names and web addresses in Finnish,
Swedish and English (so a test may request /sv/om-tjansten/). It holds no
opportunities, outcomes, people or body texts: each test builds those itself.
"""

import factory
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from core.models import FooterSettings, StandardPage
from councils import workspaces
from home.models import HomePage
from networks.models import NetworkIndexPage, NetworkPage
from participation_model.models import ParticipationModelPage
from projects.models import OpportunityIndexPage, OutcomeIndexPage
from wellbeing import working_group

from .pages import PublishedPageFactory

HOME = {
    "fi": ("Osallistu Pori", "etusivu"),
    "sv": ("Delta i Björneborg", "startsida"),
    "en": ("Take part in Pori", "home"),
}
# key: (page class, parent key, {language: (title, slug)}), parents before children.
PAGES = {
    "opportunities": (
        OpportunityIndexPage,
        "home",
        {"fi": ("Osallistu", "osallistu"), "sv": ("Delta", "delta"), "en": ("Take part", "take-part")},
    ),
    "outcomes": (
        OutcomeIndexPage,
        "home",
        {
            "fi": ("Mitä kuulimme, mitä teimme", "mita-kuulimme-mita-teimme"),
            "sv": ("Vad vi hörde, vad vi gjorde", "vad-vi-horde-vad-vi-gjorde"),
            "en": ("What we heard, what we did", "what-we-heard-what-we-did"),
        },
    ),
    "model": (
        ParticipationModelPage,
        "home",
        {
            "fi": ("Osallisuusmalli", "osallisuusmalli"),
            "sv": ("Delaktighetsmodellen", "delaktighetsmodellen"),
            "en": ("The participation model", "participation-model"),
        },
    ),
    "networks": (
        NetworkIndexPage,
        "home",
        {
            "fi": ("Osallisuusverkostot", "osallisuusverkostot"),
            "sv": ("Nätverk för delaktighet", "natverk-for-delaktighet"),
            "en": ("Participation networks", "participation-networks"),
        },
    ),
    "youth": (
        NetworkPage,
        "networks",
        {
            "fi": ("Nuorisovaltuusto", "nuorisovaltuusto"),
            "sv": ("Ungdomsfullmäktige", "ungdomsfullmaktige"),
            "en": ("Youth council", "youth-council"),
        },
    ),
    "elderly": (
        NetworkPage,
        "networks",
        {
            "fi": ("Vanhusneuvosto", "vanhusneuvosto"),
            "sv": ("Äldrerådet", "aldreradet"),
            "en": ("Elderly council", "elderly-council"),
        },
    ),
    "disability": (
        NetworkPage,
        "networks",
        {
            "fi": ("Vammaisneuvosto", "vammaisneuvosto"),
            "sv": (
                "Rådet för personer med funktionsnedsättning",
                "radet-for-personer-med-funktionsnedsattning",
            ),
            "en": ("Disability council", "disability-council"),
        },
    ),
    "about": (
        StandardPage,
        "home",
        {
            "fi": ("Tietoa palvelusta", "tietoa-palvelusta"),
            "sv": ("Om tjänsten", "om-tjansten"),
            "en": ("About this service", "about-this-service"),
        },
    ),
    "accessibility": (
        StandardPage,
        "home",
        {
            "fi": ("Saavutettavuusseloste", "saavutettavuusseloste"),
            "sv": ("Tillgänglighetsutlåtande", "tillganglighetsutlatande"),
            "en": ("Accessibility statement", "accessibility-statement"),
        },
    ),
    "privacy": (
        StandardPage,
        "home",
        {
            "fi": ("Tietosuojaseloste", "tietosuojaseloste"),
            "sv": ("Dataskyddsbeskrivning", "dataskyddsbeskrivning"),
            "en": ("Privacy notice", "privacy-notice"),
        },
    ),
}
COUNCILS = {"youth", "elderly", "disability"}
MENU = {"opportunities", "outcomes", "model", "networks", "about"}


def build_site():
    """Home, sections and councils in every language; returns {key: {language: page}}."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES
    }
    pages = {"home": {"fi": _home(locales["fi"])}}
    for key, (page_class, parent, names) in PAGES.items():
        title, slug = names["fi"]
        extra = {"council": key} if key in COUNCILS else {}
        page_factory = factory.make_factory(page_class, FACTORY_CLASS=PublishedPageFactory)
        page = page_factory(
            parent=pages[parent]["fi"], title=title, slug=slug, show_in_menus=key in MENU, **extra
        )
        pages[key] = {"fi": page}
    for language, locale in locales.items():
        if language != "fi":
            for key, versions in pages.items():  # parents first: a translation needs its parent's
                versions[language] = translate(versions["fi"], locale, *_names(key)[language])
    _footer(pages)
    workspaces.set_up_all()
    working_group.ensure()
    return pages


def build_site_from_empty():
    """build_site() after a transactional test emptied the database: first the rows the migrations
    made that the frame stands on (the tree's root, the root collection)."""
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    build_site()


def site_pages():
    """The frame's pages as build_site() returns them, read back from the database."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    by_slug = {
        page.slug: page for page in home.get_descendants().specific() if page.locale_id == home.locale_id
    }
    keyed = {"home": home, **{key: by_slug[names["fi"][1]] for key, (_c, _p, names) in PAGES.items()}}
    return {
        key: {page.locale.language_code: page for page in [fi, *[t.specific for t in fi.get_translations()]]}
        for key, fi in keyed.items()
    }


def translate(page, locale, title, slug):
    """A wagtail-localize translation, published, as a translator's first save and publish makes it:
    the title and slug given, any other text the Finnish one marked with the language code."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    given = {"title": title, "slug": slug}
    po = translation.export_po()
    for entry in po:
        entry.msgstr = given.get(entry.msgctxt, f"{entry.msgid} ({locale.language_code})")
    translation.import_po(po, translation_type="manual")
    # save_target(publish=True) publishes on commit from a stale in-memory copy (see demo.loader).
    translation.save_target(publish=False)
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    target.get_latest_revision().publish()
    return target.specific


def _names(key):
    return HOME if key == "home" else PAGES[key][2]


def _home(locale):
    root = Page.get_first_root_node()
    root.get_children().filter(content_type__app_label="wagtailcore").delete()  # Wagtail's welcome page
    title, slug = HOME["fi"]
    home = HomePage(locale=locale, title=title, slug=slug)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = (
        "localhost",
        80,
        home,
        settings.WAGTAIL_SITE_NAME,
    )
    site.save()
    return home


def _footer(pages):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.accessibility_statement = pages["accessibility"]["fi"]
    footer.privacy_notice = pages["privacy"]["fi"]
    footer.contact_email = "osallistu@example.fi"
    footer.save()
