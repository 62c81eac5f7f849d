"""Numbers, dates and periods in the conventions of the report's language, through Babel."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from inspector_app.i18n import gettext_for
from inspector_app.reports.model import Period

# Dates in tables: day first with the full year, as documents are dated in both countries;
# Babel's own short patterns cut the year (kk) or use slashes (ky).
_DAY_PATTERN = {"ru": "dd.MM.y", "kk": "dd.MM.y", "ky": "dd.MM.y", "en": "d MMM y"}


def number(value: int, lang: str) -> str:
    return format_decimal(value, locale=lang)


def percent(value: float | None, lang: str) -> str:
    """A share in percent, always with one decimal (7,0 % beside 6,9 %, never 7 %); a dash
    when there is nothing to share."""
    if value is None:
        return "–"
    return format_decimal(round(value, 1), format="#,##0.0", locale=lang) + " %"


def format_one_decimal(value: float, lang: str) -> str:
    return format_decimal(round(value, 1), format="#,##0.0", locale=lang)


def change(value: int, lang: str) -> str:
    """A change beside its figure: +3, −2 (a real minus sign), 0."""
    if value > 0:
        return "+" + format_decimal(value, locale=lang)
    if value < 0:
        return "\u2212" + format_decimal(-value, locale=lang)
    return "0"


def day(value: date | None, lang: str) -> str:
    if value is None:
        return ""
    return format_date(value, _DAY_PATTERN.get(lang, "dd.MM.y"), locale=lang)


def long_day(value: date, lang: str) -> str:
    return format_date(value, "long", locale=lang)


def month(value: date, lang: str, *, short: bool = False) -> str:
    """A month as a chart or a table names it: "окт. 2026" (short) or "октябрь 2026"."""
    return format_date(value, "LLL yy" if short else "LLLL y", locale=lang)


def moment(text: str, lang: str) -> str:
    """A local "YYYY-MM-DDTHH:MM" as a date and time of the language."""
    value = datetime.fromisoformat(text)
    return f"{day(value.date(), lang)} {format_datetime(value, 'HH:mm', locale=lang)}"


def period(value: Period | None, lang: str) -> str:
    _ = gettext_for(lang)
    if value is None:
        return _("the whole history")
    if value.kind == "month":
        return format_date(value.start, "LLLL y", locale=lang)
    if value.kind == "quarter":
        return format_date(value.start, "QQQQ y", locale=lang)
    if value.kind == "year":
        return _("year {year}").format(year=value.start.year)
    return f"{day(value.start, lang)} – {day(value.end, lang)}"
