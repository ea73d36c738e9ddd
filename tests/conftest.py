"""Every database test starts from the site's empty frame (tests/factories/site.py) and builds its own data.

The tests of the demo content and the browser harness are marked `demo`; they run
in a session of their own, `pytest --demo`, on a database holding the loaded demo.
`make test` runs both sessions.
"""

import pytest
from django.core.cache import cache


def pytest_addoption(parser):
    parser.addoption(
        "--demo", action="store_true", help="run only the tests marked demo, on the loaded demo content"
    )


def pytest_collection_modifyitems(config, items):
    demo = config.getoption("--demo")
    selected, deselected = [], []
    for item in items:
        (selected if (item.get_closest_marker("demo") is not None) == demo else deselected).append(item)
    config.hook.pytest_deselected(items=deselected)
    items[:] = selected


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; a rolled-back database must not meet a stale cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Build the frame (or load the demo) once; each test then rolls back to it.

    pytest-django runs transactional tests (which flush the database) after the others.
    """
    with django_db_blocker.unblock():
        if request.config.getoption("--demo"):
            from demo import loader

            loader.load(log=lambda *args: None)
        else:
            from tests.factories import site

            site.build_site()


@pytest.fixture
def demo_site(db):
    """The frame: home, sections, councils and legal pages in fi, sv and en (the demo with --demo)."""


@pytest.fixture
def pages(demo_site):
    """The frame's pages by key and language: pages["about"]["sv"], pages["youth"]["fi"]."""
    from tests.factories import site

    return site.site_pages()
