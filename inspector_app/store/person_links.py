"""Where a person is referred to: what follows a person merged into another."""

from __future__ import annotations

import json
from typing import Any

from inspector_app.store.store import Store

# (entity, field) holding one person's id
_SINGLE = (
    ("register_entry", "person_id"),
    ("register_check", "person_id"),
    ("appeal", "applicant_id"),
    ("incident_person", "person_id"),
)


def references(store: Store, person_id: str) -> list[tuple[str, str, str, Any]]:
    """(entity, record id, field, current value) of every live record naming the person; for
    `log_entry.person_ids` the value is the whole list."""
    found: list[tuple[str, str, str, Any]] = []
    for entity, field in _SINGLE:
        for (record_id,) in store.db.conn.execute(
            f"SELECT id FROM [{entity}] WHERE {field} = ? AND deleted = 0 ORDER BY id",
            [person_id],
        ):
            found.append((entity, str(record_id), field, person_id))
    for record_id, people in store.db.conn.execute(
        "SELECT id, person_ids FROM log_entry WHERE deleted = 0 AND EXISTS"
        " (SELECT 1 FROM json_each(log_entry.person_ids) WHERE value = ?) ORDER BY id",
        [person_id],
    ):
        found.append(("log_entry", str(record_id), "person_ids", json.loads(people)))
    return found
