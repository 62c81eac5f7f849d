"""The bytes of attachments (photos, scans), stored once by their SHA-256."""

from __future__ import annotations

from collections.abc import Iterable

from inspector_app.domain.canonical import canonical_json
from inspector_app.store.store import Store


def put_blob(store: Store, sha256: str, data: bytes) -> None:
    store.db.conn.execute(
        "INSERT OR IGNORE INTO attachment_blob (sha256, data) VALUES (?, ?)", [sha256, data]
    )


def blob(store: Store, sha256: str) -> bytes | None:
    found = store.db.conn.execute(
        "SELECT data FROM attachment_blob WHERE sha256 = ?", [sha256]
    ).fetchone()
    return bytes(found[0]) if found else None


def held_blobs(store: Store, hashes: Iterable[str]) -> set[str]:
    """Which of these blobs this device holds."""
    return {
        str(r[0])
        for r in store.db.conn.execute(
            "SELECT sha256 FROM attachment_blob WHERE sha256 IN (SELECT value FROM json_each(?))",
            [canonical_json(sorted(set(hashes)))],
        )
    }
