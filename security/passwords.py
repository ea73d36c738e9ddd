"""Staff password rules beyond Django's: refuse what an attacker tries first.

Django's validators refuse short, all-digit and common English passwords. These
add what they miss on a Finnish city's site: one character or a short pattern
repeated, a row of the keyboard or the alphabet, and a common Finnish, Swedish or
Pori word (or the site's name) with only digits or punctuation around it. A long
passphrase that merely contains such a word ("kolme karhua yyterin rannalla") passes:
no composition rules, as NIST SP 800-63B advises.
"""

import unicodedata
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

WORDS_FILE = Path(__file__).with_name("common_words.txt")

# Keys and letters in order: the number row and the letter rows of the Finnish and Swedish
# keyboard and of the US one, a keyboard's columns, and the alphabet.
SEQUENCES = (
    "1234567890qwertyuiopåasdfghjklöäzxcvbnm",
    "1234567890qwertyuiopasdfghjklzxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "abcdefghijklmnopqrstuvwxyzåäö",
)
MIN_DIFFERENT_CHARACTERS = 5


def _compact(password):
    return "".join(password.lower().split())


def letters_only(text):
    """Lower case, without accents, digits, punctuation or spaces: "Salasana-2024!" is "salasana"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(character for character in decomposed if character.isalpha())


def is_repetitive(password):
    """One character or a short pattern repeated, or few different characters at all."""
    text = _compact(password)
    if len(set(text)) < MIN_DIFFERENT_CHARACTERS:
        return True
    return any(text[size:] == text[:-size] for size in range(1, len(text) // 2 + 1))


def is_sequence(password):
    """A run along a keyboard row or the alphabet, either way: "qwertyuiopas", "lkjhgfdsa"."""
    text = _compact(password)
    return any(text in row or text in row[::-1] for row in SEQUENCES)


@cache
def common_words():
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(letters_only(line) for line in lines if line.strip() and not line.startswith("#"))


def is_common_word(password):
    """Only digits and punctuation, or one listed word (or the site's name) with only those around it."""
    word = letters_only(password)
    if not word:
        return not password.isdigit()  # all digits: Django's NumericPasswordValidator says so
    return word in common_words() or word == letters_only(settings.WAGTAIL_SITE_NAME)


class PatternPasswordValidator:
    """Refuse a repeated character or pattern and rows of the keyboard or the alphabet."""

    def validate(self, password, user=None):
        if is_repetitive(password) or is_sequence(password):
            raise ValidationError(
                _(
                    "This password is a repeated character or pattern, or a row of the keyboard or "
                    "the alphabet. A few words that belong together only for you make a strong password."
                ),
                code="password_pattern",
            )

    def get_help_text(self):
        return _("Your password can't be a repeated character or pattern, or a row of the keyboard.")


class CommonWordPasswordValidator:
    """Refuse a common Finnish, Swedish or Pori word, or the site's name, with only digits or punctuation."""

    def validate(self, password, user=None):
        if is_common_word(password):
            raise ValidationError(
                _(
                    "This password is a common word or the site's name with only digits or punctuation "
                    "added. A few words that belong together only for you make a strong password."
                ),
                code="password_common_word",
            )

    def get_help_text(self):
        return _("Your password can't be a common word with only digits or punctuation added.")
