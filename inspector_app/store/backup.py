"""Backups: one encrypted file, checked whole before anything is replaced (DESIGN.md 3 and 6).

The file, in order:

    b"IABAK"                    magic (files.BACKUP_MAGIC)
    1 byte                      format version (1)
    4 bytes, big-endian         length of the header
    header                      canonical JSON, at most 64 KiB (see `BackupInfo`)
    key file                    the key file's bytes as they were (`<db>.keys`)
    database                    the SQLCipher database, encrypted with the master key as on disk
    32 bytes                    HMAC-SHA256 over everything before it

The HMAC key is derived from the master key (HKDF-SHA256, info b"inspector-app backup v1"), so
only someone who can unwrap the key file inside the backup (a user's password, the recovery key)
can check it, and nobody without it can alter the backup unseen. The database part is the copy
SQLite's online backup API makes into a temporary database keyed with the same raw master key: it
is never plain on disk. The header holds no personal data (device id, epoch, times, sizes, the
journal head).

Reading treats the file as hostile: the header is capped, the sizes must add up to the size of
the file, the key file's checksum is checked before it is parsed, and the HMAC over the whole
file is checked in one streaming pass; a restore writes what that pass read to temporary files
and puts them in place only after the HMAC matched.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import shutil
import stat
import struct
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as driver

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError, EnvironmentProblem
from inspector_app.domain.signing import Signer
from inspector_app.store import journal
from inspector_app.store.connection import translated_errors
from inspector_app.store.files import BACKUP_MAGIC, fsync_folder, guarded_output
from inspector_app.store.keyfile import KeyFile, Unlocked, key_file_for, recovery_sign_seed
from inspector_app.store.store import Store, utc_now

VERSION = 1
FORMAT_NAME = "inspector-app backup"
HKDF_INFO = b"inspector-app backup v1"
MAX_HEADER = 64 * 1024
MAX_KEYFILE = 1024 * 1024
MAX_DATABASE = 1 << 40  # 1 TiB: far above any district's database, far below a runaway read
TAG_BYTES = 32
CHUNK = 1024 * 1024
_PREFIX = struct.Struct(">5sBI")  # magic, version, header length
# Argon2id costs a key file inside a backup may ask for: a forged one must not make the check
# take all the memory or all day.
_MAX_KDF = {"time_cost": 16, "memory_kib": 4 * 1024 * 1024, "parallelism": 16}
_O_BINARY = getattr(os, "O_BINARY", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_SIDE_FILES = ("-wal", "-shm")

# the folder beside a database where its backups go (see services.backup)
FOLDER = "backups"
# opens the backup's key file: the master key, and the seed that signs the restore
Unlock = Callable[[KeyFile], Unlocked]


@dataclass(frozen=True)
class BackupInfo:
    """The header of a backup."""

    device_id: str
    epoch: int
    made_at: str
    database_bytes: int
    keyfile_bytes: int
    keyfile_sha256: str
    journal_seq: int
    journal_hash: str

    def header(self) -> dict[str, Any]:
        return {
            "format": VERSION,
            "kind": FORMAT_NAME,
            "device_id": self.device_id,
            "epoch": self.epoch,
            "made_at": self.made_at,
            "database_bytes": self.database_bytes,
            "keyfile_bytes": self.keyfile_bytes,
            "keyfile_sha256": self.keyfile_sha256,
            "journal": [self.journal_seq, self.journal_hash],
        }


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    epoch: int  # the new epoch of the restored database
    aside: list[Path]  # the files of the database that was there, kept under new names


def hmac_key(master_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(master_key)


def with_password(login: str, password: str) -> Unlock:
    return lambda keyfile: keyfile.unlock_keys(login, password)


def with_recovery_key(recovery_key: str) -> Unlock:
    return lambda keyfile: Unlocked(
        keyfile.unlock_with_recovery(recovery_key), recovery_sign_seed(recovery_key)
    )


# --- writing --------------------------------------------------------------------------------
def write_backup(
    store: Store,
    keys_path: Path,
    out: Path | BinaryIO,
    *,
    master_key: bytes,
    overwrite: bool = False,
    made_at: str | None = None,
) -> BackupInfo:
    """Write a backup of the open database `store` (and of its key file `keys_path`) to the file
    `out` (through the guarded writer: never over the database, its key file or another backup;
    an existing file only with `overwrite`) or into the binary stream `out`. The database is
    copied with SQLite's online backup API, so it is consistent while others write; the copy
    stays encrypted. Memory is bounded: the copy is streamed in 1 MiB chunks."""
    if store.db.conn.in_transaction:
        raise RuntimeError("a backup is made outside a write transaction")
    with translated_errors(keys_path):
        keys = _read_keyfile(keys_path)
    folder = out.parent if isinstance(out, Path) else store.path.parent
    with _private_folder(folder, ".iabak-") as tmp:
        copy = tmp / "database"
        info = _copy_database(store, copy, master_key, keys, made_at or utc_now())
        key = hmac_key(master_key)
        if isinstance(out, Path):
            with guarded_output(out, database=store.path, overwrite=overwrite) as stream:
                _write_parts(stream, info, keys, copy, key)
        else:
            _write_parts(out, info, keys, copy, key)
    return info


def _read_keyfile(keys_path: Path) -> bytes:
    try:
        keys = keys_path.read_bytes()
    except FileNotFoundError:
        raise AppError("keyfile.missing", path=str(keys_path)) from None
    except OSError as exc:
        raise AppError("keyfile.unreadable", path=str(keys_path), reason=str(exc)) from None
    if len(keys) > MAX_KEYFILE:
        raise AppError("keyfile.damaged", path=str(keys_path))
    KeyFile.from_bytes(keys, keys_path)  # a damaged key file is refused now, not at restore
    return keys


def _open_copy(path: Path, master_key: bytes) -> Any:
    conn = driver.connect(str(path), check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
    except BaseException:
        conn.close()
        raise
    return conn


def _copy_database(
    store: Store, copy: Path, master_key: bytes, keys: bytes, made_at: str
) -> BackupInfo:
    """The consistent encrypted copy of the open database at `copy`, and the header for it."""
    with translated_errors(store.path):
        target = _open_copy(copy, master_key)
        try:
            store.db.conn.backup(target)
            # one file: no WAL left beside the copy (the restored database is opened in WAL
            # mode again)
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
            meta = dict(target.execute("SELECT key, value FROM meta").fetchall())
            found = target.execute(
                "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        finally:
            target.close()
    seq, head = (int(found[0]), str(found[1])) if found else (0, journal.GENESIS)
    for side in _SIDE_FILES:
        if copy.with_name(copy.name + side).exists():
            raise RuntimeError(f"the copy of the database left its {side} file")
    return BackupInfo(
        device_id=str(meta.get("device_id", "")),
        epoch=int(meta.get("epoch") or 1),
        made_at=made_at,
        database_bytes=copy.stat().st_size,
        keyfile_bytes=len(keys),
        keyfile_sha256=hashlib.sha256(keys).hexdigest(),
        journal_seq=seq,
        journal_hash=head,
    )


def _write_parts(out: BinaryIO, info: BackupInfo, keys: bytes, copy: Path, key: bytes) -> None:
    header = canonical_json(info.header()).encode("utf-8")
    mac = hmac.new(key, digestmod=hashlib.sha256)

    def put(data: bytes) -> None:
        mac.update(data)
        out.write(data)

    put(_PREFIX.pack(BACKUP_MAGIC, VERSION, len(header)))
    put(header)
    put(keys)
    written = 0
    with copy.open("rb") as source:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            put(chunk)
    if written != info.database_bytes:
        raise RuntimeError("the copy of the database changed while it was written")
    out.write(mac.digest())


# --- reading --------------------------------------------------------------------------------
def read_backup_header(path: Path) -> BackupInfo:
    """The header of a backup, its sizes checked against the file; nothing is authenticated
    (no password given): for showing which backup a file is, never for trusting it."""
    with _open_backup(path) as (stream, size):
        return _read_header(stream, size, path)[0]


def check_backup(
    path: Path,
    login: str | None = None,
    password: str | None = None,
    *,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Check a backup whole: its format, its sizes, the key file inside it opened with the
    login and password (or the recovery key), and the HMAC over every byte. AppError
    `backup.not_a_backup`, `backup.newer_format`, `backup.damaged`, `login.failed`,
    `recovery.failed`."""
    return read_backup(path, _unlock_for(login, password, recovery_key))[0]


