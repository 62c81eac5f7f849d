"""Reads for the law on personal data: who saw or exported whose data (from the journal), and
everything stored about one person (a resident's request)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.model import ENTITIES
from inspector_app.store.person_links import references
from inspector_app.store.store import Store


@dataclass(frozen=True)
class JournalAccess:
    seq: int
    at: str
    login: str  # empty when the user is unknown on this device
    action: str
    detail: dict[str, Any]


def access_entries(
    store: Store, actions: Sequence[str], start: str, end: str
) -> Iterator[JournalAccess]:
    """Journal entries of `actions` stamped at or after `start` and before `end` (UTC ISO)."""
    marks = ",".join("?" * len(actions))
    for seq, at, login, action, detail in store.db.conn.execute(
        "SELECT j.seq, j.at, coalesce(u.login, ''), j.action, j.detail FROM journal AS j"
        " LEFT JOIN user AS u ON u.id = j.user_id"
        f" WHERE j.action IN ({marks}) AND j.at >= ? AND j.at < ? ORDER BY j.seq",
        [*actions, start, end],
    ):
        try:
            parsed = json.loads(detail)
        except ValueError:  # verify reports the damaged entry; the log still lists it
            parsed = {}
        yield JournalAccess(int(seq), str(at), str(login), str(action), parsed)


def person_name(store: Store, person_id: str) -> str:
    found = store.db.conn.execute(
        "SELECT surname, name, patronymic FROM person WHERE id = ?", [person_id]
    ).fetchone()
    return " ".join(str(part) for part in found if part) if found else ""


def _row(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    cursor = store.db.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _changes(store: Store, entity: str, record_id: str) -> list[dict[str, Any]]:
    cursor = store.db.conn.execute(
        "SELECT change_id, hlc, values_json, author, device FROM change"
        " WHERE entity = ? AND record_id = ? ORDER BY hlc",
        [entity, record_id],
    )
    return [
        {"change": c, "stamp": h, "values": json.loads(v), "author": a, "device": d}
        for c, h, v, a, d in cursor
    ]


def person_everything(store: Store, person_id: str) -> dict[str, Any] | None:
    """Every row stored about the person: the person (even deleted), the duplicates merged
    into them, the records naming them, their household, attachments of any of these, and
    each one's change history. None when no such person was ever stored."""
    person = _row(store, "person", person_id)
    if person is None:
        return None
    records: dict[str, dict[str, dict[str, Any]]] = {"person": {person_id: person}}

    def add(entity: str, record_id: str | None) -> None:
        if record_id and record_id not in records.get(entity, {}):
            found = _row(store, entity, record_id)
            if found is not None:
                records.setdefault(entity, {})[record_id] = found

    for (merged,) in store.db.conn.execute(
        "SELECT id FROM person WHERE merged_into = ? ORDER BY id", [person_id]
    ):
        add("person", str(merged))
    for entity, record_id, _field, _value in references(store, person_id):
        add(entity, record_id)
        if entity == "incident_person":
            incident = records["incident_person"][record_id].get("incident_id")
            add("incident", str(incident) if incident else None)
    add("household", person.get("household_id"))
    named = [(entity, rid) for entity, rows in records.items() for rid in rows]
    for entity, record_id in named:
        for (attachment,) in store.db.conn.execute(
            "SELECT id FROM attachment WHERE entity = ? AND record_id = ? ORDER BY id",
            [entity, record_id],
        ):
            add("attachment", str(attachment))
    history = {
        entity: {rid: _changes(store, entity, rid) for rid in sorted(rows)}
        for entity, rows in records.items()
        if entity in ENTITIES
    }
    return {
        "records": {e: [rows[r] for r in sorted(rows)] for e, rows in sorted(records.items())},
        "history": history,
    }
