"""Appeal deadlines across New Year, Nauryz and transferred days off, in Kazakhstan and
Kyrgyzstan, against a day-by-day count over days off typed here from the official calendars
(not from the library the application uses), with the shipped reference data."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from inspector_app.domain.refdata import ReferenceData
from inspector_app.domain.rules import appeal_deadline, extension_cap, pick_rule
from inspector_app.resources import resource_path


def _refdata(country: str) -> ReferenceData:
    text = resource_path("refdata", f"{country}.json").read_text("utf-8")
    return ReferenceData.from_json(json.loads(text))


def _days(*isos: str) -> frozenset[date]:
    return frozenset(date.fromisoformat(d) for d in isos)


# Days off falling on weekdays, and weekend days worked, as the governments announced them.
DAYS_OFF = {
    "KZ": _days(
        # New Year 2025 (3 January off, Sunday 5 January worked), Orthodox Christmas
        "2025-01-01",
        "2025-01-02",
        "2025-01-03",
        "2025-01-07",
        # New Year 2026, Christmas, 8 March (a Sunday) observed on the 9th, Nauryz
        "2026-01-01",
        "2026-01-02",
        "2026-01-07",
        "2026-03-09",
        "2026-03-23",
        "2026-03-24",
        "2026-03-25",
        "2025-12-16",
    ),
    "KG": _days(
        # New Year 2025: 2 January off, Saturday 11 January worked; 3 and 6 January off
        "2025-01-01",
        "2025-01-02",
        "2025-01-03",
        "2025-01-06",
        "2025-01-07",
        # New Year 2026: 1-7 January, and 8-9 January for budget-funded bodies (Cabinet)
        "2026-01-01",
        "2026-01-02",
        "2026-01-05",
        "2026-01-06",
        "2026-01-07",
        "2026-01-08",
        "2026-01-09",
        # Orozo ait 2026 (20 March), Nooruz on a Saturday
        "2026-03-20",
    ),
}
WEEKENDS_WORKED = {"KZ": _days("2025-01-05"), "KG": _days("2025-01-11")}


def _count(country: str, received: date, n: int) -> date:
    """The n-th working day after `received`, stepping one day at a time."""
    day = received
    while n:
        day += timedelta(days=1)
        weekend = day.weekday() >= 5
        if day in WEEKENDS_WORKED[country] or (not weekend and day not in DAYS_OFF[country]):
            n -= 1
    return day


@pytest.mark.parametrize(
    ("country", "received", "expected"),
    [
        ("KZ", date(2024, 12, 27), date(2025, 1, 22)),  # New Year 2025 with a Sunday worked
        ("KZ", date(2025, 12, 24), date(2026, 1, 19)),  # New Year 2026, Christmas
        ("KZ", date(2026, 3, 18), date(2026, 4, 13)),  # Nauryz with the moved days off
        ("KZ", date(2026, 3, 6), date(2026, 4, 2)),  # 8 March on a Sunday, and Nauryz
        ("KG", date(2024, 12, 27), date(2025, 1, 22)),  # a Saturday worked for 2 January
        ("KG", date(2025, 12, 30), date(2026, 1, 28)),  # 8 and 9 January 2026 off
        ("KG", date(2026, 3, 16), date(2026, 4, 6)),  # Orozo ait
    ],
)
def test_deadline_matches_a_day_by_day_count(country: str, received: date, expected: date) -> None:
    refdata = _refdata(country)
    rule = pick_rule(refdata.appeal_rules, received)
    counted = _count(country, received, rule.deadline_working_days)
    assert counted == expected  # the hand count, written out
    assert appeal_deadline(received, rule, refdata.calendar()) == counted


def test_kyrgyz_8_and_9_january_2026_are_days_off() -> None:
    calendar = _refdata("KG").calendar()
    assert not calendar.is_working_day(date(2026, 1, 8))
    assert not calendar.is_working_day(date(2026, 1, 9))
    assert calendar.is_working_day(date(2026, 1, 12))


@pytest.mark.parametrize(
    ("received", "cap"),
    [
        (date(2026, 7, 1), date(2026, 9, 1)),  # the old 60 days refused this
        (date(2026, 2, 1), date(2026, 4, 1)),  # and allowed 2 April here
        (date(2025, 12, 31), date(2026, 2, 28)),  # no 31 February: the month's last day
    ],
)
def test_kazakh_extension_cap_is_two_calendar_months_from_receipt(
    received: date, cap: date
) -> None:
    rule = pick_rule(_refdata("KZ").appeal_rules, received)
    assert extension_cap(received, rule) == cap
