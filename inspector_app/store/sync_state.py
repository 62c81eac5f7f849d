"""Device-local sync bookkeeping: known devices, signed batches, acknowledgements, package
history and changes set aside. The sync services call these; none of it is ever dumped."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.store.store import Store, utc_now

Ranges = list[list[int]]

CHANGE_COLUMNS = (
    "seq, change_id, entity, record_id, hlc, values_json, bases_json, author, device, seen_json"
)


@dataclass(frozen=True)
class BatchRow:
    batch_id: str
    origin: str
    epoch: int
    seq: int
    count: int
    digest: str
    signature: str


# --- peers ----------------------------------------------------------------------------------
def peer(store: Store, device_id: str) -> dict[str, Any] | None:
    rows = store.select("SELECT * FROM peer WHERE device_id = ?", [device_id])
    return rows[0] if rows else None


def peers(store: Store) -> list[dict[str, Any]]:
    return store.select("SELECT * FROM peer ORDER BY role, name, device_id")


def save_peer(store: Store, card: Mapping[str, Any], *, vouched_by: str | None) -> None:
    """Trust a device card (or refresh a trusted one); a revoked device stays revoked."""
    store.db.conn.execute(
        "INSERT INTO peer (device_id, card, name, role, country, district_code, precinct_code,"
        " sign_public, box_public, formats, model, trust, vouched_by, enrolled_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'trusted', ?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET card = excluded.card, name = excluded.name,"
        " formats = excluded.formats, model = excluded.model",
        [
            card["device_id"],
            canonical_json(dict(card)),
            card["name"],
            card["role"],
            card.get("country"),
            card.get("district_code"),
            card.get("precinct_code"),
            card["sign_public"],
            card["box_public"],
            canonical_json(list(card["formats"])),
            int(card["model"]),
            vouched_by,
            utc_now(),
        ],
    )


def revoke_peer(
    store: Store, device_id: str, after_package: int, after_batch: int, epoch: int | None
) -> None:
    """Trust withdrawn: the device's packages after `after_package` of `epoch`, and of any
    later epoch, are refused; its batches after `after_batch` are set aside."""
    store.db.conn.execute(
        "UPDATE peer SET trust = 'revoked', revoked_after = ?, revoked_after_batch = ?,"
        " revoked_epoch = ? WHERE device_id = ?",
        [after_package, after_batch, epoch, device_id],
    )


def update_peer(store: Store, device_id: str, **columns: Any) -> None:
    names = list(columns)
    store.db.conn.execute(
        f"UPDATE peer SET {', '.join(n + ' = ?' for n in names)} WHERE device_id = ?",
        [*(columns[n] for n in names), device_id],
    )


# --- this device ----------------------------------------------------------------------------
def device_secret(store: Store, device_id: str) -> tuple[bytes, bytes]:
    """(Ed25519 seed, X25519 private key) of this device."""
    row = store.db.conn.execute(
        "SELECT sign_private, box_private FROM device_secret WHERE device_id = ?", [device_id]
    ).fetchone()
    if row is None:
        raise LookupError(device_id)
    return bytes.fromhex(row[0]), bytes.fromhex(row[1])


def device_record(store: Store, device_id: str) -> dict[str, Any] | None:
    rows = store.select("SELECT * FROM device WHERE id = ?", [device_id])
    return rows[0] if rows else None


def journal_head(store: Store) -> tuple[int, str]:
    row = store.db.conn.execute(
        "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def journal_hash_at(store: Store, seq: int) -> str | None:
    row = store.db.conn.execute("SELECT hash FROM journal WHERE seq = ?", [seq]).fetchone()
    return str(row[0]) if row else None


# --- batches --------------------------------------------------------------------------------
def unsealed_changes(store: Store, device: str) -> Iterator[tuple[Any, ...]]:
    """This device's changes not sealed into a batch yet, in the order they were made."""
    return iter(
        store.db.conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM change WHERE batch_id IS NULL AND device = ?"
            " ORDER BY seq",
            [device],
        )
    )


