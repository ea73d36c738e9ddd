"""Builds the demo site from ``demo.content`` and ``demo.participation``. Safe to run again.

Finnish objects are created as ordinary Wagtail pages and snippets. Swedish
and English versions are real wagtail-localize translations: the written
translations are imported as string translations (as if a translator had
typed them into the translation editor) and the targets saved from them, so
editors can keep working on them in Wagtail and "sync" never falls back to
Finnish text. Dates are relative to the day of the first run.

The councils' calls are left in the state their spec asks for: live (and
translated), a Finnish draft, or a Finnish draft submitted to the council's
approval workflow by the council's editor. With dev settings the loader
also creates the demo accounts: the admin, one editor per council and one
communications user.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site, WorkflowState
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from core.models import ContactPerson, FooterSettings, StandardPage
from councils import workspaces
from councils.models import CallQuestion, CouncilCallPage, CouncilStatementPage
from home.models import HomePage
from networks.models import Council, NetworkIndexPage, NetworkPage
from participation_model.models import ParticipationModelPage
from projects.models import (
    Audience,
    CityArea,
    OpportunityIndexPage,
    OpportunityPage,
    OpportunitySession,
    OutcomeIndexPage,
    OutcomePage,
    SignupQuestion,
    Topic,
)
from wellbeing import working_group

from . import content, participation, wellbeing

SOURCE_LANGUAGE = "fi"
CONTACT_EMAIL = "osallistu@pori.fi"
PAGE_TEXT_FIELDS = ("title", "intro", "search_description", "slug")
# The demo accounts besides the admin, dev settings only: username, first name, group.
DEMO_ACCOUNTS = [
    ("nuorisovaltuusto", "Nelli", workspaces.COUNCIL_EDITORS[Council.YOUTH]),
    ("vanhusneuvosto", "Veikko", workspaces.COUNCIL_EDITORS[Council.ELDERLY]),
    ("vammaisneuvosto", "Vilja", workspaces.COUNCIL_EDITORS[Council.DISABILITY]),
    ("viestinta", "Viivi", workspaces.COMMUNICATIONS),
    ("tyoryhma", "Tuula", working_group.WORKING_GROUP),
]


class DemoContentError(Exception):
    pass


@transaction.atomic
def load(log=print):
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES}
    demo = _Demo(locales, log)
    demo.build()
    workspaces.set_up_all()
    working_group.ensure()
    accounts = getattr(settings, "DEMO_ADMIN_USERNAME", None)
    editors = _ensure_accounts() if accounts else {}
    demo.unpublished_calls(editors)
    if accounts:
        _log_accounts(log)


class _Demo:
    def __init__(self, locales, log):
        self.locales = locales
        self.source = locales[SOURCE_LANGUAGE]
        self.log = log
        self.translate = []  # (object, spec) pairs, parents before children
        self.unpublished = []  # (council page, call spec): drafts and calls in moderation

    def build(self):
        home = self.home()
        terms = {
            "topics": self.terms(Topic, participation.TOPICS),
            "areas": self.terms(CityArea, participation.AREAS),
            "audiences": self.terms(Audience, participation.AUDIENCES),
        }
        people = {spec["key"]: self.person(spec) for spec in participation.PEOPLE}
        self.terms_by_kind, self.people = terms, people
        index = self.child(home, OpportunityIndexPage, participation.OPPORTUNITIES_INDEX, show_in_menus=True)
        opportunities = {
            spec["key"]: self.opportunity(index, spec, terms, people) for spec in participation.OPPORTUNITIES
        }
        # The wellbeing money rounds, with votes and applications; outcomes may link to them too.
        rounds = wellbeing.build(self, index)
        if clash := rounds.keys() & opportunities.keys():
            raise DemoContentError(f"Opportunity keys used twice: {sorted(clash)}")
        opportunities.update(rounds)
        outcomes = self.child(home, OutcomeIndexPage, participation.OUTCOMES_INDEX, show_in_menus=True)
        for spec in participation.OUTCOMES:
            page = self.child(outcomes, OutcomePage, spec, **self.outcome_fields(spec))
            self.link(page, "opportunities", [opportunities[key] for key in spec["opportunities"]])
        self.child(
            home, ParticipationModelPage, participation.MODEL_PAGE, show_in_menus=True, **self.model_fields()
        )
        networks = self.child(home, NetworkIndexPage, participation.NETWORKS_INDEX, show_in_menus=True)
        councils = {}
        for spec in participation.NETWORKS:
            fields = {
                "who_can_join": _fi(spec["who_can_join"]),
                "meetings": _fi(spec["meetings"]),
                "council": spec.get("council", ""),
            }
            page = self.child(networks, NetworkPage, spec, **fields)
            self.link(page, "contacts", [people[key] for key in spec["contacts"]])
            if page.council:
                councils[page.council] = page
        self.council_pages(councils)
        standard = {
            spec["key"]: self.child(home, StandardPage, spec, show_in_menus=spec["key"] == "about")
            for spec in content.STANDARD_PAGES
        }
        self.link(home, "agents", list(people.values()))
        self.footer(home, standard)
        for instance, spec in self.translate:
            for code, locale in self.locales.items():
                if code != SOURCE_LANGUAGE:
                    _ensure_translation(instance, spec, locale, self.log)

    # Pages ---------------------------------------------------------------

    def home(self):
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
            home = HomePage(locale=self.source, **_page_fields(content.HOME_PAGE))
            root.add_child(instance=home)
            home.save_revision().publish()
            site = site or Site(is_default_site=True)
            site.hostname, site.port, site.root_page = "127.0.0.1", 8000, home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
            self.log(f"Created the home page and pointed the default site at it: {home.title}")
        self.translate.append((home, content.HOME_PAGE))
        return home

    def child(self, parent, page_class, spec, show_in_menus=False, **fields):
        values = _page_fields(spec)
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

    def model_fields(self):
        spec = participation.MODEL_PAGE
        return {
            "approved_on": datetime.date.fromisoformat(spec["approved_on"]),
            "principles": [
                {"type": "principle", "value": {"title": _fi(item["title"]), "text": _fi(item["text"])}}
                for item in spec["principles"]
            ],
            "steps": [
                {"type": "step", "value": {"title": _fi(item["title"]), "text": _fi(item["text"])}}
                for item in spec["steps"]
            ],
        }

    def opportunity(self, index, spec, terms, people):
        if index.get_children().filter(slug=_fi(spec["slug"])).exists():
            return self.child(index, OpportunityPage, spec)
        page = OpportunityPage(
            locale=index.locale,
            method=spec["method"],
            organiser=_fi(spec["organiser"]),
            external_url=spec["external_url"],
            learn=_fi(spec["learn"]),
            input_use=_fi(spec["input_use"]),
            decision=_fi(spec["decision"]),
            opens_at=_day(spec["opens_day"]),
            closes_at=_day(spec["closes_day"], datetime.time(23, 59)),
            featured=spec.get("featured", False),
            **_page_fields(spec),
        )
        signup = participation.SIGNUP.get(spec["key"], {})
        page.sessions = [self.session(session, signup) for session in spec["sessions"]]
        page.signup_questions = [
            SignupQuestion(
                locale=self.source,
                label=_fi(question["label"]),
                help_text=_fi(question["help_text"]),
                field_type=question["field_type"],
                required=question["required"],
            )
            for question in signup.get("questions", [])
        ]
        page.topics = [term for term in terms["topics"] if term.slug in spec["topics"]]
        page.areas = [term for term in terms["areas"] if term.slug in spec["areas"]]
        page.audiences = [term for term in terms["audiences"] if term.slug in spec["audiences"]]
        page.contacts = [people[key] for key in spec["contacts"]]
        index.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"Created page: {page.title}")
        self.translate.append((page, spec))
        return page

    def session(self, spec, signup):
        start = datetime.time.fromisoformat(spec["start"])
        end = datetime.time.fromisoformat(spec["end"])
        return OpportunitySession(
            locale=self.source,
            starts_at=_day(spec["day"], start),
            ends_at=_day(spec.get("end_day", spec["day"]), end),
            venue=_fi(spec["venue"]) if spec["venue"] else "",
            address=spec.get("address", ""),
            online_url=spec.get("online_url", ""),
            accessibility=_fi(spec["accessibility"]) if spec.get("accessibility") else "",
            capacity=signup.get("capacity") if spec["day"] > 0 else None,
            waitlist_capacity=signup.get("waitlist", 0),
            max_group_size=signup.get("max_group", 1),
        )

    def council_pages(self, councils):
        """Live calls and statements now; drafts and calls in moderation once the editors exist."""
        for spec in participation.COUNCIL_CALLS:
            council = councils[spec["council"]]
            if spec["state"] == "live":
                self.translate.append((self.call(council, spec), spec))
            else:
                self.unpublished.append((council, spec))
        for spec in participation.COUNCIL_STATEMENTS:
            fields = {
                "kind": spec["kind"],
                "date": timezone.localdate() + datetime.timedelta(days=spec["day"]),
                "addressee": _fi(spec["addressee"]),
            }
            self.child(councils[spec["council"]], CouncilStatementPage, spec, **fields)

    def call(self, council, spec, editor=None):
        """A council's call, created once: published if live, otherwise a draft by the council's editor."""
        page = council.get_children().filter(slug=_fi(spec["slug"])).specific().first()
        if page is not None:
            return page
        live = spec["state"] == "live"
        page = CouncilCallPage(
            locale=council.locale,
            live=live,
            owner=editor,
            asks_for=spec["asks_for"],
            response_method=spec["response_method"],
            response_url=spec["response_url"],
            response_email=spec["response_email"],
            organiser=_fi(spec["organiser"]),
            opens_at=_day(spec["opens_day"]),
            closes_at=_day(spec["closes_day"], datetime.time(23, 59)),
            **_page_fields(spec),
        )
        page.sessions = [self.session(session, spec["signup"]) for session in spec["sessions"]]
        page.form_fields = [
            CallQuestion(
                locale=self.source,
                label=_fi(question["label"]),
                help_text=_fi(question["help_text"]),
                field_type=question["field_type"],
                required=question["required"],
                choices=_fi(question["choices"]) if "choices" in question else "",
            )
            for question in spec["questions"]
        ]
        for kind in ("topics", "areas", "audiences"):
            setattr(page, kind, [term for term in self.terms_by_kind[kind] if term.slug in spec[kind]])
        page.contacts = [self.people[key] for key in spec["contacts"]]
        council.add_child(instance=page)
        # A draft shows in its editor's history, as if saved in the admin.
        revision = page.save_revision(user=editor, log_action=not live)
        if live:
            revision.publish()
        self.log(f"Created {'page' if live else 'draft'}: {page.title}")
        return page

    def unpublished_calls(self, editors):
        """Drafts stay drafts; a call in moderation is submitted once, as its council's editor would."""
        for council, spec in self.unpublished:
            editor = editors.get(spec["council"])
            page = self.call(council, spec, editor)
            if spec["state"] != "moderation" or WorkflowState.objects.for_instance(page).exists():
                continue
            page.get_workflow().start(page, editor)
            self.log(f"Submitted for approval: {page.title}")

    def outcome_fields(self, spec):
        return {
            "participants": spec["participants"],
            "heard": _blocks(spec["heard"], SOURCE_LANGUAGE),
            "decided": _blocks(spec["decided"], SOURCE_LANGUAGE),
            "decision_maker": _fi(spec["decision_maker"]),
            "decision_url": spec["decision_url"],
            "status": spec["status"],
            "status_reason": _fi(spec["status_reason"]),
            "timeline": [
                {
                    "type": "entry",
                    "value": {"date": _day(entry["day"]).date().isoformat(), "text": _fi(entry["text"])},
                }
                for entry in spec["timeline"]
            ],
        }

    # Snippets ------------------------------------------------------------

    def terms(self, model, specs):
        found = []
        for spec in specs:
            term = model.objects.filter(locale=self.source, slug=spec["slug"]).first()
            if term is None:
                term = model.objects.create(locale=self.source, slug=spec["slug"], name=_fi(spec["name"]))
            self.translate.append((term, spec))
            found.append(term)
        return found

    def person(self, spec):
        person = ContactPerson.objects.filter(locale=self.source, email=spec["email"]).first()
        if person is None:
            person = ContactPerson.objects.create(
                locale=self.source,
                name=spec["name"],
                role=_fi(spec["role"]),
                email=spec["email"],
                phone=spec["phone"],
                languages=_fi(spec["languages"]),
                walk_in_times=_fi(spec["walk_in"]),
                description=_fi(spec["bio"]),
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


def _fi(text):
    return text[SOURCE_LANGUAGE]


def _day(offset, at=datetime.time(9, 0)):
    """A moment `offset` days from today, local time; None stays None."""
    if offset is None:
        return None
    day = timezone.localdate() + datetime.timedelta(days=offset)
    return timezone.make_aware(datetime.datetime.combine(day, at))


def _blocks(blocks, language):
    """StreamField data; a block without text (such as the privacy notice's tables) has the value None."""
    return [{"type": kind, "value": text and text[language]} for kind, text in blocks]


def _page_fields(spec):
    """Finnish field values of a page spec; body-like lists become StreamField data."""
    values = {key: _fi(spec[key]) for key in PAGE_TEXT_FIELDS if key in spec}
    if "body" in spec:
        values["body"] = _blocks(spec["body"], SOURCE_LANGUAGE)
    return values


def _ensure_translation(instance, spec, locale, log):
    if instance.has_translation(locale):
        return
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    texts = _catalogue(spec, locale.language_code)
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


def _catalogue(spec, language):
    """Finnish segment -> translated segment for every text in a spec, in wagtail-localize's format."""
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
    walk(participation.SIGNUP.get(spec.get("key"), {}))  # an opportunity's sign-up questions
    return pairs


def _plain(text):
    return StringValue.from_plaintext(text).data


def _segments(html):
    _template, strings = extract_strings(html)
    return [string.data for string, _attrs in strings]


def _ensure_accounts():
    """The admin, the councils' editors, a communications user and a member of the wellbeing money
    working group, all with the demo password.

    Returns each council's editor by council. Existing accounts are left as they are,
    apart from joining their group.
    """
    User = get_user_model()
    username, password = settings.DEMO_ADMIN_USERNAME, settings.DEMO_ADMIN_PASSWORD
    if not User.objects.filter(username=username).exists():
        User.objects.create_superuser(username, "admin@example.com", password)
    users = {}
    for username, first_name, group_name in DEMO_ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            email = f"{username}@example.fi"
            user = User.objects.create_user(
                username, email, password, first_name=first_name, last_name="Demo"
            )
        if not user.groups.filter(name=group_name).exists():
            user.groups.add(Group.objects.get(name=group_name))
        users[group_name] = user
    return {council: users[group_name] for council, group_name in workspaces.COUNCIL_EDITORS.items()}


def _log_accounts(log):
    password = settings.DEMO_ADMIN_PASSWORD
    log(f"Wagtail admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ (dev settings only; password {password!r})")
    log(f"  {settings.DEMO_ADMIN_USERNAME!r}: superuser")
    for username, _first_name, group_name in DEMO_ACCOUNTS:
        log(f"  {username!r}: {group_name}")
