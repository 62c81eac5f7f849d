"""Queries of the partnership with residents: proposals raised at meetings and receptions,
and the last report to residents."""

from __future__ import annotations

import json
from typing import Any

from inspector_app.store.store import Store
from inspector_app.store.work_queries import _Where  # the same condition builder

_PROPOSAL_COLUMNS = (
    "p.id, p.log_entry_id, p.appeal_id, p.raised_on, p.raised_by_person_id, p.raised_by,"
    " p.text, p.assignee, p.due, p.status, p.answer, p.answered_on, p.precinct_id,"
    " p.inspector_id, l.kind AS log_kind, l.at AS log_at, l.place AS log_place,"
    " a.number AS appeal_number, per.surname, per.name, per.patronymic"
)
_PROPOSAL_FROM = (
    " FROM proposal AS p LEFT JOIN log_entry AS l ON l.id = p.log_entry_id"
    " LEFT JOIN appeal AS a ON a.id = p.appeal_id"
    " LEFT JOIN person AS per ON per.id = p.raised_by_person_id"
)


def _proposal_where(
    status: str | None, overdue_on: str | None, inspector_id: str | None, log_id: str | None
) -> _Where:
    where = _Where("p.deleted = 0")
    if status:
        where.add("p.status = ?", status)
    if overdue_on:
        where.add("p.status IN ('received', 'in_work') AND p.due < ?", overdue_on)
    if inspector_id:
        where.add("p.inspector_id = ?", inspector_id)
    if log_id:
        where.add("p.log_entry_id = ?", log_id)
    return where


def proposals(
    store: Store,
    *,
    status: str | None = None,
    overdue_on: str | None = None,
    inspector_id: str | None = None,
    log_id: str | None = None,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Proposals, open ones first (soonest due first), then the answered newest first."""
    where = _proposal_where(status, overdue_on, inspector_id, log_id)
    return store.select(
        f"SELECT {_PROPOSAL_COLUMNS}{_PROPOSAL_FROM} WHERE {where.sql()}"
        " ORDER BY p.status IN ('done', 'declined'),"
        " CASE WHEN p.status IN ('received', 'in_work') THEN ifnull(p.due, '9999') END,"
        " p.answered_on DESC, p.raised_on DESC, p.id LIMIT ?",
        [*where.params, limit],
    )


def proposal(store: Store, proposal_id: str) -> dict[str, Any] | None:
    rows = store.select(
        f"SELECT {_PROPOSAL_COLUMNS}{_PROPOSAL_FROM} WHERE p.id = ? AND p.deleted = 0",
        [proposal_id],
    )
    return rows[0] if rows else None


def open_proposals_due(
    store: Store, until: str, inspector_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """Open proposals due on or before `until`, soonest first."""
    where = _proposal_where(None, None, inspector_id, None)
    where.add("p.status IN ('received', 'in_work') AND p.due <= ?", until)
    return store.select(
        f"SELECT {_PROPOSAL_COLUMNS}{_PROPOSAL_FROM} WHERE {where.sql()}"
        " ORDER BY p.due, p.id LIMIT ?",
        [*where.params, limit],
    )


def last_log_day(store: Store, kind: str, inspector_id: str | None) -> str | None:
    """The UTC moment of the newest entry of a kind (the last report to residents); an entry
    cancelled as written in error does not count."""
    rows = store.select(
        "SELECT max(at) AS at FROM log_entry WHERE kind = ? AND deleted = 0"
        " AND cancel_reason IS NULL"
        " AND (? IS NULL OR inspector_id = ?)",
        [kind, inspector_id, inspector_id],
    )
    return rows[0]["at"] if rows else None


def appeal_by_id_or_number(store: Store, key: str) -> dict[str, Any] | None:
    """An appeal named by its id or its registration number."""
    rows = store.select(
        "SELECT * FROM appeal WHERE (id = ? OR number = ?) AND deleted = 0 ORDER BY id LIMIT 1",
        [key, key],
    )
    return rows[0] if rows else None


def log_entry(store: Store, log_id: str) -> dict[str, Any] | None:
    rows = store.select(
        "SELECT id, kind, at, place FROM log_entry"
        " WHERE id = ? AND deleted = 0 AND cancel_reason IS NULL",
        [log_id],
    )
    return rows[0] if rows else None


def meetings(
    store: Store, kinds: list[str], inspector_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """Log entries of the gathering kinds, newest first, with how many questions each raised;
    an entry cancelled as written in error is left out (the log page still shows it)."""
    return store.select(
        "SELECT l.id, l.kind, l.at, l.place, l.summary, l.attendance, l.police_speaker,"
        " l.inspector_id, (SELECT count(*) FROM proposal AS p WHERE p.log_entry_id = l.id"
        " AND p.deleted = 0) AS questions"
        " FROM log_entry AS l WHERE l.deleted = 0 AND l.cancel_reason IS NULL"
        " AND l.kind IN (SELECT value FROM json_each(?)) AND (? IS NULL OR l.inspector_id = ?)"
        " ORDER BY l.at DESC, l.id LIMIT ?",
        [json.dumps(kinds), inspector_id, inspector_id, limit],
    )
