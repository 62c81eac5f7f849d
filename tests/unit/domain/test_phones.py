"""Phone numbers as typed in Kazakhstan and Kyrgyzstan, stored as E.164."""

from __future__ import annotations

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.phones import format_phone, normalize_phone, parse_phones


@pytest.mark.parametrize(
    "text",
    [
        "+7 701 123 45 67",
        "8 (701) 123-45-67",
        "87011234567",
        "7011234567",
        "+77011234567",
        "77011234567",
        " +7-701-123-45-67 ",
    ],
)
def test_kazakh_mobile_in_every_usual_form(text: str) -> None:
    assert normalize_phone(text, "KZ") == "+77011234567"


@pytest.mark.parametrize(
    "text", ["+996 555 123 456", "0555 123 456", "555123456", "996555123456", "0 (555) 12-34-56"]
)
def test_kyrgyz_mobile_in_every_usual_form(text: str) -> None:
    assert normalize_phone(text, "KG") == "+996555123456"


def test_landlines_and_numbers_of_the_other_country() -> None:
    assert normalize_phone("0312 123456", "KG") == "+996312123456"  # Bishkek
    assert normalize_phone("+996 555 123 456", "KZ") == "+996555123456"
    assert normalize_phone("+7 701 123 45 67", "KG") == "+77011234567"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("", "KZ"),
        ("123", "KZ"),
        ("abc", "KZ"),
        ("8 701 123 45", "KZ"),  # too short
        ("8 701 123 45 67 89", "KZ"),  # too long
        ("0555 123", "KG"),
        ("8 701 123 45 67", "KG"),  # Kazakh trunk prefix in Kyrgyzstan
        ("+996 111 111 111", "KG"),
    ],
)
def test_invalid_numbers_are_refused(text: str, country: str) -> None:
    with pytest.raises(AppError) as caught:
        normalize_phone(text, country)
    assert (caught.value.code, caught.value.params) == ("phone.invalid", {"value": text})


def test_format_phone_for_display() -> None:
    assert format_phone("+77011234567") == "+7 701 123 4567"
    assert format_phone("+996555123456") == "+996 555 123 456"


def test_format_phone_shows_junk_as_it_is() -> None:
    assert format_phone("не помнит") == "не помнит"
    assert format_phone("") == ""


def test_parse_phones_splits_normalizes_and_drops_duplicates_in_order() -> None:
    text = "8 701 123 45 67; +7 702 000 11 22,\n87011234567\r\n 7071234567 ,,"
    assert parse_phones(text, "KZ") == ["+77011234567", "+77020001122", "+77071234567"]


def test_parse_phones_of_empty_text_is_empty() -> None:
    assert parse_phones("", "KG") == []
    assert parse_phones(" ;\n, ", "KG") == []


def test_parse_phones_names_the_bad_piece() -> None:
    with pytest.raises(AppError) as caught:
        parse_phones("0555 123 456, 12345", "KG")
    assert caught.value.params == {"value": "12345"}
