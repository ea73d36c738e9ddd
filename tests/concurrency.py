"""For tests whose threads need connections of their own: PostgreSQL, and a catalogue in committed data."""

import threading

import pytest
from django.db import connection
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from projects.models import OpportunityIndexPage

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL (CI runs on it)"
)


def committed_catalogue():
    """The Finnish catalogue page in committed data, for a transactional test (`django_db(transaction=True)`).

    The committed frame holds it, unless an earlier transactional test emptied the
    database (pytest-django flushes it after each); then this builds the little a
    test needs: the tree's root, a Finnish home page as the default site and the
    catalogue under it.
    """
    return OpportunityIndexPage.objects.filter(locale__language_code="fi").first() or _bare_catalogue()


def _bare_catalogue():
    locale, _ = Locale.objects.get_or_create(language_code="fi")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePage(title="Koti", slug="koti", locale=locale)
    root.add_child(instance=home)
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    index = OpportunityIndexPage(title="Osallistu", slug="osallistu")
    home.add_child(instance=index)
    return index


def in_parallel(count, work):
    """Run work(number) in `count` threads that start together; returns the errors they raised."""
    barrier = threading.Barrier(count)
    errors = []

    def run(number):
        try:
            barrier.wait()
            work(number)
        except Exception as error:  # collected and asserted by the caller
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
