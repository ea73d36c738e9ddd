"""Wagtail's user bar on public pages for signed-in staff, without loosening the public CSP or caching."""

import pytest
from django.test import Client

from tests.html import soup
from tests.staff import make_staff, sign_in, sign_in_with_password

pytestmark = pytest.mark.django_db


def _userbar(response):
    return soup(response).find("wagtail-userbar")


def test_visitors_get_no_user_bar_and_no_private_marking(client, pages):
    response = client.get(pages["about"]["fi"].url)
    assert _userbar(response) is None
    assert "private" not in response.get("Cache-Control", "")


def test_staff_who_passed_both_factors_see_the_user_bar(pages):
    staff = sign_in(Client(), make_staff("userbar"))

    response = staff.get(pages["about"]["sv"].url)

    assert _userbar(response) is not None
    assert soup(response).find("template", id="wagtail-userbar-template") is not None
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control


def test_the_public_policy_stays_strict_for_staff(client, pages):
    staff = sign_in(Client(), make_staff("userbar"))
    visitor_policy = client.get(pages["about"]["fi"].url)["Content-Security-Policy"]

    response = staff.get(pages["about"]["fi"].url)

    assert response["Content-Security-Policy"] == visitor_policy
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    # Everything the bar loads comes from the site itself, as the public policy demands.
    bar = soup(response)
    assert all(
        not script.string for script in bar.find_all("script") if script.get("type") != "application/json"
    )
    assert all(
        script["src"].startswith(("/", "http://testserver/")) for script in bar.find_all("script", src=True)
    )


def test_a_password_alone_does_not_show_the_user_bar(pages):
    staff = Client()
    sign_in_with_password(staff, make_staff("userbar"))

    response = staff.get(pages["about"]["fi"].url)

    assert _userbar(response) is None
