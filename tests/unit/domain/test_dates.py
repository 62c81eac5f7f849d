"""Dates, sex and age as typed in forms and spreadsheets."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.domain.dates import age_on, parse_date, parse_sex
from inspector_app.domain.errors import AppError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.03.2026", date(2026, 3, 5)),
        ("5.3.2026", date(2026, 3, 5)),
        ("05/03/2026", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        (" 29.02.2024 ", date(2024, 2, 29)),
        ("31.12.1899", date(1899, 12, 31)),
    ],
)
def test_parse_date_accepts_usual_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "05.03.26",
        "2026/03/05",
        "32.01.2026",
        "29.02.2023",
        "05.13.2026",
        "2026-02-30",
        "5 марта 2026",
        "05.03.2026г",
        "05-03-2026",
        "abc",
    ],
)
def test_parse_date_refuses_anything_else(text: str) -> None:
    with pytest.raises(AppError) as caught:
        parse_date(text)
    assert (caught.value.code, caught.value.params) == ("date.invalid", {"value": text})


@pytest.mark.parametrize(
    "text",
    [
        "М",
        "м",
        "M",
        "m",
        "муж",
        "муж.",
        "Мужской",
        "мужчина",
        "male",
        "MALE",
        "ер",
        "Ер адам",
        "эркек",
        "Эркек",
    ],
)
def test_parse_sex_male(text: str) -> None:
    assert parse_sex(text) == "M"


@pytest.mark.parametrize(
    "text",
    [
        "Ж",
        "ж",
        "F",
        "f",
        "жен",
        "жен.",
        "Женский",
        "женщина",
        "female",
        "Female",
        "әйел",
        "ӘЙЕЛ",
        "аял",
        "Аял",
    ],
)
def test_parse_sex_female(text: str) -> None:
    assert parse_sex(text) == "F"


@pytest.mark.parametrize("text", ["", "x", "мж", "2", "unknown", "мужжен"])
def test_parse_sex_refuses_others(text: str) -> None:
    with pytest.raises(AppError) as caught:
        parse_sex(text)
    assert (caught.value.code, caught.value.params) == ("sex.invalid", {"value": text})


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2008, 3, 5), date(2026, 3, 4), 17),
        (date(2008, 3, 5), date(2026, 3, 5), 18),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # leap-day birth: of age on 1 March
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age