def seal(
    store: Store, batch: BatchRow, through_seq: int, entities: Collection[str] | None = None
) -> None:
    """Put this device's unsealed changes up to `through_seq` (of `entities` only, unless
    None) into `batch`."""
    marks = ",".join("?" * len(entities)) if entities is not None else ""
    store.db.conn.execute(
        "UPDATE change SET batch_id = ? WHERE batch_id IS NULL AND device = ? AND seq <= ?"
        + (f" AND entity IN ({marks})" if entities is not None else ""),
        [batch.batch_id, batch.origin, through_seq, *(entities or ())],
    )
    insert_batch(store, batch, received_from=None, package_id=None)


def batches_with(store: Store, entities: Collection[str]) -> set[str]:
    """The batches holding a change (merged, held or set aside) of one of `entities`."""
    if not entities:
        return set()
    marks = ",".join("?" * len(entities))
    found = store.db.conn.execute(
        f"SELECT batch_id FROM change WHERE batch_id IS NOT NULL AND entity IN ({marks})"
        f" UNION SELECT batch_id FROM held_change WHERE batch_id IS NOT NULL"
        f" AND entity IN ({marks})"
        f" UNION SELECT batch_id FROM set_aside WHERE batch_id IS NOT NULL"
        f" AND entity IN ({marks})",
        [*entities, *entities, *entities],
    )
    return {str(r[0]) for r in found}


def first_change_of(store: Store, entities: Collection[str]) -> int | None:
    """The lowest change number of a change of one of `entities` here."""
    if not entities:
        return None
    marks = ",".join("?" * len(entities))
    row = store.db.conn.execute(
        f"SELECT min(seq) FROM change WHERE entity IN ({marks})", list(entities)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def insert_batch(
    store: Store, batch: BatchRow, *, received_from: str | None, package_id: str | None
) -> None:
    store.db.conn.execute(
        "INSERT INTO batch (batch_id, origin, epoch, seq, count, digest, signature,"
        " received_from, package_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            batch.batch_id,
            batch.origin,
            batch.epoch,
            batch.seq,
            batch.count,
            batch.digest,
            batch.signature,
            received_from,
            package_id,
            utc_now(),
        ],
    )


def last_batch_through_package(store: Store, origin: str, package_seq: int) -> int:
    """The highest batch number of `origin` that came in its own packages up to `package_seq`
    (or through a relay: those were received before any revocation)."""
    found = store.db.conn.execute(
        "SELECT max(b.seq) FROM batch AS b LEFT JOIN package_in AS p"
        " ON p.package_id = b.package_id WHERE b.origin = ?"
        " AND (b.received_from IS NOT ? OR p.seq <= ?)",
        [origin, origin, package_seq],
    ).fetchone()
    return int(found[0] or 0)


def batch_known(store: Store, batch_id: str) -> bool:
    found = store.db.conn.execute("SELECT 1 FROM batch WHERE batch_id = ?", [batch_id])
    return found.fetchone() is not None


def batch_number_taken(store: Store, origin: str, epoch: int, seq: int) -> bool:
    found = store.db.conn.execute(
        "SELECT 1 FROM batch WHERE origin = ? AND epoch = ? AND seq = ?", [origin, epoch, seq]
    )
    return found.fetchone() is not None


def last_batch_seq(store: Store, origin: str, epoch: int) -> int:
    found = store.db.conn.execute(
        "SELECT max(seq) FROM batch WHERE origin = ? AND epoch = ?", [origin, epoch]
    ).fetchone()
    return int(found[0] or 0)


def assign_batch(store: Store, batch_id: str, change_ids: Iterable[str]) -> None:
    """Name the unit changes arrived in (only for changes not placed in one yet), merged or
    held."""
    pairs = [(batch_id, c) for c in change_ids]
    for table in ("change", "held_change"):
        store.db.conn.executemany(
            f"UPDATE {table} SET batch_id = ? WHERE change_id = ? AND batch_id IS NULL", pairs
        )


def batches(store: Store) -> list[BatchRow]:
    return [
        BatchRow(*row)
        for row in store.db.conn.execute(
            "SELECT batch_id, origin, epoch, seq, count, digest, signature FROM batch"
            " ORDER BY origin, epoch, seq"
        )
    ]