def read_backup(
    path: Path, unlock: Unlock, sink: Callable[[BackupInfo, bytes], BinaryIO] | None = None
) -> tuple[BackupInfo, Unlocked]:
    """Check the backup at `path` in one pass and return its header and the keys it opened.
    With `sink`, the key file's bytes and the database are also streamed into the file that
    `sink(info, keyfile_bytes)` returns (the caller keeps it only if this returns)."""
    with _open_backup(path) as (stream, size):
        info, head = _read_header(stream, size, path)
        keys = _read_exactly(stream, info.keyfile_bytes, path)
        if hashlib.sha256(keys).hexdigest() != info.keyfile_sha256:
            raise AppError("backup.damaged", path=str(path))
        try:
            keyfile = KeyFile.from_bytes(keys, path)
            _check_kdf_costs(keyfile, path)
        except AppError as error:
            if error.code.startswith("keyfile."):
                raise AppError("backup.damaged", path=str(path)) from None
            raise
        opened = unlock(keyfile)
        master = opened.master
        # the bytes already read and parsed are the ones authenticated: the file is not read
        # twice, so it cannot change between the check and the use
        mac = hmac.new(hmac_key(master), digestmod=hashlib.sha256)
        mac.update(head)
        mac.update(keys)
        target = sink(info, keys) if sink is not None else None
        remaining = info.database_bytes
        while remaining:
            chunk = stream.read(min(CHUNK, remaining))
            if not chunk:
                raise AppError("backup.damaged", path=str(path))
            remaining -= len(chunk)
            mac.update(chunk)
            if target is not None:
                target.write(chunk)
        tag = _read_exactly(stream, TAG_BYTES, path)
        if stream.read(1) or not hmac.compare_digest(tag, mac.digest()):
            raise AppError("backup.damaged", path=str(path))
    return info, opened


