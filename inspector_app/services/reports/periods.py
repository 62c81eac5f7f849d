"""Report periods as people write them: 2026-10, 2026-Q3, 2026, or FROM..TO."""

from __future__ import annotations

import re
from datetime import date, timedelta

from inspector_app.domain.dates import parse_date
from inspector_app.domain.errors import AppError
from inspector_app.reports.model import Period

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_YEAR = re.compile(r"(\d{4})")
MAX_RANGE_DAYS = 366 * 10  # a decade: more is a typing mistake, not a report
_FIRST_YEAR = 1990


def month(year: int, number: int) -> Period:
    start = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return Period("month", start, following - timedelta(days=1))


def quarter(year: int, number: int) -> Period:
    first = month(year, 3 * number - 2)
    last = month(year, 3 * number)
    return Period("quarter", first.start, last.end)


def year(number: int) -> Period:
    return Period("year", date(number, 1, 1), date(number, 12, 31))


def parse_period(text: str) -> Period:
    """A month (2026-10), a quarter (2026-Q3), a year (2026) or days FROM..TO (ISO or
    DD.MM.YYYY, both included); anything else is refused with AppError("report.period")."""
    cleaned = text.strip()
    try:
        if "..." not in cleaned and ".." in cleaned:
            first, _, last = cleaned.partition("..")
            start, end = parse_date(first), parse_date(last)
            if end < start or (end - start).days > MAX_RANGE_DAYS:
                raise AppError("report.period", value=text)
            period = Period("range", start, end)
        elif match := _QUARTER.fullmatch(cleaned):
            period = quarter(int(match.group(1)), int(match.group(2)))
        elif match := _MONTH.fullmatch(cleaned):
            period = month(int(match.group(1)), int(match.group(2)))
        elif match := _YEAR.fullmatch(cleaned):
            period = year(int(match.group(1)))
        else:
            raise AppError("report.period", value=text)
    except (ValueError, AppError):  # month 13, a day that does not exist, not a date
        raise AppError("report.period", value=text) from None
    if period.start.year < _FIRST_YEAR or period.end.year > 2200:
        raise AppError("report.period", value=text)
    return period


def period_code(period: Period) -> str:
    """The text parse_period reads back into the same period."""
    start, end = period.start, period.end
    if period.kind == "month":
        return f"{start.year}-{start.month:02d}"
    if period.kind == "quarter":
        return f"{start.year}-Q{(start.month + 2) // 3}"
    if period.kind == "year":
        return str(start.year)
    return f"{start.isoformat()}..{end.isoformat()}"


def period_choices(today: date) -> list[Period]:
    """What a form offers first: this and last month, quarter and year."""
    this_quarter = (today.month + 2) // 3
    last_month = today.replace(day=1) - timedelta(days=1)
    last_quarter = (today.year, this_quarter - 1) if this_quarter > 1 else (today.year - 1, 4)
    return [
        month(today.year, today.month),
        month(last_month.year, last_month.month),
        quarter(today.year, this_quarter),
        quarter(*last_quarter),
        year(today.year),
        year(today.year - 1),
    ]


def _shift_day(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def year_earlier(period: Period) -> Period:
    """The same period a year earlier."""
    if period.kind == "month":
        return month(period.start.year - 1, period.start.month)
    if period.kind in ("quarter", "year"):
        shifted = parse_period(
            period_code(period).replace(str(period.start.year), str(period.start.year - 1), 1)
        )
        return shifted
    return Period("range", _shift_day(period.start, -1), _shift_day(period.end, -1))


def previous(period: Period) -> Period:
    """The period just before: the month, quarter or year before, or as many days before."""
    before = period.start - timedelta(days=1)
    if period.kind == "month":
        return month(before.year, before.month)
    if period.kind == "quarter":
        return quarter(before.year, (before.month + 2) // 3)
    if period.kind == "year":
        return year(before.year)
    return Period("range", period.start - (period.end - period.start) - timedelta(days=1), before)
