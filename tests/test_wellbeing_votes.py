"""The theme vote of wellbeing money, as residents use it: vote, confirm from the email, see the results."""

import re
import threading

import pytest
from django.core import mail
from django.db import connection
from django.db.models import F
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from post_office.mail import send_queued
from post_office.models import Email
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from projects.models import OpportunityIndexPage
from tests.factories import ROUND_DATES, days, make_round, translate_page
from tests.html import soup
from wellbeing import voting
from wellbeing.models import RoundPage, Theme, Vote

CONFIRM_LINK = re.compile(r"https?://\S+/(?:fi|sv|en)/\S+\?token=[0-9a-f]{64}")
URL = re.compile(r"https?://\S+")


@pytest.fixture
def round_page(demo_site):
    """A Finnish round whose vote is open, with the themes Liikunta, Kulttuuri and Luonto; two votes each."""
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    return make_round(index, "Testikierros 2030", votes_per_person=2)


@pytest.fixture
def english(round_page):
    """The round in English, with English theme names (English texts are the msgids, stable in tests)."""
    page = translate_page(round_page, "en")
    for theme, name in zip(page.themes.order_by("sort_order"), ["Sport", "Culture", "Nature"], strict=True):
        Theme.objects.filter(pk=theme.pk).update(name=name)
    return page


@pytest.fixture
def swedish(round_page):
    page = translate_page(round_page, "sv")
    RoundPage.objects.filter(pk=page.pk).update(title="Testomgång 2030")
    for theme, name in zip(page.themes.order_by("sort_order"), ["Motion", "Kultur", "Natur"], strict=True):
        Theme.objects.filter(pk=theme.pk).update(name=name)
    return page


def keys(page):
    """The theme keys of the round by Finnish name: keys(page)["Liikunta"]."""
    return {theme.name: str(theme.translation_key) for theme in page.source.themes.all()}


def vote_url(page, language="fi"):
    with translation.override(language):
        return reverse("wellbeing:vote", kwargs={"round_key": page.translation_key})


def ballot(page, *names, email="aino@example.fi", **changes):
    themes = keys(page)
    return {"themes": [themes[name] for name in names], "email": email, "website": "", **changes}


def deliver():
    """Run the outbox worker once, as the scheduled `send_queued_mail` does."""
    send_queued()
    return list(mail.outbox)


def confirm_link(message):
    return CONFIRM_LINK.search(message.body).group()


def confirm_by_link(client, link):
    path, token = link.split("?token=")
    return client.post(path, {"token": token})


def move_vote(page, phase):
    """Move the round's dates (in every language) so that its vote is in another phase."""
    opens, closes, *_rest = ROUND_DATES[phase]
    RoundPage.objects.filter(translation_key=page.translation_key).update(
        vote_opens_at=days(opens), vote_closes_at=days(closes)
    )


def votes(page):
    """The round's votes (the demo content has votes of its own rounds)."""
    return Vote.objects.filter(round=page.source)


def counted(page):
    return voting.results(page).voters


@pytest.mark.django_db
def test_the_ballot_lists_the_themes_in_a_fieldset_whose_legend_gives_the_limit(client, english):
    page = soup(client.get(vote_url(english, "en")))
    fieldset = page.select_one("form.vote-form fieldset")
    assert fieldset.legend.get_text(strip=True) == "Choose at most 2 themes"
    labels = [label.get_text(strip=True) for label in fieldset.select("label")]
    assert labels == ["Sport", "Culture", "Nature"]
    values = {box["value"] for box in fieldset.select("input[type=checkbox]")}
    assert values == set(keys(english).values()), "the theme keys, the same in every language"
    assert "delete it when the vote closes" in page.select_one("#id_email_helptext").get_text()
    assert page.select_one("#id_website").find_parent(class_="honeypot")["aria-hidden"] == "true"


