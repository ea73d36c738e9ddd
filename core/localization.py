"""Show translatable snippets in the visitor's language with one query, whatever their number."""

from django.db.models import BooleanField, Case, Q, QuerySet, Value, When, prefetch_related_objects
from django.utils import translation

from core import navigation


def localized(queryset, photos=False):
    """The queryset's objects, each in the active language when translated into it (else as it is).

    Pages link to snippets in whichever language the editor picked. One query fetches
    the linked objects together with their translations into the active language, in
    the model's order. ``photos``: also fetch each object's ``photo`` (contact cards).
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
        candidates = candidates.select_related("photo")
    chosen = {}
    for item in candidates:
        if item.translation_key not in chosen or item.in_language:
            chosen[item.translation_key] = item
    return list(chosen.values())


def page_contacts(request, page, relation):
    """A page's contact people (``relation``: "contacts", "agents") in the active language.

    The people are kept with the page's data (navigation.page_data); their photos' renditions
    are fetched for each view, in one query, so a rendition made after they were kept is found.
    """
    people = navigation.page_data(
        request, page, relation, lambda: localized(getattr(page, relation).all(), photos=True)
    )
    prefetch_related_objects(people, "photo__renditions")
    return people
