"""The journal: every change and every sensitive read, chained by SHA-256.

Each row's hash covers the previous row's hash and the row itself. For a change, the row holds
the salted hashes of the old and new values; the values and their salt sit in `journal_value`,
which may be redacted (a closed record anonymised) without breaking the chain.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_json, salted_hash, sha256_hex
from inspector_app.store.changes import Change

GENESIS = "0" * 64


@dataclass(frozen=True)
class Entry:
    at: str
    user_id: str | None
    device_id: str
    action: str
    entity: str | None = None
    record_id: str | None = None
    detail: Mapping[str, Any] | None = None
    old: Mapping[str, Any] | None = None  # values before, for the redactable value table
    new: Mapping[str, Any] | None = None


def row_hash(prev_hash: str, seq: int, at: str, user_id: str | None, device_id: str,
             action: str, entity: str | None, record_id: str | None, detail: str) -> str:
    body = canonical_json([seq, at, user_id, device_id, action, entity, record_id, detail])
    return sha256_hex(prev_hash, body)


def head(db: sqlite_utils.Database) -> tuple[int, str]:
    found = db.conn.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(found[0]), str(found[1])) if found else (0, GENESIS)


def append(db: sqlite_utils.Database, entries: Iterable[Entry]) -> int:
    """Add entries at the end of the chain, in the caller's transaction; returns the new head."""
    seq, prev = head(db)
    rows, values = [], []
    for entry in entries:
        seq += 1
        detail = dict(entry.detail or {})
        if entry.old is not None or entry.new is not None:
            salt = secrets.token_hex(16)
            old, new = dict(entry.old or {}), dict(entry.new or {})
            detail["hashes"] = {
                name: [salted_hash(salt, old.get(name)), salted_hash(salt, new.get(name))]
                for name in sorted(set(old) | set(new))
            }
            values.append((seq, salt, canonical_json(old), canonical_json(new)))
        detail_text = canonical_json(detail)
        digest = row_hash(prev, seq, entry.at, entry.user_id, entry.device_id, entry.action,
                          entry.entity, entry.record_id, detail_text)
        rows.append((seq, entry.at, entry.user_id, entry.device_id, entry.action, entry.entity,
                     entry.record_id, detail_text, prev, digest))
        prev = digest
    db.conn.executemany(
        "INSERT INTO journal (seq, at, user_id, device_id, action, entity, record_id, detail,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.conn.executemany(
        "INSERT INTO journal_value (seq, salt, old_json, new_json) VALUES (?, ?, ?, ?)", values)
    return seq


def change_detail(change: Change) -> dict[str, Any]:
    """What the journal fixes about a change besides its values (whose hashes it adds)."""
    return {"change": change.change_id, "hlc": change.hlc, "author": change.author,
            "device": change.device, "bases": dict(change.bases), "fields": sorted(change.values)}


def entries_for_changes(changes: Sequence[Change], before: Mapping[str, Mapping[str, Any]],
                        *, at: str, user_id: str | None, device_id: str, action: str
                        ) -> list[Entry]:
    """One journal entry per change: the values it carried, and those the record held before."""
    entries = []
    for change in changes:
        old = dict(before.get(change.change_id) or dict.fromkeys(change.values))
        entries.append(Entry(at=at, user_id=user_id, device_id=device_id, action=action,
                             entity=change.entity, record_id=change.record_id,
                             detail=change_detail(change), old=old, new=dict(change.values)))
    return entries
