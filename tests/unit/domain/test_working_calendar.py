"""Working days with the real holidays of Kazakhstan and Kyrgyzstan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from inspector_app.domain.calendar import WorkingCalendar
from inspector_app.domain.errors import AppError


@pytest.fixture(scope="module")
def kz() -> WorkingCalendar:
    return WorkingCalendar("KZ")


@pytest.fixture(scope="module")
def kg() -> WorkingCalendar:
    return WorkingCalendar("KG")


def test_kz_nauryz_2026_days_off(kz: WorkingCalendar) -> None:
    # Nauryz 21-23 March 2026 with the weekend days moved to 24 and 25 March
    assert kz.is_working_day(date(2026, 3, 20))
    for day in range(21, 26):
        assert not kz.is_working_day(date(2026, 3, day)), day
    assert kz.is_working_day(date(2026, 3, 26))


def test_kz_other_2026_holidays(kz: WorkingCalendar) -> None:
    for day in (
        date(2026, 1, 1),
        date(2026, 1, 2),
        date(2026, 1, 7),
        date(2026, 3, 9),
        date(2026, 5, 1),
        date(2026, 5, 7),
        date(2026, 5, 11),
        date(2026, 7, 6),
        date(2026, 10, 26),
        date(2026, 12, 16),
    ):
        assert not kz.is_working_day(day), day


def test_weekends_are_off_and_weekdays_worked(kz: WorkingCalendar) -> None:
    assert not kz.is_working_day(date(2026, 4, 4))  # Saturday
    assert not kz.is_working_day(date(2026, 4, 5))  # Sunday
    assert kz.is_working_day(date(2026, 4, 6))  # Monday


def test_kz_deadline_across_nauryz(kz: WorkingCalendar) -> None:
    # Received Thursday 19 March: 20 March is day 1, Nauryz skipped, 26 March is day 2.
    assert kz.add_working_days(date(2026, 3, 19), 1) == date(2026, 3, 20)
    assert kz.add_working_days(date(2026, 3, 19), 2) == date(2026, 3, 26)
    assert kz.add_working_days(date(2026, 3, 19), 15) == date(2026, 4, 14)


def test_start_day_never_counts(kz: WorkingCalendar) -> None:
    assert kz.add_working_days(date(2026, 4, 6), 1) == date(2026, 4, 7)
    # received on a Saturday: Monday is the first day
    assert kz.add_working_days(date(2026, 4, 4), 1) == date(2026, 4, 6)
    assert kz.add_working_days(date(2026, 4, 4), 0) == date(2026, 4, 4)


def test_add_working_days_backwards(kz: WorkingCalendar) -> None:
    assert kz.add_working_days(date(2026, 3, 26), -1) == date(2026, 3, 20)
    assert kz.add_working_days(date(2026, 4, 14), -15) == date(2026, 3, 19)


def test_kg_may_holidays_2026(kg: WorkingCalendar) -> None:
    # Received Thursday 30 April: 1-9 May off, Kurman ait on 27 May
    assert kg.add_working_days(date(2026, 4, 30), 1) == date(2026, 5, 11)
    assert kg.add_working_days(date(2026, 4, 30), 14) == date(2026, 5, 29)
    assert not kg.is_working_day(date(2026, 3, 20))  # Orozo ait
    assert not kg.is_working_day(date(2026, 8, 31))  # Independence Day


def test_kg_transferred_working_saturday(kg: WorkingCalendar) -> None:
    assert date(2023, 2, 25).weekday() == 5
    assert kg.is_working_day(date(2023, 2, 25))
    assert not kg.is_working_day(date(2023, 2, 18))


def test_working_days_between(kz: WorkingCalendar) -> None:
    assert kz.working_days_between(date(2026, 3, 19), date(2026, 4, 14)) == 15
    assert kz.working_days_between(date(2026, 4, 14), date(2026, 3, 19)) == -15
    assert kz.working_days_between(date(2026, 4, 6), date(2026, 4, 6)) == 0
    assert kz.working_days_between(date(2026, 3, 20), date(2026, 3, 25)) == 0


def test_working_days_between_across_years_matches_counting(kz: WorkingCalendar) -> None:
    start, end = date(2024, 11, 15), date(2026, 2, 10)
    counted = sum(
        kz.is_working_day(start + timedelta(days=i)) for i in range(1, (end - start).days + 1)
    )
    assert kz.working_days_between(start, end) == counted
    assert kz.add_working_days(start, counted) <= end


def test_between_and_add_agree(kg: WorkingCalendar) -> None:
    start = date(2025, 12, 25)
    for n in range(0, 40):
        assert kg.working_days_between(start, kg.add_working_days(start, n)) == n


def test_extra_holidays_and_workdays_from_reference_data() -> None:
    calendar = WorkingCalendar(
        "KZ", extra_holidays=[date(2026, 4, 13)], extra_workdays=[date(2026, 1, 3)]
    )
    assert not calendar.is_working_day(date(2026, 4, 13))  # a Monday made a day off
    assert calendar.is_working_day(date(2026, 1, 3))  # a Saturday made a working day
    assert calendar.add_working_days(date(2026, 3, 19), 15) == date(2026, 4, 15)


def test_extra_workday_wins_over_a_library_holiday() -> None:
    calendar = WorkingCalendar("KZ", extra_workdays=[date(2026, 3, 25)])
    assert calendar.is_working_day(date(2026, 3, 25))


def test_unknown_country_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        WorkingCalendar("XX")
    assert (caught.value.code, caught.value.params) == ("country.unknown", {"country": "XX"})


def test_far_years_do_not_fail(kz: WorkingCalendar) -> None:
    assert kz.is_working_day(date(1950, 6, 1))
    assert kz.add_working_days(date(2199, 12, 30), 3) > date(2200, 1, 1)


def test_many_calls_are_fast(kz: WorkingCalendar) -> None:
    start = date(2026, 1, 1)
    for i in range(20000):
        kz.add_working_days(start + timedelta(days=i % 365), 15)


def _stepping(calendar: WorkingCalendar, start: date, n: int) -> date:
    """The definition, day by day: what the bisecting version must agree with."""
    step = timedelta(days=1 if n >= 0 else -1)
    day = start
    for _ in range(abs(n)):
        day += step
        while not calendar.is_working_day(day):
            day += step
    return day


@pytest.mark.parametrize("country", ["KZ", "KG"])
def test_add_working_days_agrees_with_stepping_across_years(country: str) -> None:
    calendar = WorkingCalendar(country)
    starts = [date(2025, 12, 20) + timedelta(days=i) for i in range(20)]  # incl. holidays
    starts += [date(2026, 3, 18) + timedelta(days=i) for i in range(10)]
    for start in starts:
        for n in (-300, -30, -15, -2, -1, 1, 2, 14, 15, 60, 400):
            assert calendar.add_working_days(start, n) == _stepping(calendar, start, n), (start, n)
