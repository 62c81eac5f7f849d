"""What the dated lists (the work log, incidents) share: a filter on local days, a kind and an
inspector, turned into a store query a page (or a count) at a time, and the names of the
inspectors who wrote the rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from inspector_app.services.session import Session
from inspector_app.store import work_queries

Key = tuple[str, str]
Rows = list[dict[str, Any]]


class DatedFilter(Protocol):
    """LogFilter and IncidentFilter: local days (inclusive), a kind, an inspector."""

    @property
    def start(self) -> date | None: ...
    @property
    def end(self) -> date | None: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def inspector_id(self) -> str | None: ...


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_day_bounds(start: date | None, end: date | None) -> tuple[str | None, str | None]:
    """UTC bounds of the local days from `start` to `end` inclusive (None: open ended)."""
    low = utc_text(datetime.combine(start, time.min).astimezone()) if start else None
    high = (
        utc_text(datetime.combine(end + timedelta(days=1), time.min).astimezone()) if end else None
    )
    return low, high


def _query_filter(flt: DatedFilter) -> dict[str, str | None]:
    start, end = local_day_bounds(flt.start, flt.end)
    return {"start": start, "end": end, "kind": flt.kind, "inspector_id": flt.inspector_id}


def dated_page(
    session: Session,
    flt: DatedFilter,
    query: Callable[..., Rows],
    after: Key | None,
    limit: int,
) -> Rows:
    """A page of store rows for the filter, by the store's `query` (work_queries.log_entries,
    work_queries.incidents), after the key `after`."""
    session.require("record.read")
    return query(session.store, **_query_filter(flt), after=after, limit=limit)


def dated_count(session: Session, flt: DatedFilter, counter: Callable[..., int], cap: int) -> int:
    """How many rows match, up to cap + 1, by the store's `counter`."""
    session.require("record.read")
    return counter(session.store, **_query_filter(flt), cap=cap)


def inspector_names(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """The names of the inspectors these rows belong to, by user id."""
    return work_queries.user_names(
        session.store, list({r["inspector_id"] for r in rows if r["inspector_id"]})
    )
