"""A keyed MAC over the device-local tables that decide behaviour but are not replicated:
`meta` (role, country, device id, epoch), `counter` (appeal and incident numbers) and
`device_secret` (this device's private keys).

No change log or journal covers these tables, so an edit made with the database's key in a
SQLCipher shell (an inspector's database turned into a chief's) would pass `verify`. Each
table's whole content, in canonical JSON, is sealed with HMAC-SHA256 under a key derived from
the master key by HKDF (a key of its own, so the MAC never reveals anything about the master
key); the store writes the seal in the same transaction as every write to the table, and
`verify` recomputes it. Made when the migration that brings the seal table runs (on a new
database or the first open after an upgrade); a seal missing later is damage.
"""

from __future__ import annotations

import hashlib
import hmac

import sqlite_utils
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector_app.domain.canonical import canonical_json

SEALED = ("meta", "counter", "device_secret")
_INFO = b"inspector-app: seal of the device-local tables, v1"


def seal_key(master_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(master_key)


def _mac(db: sqlite_utils.Database, table: str, key: bytes) -> str:
    cursor = db.conn.execute(f"SELECT * FROM [{table}] ORDER BY 1")
    names = [d[0] for d in cursor.description]
    content = canonical_json([table, names, [list(row) for row in cursor]])
    return hmac.new(key, content.encode("utf-8"), hashlib.sha256).hexdigest()


def reseal(db: sqlite_utils.Database, key: bytes, tables: tuple[str, ...] = SEALED) -> None:
    """Write the seal of `tables`, in the caller's transaction."""
    db.conn.executemany(
        "INSERT INTO local_seal (name, mac) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET mac = excluded.mac",
        [(table, _mac(db, table, key)) for table in tables],
    )


def broken_seals(db: sqlite_utils.Database, key: bytes) -> list[str]:
    """The tables whose content is not what the store last sealed (or whose seal is gone)."""
    stored = dict(db.conn.execute("SELECT name, mac FROM local_seal").fetchall())
    return [
        table
        for table in SEALED
        if not hmac.compare_digest(str(stored.get(table, "")), _mac(db, table, key))
    ]
