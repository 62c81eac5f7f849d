"""The local day and time of the database's country, for every screen, list filter, deadline
and report. Stored timestamps are UTC; people live by the clock of their country, whatever
the computer's own time zone says (a laptop set to Moscow time still works in Almaty time).

Fixed offsets, no daylight saving: Kazakhstan has had one zone, UTC+5, since 1 March 2024;
Kyrgyzstan is UTC+6."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

UTC_OFFSET_HOURS = {"KZ": 5, "KG": 6}


def offset(country: str) -> timedelta:
    return timedelta(hours=UTC_OFFSET_HOURS.get(country, 0))


def zone(country: str) -> timezone:
    """The fixed time zone of the country (UTC for one not known)."""
    return timezone(offset(country))


def now(country: str, clock: datetime | None = None) -> datetime:
    """The present moment (or `clock`) as an aware time on the country's clock."""
    return (clock or datetime.now(UTC)).astimezone(zone(country))


def is_future(moment: datetime, now: datetime) -> bool:
    """Later than the present minute (a time typed to the minute is never "in the future"
    during that minute); both aware."""
    return moment >= now.replace(second=0, microsecond=0) + timedelta(minutes=1)


def today(country: str, clock: datetime | None = None) -> date:
    return now(country, clock).date()


def aware(moment: datetime, country: str) -> datetime:
    """An aware moment; a naive one is read as the country's local time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone(country))
    return moment


def to_local(moment: datetime, country: str) -> datetime:
    """A naive local time; an aware one is converted, a naive one is taken as local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone(country)).replace(tzinfo=None)


def local_date(moment: datetime, country: str) -> date:
    """The local day of a moment (a naive one is already local)."""
    return to_local(moment, country).date()


def parse_utc(text: str) -> datetime:
    """A stored timestamp ("...Z" or with an offset) as an aware datetime; naive is UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_day(utc_text: str, country: str) -> date:
    """The local day of a stored UTC timestamp."""
    return local_date(parse_utc(utc_text), country)


def utc_text(moment: datetime) -> str:
    """An aware moment as stored: UTC, to the second, with a Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day_start(day: date, country: str) -> datetime:
    """Local midnight at the start of `day`, as an aware moment."""
    return datetime.combine(day, time.min, tzinfo=zone(country))


def day_bounds_utc(
    start: date | None, end: date | None, country: str
) -> tuple[str | None, str | None]:
    """Stored-form UTC bounds [low, high) of the local days from `start` to `end` inclusive
    (None: open ended)."""
    low = utc_text(day_start(start, country)) if start else None
    high = utc_text(day_start(end + timedelta(days=1), country)) if end else None
    return low, high
