"""core.forms: one-line fields refuse line breaks and invisible control characters; text areas keep lines."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from core.forms import (
    CONTROL_CHARACTERS_MESSAGE,
    MultiLineCharField,
    SingleLineCharField,
    reject_control_characters,
    reject_control_characters_except_line_breaks,
)

LINE_BREAKS_AND_CONTROLS = {
    "line-feed": "a\nb",
    "carriage-return": "a\rb",
    "tab": "a\tb",
    "null": "a\x00b",
    "escape": "a\x1b[31mb",
    "delete": "a\x7fb",
    "c1-next-line": "a\x85b",
    "line-separator": "a\u2028b",
    "paragraph-separator": "a\u2029b",
    "bidi-override": "a\u202eb",
    "zero-width-space-format": "a\u2060b",
    "byte-order-mark": "\ufeffab",
}


@pytest.mark.parametrize("value", LINE_BREAKS_AND_CONTROLS.values(), ids=LINE_BREAKS_AND_CONTROLS.keys())
def test_a_single_line_field_refuses_line_breaks_and_control_characters(value):
    with pytest.raises(ValidationError) as refused:
        SingleLineCharField().clean(value)
    assert str(CONTROL_CHARACTERS_MESSAGE) in refused.value.messages


@pytest.mark.parametrize(
    "value",
    ["Aino Asukas", "Åke Öhman-Ääri", "José Nuñez", "👩\u200d👩\u200d👧", "می\u200cخواهم", "O'Brien & Co."],
    ids=["plain", "nordic", "accents", "emoji-sequence", "zero-width-non-joiner", "punctuation"],
)
def test_a_single_line_field_accepts_ordinary_text_in_any_script(value):
    assert SingleLineCharField().clean(value) == value


def test_a_single_line_field_trims_spaces_and_a_trailing_line_break():
    assert SingleLineCharField().clean("  Aino Asukas\r\n") == "Aino Asukas"


def test_a_single_line_field_keeps_its_other_options():
    field = SingleLineCharField(max_length=5, required=False)
    assert field.clean("") == ""
    assert field.widget.attrs["maxlength"] == "5"
    with pytest.raises(ValidationError):
        field.clean("kuusi!")


def test_a_multi_line_field_keeps_line_breaks_and_tabs_and_refuses_other_controls():
    field = MultiLineCharField()
    assert isinstance(field.widget, forms.Textarea)
    assert field.clean("Rivi 1\r\nRivi 2\n\tsisennetty") == "Rivi 1\r\nRivi 2\n\tsisennetty"
    for value in ("a\x1bb", "a\u202eb", "a\x0bb"):
        with pytest.raises(ValidationError):
            field.clean(value)


def test_the_validators_work_on_their_own_for_any_field():
    reject_control_characters("")
    reject_control_characters("yksi rivi")
    reject_control_characters_except_line_breaks("kaksi\nriviä")
    with pytest.raises(ValidationError) as refused:
        reject_control_characters("kaksi\nriviä")
    assert refused.value.code == "control_characters"
