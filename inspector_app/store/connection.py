"""The one way to open the database: SQLCipher through `sqlcipher3`, wrapped by sqlite-utils.

sqlite-utils catches the standard library's `sqlite3` exceptions in places; `sqlcipher3` raises
its own classes, which do not inherit from them. So every failure of the driver is sorted here
into the user's environment (a message) or a bug (re-raised), as qutebrowser's sql module does.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlcipher3 import dbapi2 as driver

from inspector_app.domain.errors import AppError, DamageFound, EnvironmentProblem

DatabaseError = driver.DatabaseError
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 64 * 1024


# SQLite's primary result codes (https://sqlite.org/rescode.html) that the user's
# environment causes, each with the refusal that says what to do
_BY_CODE = {
    3: "db.read_only",  # SQLITE_PERM
    5: "db.locked",  # SQLITE_BUSY
    6: "db.locked",  # SQLITE_LOCKED
    8: "db.read_only",  # SQLITE_READONLY
    10: "db.io_error",  # SQLITE_IOERR
    11: "db.damaged",  # SQLITE_CORRUPT
    13: "db.disk_full",  # SQLITE_FULL
    14: "db.cannot_open",  # SQLITE_CANTOPEN
    26: "db.cannot_decrypt",  # SQLITE_NOTADB: a wrong key reads as "not a database"
}


# the search index's tables, dropped behind the application's back
_INDEX_GONE = re.compile(r"no such table: (person_fts|text_fts|search_doc)\b")


def _environment_problem(exc: BaseException, path: Path) -> AppError | None:
    """The user-facing refusal for a driver error, or None when it is a bug. Sorted by the
    error's SQLite result code; the message's words only when the driver gives no code."""
    if _INDEX_GONE.search(str(exc)):
        return DamageFound("search.index_missing")  # dropped: verify --repair-index makes it
    code = getattr(exc, "sqlite_errorcode", None)
    name = _BY_CODE.get(code & 0xFF) if isinstance(code, int) else _by_text(str(exc).lower())
    if name is None:
        return None
    if name == "db.cannot_decrypt":
        return AppError(name, path=str(path))
    return EnvironmentProblem(name, path=str(path))


def _by_text(text: str) -> str | None:
    for words, name in (
        (("not a database",), "db.cannot_decrypt"),
        (("disk is full",), "db.disk_full"),
        (("locked", "busy"), "db.locked"),
        (("readonly", "read-only"), "db.read_only"),
        (("unable to open",), "db.cannot_open"),
        (("malformed", "corrupt"), "db.damaged"),
        (("i/o error",), "db.io_error"),
    ):
        if any(w in text for w in words):
            return name
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


def _translate(exc: Exception, path: Path) -> Exception:
    problem = _environment_problem(exc, path)
    if problem is None:
        return exc
    problem.__cause__ = exc
    return problem


class _Cursor(driver.Cursor):  # type: ignore[misc]
    """A cursor whose every statement and fetch turns the user's environment's failures (a
    disk that fails while a list scrolls, a page damaged since opening) into refusals."""

    def _path(self) -> Path:
        return getattr(self.connection, "path", Path("?"))

    def execute(self, *args: Any) -> Any:
        try:
            return super().execute(*args)
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc

    def executemany(self, *args: Any) -> Any:
        try:
            return super().executemany(*args)
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc

    def executescript(self, *args: Any) -> Any:
        try:
            return super().executescript(*args)
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc

    def fetchmany(self, *args: Any) -> Any:
        try:
            return super().fetchmany(*args)
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc

    def fetchall(self) -> Any:
        try:
            return super().fetchall()
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except driver.Error as exc:
            raise _translate(exc, self._path()) from exc


class _Connection(driver.Connection):  # type: ignore[misc]
    """The driver's connection, every statement through `_Cursor`."""

    path: Path

    def cursor(self, factory: Any = _Cursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any) -> Any:
        return self.cursor().executemany(sql, parameters)

    def executescript(self, script: str) -> Any:
        return self.cursor().executescript(script)


def open_database(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at `path` with the raw 32-byte master key."""
    if len(key) != 32:
        raise ValueError("the master key is 32 bytes")
    with translated_errors(path):
        conn = driver.connect(
            str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=True,
            factory=_Connection,
        )
        conn.path = path
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
