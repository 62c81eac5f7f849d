"""`dump` and `verify`: the replicated state as canonical JSON lines, and the damage check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.model import ENTITIES
from inspector_app.services.session import Session
from inspector_app.store import dump as dump_store
from inspector_app.store.changes import DELETED, row_values
from inspector_app.store.verify import Report
from inspector_app.store.verify import verify as verify_store

BOOKKEEPING = ("origin", "version", "created_version", "created_at", "created_by",
               "updated_at", "updated_by")


def dump_lines(session: Session) -> Iterator[str]:
    """Every record (tombstones included) and every open conflict, one canonical JSON line
    each, in a fixed order. Device-local state (journal, outbox, counters) is left out, so two
    databases holding the same records dump the same bytes. Journaled: it exports personal data.
    """
    session.require("dump")
    with session.store.transaction():
        session.event("dump")
    for name, entity in sorted(ENTITIES.items()):
        for row in dump_store.records(session.store, name):
            values = row_values(entity, row)
            line: dict[str, Any] = {"type": "record", "entity": name, "id": row["id"],
                                    "fields": {k: values[k] for k in entity.field_names},
                                    DELETED: bool(row[DELETED]),
                                    "versions": json.loads(row["versions"])}
            line.update({k: row[k] for k in BOOKKEEPING})
            yield canonical_json(line)
    for conflict in dump_store.open_conflicts(session.store):
        yield canonical_json({"type": "conflict", **conflict})


def verify(session: Session) -> Report:
    session.require("verify")
    report = verify_store(session.store.db)
    with session.store.transaction():
        session.event("verify", sound=report.sound, problems=len(report.problems))
    return report
