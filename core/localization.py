"""Show translatable snippets in the visitor's language with one query, whatever their number."""

from django.db.models import BooleanField, Case, Q, QuerySet, Value, When
from django.utils import translation


def localized(queryset, photos=False):
    """The queryset's objects, each in the active language when translated into it (else as it is).

    Pages link to snippets in whichever language the editor picked. One query fetches
    the linked objects together with their translations into the active language, in
    the model's order. ``photos``: also fetch each object's ``photo`` and its renditions
    in bulk (contact cards).
    """
    language = translation.get_language()
    if isinstance(queryset, QuerySet):
        keys, pks = queryset.values("translation_key"), queryset.values("pk")
    else:  # a preview's or revision's relation, held in memory (modelcluster)
        objects = list(queryset)
        keys, pks = [item.translation_key for item in objects], [item.pk for item in objects]
    candidates = (
        queryset.model.objects.filter(translation_key__in=keys)
        .filter(Q(locale__language_code=language) | Q(pk__in=pks))
        .annotate(
            in_language=Case(
                When(locale__language_code=language, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
    )
    if photos:
        candidates = candidates.select_related("photo").prefetch_related("photo__renditions")
    chosen = {}
    for item in candidates:
        if item.translation_key not in chosen or item.in_language:
            chosen[item.translation_key] = item
    return list(chosen.values())


def localized_contacts(people):
    """Contact people (a queryset) in the active language, their photos' renditions fetched in bulk."""
    return localized(people, photos=True)
