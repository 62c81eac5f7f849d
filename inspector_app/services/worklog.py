"""The log of preventive work: rounds, talks, receptions, meetings, raids."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.rules import check_talk_companion
from inspector_app.services.session import Session
from inspector_app.store import queries

MAX_TEXT = 4000


def add_log_entry(
    session: Session,
    *,
    kind: str,
    at: datetime,
    summary: str,
    person_ids: list[str] | None = None,
    companion: str | None = None,
    place: str | None = None,
    outcome: str | None = None,
    follow_up: str | None = None,
) -> str:
    """A new entry; a talk with a minor is refused unless the parent, guardian or teacher
    present is named (KZ law 245-VIII, art. 50)."""
    session.require("record.write")
    if kind not in {k.code for k in session.refdata.log_kinds}:
        raise AppError("kind.unknown", kind=kind)
    if at.date() > session.today():
        raise AppError("log.in_future")
    people = list(dict.fromkeys(person_ids or []))
    births = queries.birth_dates(session.store, people)
    missing = [p for p in people if p not in births]
    if missing:
        raise AppError("person.missing", id=missing[0])
    check_talk_companion(
        kind,
        [datetime.fromisoformat(b).date() if b else None for b in births.values()],
        companion,
        at.date(),
    )
    text = " ".join(summary.split())
    if not text:
        raise AppError("field.required", field="summary")
    if len(text) > MAX_TEXT:
        raise AppError("field.too_long", field="summary", maximum=MAX_TEXT)
    values: dict[str, Any] = {
        "kind": kind,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "place": place,
        "person_ids": people,
        "companion": (companion or "").strip() or None,
        "summary": text,
        "outcome": outcome,
        "follow_up": follow_up,
        "inspector_id": session.user_id,
    }
    with session.store.transaction():
        return session.create("log_entry", values, "log.add")