@pytest.mark.django_db
def test_voting_redirects_to_check_your_email_and_the_vote_does_not_count_yet(client, english):
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta", "Luonto"))
    assert response.status_code == 302
    page = soup(client.get(response["Location"]))
    assert "counts only once you confirm it" in page.select_one("main").get_text()
    vote = votes(english).get()
    assert (vote.round_id, vote.language, vote.confirmed_at) == (english.source.pk, "en", None)
    assert counted(english) == 0


@pytest.mark.django_db
def test_confirming_from_the_emailed_link_makes_the_vote_count(client, english):
    client.post(vote_url(english, "en"), ballot(english, "Liikunta", "Luonto"))
    response = confirm_by_link(client, confirm_link(deliver()[0]))
    assert "Your vote is confirmed and counts" in soup(response).select_one("[role=status]").get_text()
    results = voting.results(english)
    assert results.voters == 1
    assert [(theme.name, theme.votes) for theme in results.themes] == [
        ("Sport", 1),
        ("Nature", 1),
        ("Culture", 0),
    ]


@pytest.mark.django_db
def test_opening_the_confirm_link_shows_the_vote_and_changes_nothing(client, english):
    client.post(vote_url(english, "en"), ballot(english, "Kulttuuri"))
    response = client.get(confirm_link(deliver()[0]))
    assert response.status_code == 200
    page = soup(response)
    assert [item.get_text() for item in page.select("main ul li")] == ["Culture"]
    assert page.select_one("form.confirm-form button") is not None
    assert votes(english).get().confirmed_at is None


@pytest.mark.django_db
def test_token_pages_keep_their_address_to_this_site_and_out_of_caches(client, round_page):
    client.post(vote_url(round_page), ballot(round_page, "Kulttuuri"))
    link = confirm_link(deliver()[0])
    for response in (client.get(link), confirm_by_link(client, link)):
        assert response["Referrer-Policy"] == "same-origin"
        assert "no-store" in response["Cache-Control"]


def as_if_cast_long_ago(page):
    """Move the round's votes back past the interval within which a mailbox gets no second email."""
    votes(page).update(created_at=F("created_at") - voting.RESEND_INTERVAL)


@pytest.mark.django_db
def test_the_same_mailbox_counts_once_whatever_its_spelling(client, english):
    spellings = ["aino.asukas@example.fi", "Aino.Asukas@Example.FI", '"aino.asukas"@example.fi']
    spellings += ["ainoasukas@gmail.com", "Aino.Asukas+pori@googlemail.com"]
    for email in spellings:
        client.post(vote_url(english, "en"), ballot(english, "Liikunta", email=email))
        as_if_cast_long_ago(english)
    sent = deliver()
    assert sorted(message.to[0] for message in sent) == sorted(spellings), "each to the address as typed"
    by_address = {message.to[0]: confirm_link(message) for message in sent}
    for first in ("aino.asukas@example.fi", "ainoasukas@gmail.com"):
        response = confirm_by_link(client, by_address.pop(first))
        assert "Your vote is confirmed and counts" in soup(response).select_one("[role=status]").get_text()
    for link in by_address.values():
        response = confirm_by_link(client, link)
        alert = soup(response).select_one("[role=alert]").get_text()
        assert "already counts" in alert and "This vote was not counted" in alert
    assert counted(english) == 2, "one vote for the example.fi mailbox, one for the Gmail one"
    assert voting.results(english).themes[0].votes == 2


@pytest.mark.django_db
def test_the_answer_is_the_same_whether_or_not_the_address_has_voted(client, round_page):
    url = vote_url(round_page)
    first = client.post(url, ballot(round_page, "Luonto"))
    confirm_by_link(client, confirm_link(deliver()[0]))
    again = client.post(url, ballot(round_page, "Luonto"))
    assert (first.status_code, first["Location"]) == (again.status_code, again["Location"])


