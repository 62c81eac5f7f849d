"""Conflicts awaiting review, and their resolution (DESIGN.md section 4).

Two edits of one field made without seeing each other are a conflict: the greater (stamp,
change id) is shown, the other value kept. A conflict's id is made from its changes, so it is
the same on every device. Resolving it is a change like any other: it sets the chosen value on
top of the shown version and names in `seen` every open loser of the field it settles, so the
resolution travels in packages and the conflict closes on every device that receives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspector_app.domain.change import Change
from inspector_app.domain.errors import AppError
from inspector_app.domain.fold import Edit, open_losers, settles, winner
from inspector_app.services.session import Session
from inspector_app.store import conflict_queries

KEEP_CURRENT, KEEP_OTHER = "current", "other"


@dataclass(frozen=True)
class OtherValue:
    change_id: str
    value: Any


@dataclass(frozen=True)
class ConflictLine:
    """One open conflict: the value shown and the others kept, this conflict's loser first
    (a field edited on three devices has two losers, each its own conflict)."""

    id: str
    entity: str
    record_id: str
    field: str
    shown: Any
    shown_change: str
    others: tuple[OtherValue, ...]


def list_conflicts(session: Session) -> list[ConflictLine]:
    session.require("record.read")
    lines = []
    edits: dict[tuple[str, str, str], list[Edit]] = {}
    for conflict in conflict_queries.open_conflicts(session.store):
        key = (conflict.entity, conflict.record_id, conflict.field)
        if key not in edits:
            edits[key] = conflict_queries.edits_of_field(session.store, *key)
        top = winner(edits[key])
        losers = sorted(open_losers(edits[key]), key=lambda e: e.change_id != conflict.loser_change)
        lines.append(
            ConflictLine(
                conflict.id,
                conflict.entity,
                conflict.record_id,
                conflict.field,
                top.value,
                top.change_id,
                tuple(OtherValue(e.change_id, e.value) for e in losers),
            )
        )
    return lines


def resolve_conflict(session: Session, conflict_id: str, keep: str) -> Change:
    """Settle a conflict, keeping the shown value ("current"), this conflict's other value
    ("other") or the value of one of the field's open changes (its change id). Every open
    conflict of the field is settled with it. Returns the change that records the decision."""
    session.require("conflict.resolve")
    store = session.store
    with store.transaction():
        conflict = conflict_queries.find_conflict(store, conflict_id)
        if conflict is None:
            raise AppError("conflict.missing", id=conflict_id)
        edits = conflict_queries.edits_of_field(
            store, conflict.entity, conflict.record_id, conflict.field
        )
        top = winner(edits)
        wanted = {KEEP_CURRENT: top.change_id, KEEP_OTHER: conflict.loser_change}.get(keep, keep)
        chosen = [e for e in (top, *open_losers(edits)) if e.change_id == wanted]
        if not chosen:
            raise AppError("conflict.keep", keep=keep, id=conflict_id)
        return store.commit_change(
            conflict.entity,
            conflict.record_id,
            {conflict.field: chosen[0].value},
            {conflict.field: top.hlc},
            author=session.user_id,
            device=session.device_id,
            action="conflict.resolve",
            seen={conflict.field: settles(edits)},
        )
