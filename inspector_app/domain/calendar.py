"""Working days of Kazakhstan and Kyrgyzstan, for deadlines counted in working days.

Public holidays, their transfers and working Saturdays come from the `holidays` library;
reference data adds what the government decided after the library's release (extra days off
and extra working days), since deadlines must follow the real calendar of the year.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import accumulate

import holidays

from inspector_app.domain.errors import AppError

_ONE_DAY = timedelta(days=1)


class _Year:
    """One year's working days: a flag per day and running totals, for O(1) answers."""

    __slots__ = ("cumulative", "first", "working")

    def __init__(self, year: int, working: bytes) -> None:
        self.first = date(year, 1, 1).toordinal()
        self.working = working  # working[i] is 1 when day i (0 = 1 January) is worked
        # cumulative[i] = working days among days 0..i-1, so cumulative[-1] is the year's total
        self.cumulative = [0, *accumulate(working)]

    def nth_working_day(self, n: int) -> date:
        """The n-th working day of the year (1-based); n must be within the year's total."""
        return date.fromordinal(self.first + bisect_left(self.cumulative, n) - 1)


class WorkingCalendar:
    """Which days are worked in a country; the holiday tables are built once per year."""

    def __init__(
        self,
        country: str,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
    ) -> None:
        try:
            holidays.country_holidays(country)
        except NotImplementedError:
            raise AppError("country.unknown", country=country) from None
        self.country = country
        self._extra_holidays = frozenset(extra_holidays)
        # An explicit working day wins over any holiday: it records a later government decision.
        self._extra_workdays = frozenset(extra_workdays)
        self._years: dict[int, _Year] = {}

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is None:
            cached = self._years[year] = self._build_year(year)
        return cached

    def _build_year(self, year: int) -> _Year:
        table = holidays.country_holidays(self.country, years=year)
        days_off = {d for d in table if d.year == year}
        # The library keeps transferred working Saturdays of other years too: keep this year's.
        worked_weekends = {d for d in getattr(table, "weekend_workdays", ()) if d.year == year}
        days_off |= {d for d in self._extra_holidays if d.year == year}
        worked_weekends |= {d for d in self._extra_workdays if d.year == year}

        flags = bytearray()
        day = date(year, 1, 1)
        while day.year == year:
            if day in self._extra_workdays:
                worked = True
            elif day in days_off:
                worked = False
            else:
                worked = day.weekday() < 5 or day in worked_weekends
            flags.append(worked)
            day += _ONE_DAY
        return _Year(year, bytes(flags))

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a holiday, or a Saturday made a working day."""
        year = self._year(day.year)
        return bool(year.working[day.toordinal() - year.first])

    def _worked_before(self, day: date) -> int:
        """Working days from 1 January of day's year up to, not including, `day`."""
        year = self._year(day.year)
        return year.cumulative[day.toordinal() - year.first]

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (start itself never counts); n < 0 goes back.

        Found by bisecting the yearly running totals, not by stepping day by day.
        """
        if n == 0:
            return start
        number = start.year
        year = self._year(number)
        if n > 0:
            # rank of the target among this year's working days
            rank = self._worked_before(start) + year.working[start.toordinal() - year.first] + n
            while rank > year.cumulative[-1]:
                rank -= year.cumulative[-1]
                number += 1
                year = self._year(number)
        else:
            rank = self._worked_before(start) + n + 1
            while rank < 1:
                number -= 1
                year = self._year(number)
                rank += year.cumulative[-1]
        return year.nth_working_day(rank)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative, the count of (end, start], when end < start."""
        if end < start:
            return -self.working_days_between(end, start)
        count = self._worked_before(end) - self._worked_before(start)
        count += self.is_working_day(end) - self.is_working_day(start)
        for year in range(start.year, end.year):
            count += self._year(year).cumulative[-1]
        return count