@pytest.mark.django_db
@pytest.mark.parametrize("names", [(), ("Liikunta", "Kulttuuri", "Luonto")], ids=["none", "too-many"])
def test_no_theme_or_too_many_is_an_error_and_keeps_the_email(client, english, names):
    response = client.post(vote_url(english, "en"), ballot(english, *names, email="aino@example.fi"))
    assert response.status_code == 200
    page = soup(response)
    summary = page.select_one("#error-summary[role=alert]")
    assert summary.select_one('a[href="#id_themes"]') is not None
    assert page.select_one("#id_themes_error").get_text(strip=True) in summary.get_text()
    assert page.select_one("fieldset#id_themes")["aria-describedby"] == "id_themes_error"
    assert page.select_one("#id_themes_0")["aria-invalid"] == "true"
    assert page.select_one("#id_email")["value"] == "aino@example.fi"
    assert not votes(english).exists() and not Email.objects.exists()


@pytest.mark.django_db
def test_a_theme_of_another_round_is_refused(client, round_page):
    other = make_round(round_page.get_parent(), "Testikierros 2031", themes=("Ruoka",))
    data = ballot(round_page, "Liikunta")
    data["themes"].append(keys(other)["Ruoka"])
    page = soup(client.post(vote_url(round_page), data))
    assert page.select_one("#error-summary") is not None
    assert not votes(round_page).exists()


@pytest.mark.django_db
def test_before_the_vote_opens_the_page_says_when_and_refuses_a_vote(client, english):
    move_vote(english, "upcoming")
    opens = RoundPage.objects.get(pk=english.pk).vote_opens_at
    with translation.override("en"):
        when = formats.date_format(timezone.localtime(opens), "DATETIME_FORMAT")
    page = soup(client.get(vote_url(english, "en")))
    assert f"It opens on {when}" in page.select_one(".notice").get_text()
    assert page.select_one("form.vote-form") is None
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta"))
    assert response.status_code == 409
    assert f"It opens on {when}" in soup(response).select_one("[role=alert]").get_text()
    assert not votes(english).exists() and not Email.objects.exists()


@pytest.mark.django_db
def test_after_the_vote_closes_the_page_says_so_and_refuses_a_vote(client, english):
    move_vote(english, "applications")
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta"))
    assert response.status_code == 409
    assert "It closed on" in soup(response).select_one("[role=alert]").get_text()
    assert not votes(english).exists() and not Email.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("phase", ["upcoming", "applications"])
def test_a_vote_can_be_confirmed_only_while_the_vote_is_open(client, english, phase):
    client.post(vote_url(english, "en"), ballot(english, "Liikunta"))
    link = confirm_link(deliver()[0])
    move_vote(english, phase)
    assert soup(client.get(link)).select_one("form.confirm-form") is None
    page = soup(confirm_by_link(client, link))
    assert "this vote was not counted" in page.select_one("[role=alert]").get_text()
    assert votes(english).get().confirmed_at is None
    assert counted(english) == 0


@pytest.mark.django_db
def test_an_unknown_confirm_link_says_it_is_not_valid_and_changes_nothing(client, round_page):
    client.post(vote_url(round_page), ballot(round_page, "Liikunta"))
    link = confirm_link(deliver()[0])
    tampered = link[:-1] + ("1" if link.endswith("0") else "0")
    assert client.get(tampered).status_code == 404
    response = confirm_by_link(client, tampered)
    assert response.status_code == 404
    assert response["Referrer-Policy"] == "same-origin"
    assert votes(round_page).get().confirmed_at is None


@pytest.mark.django_db
def test_the_email_is_in_the_voters_language_and_no_url_carries_the_address(client, swedish):
    response = client.post(vote_url(swedish, "sv"), ballot(swedish, "Liikunta", email="Aino@Example.fi"))
    assert "aino" not in response["Location"].lower()
    [message] = deliver()
    assert message.to == ["Aino@Example.fi"], "the address as typed"
    assert "Testomgång 2030" in message.subject and "Testikierros" not in message.body
    assert "- Motion" in message.body and "Liikunta" not in message.body
    link = confirm_link(message)
    assert "/sv/" in link
    assert all("aino" not in url.lower() for url in URL.findall(message.body))
    assert "aino" not in message.body.lower(), "the address is the recipient, not the content"
    page = soup(client.get(link))
    assert [item.get_text() for item in page.select("main ul li")] == ["Motion"]