def batch_changes(store: Store, batch_id: str) -> Iterator[tuple[Any, ...]]:
    """The change rows of a batch that were merged (those held or set aside: `batch_extra`)."""
    return iter(
        store.db.conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM change WHERE batch_id = ? ORDER BY seq", [batch_id]
        )
    )


def batch_held_changes(store: Store, batch_id: str) -> Iterator[tuple[Any, ...]]:
    """The change rows of a batch held here (stamped ahead, or superseded)."""
    return iter(
        store.db.conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM held_change WHERE batch_id = ? ORDER BY seq",
            [batch_id],
        )
    )


def batch_set_aside_lines(store: Store, batch_id: str) -> Iterator[str]:
    """The changes of a batch set aside here, as they arrived (relayed on unchanged)."""
    return (
        str(r[0])
        for r in store.db.conn.execute(
            "SELECT change_json FROM set_aside WHERE batch_id = ? ORDER BY change_id", [batch_id]
        )
    )


def held_ranges(store: Store) -> dict[tuple[str, int], Ranges]:
    """The batches this device holds, per origin and epoch, as ranges of numbers."""
    held: dict[tuple[str, int], Ranges] = {}
    for origin, epoch, seq in store.db.conn.execute(
        "SELECT origin, epoch, seq FROM batch ORDER BY origin, epoch, seq"
    ):
        ranges = held.setdefault((origin, int(epoch)), [])
        if ranges and ranges[-1][1] + 1 == seq:
            ranges[-1][1] = int(seq)
        else:
            ranges.append([int(seq), int(seq)])
    return held


def peer_acks(store: Store, peer_id: str) -> dict[tuple[str, int], Ranges]:
    return {
        (origin, int(epoch)): json.loads(ranges)
        for origin, epoch, ranges in store.db.conn.execute(
            "SELECT origin, epoch, ranges FROM peer_ack WHERE peer = ?", [peer_id]
        )
    }


def save_peer_ack(store: Store, peer_id: str, origin: str, epoch: int, ranges: Ranges) -> None:
    store.db.conn.execute(
        "INSERT INTO peer_ack (peer, origin, epoch, ranges) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (peer, origin, epoch) DO UPDATE SET ranges = excluded.ranges",
        [peer_id, origin, epoch, canonical_json(ranges)],
    )


# --- downward changes -----------------------------------------------------------------------
def last_change_seq(store: Store) -> int:
    return int(store.db.conn.execute("SELECT coalesce(max(seq), 0) FROM change").fetchone()[0])


# Per entity, how to find the precinct a record belongs to (for what a laptop receives).
_PRECINCT_OF = {
    "person": "r.precinct_id",
    "register_entry": "r.precinct_id",
    "log_entry": "r.precinct_id",
    "appeal": "r.precinct_id",
    "incident": "r.precinct_id",
    "proposal": "r.precinct_id",
    "task": "r.precinct_id",
    "precinct": "r.id",
    "precinct_object": "r.precinct_id",
    "register_check": "(SELECT e.precinct_id FROM register_entry AS e WHERE e.id = r.entry_id)",
    "appeal_event": "(SELECT a.precinct_id FROM appeal AS a WHERE a.id = r.appeal_id)",
    "incident_person": "(SELECT i.precinct_id FROM incident AS i WHERE i.id = r.incident_id)",
}
# sent to every laptop below: reference data, notices, device cards, reviews of held changes
_FOR_EVERYONE = ("reference", "notice", "device", "change_review", "standin")


