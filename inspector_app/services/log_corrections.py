"""Correcting the work log: an entry is opened, changed or cancelled with a reason, never
deleted. Every correction is a change in the change log (so the record's history shows what
it was, who changed it and when) and is journaled."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import is_future, parse_utc, utc_text
from inspector_app.domain.rules import check_talk_companion
from inspector_app.services.session import Session
from inspector_app.services.worklog import MAX_TEXT, LogRow, _log_rows
from inspector_app.store import queries

# the fields a person may correct, as the command line names them
EDITABLE = ("kind", "at", "place", "person_ids", "companion", "summary", "outcome", "follow_up")
MAX_REASON = 500


def get_log_entry(session: Session, entry_id: str) -> LogRow:
    session.require("record.read")
    row = session.store.get("log_entry", entry_id)
    if row is None or row["deleted"]:
        raise AppError("record.missing", id=entry_id)
    raw = {**row, "person_ids": json.dumps(row["person_ids"] or [])}
    found = _log_rows(session, [raw])
    if not found:
        raise AppError("record.missing", id=entry_id)
    return found[0]


def _current(session: Session, entry_id: str) -> dict[str, Any]:
    row = session.store.get("log_entry", entry_id)
    if row is None or row["deleted"]:
        raise AppError("record.missing", id=entry_id)
    if row["cancel_reason"]:
        raise AppError("log.cancelled", id=entry_id, reason=row["cancel_reason"])
    return row


def _text(name: str, value: Any, *, required: bool = False) -> str | None:
    text = " ".join(str(value or "").split()) or None
    if required and not text:
        raise AppError("field.required", field=name)
    if text and len(text) > MAX_TEXT:
        raise AppError("field.too_long", field=name, maximum=MAX_TEXT)
    return text


def _checked(session: Session, merged: dict[str, Any]) -> dict[str, Any]:
    """The entry's fields after the correction, checked as a new entry is."""
    if merged["kind"] not in {k.code for k in session.refdata.log_kinds}:
        raise AppError("kind.unknown", kind=merged["kind"])
    at = session.aware(merged["at"])
    if is_future(at, session.now()):
        raise AppError("log.in_future")
    people = list(dict.fromkeys(merged["person_ids"] or []))
    births = queries.birth_dates(session.store, people)
    missing = [p for p in people if p not in births]
    if missing:
        raise AppError("person.missing", id=missing[0])
    companion = _text("companion", merged["companion"])
    check_talk_companion(
        merged["kind"],
        [datetime.fromisoformat(b).date() if b else None for b in births.values()],
        companion,
        session.local_date(at),
    )
    follow_up = merged["follow_up"]
    if isinstance(follow_up, date):
        follow_up = follow_up.isoformat()
    return {
        "kind": merged["kind"],
        "at": utc_text(at),
        "place": _text("place", merged["place"]),
        "person_ids": people,
        "companion": companion,
        "summary": _text("summary", merged["summary"], required=True),
        "outcome": _text("outcome", merged["outcome"]),
        "follow_up": follow_up or None,
    }


def edit_log_entry(session: Session, entry_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Change fields of an entry (`at` an aware or country-local datetime, `person_ids` a
    list, `follow_up` a date or ISO text); returns the old values of what changed."""
    session.require("record.write")
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise AppError("log.unknown_field", field=unknown[0], known=", ".join(EDITABLE))
    with session.store.transaction():
        row = _current(session, entry_id)
        merged = {name: row[name] for name in EDITABLE}
        merged["at"] = parse_utc(row["at"])
        merged.update(changes)
        values = _checked(session, merged)
        stored = {name: row[name] for name in EDITABLE}
        changed = {k: v for k, v in values.items() if stored[k] != v}
        if not changed:
            return {}
        return session.update("log_entry", entry_id, changed, "log.edit")


def cancel_log_entry(session: Session, entry_id: str, reason: str) -> None:
    """Cancel an entry written in error: it stays, marked with the reason, and leaves the
    figures of lists and reports."""
    session.require("record.write")
    text = " ".join((reason or "").split())
    if not text:
        raise AppError("log.cancel_reason")
    if len(text) > MAX_REASON:
        raise AppError("field.too_long", field="reason", maximum=MAX_REASON)
    with session.store.transaction():
        _current(session, entry_id)
        session.update("log_entry", entry_id, {"cancel_reason": text}, "log.cancel")
        # a check recorded by the entry did not happen either
        for check_id in queries.checks_of_log_entry(session.store, entry_id):
            session.update("register_check", check_id, {"deleted": True}, "register.check_cancel")


def set_back_log_field(session: Session, entry_id: str, field: str, change_id: str) -> None:
    """Give a field of an entry the value an earlier change gave it: a new change, checked
    as any correction is (the old values stay in the history)."""
    from inspector_app.services.record_history import earlier_value

    value = earlier_value(session, "log_entry", entry_id, field, change_id)
    if field == "at" and isinstance(value, str):
        value = parse_utc(value)
    edit_log_entry(session, entry_id, {field: value})