@pytest.mark.django_db
def test_the_honeypot_catches_bots_without_telling_them(client, round_page):
    response = client.post(
        vote_url(round_page), ballot(round_page, "Liikunta", website="http://spam.example")
    )
    assert response.status_code == 302
    assert not votes(round_page).exists() and not Email.objects.exists()


@pytest.mark.django_db
def test_vote_posts_are_rate_limited_and_csrf_protected(client, round_page, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = "2/m"
    for _number in range(2):
        assert client.post(vote_url(round_page), ballot(round_page)).status_code == 200
    assert client.post(vote_url(round_page), ballot(round_page, "Liikunta")).status_code == 429
    assert Client(enforce_csrf_checks=True).post(vote_url(round_page), ballot(round_page)).status_code == 403
    assert not votes(round_page).exists()


@pytest.mark.django_db
def test_a_draft_or_untranslated_round_has_no_ballot(client, round_page):
    assert client.get(vote_url(round_page, "sv")).status_code == 404, "no Swedish version"
    RoundPage.objects.filter(pk=round_page.pk).update(live=False)
    assert client.get(vote_url(round_page)).status_code == 404


def _cast_and_confirm(page, count):
    for number in range(count):
        vote = voting.cast(
            page, email=f"asukas{number}@example.fi", theme_keys=[keys(page)["Luonto"]], language="fi"
        )
        voting.confirm(vote)


@pytest.mark.django_db
def test_results_count_people_and_themes_most_votes_first(english):
    themes = keys(english)
    for number, chosen in enumerate([["Luonto"], ["Luonto", "Kulttuuri"], ["Luonto"], ["Kulttuuri"]]):
        vote = voting.cast(
            english,
            email=f"asukas{number}@example.fi",
            theme_keys=[themes[name] for name in chosen],
            language="en",
        )
        if number < 3:
            voting.confirm(vote)
    results = voting.results(english)
    assert results.voters == 3
    assert [(theme.name, theme.votes) for theme in results.themes] == [
        ("Nature", 3),
        ("Culture", 1),
        ("Sport", 0),
    ], "an unconfirmed vote is not counted"
    html = soup(type("Response", (), {"content": _render_results(results)}))
    assert "3 people voted." in html.get_text()
    assert html.select_one("table caption") is not None
    assert [row.th.get_text() for row in html.select("tbody tr")] == ["Nature", "Culture", "Sport"]


def _render_results(results):
    with translation.override("en"):
        return render_to_string("wellbeing/includes/vote_results.html", {"vote_results": results}).encode()


@pytest.mark.django_db
def test_results_take_the_same_few_queries_for_3_or_30_votes(round_page, demo_site):
    other = make_round(round_page.get_parent(), "Testikierros 2031")
    _cast_and_confirm(round_page, 3)
    _cast_and_confirm(other, 30)
    round_page, other = RoundPage.objects.get(pk=round_page.pk), RoundPage.objects.get(pk=other.pk)
    with CaptureQueriesContext(connection) as few:
        assert voting.results(round_page).voters == 3
    with CaptureQueriesContext(connection) as many:
        assert voting.results(other).voters == 30
    assert len(few) == len(many) <= 4


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL (CI runs on it)"
)


@pytest.fixture
def committed_round():
    """A round in committed data, for a test whose threads need their own connections.

    pytest-django empties the database after transactional tests, so this
    builds the little it needs, the tree's root included.
    """
    locale, _ = Locale.objects.get_or_create(language_code="fi")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePage(title="Koti", slug="koti", locale=locale)
    root.add_child(instance=home)
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    index = OpportunityIndexPage(title="Osallistu", slug="osallistu")
    home.add_child(instance=index)
    return make_round(index)


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_two_links_of_one_mailbox_confirmed_at_once_count_once(committed_round):
    page = committed_round
    theme = [keys(page)["Liikunta"]]
    pending = []
    for email in ("aino@gmail.com", "AINO+toinen@gmail.com"):
        pending.append(voting.cast(page, email=email, theme_keys=theme, language="fi"))
        as_if_cast_long_ago(page)
    barrier = threading.Barrier(2)
    outcomes, errors = [], []

    def run(vote):
        try:
            barrier.wait()
            outcomes.append(voting.confirm(Vote.objects.select_related("round").get(pk=vote.pk)))
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(vote,)) for vote in pending]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(outcome.value for outcome in outcomes) == ["counted", "other-vote-counts"]
    assert votes(page).filter(confirmed_at__isnull=False).count() == 1
    assert counted(page) == 1