def changes_down(
    store: Store,
    after_seq: int,
    through_seq: int,
    recipient: str,
    precinct_ids: list[str] | None,
    *,
    include_own: bool = False,
) -> Iterator[tuple[Any, ...]]:
    """Changes a device below should receive: not its own nor what it relayed up (unless
    `include_own`: it was restored from a backup and lost some), within its scope (None:
    everything, for a chief receiving from HQ), made after what it confirmed; and every change
    of a record that moved into its scope since (a resident who moved to its precinct arrives
    whole)."""
    columns = ", ".join("c." + n for n in CHANGE_COLUMNS.split(", "))
    # not what the recipient made or relayed, unless it lost them (restored from a backup)
    filters = (
        " AND (? OR (c.device != ? AND NOT EXISTS (SELECT 1 FROM batch AS b"
        " WHERE b.batch_id = c.batch_id AND b.received_from = ?)))"
    )
    filter_params: list[Any] = [int(include_own), recipient, recipient]
    if precinct_ids is not None:
        marks = ",".join("?" * len(precinct_ids)) or "NULL"
        clauses = [f"c.entity IN ({','.join(repr(e) for e in _FOR_EVERYONE)})"]
        # records of its precinct, and those it made itself (a resident who moved away stays
        # current there: the old precinct keeps the history and sees where they went)
        for entity, column in _PRECINCT_OF.items():
            clauses.append(
                f"(c.entity = '{entity}' AND EXISTS (SELECT 1 FROM [{entity}] AS r"
                f" WHERE r.id = c.record_id AND ({column} IN ({marks})"
                " OR r.created_version LIKE ?)))"
            )
        filters += f" AND ({' OR '.join(clauses)})"
        filter_params += [*precinct_ids, f"%.{recipient}"] * len(_PRECINCT_OF)
    recent = f"SELECT {columns} FROM change AS c WHERE c.seq > ? AND c.seq <= ?{filters}"
    moved = (
        f"SELECT {columns} FROM change AS c JOIN (SELECT DISTINCT entity, record_id FROM change"
        " WHERE seq > ? AND seq <= ? AND json_type(values_json, '$.precinct_id') IS NOT NULL)"
        f" AS m ON m.entity = c.entity AND m.record_id = c.record_id WHERE c.seq <= ?{filters}"
    )
    params = [after_seq, through_seq, *filter_params]
    params += [after_seq, through_seq, after_seq, *filter_params]
    return iter(store.db.conn.execute(f"{recent} UNION {moved} ORDER BY 1", params))


def standins(store: Store, device: str) -> dict[str, tuple[str, str]]:
    """The colleagues' precincts `device` stands in for: precinct id -> (first, last day)."""
    return {
        str(precinct): (str(starts), str(ends))
        for precinct, starts, ends in store.db.conn.execute(
            "SELECT precinct_id, starts, ends FROM standin WHERE device_id = ? AND deleted = 0"
            " AND precinct_id IS NOT NULL AND starts IS NOT NULL AND ends IS NOT NULL",
            [device],
        )
    }


def held_from(store: Store, device: str) -> int:
    """Changes of `device` held here for a stamp far ahead, not yet decided on by the chief."""
    found = store.db.conn.execute(
        "SELECT count(*) FROM held_change AS h WHERE h.device = ? AND NOT EXISTS"
        " (SELECT 1 FROM change_review AS r WHERE r.change_id = h.change_id AND r.deleted = 0)",
        [device],
    ).fetchone()
    return int(found[0])


def precinct_ids_with_code(store: Store, code: str) -> list[str]:
    return [
        str(r[0])
        for r in store.db.conn.execute(
            "SELECT id FROM precinct WHERE code = ? AND deleted = 0", [code]
        )
    ]


def precinct_ids_in_district(store: Store, district_code: str | None) -> list[str]:
    return [
        str(r[0])
        for r in store.db.conn.execute(
            "SELECT id FROM precinct WHERE district_code = ? AND deleted = 0", [district_code]
        )
    ]


def records_here(
    store: Store, entity: str, record_ids: Iterable[str]
) -> dict[str, tuple[str | None, str]]:
    """Of the records that exist here: the precinct each belongs to now (None: none) and the
    device that created it."""
    column = _PRECINCT_OF.get(entity, "NULL")
    ids = canonical_json(sorted(set(record_ids)))
    return {
        str(rid): (str(precinct) if precinct is not None else None, str(created).split(".", 2)[2])
        for rid, precinct, created in store.db.conn.execute(
            f"SELECT r.id, {column}, r.created_version FROM [{entity}] AS r"
            " WHERE r.id IN (SELECT value FROM json_each(?))",
            [ids],
        )
    }


def precinct_codes(store: Store) -> dict[str, str]:
    return {
        str(i): str(c)
        for i, c in store.db.conn.execute("SELECT id, code FROM precinct WHERE code IS NOT NULL")
    }


