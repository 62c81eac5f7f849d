"""The clock every screen shows: the local time of the open database's country (not the
computer's time zone). The main window sets the country when a database is opened; one window
has one database open at a time."""

from __future__ import annotations

from datetime import date, datetime

from inspector_app.domain import local_time

_country = {"code": ""}


def set_country(country: str) -> None:
    _country["code"] = country


def country() -> str:
    return _country["code"]


def local(moment: datetime) -> datetime:
    """A stored (aware) moment as a naive time on the country's clock."""
    return local_time.to_local(moment, country())


def local_date(moment: datetime) -> date:
    return local_time.local_date(moment, country())


def now() -> datetime:
    """Now on the country's clock, naive (as a time field shows it)."""
    return local_time.now(country()).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    """A typed (naive) time as the country's local time."""
    return local_time.aware(moment, country())
