"""The normal form of an email address: what counts as one mailbox in the theme vote, rule by rule."""

import pytest
from django.core.exceptions import ValidationError

from core.email_addresses import domain_of, normalise, validate_sendable
from wellbeing.models import email_digest


def same(*spellings):
    return len({normalise(spelling) for spelling in spellings}) == 1


def test_the_domain_is_lower_case():
    assert normalise("aino@Example.FI") == "aino@example.fi"


def test_an_international_domain_is_compared_in_its_idna_form():
    ascii_form = "pöö.fi".encode("idna").decode()
    assert ascii_form.startswith("xn--")
    assert normalise("aino@PÖÖ.fi") == normalise(f"aino@{ascii_form}") == f"aino@{ascii_form}"


def test_the_local_part_is_lower_case_for_every_domain():
    assert same("Voter.One@example.org", "voter.one@example.org", "VOTER.ONE@EXAMPLE.ORG")


def test_a_quoted_local_part_is_the_same_mailbox_as_the_unquoted_one():
    assert same('"voter.one"@example.org', "voter.one@example.org")


def test_backslash_escapes_in_a_quoted_local_part_are_removed():
    assert same('"voter\\.one"@example.org', "voter.one@example.org")
    assert normalise('"say\\"hi"@example.org') == 'say"hi@example.org'


def test_an_at_sign_inside_quotes_belongs_to_the_local_part():
    assert normalise('"a@b"@Example.org') == "a@b@example.org"
    assert domain_of('"a@b"@Example.org') == "example.org"


def test_other_domains_keep_plus_tags_and_dots():
    assert normalise("john+smith@company.example") == "john+smith@company.example"
    assert not same("john+smith@company.example", "john@company.example")
    assert not same("j.ohn@company.example", "john@company.example")


def test_finnish_operators_addresses_are_left_as_typed_apart_from_case():
    assert normalise("Aino.Asukas+vaali@Elisanet.fi") == "aino.asukas+vaali@elisanet.fi"


def test_gmail_ignores_dots_and_plus_tags_and_googlemail_is_gmail():
    assert same("aino.asukas@gmail.com", "ainoasukas@gmail.com", "a.i.n.o.asukas+pori@gmail.com")
    assert same("ainoasukas@gmail.com", "Aino.Asukas+x@GoogleMail.com")
    assert normalise("Aino.Asukas+x@googlemail.com") == "ainoasukas@gmail.com"


@pytest.mark.parametrize(
    "domain", ["outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.fi", "live.fi"]
)
def test_outlook_ignores_plus_tags_but_not_dots(domain):
    assert same(f"aino+pori@{domain}", f"aino@{domain}")
    assert not same(f"ai.no@{domain}", f"aino@{domain}")


@pytest.mark.parametrize("domain", ["icloud.com", "me.com", "mac.com"])
def test_icloud_ignores_plus_tags_but_not_dots(domain):
    assert same(f"aino+pori@{domain}", f"aino@{domain}")
    assert not same(f"ai.no@{domain}", f"aino@{domain}")


def test_icloud_domains_stay_apart():
    assert not same("aino@me.com", "aino@icloud.com")


@pytest.mark.parametrize("domain", ["fastmail.com", "fastmail.fm"])
def test_fastmail_ignores_plus_tags_and_resolves_subdomain_addressing(domain):
    assert same(f"aino+pori@{domain}", f"aino@{domain}", f"pori@aino.{domain}")
    assert domain_of(f"pori@aino.{domain}") == domain


@pytest.mark.parametrize("domain", ["proton.me", "protonmail.com", "protonmail.ch", "pm.me"])
def test_proton_ignores_plus_tags_but_keeps_dots(domain):
    assert same(f"aino+pori@{domain}", f"aino@{domain}")
    assert not same(f"ai.no@{domain}", f"aino@{domain}")


def test_proton_domains_stay_apart():
    assert not same("aino@pm.me", "aino@proton.me")


def test_the_keyed_hash_is_equal_for_one_mailbox_and_differs_for_another():
    assert email_digest('"Aino.Asukas"@gmail.com') == email_digest("ainoasukas+x@googlemail.com")
    assert email_digest("john+smith@company.example") != email_digest("john@company.example")


@pytest.mark.parametrize(
    "address",
    [
        '"a<b>c"@example.org',
        "aino@" + "ä" * 60 + ".fi",
        "aino@" + ".".join(["a" * 35 + "ä"] * 6) + ".fi",
    ],
    ids=["read-as-display-name-by-the-outbox", "label-too-long-in-idna-form", "domain-too-long-in-idna-form"],
)
def test_addresses_that_could_not_be_sent_to_are_refused(address):
    with pytest.raises(ValidationError):
        validate_sendable(address)


def test_ordinary_addresses_can_be_sent_to():
    for address in ("aino@example.fi", '"voter.one"@example.org', "john+smith@company.example"):
        validate_sendable(address)
