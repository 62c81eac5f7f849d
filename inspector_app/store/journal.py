"""The journal: every change and every sensitive read, chained by SHA-256.

Each row's hash covers the previous row's hash and the row itself. For a change, the row holds
the change's digest (identity, stamp, bases, author, device, and the losers it settles) and a
salted hash of its values, old and new. A change received but held apart (stamped too far
ahead) is journaled as an event naming it ("held" instead of "change"), with the same digest.
The new values are those of the change log; the old ones and the salt sit in `journal_value`,
which may be redacted (a closed record anonymised) without breaking the chain.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_json, sha256_hex
from inspector_app.domain.signing import Signer
from inspector_app.store.changes import Change, ChangeTexts

GENESIS = "0" * 64
_SEP = "\x00"  # no field holds a NUL: canonical JSON escapes it, ids and stamps are ASCII


@dataclass(frozen=True)
class Entry:
    at: str
    user_id: str | None
    device_id: str
    action: str
    entity: str | None = None
    record_id: str | None = None
    detail: Mapping[str, Any] | None = None
    # for a change: the canonical JSON of the values it carried and of those it replaced
    new_text: str | None = None
    old_text: str | None = None


def row_hash(
    prev_hash: str,
    seq: int,
    at: str,
    user_id: str | None,
    device_id: str,
    action: str,
    entity: str | None,
    record_id: str | None,
    detail: str,
) -> str:
    return sha256_hex(
        _SEP.join(
            (
                prev_hash,
                str(seq),
                at,
                user_id or "",
                device_id,
                action,
                entity or "",
                record_id or "",
                detail,
            )
        )
    )


def values_hash(salt: str, old_text: str | None, new_text: str) -> str:
    return sha256_hex(_SEP.join((salt, old_text or "null", new_text)))


def change_digest(
    change_id: str,
    entity: str,
    record_id: str,
    hlc: str,
    bases_text: str,
    author: str | None,
    device: str,
    seen_text: str = "{}",
) -> str:
    """A change's identity and provenance as the journal fixes it; its values are fixed by
    the salted values hash, so they can be redacted without breaking the chain. The losers a
    change settles are covered when it names any, so the journals written before a change
    could name them still verify."""
    parts = [change_id, entity, record_id, hlc, bases_text, author or "", device]
    if seen_text != "{}":
        parts.append(seen_text)
    return sha256_hex(_SEP.join(parts))


def digest_of(change: Change, texts: ChangeTexts) -> str:
    _values, bases_text, seen_text = texts
    return change_digest(
        change.change_id,
        change.entity,
        change.record_id,
        change.hlc,
        bases_text,
        change.author,
        change.device,
        seen_text,
    )


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
        if entry.new_text is not None:
            salt = secrets.token_hex(16)
            detail["values"] = values_hash(salt, entry.old_text, entry.new_text)
            values.append((seq, salt, entry.old_text))
        detail_text = canonical_json(detail)
        digest = row_hash(
            prev,
            seq,
            entry.at,
            entry.user_id,
            entry.device_id,
            entry.action,
            entry.entity,
            entry.record_id,
            detail_text,
        )
        rows.append(
            (
                seq,
                entry.at,
                entry.user_id,
                entry.device_id,
                entry.action,
                entry.entity,
                entry.record_id,
                detail_text,
                prev,
                digest,
            )
        )
        prev = digest
    db.conn.executemany(
        "INSERT INTO journal (seq, at, user_id, device_id, action, entity, record_id, detail,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.conn.executemany("INSERT INTO journal_value (seq, salt, old_json) VALUES (?, ?, ?)", values)
    return seq


def entries_for_changes(
    changes: Sequence[Change],
    texts: Sequence[ChangeTexts],
    before: Mapping[str, Mapping[str, Any]],
    *,
    at: str,
    user_id: str | None,
    device_id: str,
    action: str,
) -> list[Entry]:
    """One journal entry per change. `texts` holds each change's stored JSON (values, bases,
    seen); `before` the values its fields held before it (none for a record's first change)."""
    entries = []
    for change, change_text in zip(changes, texts, strict=True):
        previous = before.get(change.change_id)
        old_text = (
            canonical_json(dict(previous))
            if previous and any(v is not None for v in previous.values())
            else None
        )
        entries.append(
            Entry(
                at=at,
                user_id=user_id,
                device_id=device_id,
                action=action,
                entity=change.entity,
                record_id=change.record_id,
                detail={
                    "change": change.change_id,
                    "hlc": change.hlc,
                    "digest": digest_of(change, change_text),
                },
                new_text=change_text[0],
                old_text=old_text,
            )
        )
    return entries


HELD = "change.held"


def entries_for_held(
    changes: Sequence[Change],
    texts: Sequence[ChangeTexts],
    *,
    at: str,
    user_id: str | None,
    device_id: str,
) -> list[Entry]:
    """One event per change held apart: it is kept, with its values, but not merged."""
    return [
        Entry(
            at=at,
            user_id=user_id,
            device_id=device_id,
            action=HELD,
            entity=change.entity,
            record_id=change.record_id,
            detail={
                "held": change.change_id,
                "hlc": change.hlc,
                "digest": digest_of(change, change_text),
            },
            new_text=change_text[0],
        )
        for change, change_text in zip(changes, texts, strict=True)
    ]


SIGNED = "tx.signed"
SIGN_PURPOSE = "journal-head"


def signed_head_message(device_id: str, seq: int, head_hash: str) -> bytes:
    return _SEP.join((device_id, str(seq), head_hash)).encode("ascii")


def sign_since(db: sqlite_utils.Database, start: int, signer: Signer, device_id: str) -> None:
    """Close a transaction that journaled entries after `start` with its author's signature
    over the new head: the head's hash chains every entry before it, so one signature covers
    the whole transaction (a million rows of an import cost one signature)."""
    seq, digest = head(db)
    if seq <= start:
        return
    append(
        db,
        [
            Entry(
                at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                user_id=signer.user_id,
                device_id=device_id,
                action=SIGNED,
                detail={
                    "from": start + 1,
                    "to": seq,
                    "key": signer.public,
                    "sig": signer.sign(SIGN_PURPOSE, signed_head_message(device_id, seq, digest)),
                },
            )
        ],
    )
