"""Which languages of each page and translatable snippet are live, drafts, missing or out of date.

Every page (but the tree's root) and every instance of a registered snippet model that uses
``TranslatableMixin`` belongs to a *translation group*: the objects sharing its ``translation_key``.
The group's *source* is its member in the default language (Finnish) when there is one; otherwise
the member in the language it was translated from, or else its first member. Each other language
of ``settings.LANGUAGES`` then has one status:

``missing``
    No object in that language, or only an alias page (which shows the source's text; wagtail-localize
    offers to translate it).
``outdated``
    The translation exists but lags behind the source. wagtail-localize keeps three times for that,
    and the rule compares them:

    - ``TranslationSource.last_updated_at``: when the source's content was last *extracted* for
      translation (on starting the first translation, and on every "Sync translated pages");
    - the source's last change: for a page its ``last_published_at`` (the extraction reads the
      page's database row, which holds the published content, so only publishing changes what a
      sync would pick up); for a snippet, which keeps no time of change, whether its current field
      values differ from the extracted ``content_json`` (the same test wagtail-localize itself makes
      before re-extracting);
    - the latest ``TranslationLog.created_at`` for that source and language: when the extracted
      content was last written into the translation (every save or publish of it by
      wagtail-localize).

    A language with an enabled ``Translation`` is out of date when the source changed after the
    last extraction (a sync is needed: the link goes to wagtail-localize's "Sync translated pages")
    or when the last extraction is newer than the last write into that language (synced, but the
    translation was not saved since: the link goes to the translation editor).

    A translation that is not synchronised (its ``Translation`` disabled, "stop synced translation",
    or made without wagtail-localize) is edited by hand; a page of that kind is out of date when the
    source was published after the translation's latest revision. A hand-made snippet translation
    keeps no time of change, so it is never reported out of date.
``draft``
    The translation exists, is up to date, and is not live (pages, and snippets with draft states).
``live``
    The translation exists, is up to date and live (a snippet without draft states is always live).

"Out of date" wins over "draft": a draft that lags behind its source needs the sync first.

Everything is read with a fixed number of queries (one per page or snippet model, four for
wagtail-localize's records, one for the locales) however many objects there are, so the report,
the dashboard and the page editor cost the same on a large site as on a small one.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Max
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import pgettext_lazy
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

LIVE = "live"
DRAFT = "draft"
MISSING = "missing"
OUTDATED = "outdated"

STATUS_CHOICES = [
    (LIVE, pgettext_lazy("translation status", "Live")),
    (DRAFT, pgettext_lazy("translation status", "Draft")),
    (MISSING, pgettext_lazy("translation status", "Missing")),
    (OUTDATED, pgettext_lazy("translation status", "Out of date")),
]
STATUS_LABELS = dict(STATUS_CHOICES)

# Why a translation is out of date; each has its own link.
SOURCE_CHANGED = "source-changed"  # the source changed after the last sync: sync it
NOT_APPLIED = "not-applied"  # synced, but the translation was not saved since: open the editor
EDITED_BY_HAND = "edited-by-hand"  # a hand-made translation older than the source's last publish

PAGE_KIND = "page"

# What the link of a language does.
ACTION_LABELS = {
    MISSING: pgettext_lazy("translation status", "Translate"),
    SOURCE_CHANGED: pgettext_lazy("translation status", "Sync translations"),
    NOT_APPLIED: pgettext_lazy("translation status", "Update translation"),
}
EDIT_LABEL = pgettext_lazy("translation status", "Edit")


@dataclass(frozen=True)
class LanguageStatus:
    """One language of a translation group: its status and where to act on it."""

    language: str
    status: str
    url: str
    reason: str = ""
    live: bool = False

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def action_label(self):
        return ACTION_LABELS.get(self.reason) or ACTION_LABELS.get(self.status) or EDIT_LABEL

    @property
    def is_outdated(self):
        return self.status == OUTDATED

    @property
    def needs_sync(self):
        return self.reason == SOURCE_CHANGED


@dataclass
class Row:
    """A translation group seen from its source: one line of the report."""

    kind: str  # "page", or a snippet model's label such as "projects.topic"
    kind_label: str
    title: str
    edit_url: str
    source_language: str
    statuses: dict = field(default_factory=dict)  # target language code -> LanguageStatus
    sort_key: tuple = ()

    def status_in(self, language):
        return self.statuses.get(language)

    @property
    def cells(self):
        """Every language of the site in order: (code, name, LanguageStatus or None for the source)."""
        return [(code, name, self.statuses.get(code)) for code, name in settings.LANGUAGES]

    def matches(self, *, kind="", language="", status=""):
        if kind and self.kind != kind:
            return False
        if language:
            found = self.statuses.get(language)
            return found is not None and (not status or found.status == status)
        return not status or any(found.status == status for found in self.statuses.values())


@dataclass
class _Member:
    """One object of a translation group, as much of it as the status needs."""

    pk: object
    translation_key: object
    locale_id: int
    title: str
    live: bool = True
    alias_of_id: int | None = None
    last_published_at: datetime | None = None
    last_edited_at: datetime | None = None
    content_type_id: int | None = None
    path: str = ""
    instance: object = None


# Kinds of translatable objects ---------------------------------------------------------------


class _PageKind:
    key = PAGE_KIND

    def __init__(self):
        self.content_type_id = ContentType.objects.get_for_model(Page).pk

    def members(self, keys=None):
        pages = Page.objects.filter(depth__gt=1)
        if keys is not None:
            pages = pages.filter(translation_key__in=keys)
        fields = (
            "pk",
            "translation_key",
            "locale_id",
            "draft_title",
            "live",
            "alias_of_id",
            "last_published_at",
            "latest_revision_created_at",
            "content_type_id",
            "path",
        )
        for page in pages.values(*fields).order_by("path"):
            yield _Member(
                pk=page["pk"],
                translation_key=page["translation_key"],
                locale_id=page["locale_id"],
                title=page["draft_title"],
                live=page["live"],
                alias_of_id=page["alias_of_id"],
                last_published_at=page["last_published_at"],
                last_edited_at=page["latest_revision_created_at"] or page["last_published_at"],
                content_type_id=page["content_type_id"],
                path=page["path"],
            )

    def label(self, member):
        model = ContentType.objects.get_for_id(member.content_type_id).model_class()
        return capfirst(model._meta.verbose_name) if model else ""

    def sort_key(self, member):
        return (0, "", member.path)

    def edit_url(self, member):
        return reverse("wagtailadmin_pages:edit", args=[member.pk])

    def submit_url(self, source):
        return reverse("wagtail_localize:submit_page_translation", args=[source.pk])

    def source_changed(self, source, extracted):
        return bool(source.last_published_at and source.last_published_at > extracted["last_updated_at"])

    def changed_after(self, source, target):
        """Whether a hand-made translation is older than the source's last publish."""
        return bool(
            source.last_published_at
            and target.last_edited_at
            and source.last_published_at > target.last_edited_at
        )


