"""A record's changes as the change log holds them, oldest first: what its history is made of."""

from __future__ import annotations

from inspector_app.domain.change import Change
from inspector_app.domain.hlc import Stamp
from inspector_app.store.records import record_changes
from inspector_app.store.store import Store


def changes_of(store: Store, entity: str, record_id: str) -> list[Change]:
    """Every change of the record but those a review set aside, in the order of their stamps."""
    return sorted(record_changes(store.db, entity, record_id), key=lambda c: Stamp.parse(c.hlc))
