"""Changes held for a stamp far ahead of this device's clock, and the chief's decision on each
(DESIGN.md section 3).

A laptop whose clock says 2038 would win every merge for good, so what it sends is held: kept,
not merged, listed here. The chief decides, and the decision is a replicated `change_review`
record (its id is the held change's), so every device follows it whatever order things arrive:

- accept: the change is merged as if it had just arrived. Its stamp then moves the clock of
  every device that merges it: accept what is a little ahead, not what is years ahead;
- superseded: the change is never merged anywhere (devices whose clock was ahead too and merged
  it fold its records again without it). Its values, where they are right, are entered again
  under a sane stamp through the normal update path: `reenter_held` does both in one
  transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.change import Change
from inspector_app.domain.errors import AppError
from inspector_app.domain.fold import DELETED
from inspector_app.domain.model import ENTITIES, REVIEW_DECISIONS
from inspector_app.services.session import Session
from inspector_app.store import queries
from inspector_app.store.changes import stamp_time

REVIEW = "change_review"


@dataclass(frozen=True)
class HeldLine:
    change_id: str
    device: str
    hlc: str
    at: str  # the time its stamp claims, ISO UTC
    entity: str
    record_id: str
    values: Mapping[str, Any]
    decision: str | None  # None: awaiting the chief


def list_held(session: Session, *, undecided_only: bool = True) -> list[HeldLine]:
    """Held changes, oldest stamp first; those superseded stay kept but are left out unless
    `undecided_only` is False."""
    session.require("record.read")
    lines = []
    for row in queries.held_rows(session.store, undecided_only=undecided_only):
        change = row.change
        lines.append(
            HeldLine(
                change.change_id,
                change.device,
                change.hlc,
                stamp_time(change.hlc),
                change.entity,
                change.record_id,
                dict(change.values),
                row.decision,
            )
        )
    return lines


def review_held(session: Session, change_id: str, decision: str, note: str | None = None) -> None:
    """Record the chief's decision ("accept" or "superseded") on a change held here."""
    session.require("change.review")
    if decision not in REVIEW_DECISIONS:
        raise AppError("held.decision", decision=decision)
    with session.store.transaction():
        _held(session, change_id)
        _write_review(session, change_id, decision, note)


def reenter_held(session: Session, change_id: str) -> None:
    """Enter a held change's values again as a fresh edit of this user, under this device's
    clock (on top of the versions held here, so it meets other edits as any edit does), and
    mark the held change superseded: both in one transaction. Fields this model does not know
    are left out."""
    session.require("change.review")
    store = session.store
    with store.transaction():
        change = _held(session, change_id)
        known = {*ENTITIES[change.entity].field_names, DELETED}
        values = {k: v for k, v in change.values.items() if k in known}
        _write_review(session, change_id, "superseded", "re-entered")
        if not values:
            return
        if store.get(change.entity, change.record_id) is not None:
            session.update(change.entity, change.record_id, values, "change.reenter")
        else:  # only its fields, as it set them: never a full record of empty fields
            store.commit_change(
                change.entity,
                change.record_id,
                values,
                dict.fromkeys(values),
                author=session.user_id,
                device=session.device_id,
                action="change.reenter",
            )


def _held(session: Session, change_id: str) -> Change:
    change = queries.held_change(session.store, change_id)
    if change is None:
        raise AppError("held.missing", id=change_id)
    return change


def _write_review(session: Session, change_id: str, decision: str, note: str | None) -> None:
    values = {"change_id": change_id, "decision": decision, "note": note}
    if session.store.get(REVIEW, change_id) is None:
        session.create(REVIEW, values, "change.review", record_id=change_id)
    else:
        session.update(REVIEW, change_id, values, "change.review")