class _SnippetKind:
    def __init__(self, model):
        self.model = model
        self.key = model._meta.label_lower
        self.content_type_id = ContentType.objects.get_for_model(model.get_translation_model()).pk
        self.has_draft_state = issubclass(model, DraftStateMixin)

    def members(self, keys=None):
        objects = self.model._default_manager.all()
        if keys is not None:
            objects = objects.filter(translation_key__in=keys)
        for instance in objects.order_by("pk"):
            yield _Member(
                pk=instance.pk,
                translation_key=instance.translation_key,
                locale_id=instance.locale_id,
                title=str(instance),
                live=instance.live if self.has_draft_state else True,
                instance=instance,
            )

    def label(self, member):
        return capfirst(self.model._meta.verbose_name)

    def sort_key(self, member):
        return (1, str(self.model._meta.verbose_name_plural), member.title.casefold())

    def edit_url(self, member):
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[quote(member.pk)])

    def submit_url(self, source):
        opts = self.model._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[opts.app_label, opts.model_name, quote(source.pk)],
        )

    def source_changed(self, source, extracted):
        if not extracted["content_json"]:
            return False
        current = json.loads(
            json.dumps(get_serializable_data_for_fields(source.instance), cls=DjangoJSONEncoder)
        )
        stored = json.loads(extracted["content_json"])
        # Compare the fields both versions have (a clusterable snippet's child relations are not
        # compared: they would cost a query per object).
        return any(stored[name] != value for name, value in current.items() if name in stored)

    def changed_after(self, source, target):
        return False  # no time of change is kept for a snippet edited by hand


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def kinds():
    """Pages first, then every registered translatable snippet model."""
    return [_PageKind(), *(_SnippetKind(model) for model in translatable_snippet_models())]


def kind_choices():
    return [(kind.key, kind_plural(kind)) for kind in kinds()]


def kind_plural(kind):
    if kind.key == PAGE_KIND:
        return pgettext_lazy("translation status", "Pages")
    return capfirst(kind.model._meta.verbose_name_plural)


# wagtail-localize's records --------------------------------------------------------------------


