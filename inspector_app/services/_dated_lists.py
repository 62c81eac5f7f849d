"""What the dated lists (the work log, incidents) share: a filter on local days, a kind and an
inspector, turned into a store query a page (or a count) at a time, and the names of the
inspectors who wrote the rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

from inspector_app.domain.local_time import day_bounds_utc
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


def _query_filter(session: Session, flt: DatedFilter) -> dict[str, str | None]:
    start, end = day_bounds_utc(flt.start, flt.end, session.country)
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
    return query(session.store, **_query_filter(session, flt), after=after, limit=limit)


def dated_count(session: Session, flt: DatedFilter, counter: Callable[..., int], cap: int) -> int:
    """How many rows match, up to cap + 1, by the store's `counter`."""
    session.require("record.read")
    return counter(session.store, **_query_filter(session, flt), cap=cap)


def inspector_names(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """The names of the inspectors these rows belong to, by user id."""
    return work_queries.user_names(
        session.store, list({r["inspector_id"] for r in rows if r["inspector_id"]})
    )
