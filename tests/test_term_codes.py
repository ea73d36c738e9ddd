"""A topic's, area's or audience's code is the same in every language and unique in each."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail_localize.fields import get_translatable_fields

from projects.models import Audience, CityArea, Topic
from tests.factories import AudienceFactory, CityAreaFactory, TopicFactory
from tests.staff import make_staff, sign_in

TERMS = [Topic, CityArea, Audience]
FACTORIES = {Topic: TopicFactory, CityArea: CityAreaFactory, Audience: AudienceFactory}


@pytest.mark.parametrize("model", TERMS)
def test_translators_cannot_override_the_code(model):
    """The catalogue's filter links keep working after a language switch only if every language shares it."""
    (code,) = [field for field in get_translatable_fields(model) if field.field_name == "slug"]
    assert not code.is_overridable(model())


@pytest.mark.django_db
@pytest.mark.parametrize("model", TERMS)
def test_a_second_term_with_the_same_code_in_one_language_is_refused_in_the_admin(client, demo_site, model):
    existing = FACTORIES[model](slug="kulttuuri")
    sign_in(client, make_staff())
    url = f"/admin/snippets/projects/{model._meta.model_name}/add/?locale=fi"
    response = client.post(
        url, {"name": "Toinen nimi", "slug": existing.slug, "locale": Locale.get_default().pk}
    )
    assert response.status_code == 200
    assert model.objects.filter(locale__language_code="fi", slug=existing.slug).count() == 1
    with translation.override("fi"):  # the admin speaks the site's default language to this user
        assert gettext("Another one in this language already has this code.") in response.content.decode()