def _unlock_for(login: str | None, password: str | None, recovery_key: str | None) -> Unlock:
    if recovery_key is not None:
        return with_recovery_key(recovery_key)
    if login is None or password is None:
        raise AppError("login.failed")
    return with_password(login, password)


@contextlib.contextmanager
def _open_backup(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    """A regular file opened for reading (a device or a FIFO is refused without blocking), and
    its size."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_BINARY | _O_NONBLOCK | _O_CLOEXEC)
    except FileNotFoundError:
        raise AppError("backup.missing", path=str(path)) from None
    except OSError as exc:
        raise AppError("file.read", path=str(path), reason=exc.strerror or str(exc)) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise AppError("backup.not_a_backup", path=str(path))
    with os.fdopen(fd, "rb") as stream:
        try:
            yield stream, info.st_size
        except OSError as exc:
            raise AppError("file.read", path=str(path), reason=exc.strerror or str(exc)) from None


def _read_exactly(stream: BinaryIO, count: int, path: Path) -> bytes:
    data = stream.read(count)
    if len(data) != count:
        raise AppError("backup.damaged", path=str(path))
    return data


def _read_header(stream: BinaryIO, size: int, path: Path) -> tuple[BackupInfo, bytes]:
    """The header, and the bytes read for it (the prefix and the header)."""
    prefix = stream.read(_PREFIX.size)
    if len(prefix) < len(BACKUP_MAGIC) or not prefix.startswith(BACKUP_MAGIC):
        raise AppError("backup.not_a_backup", path=str(path))
    if len(prefix) < _PREFIX.size:
        raise AppError("backup.damaged", path=str(path))
    _magic, version, length = _PREFIX.unpack(prefix)
    if version > VERSION:
        raise AppError("backup.newer_format", path=str(path), found=version)
    if version < 1 or length > MAX_HEADER or _PREFIX.size + length + TAG_BYTES > size:
        raise AppError("backup.damaged", path=str(path))
    raw = _read_exactly(stream, length, path)
    try:
        info = _info_from(json.loads(raw.decode("utf-8")))
    except (ValueError, TypeError, KeyError, UnicodeDecodeError, RecursionError):
        raise AppError("backup.damaged", path=str(path)) from None
    if (
        info.keyfile_bytes > MAX_KEYFILE
        or info.database_bytes > MAX_DATABASE
        or _PREFIX.size + length + info.keyfile_bytes + info.database_bytes + TAG_BYTES != size
    ):
        raise AppError("backup.damaged", path=str(path))
    return info, prefix + raw


def _info_from(header: Any) -> BackupInfo:
    if not isinstance(header, dict) or header.get("kind") != FORMAT_NAME:
        raise ValueError("not a backup header")
    if header.get("format") != VERSION:
        raise ValueError("the header's format is not its version byte")
    seq, head = header["journal"]

    def number(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError("not a count")
        return value

    def text(value: Any) -> str:
        if not isinstance(value, str) or len(value) > 200:
            raise ValueError("not a short text")
        return value

    return BackupInfo(
        device_id=text(header["device_id"]),
        epoch=number(header["epoch"]),
        made_at=text(header["made_at"]),
        database_bytes=number(header["database_bytes"]),
        keyfile_bytes=number(header["keyfile_bytes"]),
        keyfile_sha256=text(header["keyfile_sha256"]),
        journal_seq=number(seq),
        journal_hash=text(head),
    )


def _check_kdf_costs(keyfile: KeyFile, path: Path) -> None:
    slots = [*keyfile.data["users"].values(), keyfile.data["recovery"]]
    for slot in slots:
        for name, most in _MAX_KDF.items():
            value = slot["kdf"].get(name)
            if not isinstance(value, int) or not 0 < value <= most:
                raise AppError("backup.damaged", path=str(path))


# --- restoring ------------------------------------------------------------------------------
def restore_backup(
    db_path: Path,
    backup_path: Path,
    unlock: Unlock,
    *,
    approve: Callable[[Store], str | None] = lambda _store: None,
    now: float | None = None,
) -> RestoreResult:
    """Replace the database at `db_path` (and its key file) with the backup's.

    1. The backup is checked whole (`read_backup`) while its key file and database are copied
       into a private folder beside the database; the copy is opened with the master key and
       `approve(store)` says who restores (a user id, None for the recovery key) or refuses
       (raises). The copy then starts a new epoch: meta `epoch` becomes the larger of the
       backup's epoch + 1, the current Unix time (two restores of one backup never share one)
       and the epoch of the database about to be set aside + 1 (when it opens with the
       backup's key: a second restore within one second, a clock set back); meta
       `restored_from` records the backup's journal head and epoch, and the restore is
       journaled (`backup.restore`). Nothing in place has been touched yet.
    2. The database, its -wal and -shm and its key file are renamed to
       `<db>.before-restore-<UTC time>` (+ `-wal`, `-shm`, `.keys`): kept, never deleted.
    3. The restored files are renamed into place. If that fails, what was put in place is
       removed and the files set aside are renamed back."""
    db_path = Path(os.path.abspath(db_path))
    keys_path = key_file_for(db_path)
    folder = db_path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _private_folder(folder, ".iarestore-") as tmp:
        new_db, new_keys = tmp / "database", tmp / "database.keys"
        opened: list[BinaryIO] = []

        def sink(info: BackupInfo, keys: bytes) -> BinaryIO:
            _write_private(new_keys, keys)
            stream = os.fdopen(_create_private(new_db), "wb")
            opened.append(stream)
            return stream

        try:
            info, keys = read_backup(backup_path, unlock, sink)
            for stream in opened:
                stream.flush()
                os.fsync(stream.fileno())
        finally:
            for stream in opened:
                stream.close()
        current = _current_epoch(db_path, keys.master)
        epoch = _start_epoch(new_db, keys, info, approve, max(current + 1, _now(now)))
        aside = _set_aside(db_path, keys_path, now)
        placed: list[Path] = []
        try:
            for source, target in ((new_keys, keys_path), (new_db, db_path)):
                _place(source, target)
                placed.append(target)
        except BaseException:
            _put_back(placed, aside)
            raise
        fsync_folder(folder)
    return RestoreResult(info=info, epoch=epoch, aside=[new for _old, new in aside])


def _now(now: float | None) -> int:
    return int(time.time() if now is None else now)


def _current_epoch(db_path: Path, master: bytes) -> int:
    """The epoch of the database about to be set aside, when it opens with the backup's master
    key (the master key of a device never changes), else 0: a second restore within the same
    second, or under a clock set back, still moves the epoch on."""
    if not db_path.is_file():
        return 0
    try:
        conn = _open_copy(db_path, master)
        try:
            found = conn.execute("SELECT value FROM meta WHERE key = 'epoch'").fetchone()
        finally:
            conn.close()
        return int(found[0]) if found else 0
    except (driver.Error, ValueError, TypeError):
        return 0


def _start_epoch(
    path: Path,
    keys: Unlocked,
    info: BackupInfo,
    approve: Callable[[Store], str | None],
    at_least: int,
) -> int:
    """Open the restored copy, let `approve` refuse it, and start its new epoch: the larger of
    its own epoch + 1 and `at_least`. The restorer signs it (the recovery key, or the user)."""
    store = Store.open(path, keys.master)
    try:
        user_id = approve(store)
        if keys.sign_seed is not None:
            store.signer = Signer(user_id, keys.sign_seed)
        before = int(store.meta("epoch") or 1)
        epoch = max(before + 1, at_least)
        device = store.meta("device_id") or info.device_id
        with store.transaction():
            store.set_meta("epoch", str(epoch))
            store.set_meta(
                "restored_from",
                canonical_json(
                    {
                        "journal": [info.journal_seq, info.journal_hash],
                        "epoch": before,
                        "made_at": info.made_at,
                    }
                ),
            )
            store.record_event(
                user_id=user_id,
                device=device,
                action="backup.restore",
                detail={
                    "journal": [info.journal_seq, info.journal_hash],
                    "epoch_before": before,
                    "epoch": epoch,
                    "made_at": info.made_at,
                },
            )
    finally:
        store.close()
    for side in _SIDE_FILES:  # the last connection closed: SQLite folded the WAL back
        if path.with_name(path.name + side).exists():
            raise RuntimeError(f"the restored database left its {side} file")
    return epoch


def _aside_name(db_path: Path, now: float | None) -> Path:
    moment = datetime.fromtimestamp(time.time() if now is None else now, UTC)
    base = f"{db_path.name}.before-restore-{moment.strftime('%Y%m%dT%H%M%SZ')}"
    for attempt in range(1, 100):
        name = base if attempt == 1 else f"{base}.{attempt}"
        candidate = db_path.with_name(name)
        if not any(
            os.path.lexists(candidate.with_name(name + suffix))
            for suffix in ("", *_SIDE_FILES, ".keys")
        ):
            return candidate
    raise EnvironmentProblem("file.exists", path=base)


def _set_aside(db_path: Path, keys_path: Path, now: float | None) -> list[tuple[Path, Path]]:
    """Rename the database's files out of the way; returns (old, new) of each one moved."""
    aside = _aside_name(db_path, now)
    moves = [
        (db_path.with_name(db_path.name + side), aside.with_name(aside.name + side))
        for side in ("", *_SIDE_FILES)
    ]
    moves.append((keys_path, key_file_for(aside)))
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in moves:
            if os.path.lexists(old):
                os.rename(old, new)
                done.append((old, new))
    except OSError as exc:
        _put_back([], done)
        raise _write_error(db_path, exc) from None
    fsync_folder(db_path.parent)
    return done


def _put_back(placed: list[Path], aside: list[tuple[Path, Path]]) -> None:
    """Undo a restore that failed half-way: what was placed goes, what was set aside returns."""
    for path in placed:
        with contextlib.suppress(OSError):
            path.unlink()
    for old, new in reversed(aside):
        with contextlib.suppress(OSError):
            os.rename(new, old)
    for path in [*placed, *(old for old, _new in aside)][:1]:
        fsync_folder(path.parent)


def _place(source: Path, target: Path) -> None:
    """Rename a finished file into a name that must be free (never over anything)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise AppError("file.exists", path=str(target)) from None
    except OSError:  # no hard links on this disk
        if os.path.lexists(target):
            raise AppError("file.exists", path=str(target)) from None
        os.replace(source, target)
        return
    source.unlink()


# --- private temporary files ----------------------------------------------------------------
@contextlib.contextmanager
def _private_folder(near: Path, prefix: str) -> Iterator[Path]:
    """A folder only its owner can enter, beside `near` (so renames out of it stay on one
    disk); removed with everything in it on leaving."""
    if not near.is_dir():
        raise AppError("file.folder_missing", path=str(near), folder=str(near))
    try:
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=near))
    except OSError as exc:
        raise _write_error(near, exc) from None
    try:
        yield tmp
    except OSError as exc:
        raise _write_error(near, exc) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _create_private(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY | _O_CLOEXEC
    return os.open(path, flags, 0o600)


def _write_private(path: Path, data: bytes) -> None:
    with os.fdopen(_create_private(path), "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _write_error(path: Path, error: OSError) -> EnvironmentProblem:
    return EnvironmentProblem("file.write", path=str(path), reason=error.strerror or str(error))
