"""Snippets: topics, city areas, audiences and contact people, in Finnish unless a locale is given."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from core.models import ContactPerson
from projects.models import Audience, CityArea, Topic


class _Translatable(DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fi"))


class _Term(_Translatable):
    name = factory.Sequence(lambda n: f"Aihe {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")


class TopicFactory(_Term):
    class Meta:
        model = Topic


class CityAreaFactory(_Term):
    name = factory.Sequence(lambda n: f"Alue {n}")

    class Meta:
        model = CityArea


class AudienceFactory(_Term):
    name = factory.Sequence(lambda n: f"Kohderyhmä {n}")

    class Meta:
        model = Audience


class ContactPersonFactory(_Translatable):
    name = factory.Sequence(lambda n: f"Testi Henkilö {n}")
    role = "Osallisuusagentti"
    email = factory.Sequence(lambda n: f"contact{n}@example.fi")
    phone = "044 000 0000"

    class Meta:
        model = ContactPerson