class _LocalizeRecords:
    """The sources, translations and translation logs of the given kinds, in four queries."""

    def __init__(self, kinds, keys=None):
        content_types = [kind.content_type_id for kind in kinds]
        snippet_types = [kind.content_type_id for kind in kinds if kind.key != PAGE_KIND]
        scope = {"object__content_type_id__in": content_types}
        if keys is not None:
            scope["object_id__in"] = keys
        sources = TranslationSource.objects.filter(**scope)

        self.sources = defaultdict(list)  # (content type, translation key) -> [source]
        for source in sources.values(
            "id", "object_id", "object__content_type_id", "locale_id", "last_updated_at"
        ):
            self.sources[source["object__content_type_id"], source["object_id"]].append(source)
        contents = {}
        if snippet_types:
            contents = dict(
                sources.filter(object__content_type_id__in=snippet_types).values_list("id", "content_json")
            )
        for group in self.sources.values():
            for source in group:
                source["content_json"] = contents.get(source["id"])

        via_source = {f"source__{name}": value for name, value in scope.items()}
        self.translations = defaultdict(dict)  # source id -> {target locale id: enabled}
        for translation in Translation.objects.filter(**via_source).values(
            "source_id", "target_locale_id", "enabled"
        ):
            self.translations[translation["source_id"]][translation["target_locale_id"]] = translation[
                "enabled"
            ]
        applied = (
            TranslationLog.objects.filter(**via_source)
            .values("source_id", "locale_id")
            .annotate(at=Max("created_at"))
            .order_by()
        )
        self.applied = {(log["source_id"], log["locale_id"]): log["at"] for log in applied}

    def group_sources(self, kind, key):
        return self.sources.get((kind.content_type_id, key), [])

    def synced_translation(self, sources, locale_id):
        """The source of an enabled wagtail-localize translation into the locale, or None."""
        for source in sources:
            if self.translations.get(source["id"], {}).get(locale_id):
                return source
        return None


# Computing the statuses --------------------------------------------------------------------------


def _locales():
    """{locale id: language code} for the site's languages, in one query."""
    languages = {code for code, _name in settings.LANGUAGES}
    return {pk: code for pk, code in Locale.objects.values_list("pk", "language_code") if code in languages}


def _choose_source(members, sources, locale_codes):
    by_code = {locale_codes[member.locale_id]: member for member in members}
    default = by_code.get(settings.LANGUAGE_CODE)
    if default is not None and default.alias_of_id is None:
        return default
    for source in sources:
        member = by_code.get(locale_codes.get(source["locale_id"]))
        if member is not None and member.alias_of_id is None:
            return member
    originals = [member for member in members if member.alias_of_id is None]
    return (originals or members)[0]


def _language_status(kind, records, sources, by_locale, source, language, locale_id):
    target = by_locale.get(locale_id)
    if target is None or target.alias_of_id is not None:
        return LanguageStatus(language, MISSING, kind.submit_url(source))

    edit_url = kind.edit_url(target)
    synced_from = records.synced_translation(sources, locale_id)
    if synced_from is not None:
        origin = by_locale.get(synced_from["locale_id"])
        if origin is not None and kind.source_changed(origin, synced_from):
            url = reverse("wagtail_localize:update_translations", args=[synced_from["id"]])
            return LanguageStatus(language, OUTDATED, url, SOURCE_CHANGED, target.live)
        applied = records.applied.get((synced_from["id"], locale_id))
        if applied is None or applied < synced_from["last_updated_at"]:
            return LanguageStatus(language, OUTDATED, edit_url, NOT_APPLIED, target.live)
    elif kind.changed_after(source, target):
        return LanguageStatus(language, OUTDATED, edit_url, EDITED_BY_HAND, target.live)

    return LanguageStatus(language, LIVE if target.live else DRAFT, edit_url, live=target.live)


def _rows(kind, records, locale_codes, keys=None):
    groups = defaultdict(list)
    for member in kind.members(keys):
        if member.locale_id in locale_codes:
            groups[member.translation_key].append(member)

    code_to_locale = {code: pk for pk, code in locale_codes.items()}
    for key, members in groups.items():
        sources = records.group_sources(kind, key)
        source = _choose_source(members, sources, locale_codes)
        by_locale = {member.locale_id: member for member in members}
        source_language = locale_codes[source.locale_id]
        statuses = {
            language: _language_status(kind, records, sources, by_locale, source, language, locale_id)
            for language, _name in settings.LANGUAGES
            if language != source_language and (locale_id := code_to_locale.get(language)) is not None
        }
        yield Row(
            kind=kind.key,
            kind_label=kind.label(source),
            title=source.title,
            edit_url=kind.edit_url(source),
            source_language=source_language,
            statuses=statuses,
            sort_key=kind.sort_key(source),
        )


def all_rows():
    """Every translation group of the site: pages in tree order, then snippets by type and name."""
    every_kind = kinds()
    records = _LocalizeRecords(every_kind)
    locale_codes = _locales()
    rows = [row for kind in every_kind for row in _rows(kind, records, locale_codes)]
    return sorted(rows, key=lambda row: row.sort_key)


def row_for_page(page):
    """The translation group of one page, from its source's point of view (None for an unsaved page)."""
    if page.pk is None:
        return None
    kind = _PageKind()
    keys = [page.translation_key]
    rows = list(_rows(kind, _LocalizeRecords([kind], keys), _locales(), keys))
    return rows[0] if rows else None


def counts(rows):
    """How many translations are in each status, over all rows."""
    totals = dict.fromkeys(STATUS_LABELS, 0)
    for row in rows:
        for found in row.statuses.values():
            totals[found.status] += 1
    return totals
