import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; a rolled-back database must not meet a stale cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database; each test then rolls back to it.

    pytest-django runs transactional tests (which flush the database) after the others.
    """
    from demo import loader

    with django_db_blocker.unblock():
        loader.load(log=lambda *args: None)


@pytest.fixture
def demo_site(db):
    """The demo content: Finnish home, about, accessibility and privacy pages with sv and en translations."""


@pytest.fixture
def pages(demo_site):
    """The demo pages by key and language: pages["about"]["sv"]."""
    from wagtail.models import Page

    from demo import content

    keyed = {"home": content.HOME_PAGE["slug"]}
    keyed.update({spec["key"]: spec["slug"] for spec in content.STANDARD_PAGES})
    result = {}
    for key, slugs in keyed.items():
        result[key] = {
            language: Page.objects.get(slug=slug, locale__language_code=language).specific
            for language, slug in slugs.items()
        }
    return result
