"""The demo's Finnish pages and snippets, each created once, then translated from their specs."""

import datetime

from django.conf import settings
from wagtail.models import Page, Site

from core.models import ContactPerson, FooterSettings, StandardPage
from home.models import HomePage
from networks.models import NetworkIndexPage, NetworkPage
from participation_model.models import ParticipationModelPage
from projects.models import Audience, CityArea, OpportunityIndexPage, OutcomeIndexPage, OutcomePage, Topic

from . import catalogue, council_pages, translations, wellbeing
from .fields import SOURCE_LANGUAGE, fi, page_fields

CONTACT_EMAIL = "osallistu@pori.fi"


class Builder:
    """Creates what is missing of the demo; ``translate`` collects (object, spec) pairs, parents first."""

    def __init__(self, content, locales, log):
        self.content = content
        self.locales = locales
        self.source = locales[SOURCE_LANGUAGE]
        self.log = log
        self.translate = []  # (object, spec) pairs, parents before children
        self.unpublished = []  # (council page, call spec): drafts and calls in moderation

    def build(self):
        content = self.content
        home = self.home()
        self.terms_by_kind = {
            "topics": self.terms(Topic, content.topics),
            "areas": self.terms(CityArea, content.areas),
            "audiences": self.terms(Audience, content.audiences),
        }
        self.people = {spec["key"]: self.person(spec) for spec in content.people}
        index = self.child(home, OpportunityIndexPage, content.opportunities_index, show_in_menus=True)
        opportunities = {
            spec["key"]: catalogue.opportunity(self, index, spec) for spec in content.opportunities
        }
        # The wellbeing money rounds, with votes and applications; outcomes may link to them too.
        opportunities.update(wellbeing.build(self, index))
        outcomes = self.child(home, OutcomeIndexPage, content.outcomes_index, show_in_menus=True)
        for spec in content.outcomes:
            page = self.child(outcomes, OutcomePage, spec, **catalogue.outcome_fields(spec))
            self.link(page, "opportunities", [opportunities[key] for key in spec["opportunities"]])
        model = content.model_page
        self.child(home, ParticipationModelPage, model, show_in_menus=True, **_model_fields(model))
        council_pages.build(self, self.networks(home))
        standard = {
            spec["key"]: self.child(home, StandardPage, spec, show_in_menus=spec["key"] == "about")
            for spec in content.standard_pages
        }
        self.link(home, "agents", list(self.people.values()))
        self.footer(home, standard)
        for instance, spec in self.translate:
            for code, locale in self.locales.items():
                if code != SOURCE_LANGUAGE:
                    translations.ensure(instance, spec, locale, self.log)

    # Pages ---------------------------------------------------------------

    def home(self):
        spec = self.content.home_page
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            home = site.root_page.specific
        else:
            root = Page.get_first_root_node()
            # Wagtail's migrations create a bare "Welcome" page; the home page replaces it.
            for placeholder in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore"
            ):
                placeholder.delete()
            home = HomePage(locale=self.source, **page_fields(spec))
            root.add_child(instance=home)
            home.save_revision().publish()
            site = site or Site(is_default_site=True)
            site.hostname, site.port, site.root_page = "127.0.0.1", 8000, home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
            self.log(f"Created the home page and pointed the default site at it: {home.title}")
        self.translate.append((home, spec))
        return home

    def child(self, parent, page_class, spec, show_in_menus=False, **fields):
        values = page_fields(spec)
        page = parent.get_children().filter(slug=values["slug"]).specific().first()
        if page is None:
            page = page_class(locale=parent.locale, show_in_menus=show_in_menus, **values, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Created page: {page.title}")
        self.translate.append((page, spec))
        return page

    def link(self, page, field, objects):
        """Set a many-to-many field once, on the page and any translations it already has."""
        if getattr(page, field).exists() or not objects:
            return
        for version in [page, *[p.specific for p in page.get_translations()]]:
            getattr(version, field).set(objects)
            version.save_revision().publish()

    def networks(self, home):
        """The networks under their index; returns the councils' pages by council."""
        index = self.child(home, NetworkIndexPage, self.content.networks_index, show_in_menus=True)
        councils = {}
        for spec in self.content.networks:
            fields = {
                "who_can_join": fi(spec["who_can_join"]),
                "meetings": fi(spec["meetings"]),
                "council": spec.get("council", ""),
            }
            page = self.child(index, NetworkPage, spec, **fields)
            self.link(page, "contacts", [self.people[key] for key in spec["contacts"]])
            if page.council:
                councils[page.council] = page
        return councils

    def classified(self, spec):
        """The topics, areas, audiences and contacts a spec names, as the page's field values."""
        values = {
            kind: [term for term in self.terms_by_kind[kind] if term.slug in spec[kind]]
            for kind in ("topics", "areas", "audiences")
        }
        values["contacts"] = [self.people[key] for key in spec["contacts"]]
        return values

    # Snippets ------------------------------------------------------------

    def terms(self, model, specs):
        found = []
        for spec in specs:
            term = model.objects.filter(locale=self.source, slug=spec["slug"]).first()
            if term is None:
                term = model.objects.create(locale=self.source, slug=spec["slug"], name=fi(spec["name"]))
            self.translate.append((term, spec))
            found.append(term)
        return found

    def person(self, spec):
        person = ContactPerson.objects.filter(locale=self.source, email=spec["email"]).first()
        if person is None:
            person = ContactPerson.objects.create(
                locale=self.source,
                name=spec["name"],
                role=fi(spec["role"]),
                email=spec["email"],
                phone=spec["phone"],
                languages=fi(spec["languages"]),
                walk_in_times=fi(spec["walk_in"]),
                description=fi(spec["bio"]),
            )
        self.translate.append((person, spec))
        return person

    def footer(self, home, standard):
        footer = FooterSettings.for_site(Site.objects.get(root_page=home))
        if footer.pk and footer.accessibility_statement_id:
            return
        footer.accessibility_statement = standard["accessibility"]
        footer.privacy_notice = standard["privacy"]
        footer.contact_email = CONTACT_EMAIL
        footer.save()


def _model_fields(spec):
    return {
        "approved_on": datetime.date.fromisoformat(spec["approved_on"]),
        "principles": [
            {"type": "principle", "value": {"title": fi(item["title"]), "text": fi(item["text"])}}
            for item in spec["principles"]
        ],
        "steps": [
            {"type": "step", "value": {"title": fi(item["title"]), "text": fi(item["text"])}}
            for item in spec["steps"]
        ],
    }
