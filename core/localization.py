"""Show translatable snippets in the visitor's language without a query per object."""

from django.utils import translation


def in_active_language(objects):
    """Map each object to its translation in the active language (itself when there is none).

    One query for any number of objects of one model: pages link to snippets
    in whichever language the editor picked, and listings must not ask once each.
    """
    objects = list(objects)
    if not objects:
        return {}
    model = type(objects[0])
    language = translation.get_language()
    translations = {
        item.translation_key: item
        for item in model.objects.filter(
            translation_key__in={item.translation_key for item in objects},
            locale__language_code=language,
        )
    }
    return {item.pk: translations.get(item.translation_key, item) for item in objects}


def localized(objects):
    """The objects, each in the active language, in their original order."""
    objects = list(objects)
    mapping = in_active_language(objects)
    return [mapping[item.pk] for item in objects]
