"""What a sign-up form accepts fits what is stored: too long or control characters are refused, never a 500.

Runs on SQLite and PostgreSQL alike; on PostgreSQL an address longer than its
column used to fail in the database with a server error.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from core.forms import CONTROL_CHARACTERS_MESSAGE
from signups.models import Registration
from tests.factories.signups import SignupQuestionFactory, signup_workshop
from tests.html import soup
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db
LONG_EMAIL = "a" * 289 + "@example.fi"  # 300 characters: a valid address, longer than the column (254)
TOO_LONG_FI = "Tämän arvon tulee olla enintään 254 merkkiä pitkä (tällä hetkellä 300)."


def control_characters(language="fi"):
    """The refusal, in the language of the page (translations come through the message catalogue)."""
    with translation.override(language):
        return str(CONTROL_CHARACTERS_MESSAGE)


@pytest.fixture
def session(demo_site):
    """Five places for one person each, and three optional questions: a short, a long and an address."""
    questions = [
        SignupQuestionFactory.build(label=label, field_type=field_type, required=False)
        for label, field_type in [
            ("Lempinimi", "singleline"),
            ("Terveiset", "multiline"),
            ("Toinen osoite", "email"),
        ]
    ]
    page = signup_workshop(
        "Rajattu työpaja", capacity=5, waitlist_capacity=0, max_group_size=1, questions=questions
    )
    return page.sessions.get()


def form_url(session):
    with translation.override("fi"):
        return reverse("signups:signup", args=[session.translation_key])


def details(**changes):
    return {"name": "Aino Asukas", "email": "aino@example.fi", "language": "fi", "website": "", **changes}


def error_of(response, field):
    element = soup(response).select_one(f"#id_{field}_error")
    return element.get_text(strip=True) if element else None


# --- The public form ---------------------------------------------------------------------------------


def test_an_email_longer_than_its_column_is_refused_in_finnish_and_kept(client, session):
    response = client.post(form_url(session), details(email=LONG_EMAIL))
    assert response.status_code == 200
    assert error_of(response, "email") == TOO_LONG_FI
    assert soup(response).select_one("#id_email")["value"] == LONG_EMAIL, "what was typed is kept"
    assert not Registration.objects.exists()


def test_the_email_input_stops_at_the_columns_length(client, session):
    assert soup(client.get(form_url(session))).select_one("#id_email")["maxlength"] == "254"


@pytest.mark.parametrize(
    "name",
    [
        "Aino\nAsukas",
        "Aino\rAsukas",
        "Aino\tAsukas",
        "Aino\u202eAsukas",
        "Aino\x1b[2JAsukas",
        "Aino\u2028Asukas",
    ],
    ids=["line-feed", "carriage-return", "tab", "bidi-override", "escape", "line-separator"],
)
def test_a_name_with_a_line_break_or_control_character_is_refused(client, session, name):
    response = client.post(form_url(session), details(name=name))
    assert response.status_code == 200
    assert error_of(response, "name") == control_characters()
    assert not Registration.objects.exists()


def test_a_name_is_stored_trimmed_and_may_hold_an_emoji_sequence(client, session):
    name = "  Aino 👩\u200d👩\u200d👧  "
    assert client.post(form_url(session), details(name=name)).status_code == 302
    assert Registration.objects.get().name == name.strip()


def test_other_needs_may_run_over_several_lines(client, session):
    data = details(needs=["other"], other_need="Pyörätuoli.\r\nAvustaja tulee mukaan.", consent="on")
    assert client.post(form_url(session), data).status_code == 302
    assert Registration.objects.get().accessibility_other == "Pyörätuoli.\r\nAvustaja tulee mukaan."


@pytest.mark.parametrize(
    ("question", "answer", "message"),
    [
        ("question_terveiset", "x" * 2001, "enintään 2000 merkkiä"),
        ("question_terveiset", "Hei\x00\x07", None),
        ("question_lempinimi", "Aino\nliini", None),
        ("question_toinen_osoite", LONG_EMAIL, "enintään 254 merkkiä"),
    ],
    ids=["long-text-too-long", "long-text-control", "short-text-break", "email-too-long"],
)
def test_answers_to_extra_questions_are_bounded(client, session, question, answer, message):
    response = client.post(form_url(session), details(**{question: answer}))
    assert response.status_code == 200
    assert (message or control_characters()) in error_of(response, question)
    assert not Registration.objects.exists()


def test_a_short_answer_is_trimmed_of_a_trailing_line_break(client, session):
    assert client.post(form_url(session), details(question_lempinimi=" Ainoliini\n")).status_code == 302
    assert Registration.objects.get().answers["lempinimi"] == "Ainoliini"


def test_a_long_answer_keeps_its_line_breaks(client, session):
    answer = "Ensimmäinen rivi.\nToinen rivi.\tSisennys."
    assert client.post(form_url(session), details(question_terveiset=answer)).status_code == 302
    assert Registration.objects.get().answers["terveiset"] == answer


# --- The organisers' form ------------------------------------------------------------------------------


@pytest.fixture
def staff(client):
    return sign_in(client, make_staff("organiser"))


def add_url(session):
    return reverse("signups_admin:add", args=[session.translation_key])


def test_adding_a_participant_with_an_overlong_email_is_refused_and_kept(staff, session):
    data = {"name": "Puhelinsoittaja", "email": LONG_EMAIL, "language": "fi", "group_size": 1}
    response = staff.post(add_url(session), data)
    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    assert f'value="{LONG_EMAIL}"' in response.content.decode()
    assert not Registration.objects.exists()


def test_adding_a_participant_refuses_a_name_with_a_line_break(staff, session):
    response = staff.post(add_url(session), {"name": "Kävijä\nOvelta", "language": "fi", "group_size": 1})
    assert response.status_code == 400
    assert response.context["form"].errors["name"] == [str(CONTROL_CHARACTERS_MESSAGE)]
    assert not Registration.objects.exists()
