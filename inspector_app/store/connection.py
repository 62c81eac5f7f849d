"""The one way to open the database: SQLCipher through `sqlcipher3`, wrapped by sqlite-utils.

sqlite-utils catches the standard library's `sqlite3` exceptions in places; `sqlcipher3` raises
its own classes, which do not inherit from them. So every failure of the driver is sorted here
into the user's environment (a message) or a bug (re-raised), as qutebrowser's sql module does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlcipher3 import dbapi2 as driver

from inspector_app.domain.errors import AppError, EnvironmentProblem

DatabaseError = driver.DatabaseError
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 64 * 1024


def _environment_problem(exc: BaseException, path: Path) -> AppError | None:
    """The user-facing refusal for a driver error, or None when it is a bug."""
    text = str(exc).lower()
    if "file is not a database" in text or "not a database" in text:
        return AppError("db.cannot_decrypt", path=str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return EnvironmentProblem("db.disk_full", path=str(path))
    if "locked" in text or "busy" in text:
        return EnvironmentProblem("db.locked", path=str(path))
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem("db.read_only", path=str(path))
    if "unable to open" in text:
        return EnvironmentProblem("db.cannot_open", path=str(path))
    if "malformed" in text or "corrupt" in text:
        return EnvironmentProblem("db.damaged", path=str(path))
    if "i/o error" in text:
        return EnvironmentProblem("db.io_error", path=str(path))
    return None


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn driver errors that the user can act on into AppError; leave bugs as they are."""
    try:
        yield
    except driver.Error as exc:
        problem = _environment_problem(exc, path)
        if problem is None:
            raise
        raise problem from exc


def open_database(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at `path` with the raw 32-byte master key."""
    if len(key) != 32:
        raise ValueError("the master key is 32 bytes")
    with translated_errors(path):
        conn = driver.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            # A raw key skips SQLCipher's per-open key stretching: the stretching is done once,
            # per user, by Argon2id in the key file.
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            # The first read proves the key; a wrong one fails here and nowhere later.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA temp_store = MEMORY")
            # Records are keyed by random UUIDs, so writes land on pages all over the B-trees:
            # with SQLite's 2 MB default cache a large import re-reads and re-encrypts the same
            # pages again and again (measured: 300k rows, 17 s at 2 MB, 2.3 s at 64 MB).
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        except BaseException:
            conn.close()
            raise
    return sqlite_utils.Database(conn, execute_plugins=False)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database, path: Path | None = None) -> Iterator[None]:
    """One atomic write: BEGIN IMMEDIATE (so two writers queue instead of deadlocking), then
    COMMIT, or ROLLBACK on any error. Nested calls become savepoints."""
    conn: Any = db.conn
    where = path or Path(str(db.conn))
    with translated_errors(where):
        if conn.in_transaction:
            with db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