# --- packages -------------------------------------------------------------------------------
def package_imported(store: Store, package_id: str) -> bool:
    found = store.db.conn.execute("SELECT 1 FROM package_in WHERE package_id = ?", [package_id])
    return found.fetchone() is not None


def record_package_in(store: Store, **columns: Any) -> None:
    names = list(columns)
    store.db.conn.execute(
        f"INSERT INTO package_in ({', '.join(names)}, imported_at)"
        f" VALUES ({', '.join('?' * len(names))}, ?)",
        [*(columns[n] for n in names), utc_now()],
    )


def received_seqs(store: Store, sender: str, epoch: int | None = None) -> list[int]:
    """The package numbers received from `sender` in one of its epochs (None: its latest)."""
    if epoch is None:
        epoch = last_epoch_from(store, sender)
    return [
        int(r[0])
        for r in store.db.conn.execute(
            "SELECT seq FROM package_in WHERE sender = ? AND epoch IS ? ORDER BY seq",
            [sender, epoch],
        )
    ]


def last_epoch_from(store: Store, sender: str) -> int | None:
    found = store.db.conn.execute(
        "SELECT max(epoch) FROM package_in WHERE sender = ?", [sender]
    ).fetchone()
    return int(found[0]) if found and found[0] is not None else None


def highest_watermark_from(store: Store, sender: str) -> int:
    found = store.db.conn.execute(
        "SELECT coalesce(max(watermark), 0) FROM package_in WHERE sender = ?", [sender]
    ).fetchone()
    return int(found[0])


def record_package_out(store: Store, **columns: Any) -> None:
    names = list(columns)
    store.db.conn.execute(
        f"INSERT INTO package_out ({', '.join(names)}, written_at)"
        f" VALUES ({', '.join('?' * len(names))}, ?)",
        [*(columns[n] for n in names), utc_now()],
    )


def packages_in(store: Store, sender: str | None = None) -> list[dict[str, Any]]:
    if sender is None:
        return store.select("SELECT * FROM package_in ORDER BY imported_at DESC, seq DESC")
    return store.select("SELECT * FROM package_in WHERE sender = ? ORDER BY seq DESC", [sender])


def packages_out(store: Store, recipient: str | None = None) -> list[dict[str, Any]]:
    if recipient is None:
        return store.select("SELECT * FROM package_out ORDER BY written_at DESC, seq DESC")
    return store.select(
        "SELECT * FROM package_out WHERE recipient = ? ORDER BY seq DESC", [recipient]
    )


def unacked_counts(store: Store, device: str) -> int:
    """This device's own changes not sealed yet (they go out with the next package)."""
    found = store.db.conn.execute(
        "SELECT count(*) FROM change WHERE batch_id IS NULL AND device = ?", [device]
    ).fetchone()
    return int(found[0])


def change_ids_of(store: Store, device: str | None) -> set[str]:
    """The ids of the changes made by `device` (None: every device) held here in any form:
    merged, or set aside."""
    where, params = ("WHERE device = ?", [device]) if device else ("", [])
    return {
        str(r[0])
        for r in store.db.conn.execute(
            f"SELECT change_id FROM change {where} UNION SELECT change_id FROM set_aside {where}",
            params * 2,
        )
    }


# --- set aside ------------------------------------------------------------------------------
def set_aside(
    store: Store,
    change: Mapping[str, Any],
    *,
    reason: str,
    batch_id: str | None,
    package_id: str,
) -> None:
    store.db.conn.execute(
        "INSERT OR IGNORE INTO set_aside (change_id, entity, record_id, hlc, change_json,"
        " device, reason, batch_id, package_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            change["id"],
            change["entity"],
            change["record"],
            change["hlc"],
            canonical_json(dict(change)),
            change["device"],
            reason,
            batch_id,
            package_id,
            utc_now(),
        ],
    )


def set_aside_list(store: Store) -> list[dict[str, Any]]:
    return store.select(
        "SELECT change_id, entity, record_id, hlc, device, reason, package_id, at"
        " FROM set_aside ORDER BY at, change_id"
    )
