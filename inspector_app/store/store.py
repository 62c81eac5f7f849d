"""The open database: device-local state, local writes through the change log and the journal,
and the bulk path used by demo data and imports."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError, EnvironmentProblem
from inspector_app.domain.hlc import COUNTER_LIMIT, Clock, Stamp
from inspector_app.domain.model import ENTITIES
from inspector_app.domain.signing import Signer
from inspector_app.store import journal, local_seal, search
from inspector_app.store.changes import (
    DELETED,
    ApplyResult,
    Change,
    derived_columns,
    field_versions,
    insert_change_rows,
    row_values,
    stamp_time,
    to_column,
)
from inspector_app.store.connection import open_database, write_transaction
from inspector_app.store.merge import apply_changes
from inspector_app.store.migrations import available_migrations, migrate, schema_version

BULK_CACHE_MIB = 512


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_fields(entity: str, values: Mapping[str, Any]) -> None:
    unknown = set(values) - set(ENTITIES[entity].field_names) - {DELETED}
    if unknown:
        raise ValueError(f"{entity} has no field {sorted(unknown)}")


def _iso_to_ms(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)


def _now_ms() -> int:
    return int(time.time() * 1000)


class Store:
    """One open database. Not shared across threads: each thread opens its own."""

    def __init__(
        self, path: Path, db: sqlite_utils.Database, seal_key: bytes | None = None
    ) -> None:
        self.path = path
        self.db = db
        # the key of the device-local tables' seal (store/local_seal.py), from the master key
        self._seal_key = seal_key
        # counters of the past milliseconds bulk rows were stamped at, so no two rows of this
        # session share a stamp (a past moment is never reached by the live clock again)
        self._past_counters: dict[int, int] = {}
        # the signed-in user's key: every transaction that journals something is signed
        self.signer: Signer | None = None

    # --- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Store:
        """Open with the master key and bring the schema up to date; a database made by a
        newer version of the application is refused before anything is written."""
        if not create and not path.exists():
            raise AppError("db.missing", path=str(path))
        if not create and path.stat().st_size == 0:  # never a fresh schema in an emptied file
            raise EnvironmentProblem("db.empty", path=str(path))
        fresh = not path.exists()
        db = open_database(path, key)
        if fresh:  # personal data: readable by its owner only (the WAL inherits the mode)
            path.chmod(0o600)
        sealing = local_seal.seal_key(key)
        try:
            if not fresh and 0 < schema_version(db) < len(available_migrations()):
                _backup_before_upgrade(cls(path, db), key)
            if migrate(db):
                # trusted steps ran (a new database, an upgrade): the tables they wrote, and
                # a seal table new to this database, are sealed as they now are
                with write_transaction(db, path):
                    local_seal.reseal(db, sealing)
        except BaseException:
            db.close()
            raise
        return cls(path, db, sealing)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write (nested: a savepoint). The outermost one ends with the signed-in
        user's signature over the journal's new head, when it journaled anything."""
        outermost = not self.db.conn.in_transaction
        with write_transaction(self.db, self.path):
            start = journal.head(self.db)[0] if outermost else 0
            yield
            if outermost and self.signer is not None:
                journal.sign_since(self.db, start, self.signer, self.meta("device_id") or "")

    @contextmanager
    def bulk_writes(self, cache_mib: int = BULK_CACHE_MIB) -> Iterator[None]:
        """A larger page cache while a demo or an import writes millions of rows: keyed by
        random UUIDs, they touch pages all over the B-trees (1M people: 371 s at 64 MB)."""
        previous = int(self.db.conn.execute("PRAGMA cache_size").fetchone()[0])
        self.db.conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
        try:
            yield
        finally:
            self.db.conn.execute(f"PRAGMA cache_size = {previous}")

    # --- device-local state -------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        found = self.db.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(found[0]) if found else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        self._reseal("meta")

    def all_meta(self) -> dict[str, str]:
        return {k: v for k, v in self.db.conn.execute("SELECT key, value FROM meta")}

    def set_device_secret(self, device_id: str, sign_private: bytes, box_private: bytes) -> None:
        """This device's private keys (Ed25519 to sign, X25519 to open sealed packages); they
        live in the encrypted database and never leave it."""
        self.db.conn.execute(
            "INSERT INTO device_secret (device_id, sign_private, box_private) VALUES (?, ?, ?)",
            [device_id, sign_private.hex(), box_private.hex()],
        )
        self._reseal("device_secret")

    def next_number(self, name: str) -> int:
        """The next value of a device-local counter (appeal and incident numbers)."""
        self.db.conn.execute(
            "INSERT INTO counter (name, value) VALUES (?, 1)"
            " ON CONFLICT (name) DO UPDATE SET value = value + 1",
            [name],
        )
        self._reseal("counter")
        return int(
            self.db.conn.execute("SELECT value FROM counter WHERE name = ?", [name]).fetchone()[0]
        )

    def _reseal(self, table: str) -> None:
        """The seal of a device-local table written just now, in the same transaction."""
        if self._seal_key is not None:
            with write_transaction(self.db, self.path):
                local_seal.reseal(self.db, self._seal_key, (table,))

    def broken_seals(self) -> list[str]:
        """The device-local tables changed behind the store's back (see local_seal)."""
        if self._seal_key is None:
            return []
        return local_seal.broken_seals(self.db, self._seal_key)

    def raise_counter(self, name: str, at_least: int) -> int:
        """Move a device-local counter up to `at_least` (never down); returns its value."""
        self.db.conn.execute(
            "INSERT INTO counter (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
            [name, at_least],
        )
        self._reseal("counter")
        return int(
            self.db.conn.execute("SELECT value FROM counter WHERE name = ?", [name]).fetchone()[0]
        )

    def _clock(self, device: str) -> Clock:
        found = self.db.conn.execute(
            "SELECT wall_ms, counter FROM clock WHERE device = ?", [device]
        ).fetchone()
        return Clock(device, int(found[0]), int(found[1])) if found else Clock(device)

    def _save_clock(self, clock: Clock) -> None:
        self.db.conn.execute(
            "INSERT INTO clock (device, wall_ms, counter) VALUES (?, ?, ?)"
            " ON CONFLICT (device) DO UPDATE SET wall_ms = excluded.wall_ms,"
            " counter = excluded.counter",
            [clock.device, clock.wall_ms, clock.counter],
        )

    def _past_stamp(self, wall_ms: int, device: str) -> Stamp:
        counter = self._past_counters.get(wall_ms, -1) + 1
        while counter > COUNTER_LIMIT:  # that millisecond is full: the next one
            wall_ms += 1
            counter = self._past_counters.get(wall_ms, -1) + 1
        self._past_counters[wall_ms] = counter
        return Stamp(wall_ms, counter, device)

    def tick(self, device: str) -> Stamp:
        clock = self._clock(device)
        stamp = clock.tick(_now_ms())
        self._save_clock(clock)
        return stamp

    def _observe(self, device: str, hlc: str) -> None:
        """Move this device's clock past a stamp it merged, so its next edit sorts after."""
        clock = self._clock(device)
        seen = Stamp.parse(hlc)
        if (seen.wall_ms, seen.counter) > (clock.wall_ms, clock.counter):
            clock.observe(seen)
            self._save_clock(clock)

    # --- reading ------------------------------------------------------------------------
    def get(self, entity: str, record_id: str) -> dict[str, Any] | None:
        """A record's fields (decoded) with its bookkeeping columns, or None."""
        spec = ENTITIES[entity]
        cursor = self.db.conn.execute(f"SELECT * FROM [{entity}] WHERE id = ?", [record_id])
        row = cursor.fetchone()
        if row is None:
            return None
        raw = dict(zip([d[0] for d in cursor.description], row, strict=True))
        record = dict(raw)
        record.update(row_values(spec, raw))
        return record

    def select(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        found = self.db.conn.execute(sql, params).fetchone()
        return found[0] if found else None

    def count(self, entity: str, *, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " WHERE deleted = 0"
        return int(self.db.conn.execute(f"SELECT count(*) FROM [{entity}]{where}").fetchone()[0])

    # --- local writes -------------------------------------------------------------------
    def create(
        self,
        entity: str,
        values: Mapping[str, Any],
        *,
        author: str | None,
        device: str,
        action: str,
        record_id: str | None = None,
    ) -> str:
        """A new record in the caller's transaction: a change in the log, the record, the
        journal and the search index. Returns its id (a new UUID unless one is given)."""
        spec = ENTITIES[entity]
        _check_fields(entity, values)
        record_id = record_id or str(uuid.uuid4())
        if self.get(entity, record_id) is not None:
            raise AppError("record.exists", entity=entity, id=record_id)
        full: dict[str, Any] = dict.fromkeys(spec.field_names)
        full.update(values)
        full[DELETED] = 0
        self._commit_change(
            entity,
            record_id,
            full,
            dict.fromkeys(full),
            author=author,
            device=device,
            action=action,
        )
        return record_id

    def update(
        self,
        entity: str,
        record_id: str,
        values: Mapping[str, Any],
        *,
        author: str | None,
        device: str,
        action: str,
    ) -> dict[str, Any]:
        """Change fields of a record; returns the values they held before (only those that
        differ; nothing is written when nothing differs)."""
        spec = ENTITIES[entity]
        _check_fields(entity, values)
        current = self.get(entity, record_id)
        if current is None:
            raise AppError("record.missing", entity=entity, id=record_id)
        changed = {k: v for k, v in values.items() if current[k] != v}
        if not changed:
            return {}
        versions = field_versions(spec, current)
        bases = {k: versions[k] or None for k in changed}
        self._commit_change(
            entity, record_id, changed, bases, author=author, device=device, action=action
        )
        return {k: current[k] for k in changed}

    def commit_change(
        self,
        entity: str,
        record_id: str,
        values: Mapping[str, Any],
        bases: Mapping[str, str | None],
        *,
        author: str | None,
        device: str,
        action: str,
        seen: Mapping[str, tuple[str, ...]] | None = None,
    ) -> Change:
        """A local change of these fields made on top of the versions `bases`, written even
        when the values are those the record holds (a conflict resolved by keeping the shown
        value); `seen`: per field, the conflict losers it settles."""
        _check_fields(entity, values)
        return self._commit_change(
            entity,
            record_id,
            values,
            bases,
            author=author,
            device=device,
            action=action,
            seen=seen,
        )

    def _commit_change(
        self,
        entity: str,
        record_id: str,
        values: Mapping[str, Any],
        bases: Mapping[str, str | None],
        *,
        author: str | None,
        device: str,
        action: str,
        seen: Mapping[str, tuple[str, ...]] | None = None,
    ) -> Change:
        stamp = self.tick(device)
        change = Change(
            str(uuid.uuid4()),
            entity,
            record_id,
            str(stamp),
            dict(values),
            dict(bases),
            author,
            device,
            dict(seen or {}),
        )
        self.apply([change], user_id=author, device=device, action=action)
        return change

    def apply(
        self,
        changes: Sequence[Change],
        *,
        user_id: str | None,
        device: str,
        action: str,
        now_ms: int | None = None,
    ) -> ApplyResult:
        """Merge changes (local or received) and journal and index what they did. `device`
        is this device: its clock moves past every stamp merged, so an edit made here later
        wins over what was merged. A received change stamped more than a day ahead of
        `now_ms` (default: the wall clock) is held apart, journaled as held, and not merged
        until the chief accepts it (`store.held`)."""
        now_ms = _now_ms() if now_ms is None else now_ms
        result = apply_changes(self.db, changes, local_device=device, now_ms=now_ms)
        if result.applied:
            self._observe(device, max(c.hlc for c in result.applied))
        at = utc_now()
        journal.append(
            self.db,
            [
                *journal.entries_for_changes(
                    result.applied,
                    result.texts,
                    result.before,
                    at=at,
                    user_id=user_id,
                    device_id=device,
                    action=action,
                ),
                *journal.entries_for_held(
                    result.held, result.held_texts, at=at, user_id=user_id, device_id=device
                ),
            ],
        )
        people = [rid for (ent, rid) in result.touched if ent == "person"]
        search.reindex_people(self.db, people)
        for ent, rid in result.touched:
            if ENTITIES[ent].search_index == "text":
                search.reindex_documents(self.db, ent, [rid])
        return result

    def record_event(
        self,
        *,
        user_id: str | None,
        device: str,
        action: str,
        entity: str | None = None,
        record_id: str | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        """Journal something that is not a change: a login, a dump, a report printed."""
        journal.append(
            self.db,
            [
                journal.Entry(
                    at=utc_now(),
                    user_id=user_id,
                    device_id=device,
                    action=action,
                    entity=entity,
                    record_id=record_id,
                    detail=detail,
                )
            ],
        )

    # --- bulk creation ------------------------------------------------------------------
    def bulk_create(
        self,
        entity: str,
        rows: Iterable[Mapping[str, Any]],
        *,
        author: str | None,
        device: str,
        action: str,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Create many new records fast, in the caller's transaction, with the same change
        log, journal and index as `write`. Each row carries "id" and may carry "created_at"
        (the moment the record was entered; the stamp takes its wall time from it)."""
        spec = ENTITIES[entity]
        names = list(spec.field_names)
        clock = self._clock(device)
        now_ms = _now_ms()
        changes: list[Change] = []
        columns = [
            "id",
            "origin",
            "version",
            "created_version",
            "versions",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
            DELETED,
            *names,
        ]
        derived = list(derived_columns(entity, dict.fromkeys(names)))
        columns += derived
        records: list[tuple[Any, ...]] = []
        fresh: list[dict[str, Any]] = []
        texts: list[tuple[str, str, str]] = []
        for row in rows:
            if row.get("created_at"):  # entered in the past (demo data): its own moment
                past = self._past_stamp(_iso_to_ms(row["created_at"]), device)
                clock.observe(past)
                stamp = str(past)
            else:  # entered now: the device clock, which never repeats a stamp
                stamp = str(clock.tick(now_ms))
            values = {name: row.get(name) for name in names}
            values[DELETED] = 0
            changes.append(
                Change(str(uuid.uuid4()), entity, str(row["id"]), stamp, values, {}, author, device)
            )
            texts.append((canonical_json(values), "{}", "{}"))
            created = stamp_time(stamp)
            derived_values = derived_columns(entity, values)
            records.append(
                (
                    row["id"],
                    device,
                    stamp,
                    stamp,
                    "{}",
                    created,
                    author,
                    created,
                    author,
                    0,
                    *(to_column(spec, n, values[n]) for n in names),
                    *(derived_values[d] for d in derived),
                )
            )
            fresh.append({"id": row["id"], **values})
        insert_change_rows(self.db, changes, texts)
        self.db.conn.executemany(
            f"INSERT INTO [{entity}] ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})",
            records,
        )
        self._save_clock(clock)
        journal.append(
            self.db,
            journal.entries_for_changes(
                changes, texts, {}, at=utc_now(), user_id=author, device_id=device, action=action
            ),
        )
        if spec.search_index == "person":
            rowids = dict(
                self.db.conn.execute(
                    "SELECT id, rowid FROM person WHERE id IN (SELECT value FROM json_each(?))",
                    [canonical_json([r["id"] for r in fresh])],
                )
            )
            for r in fresh:
                r["rowid"] = rowids[r["id"]]
            search.index_new_people(self.db, fresh)
        elif spec.search_index == "text":
            search.index_new_documents(self.db, entity, fresh)
        if progress:
            progress(len(records))
        return len(records)


def _backup_before_upgrade(store: Store, key: bytes) -> None:
    """A database about to be upgraded is backed up first, whole and encrypted, into the
    backups folder beside it (never pruned: named for the schema it had)."""
    from inspector_app.store.backup import FOLDER, write_backup
    from inspector_app.store.keyfile import key_file_for

    if not key_file_for(store.path).is_file():
        return  # opened with a key held elsewhere (tests of the schema alone)
    folder = store.path.parent / FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    moment = datetime.now(UTC)
    version = schema_version(store.db)
    name = f"{store.path.stem}-before-schema-{version}-{moment:%Y%m%dT%H%M%SZ}.iabak"
    write_backup(
        store,
        key_file_for(store.path),
        folder / name,
        master_key=key,
        made_at=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
