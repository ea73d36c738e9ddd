"""Search in each language with that language's PostgreSQL text search configuration.

All of Wagtail's database search backends write to one index table (modelsearch's
``IndexEntry``, one row per object), so configuring one backend per language would only
let them overwrite each other's rows. Instead a single backend stems each row with the
language of its object (a Swedish page with ``swedish``) and each query with the language
being searched, which is the active language when ``.search()`` is called. A query then
meets rows stemmed the same way: "työpajoihin" and "työpaja" both become ``työpaj``.

Objects without a language (images, documents) use ``SEARCH_CONFIG``. Other databases
(SQLite for ``make run``) get Wagtail's usual database backend, which has no stemming.

Changing a configuration needs ``manage.py update_index`` to restem the stored rows.
"""

import copy
from collections import defaultdict

from django.db import connection
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale, TranslatableMixin
from wagtail.search.backends import database


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with its configuration (one insert per language)."""
        by_config = defaultdict(list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for_language(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Captured now: the query runs later, maybe after the language has changed back.
        self.language = translation.get_language()

    def get_config(self, backend):
        if issubclass(self.queryset.model, TranslatableMixin):
            return backend.config_for_language(self.language)
        return backend.config


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    """``SEARCH_CONFIG`` for objects without a language; ``LANGUAGE_CONFIGS`` maps language codes."""

    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def config_for_language(self, language):
        return self.language_configs.get((language or "").split("-")[0], self.config)

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


def SearchBackend(params):
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database.SearchBackend(params)
