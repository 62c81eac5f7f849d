"""The history of a record: each field's values one after another, who set them and when, read
from the change log (which keeps every edit, from this laptop or from a package). A field can
be set back to an earlier value: that is a new change, checked and journaled as any edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.fold import DELETED
from inspector_app.domain.hlc import Stamp
from inspector_app.domain.model import ENTITIES
from inspector_app.services.session import Session
from inspector_app.store import history_queries, work_queries

# the bookkeeping of a record, not a field a person typed
_HIDDEN = frozenset({DELETED})


@dataclass(frozen=True)
class FieldVersion:
    field: str
    value: Any
    at: datetime  # aware, UTC
    by_id: str | None
    by: str  # the user's name, else their id
    change_id: str


def record_history(session: Session, entity: str, record_id: str) -> list[FieldVersion]:
    """Each value each field has had, oldest first."""
    session.require("record.read")
    if entity not in ENTITIES:
        raise AppError("history.entity", entity=entity, known=", ".join(sorted(ENTITIES)))
    changes = history_queries.changes_of(session.store, entity, record_id)
    if not changes:
        raise AppError("record.missing", id=record_id)
    names = work_queries.user_names(session.store, sorted({c.author for c in changes if c.author}))
    return [
        FieldVersion(
            field=name,
            value=value,
            at=datetime.fromtimestamp(Stamp.parse(change.hlc).wall_ms / 1000, UTC),
            by_id=change.author,
            by=names.get(change.author or "", change.author or ""),
            change_id=change.change_id,
        )
        for change in changes
        for name, value in change.values.items()
        if name not in _HIDDEN
    ]


def earlier_value(session: Session, entity: str, record_id: str, field: str, change_id: str) -> Any:
    """The value `field` was given by the change `change_id` of this record."""
    for version in record_history(session, entity, record_id):
        if version.field == field and version.change_id == change_id:
            return version.value
    raise AppError("record.missing", id=change_id)