# --- Hardening: addresses as typed, one mailbox, bounded fields, no email floods -----------------


@pytest.mark.django_db
def test_a_plus_address_at_another_domain_is_mailed_as_typed_and_is_a_mailbox_of_its_own(client, round_page):
    for email in ("john+smith@company.example", "john@company.example"):
        client.post(vote_url(round_page), ballot(round_page, "Luonto", email=email))
    sent = deliver()
    assert sorted(message.to[0] for message in sent) == ["john+smith@company.example", "john@company.example"]
    for message in sent:
        confirm_by_link(client, confirm_link(message))
    assert counted(round_page) == 2, "company.example may well give john+smith a mailbox of its own"


@pytest.mark.django_db
def test_each_vote_keeps_the_typed_address_and_the_normal_domain(client, round_page):
    client.post(vote_url(round_page), ballot(round_page, "Luonto", email="Aino.Asukas+x@GoogleMail.com"))
    vote = votes(round_page).get()
    assert (vote.email, vote.email_domain) == ("Aino.Asukas+x@GoogleMail.com", "gmail.com")


@pytest.mark.django_db
def test_voting_again_within_ten_minutes_sends_no_second_email_and_says_the_same(client, round_page):
    url = vote_url(round_page)
    first = client.post(url, ballot(round_page, "Luonto", email="aino@example.fi"))
    again = client.post(url, ballot(round_page, "Kulttuuri", email="AINO@example.fi"))
    assert (first.status_code, first["Location"]) == (again.status_code, again["Location"])
    assert len(deliver()) == 1 and votes(round_page).count() == 1
    as_if_cast_long_ago(round_page)
    client.post(url, ballot(round_page, "Kulttuuri", email="aino@example.fi"))
    assert len(deliver()) == 2, "after ten minutes the address gets a new link"


@pytest.mark.django_db
def test_the_ballot_says_what_one_person_one_vote_means(client, english):
    rules = soup(client.get(vote_url(english, "en"))).select_one("section.vote-rules")
    assert rules.h2.get_text() == "One person, one vote"
    text = rules.get_text(" ", strip=True)
    for part in (
        "A vote counts only when you confirm it from the link we email to you",
        "one email address (one mailbox) has at most one counted vote per round",
        "capital letters do not matter",
        "dots and “+” additions in Gmail addresses",
        "at most one confirmation message to the same address within 10 minutes",
        "may leave votes that break these rules uncounted",
    ):
        assert part in text


@pytest.mark.django_db
def test_an_address_too_long_to_store_is_an_error_that_keeps_what_was_typed(client, english):
    email = "a" * 289 + "@example.fi"
    assert len(email) == 300
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta", email=email))
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one('#error-summary a[href="#id_email"]') is not None
    assert "at most 254 characters" in page.select_one("#id_email_error").get_text()
    assert page.select_one("#id_email")["value"] == email
    assert page.select_one("#id_themes_0").has_attr("checked")
    assert not votes(english).exists() and not Email.objects.exists()


@pytest.mark.django_db
def test_an_address_with_a_control_character_is_refused(client, english):
    response = client.post(
        vote_url(english, "en"), ballot(english, "Liikunta", email='"aino\x0b"@example.fi')
    )
    assert response.status_code == 200
    assert (
        "Remove the line breaks and control characters."
        in soup(response).select_one("#id_email_error").get_text()
    )
    assert not votes(english).exists()
