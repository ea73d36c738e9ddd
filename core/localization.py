"""Show translatable snippets in the visitor's language without a query per object."""

from django.utils import translation


def in_active_language(objects, photos=False):
    """Map each object to its translation in the active language (itself when there is none).

    One query for any number of objects of one model: pages link to snippets
    in whichever language the editor picked, and listings must not ask once each.
    ``photos``: also fetch each object's ``photo`` and its renditions in bulk (contact cards).
    """
    objects = list(objects)
    if not objects:
        return {}
    model = type(objects[0])
    language = translation.get_language()
    found = model.objects.filter(
        translation_key__in={item.translation_key for item in objects},
        locale__language_code=language,
    )
    if photos:
        found = found.select_related("photo").prefetch_related("photo__renditions")
    translations = {item.translation_key: item for item in found}
    return {item.pk: translations.get(item.translation_key, item) for item in objects}


def localized(objects):
    """The objects, each in the active language, in their original order."""
    objects = list(objects)
    mapping = in_active_language(objects)
    return [mapping[item.pk] for item in objects]


def localized_contacts(people):
    """Contact people (a queryset) in the active language, their photos' renditions fetched in bulk."""
    people = list(people.select_related("photo").prefetch_related("photo__renditions"))
    mapping = in_active_language(people, photos=True)
    return [mapping[person.pk] for person in people]
