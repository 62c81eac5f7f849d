"""The one guarded writer of every file the application writes (DESIGN.md section 6).

A report, a list export, a sync package or a backup is written to `<name>.<random>.part` beside
its target (created anew, mode 0600: it holds personal data), flushed, synced and then renamed
onto the target, so a reader never sees half a file and a failure leaves the target as it was.
Before the first byte and again just before the rename, the target is refused when it is

* the database or anything it owns: a file beside it named `<db>`, `<db>.*` or `<db>-*` (its
  `-wal`, `-shm` and `-journal`, its key file `<db>.keys`, backups, locks), looked for beside the
  database as named and as resolved, through symlinks of the target and, by inode, through hard
  links to any of them;
* an existing SQLite database, sync package or backup (by their first bytes: `SQLITE_MAGIC`,
  `PACKAGE_MAGIC`, `BACKUP_MAGIC`; an SQLCipher file looks random, so for the database itself the
  names and inodes above are the real guard);
* not a regular file (a folder, a device such as /dev/sda or /dev/null, a pipe);
* an existing file the person did not agree to replace (`overwrite=False`: `--force` on the
  command line, the save dialog's own question in the GUI).

Refusals are AppError codes (`file.protected`, `file.not_a_file`, `file.exists`,
`file.folder_missing`); a failing disk is `file.write`, with the system's reason and no
traceback. No Qt and no SQL here: the sync layer, the services and the GUI's pages all call it.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, cast

from inspector_app.domain.errors import AppError, EnvironmentProblem
from inspector_app.store.keyfile import key_file_for

# The first bytes of the application's own containers (sync packages, backups): such a file is
# never written over. The writers of those formats import these constants.
PACKAGE_MAGIC = b"IAPKG"
BACKUP_MAGIC = b"IABAK"
SQLITE_MAGIC = b"SQLite format 3\x00"
PROTECTED_MAGICS = (SQLITE_MAGIC, PACKAGE_MAGIC, BACKUP_MAGIC)
PART_SUFFIX = ".part"
PRIVATE_MODE = 0o600  # personal data: readable by its owner only

_HEADER_BYTES = max(len(magic) for magic in PROTECTED_MAGICS)
_PART_ATTEMPTS = 16
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

Place = tuple[str, str]  # (the real folder, a file name in it)


def target_of(path: Path) -> Path:
    """The file a write to `path` lands in: absolute, symlinks followed."""
    return Path(os.path.realpath(os.path.abspath(path)))


def check_target(path: Path, *, database: Path | None, overwrite: bool = False) -> Path:
    """The real file a write to `path` would replace or create, after every guard of the module;
    AppError when the write is refused. Cheap: call it before long work (making a report), so
    the person hears of a wrong name before waiting; the writers call it again themselves."""
    return _check(path, database=database, overwrite=overwrite, shown=str(path))


def _check(path: Path, *, database: Path | None, overwrite: bool, shown: str) -> Path:
    """check_target, naming the file `shown` in its refusals (the name the person gave)."""
    named = Path(os.path.abspath(path))
    real = target_of(named)
    if not real.parent.is_dir():
        raise AppError("file.folder_missing", path=shown, folder=str(real.parent))
    owned = _database_places(database) if database is not None else []
    for folder, name in ((os.path.realpath(named.parent), named.name), _place_of(real)):
        if _is_owned(folder, name, owned):
            raise AppError("file.protected", path=shown)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        if os.path.lexists(named) and not overwrite:  # a symlink to nowhere: not ours either
            raise AppError("file.exists", path=shown) from None
        return real
    except OSError as error:
        raise _write_error(shown, error) from None
    if not stat.S_ISREG(info.st_mode):
        raise AppError("file.not_a_file", path=shown)
    if owned and (info.st_dev, info.st_ino) in _owned_inodes(owned):
        raise AppError("file.protected", path=shown)
    if _header(real, shown).startswith(PROTECTED_MAGICS):
        raise AppError("file.protected", path=shown)
    if not overwrite:
        raise AppError("file.exists", path=shown)
    return real


@contextmanager
def guarded_output(
    path: Path, *, database: Path | None, overwrite: bool = False
) -> Iterator[BinaryIO]:
    """A binary file to stream into; on leaving the block without an exception it becomes
    `path` (flushed, synced, guards checked again, renamed). On any exception the `.part` file
    is removed, the target stays as it was and the exception goes on (an OSError as
    AppError `file.write`).

    `database`: the database whose files are protected (None: no database is near, as for a
    file written before one exists). `overwrite`: the person agreed to replace an existing
    file; never any of the protected ones."""
    target = check_target(path, database=database, overwrite=overwrite)
    part, fd = _create_part(target, path)
    try:
        with os.fdopen(fd, "wb") as out:
            yield cast(BinaryIO, out)
            out.flush()
            os.fsync(out.fileno())
        # the target may have appeared, or become something else, while the data was written
        _check(target, database=database, overwrite=overwrite, shown=str(path))
        _rename(part, target, path, overwrite=overwrite)
    except OSError as error:
        raise _write_error(path, error) from None
    finally:
        part.unlink(missing_ok=True)
    fsync_folder(target.parent)


def write_file_atomically(
    path: Path,
    data: bytes | bytearray | memoryview | Iterable[bytes],
    *,
    database: Path | None,
    overwrite: bool = False,
) -> Path:
    """Write `data` (bytes, or chunks of bytes) to `path` through `guarded_output`; returns
    the real file written."""
    chunks = (data,) if isinstance(data, bytes | bytearray | memoryview) else data
    with guarded_output(path, database=database, overwrite=overwrite) as out:
        for chunk in chunks:
            out.write(chunk)
    return target_of(path)


def append_private(path: Path, text: str) -> None:
    """Append `text` to a log that only its owner may read (created 0600; an older log is made
    0600 too). Not through the guarded writer: a log grows in place. A symlink, a folder or a
    device at `path` is refused with OSError, like a full disk; the caller decides."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC
    fd = os.open(path, flags | _O_BINARY, PRIVATE_MODE)
    with os.fdopen(fd, "ab") as out:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        if hasattr(os, "fchmod"):
            with suppress(PermissionError):  # a log of another owner: still written, as it is
                os.fchmod(fd, PRIVATE_MODE)
        out.write(text.encode("utf-8"))


def read_capped(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a file (one more than allowed tells the caller it is too
    large, whatever size the file claims); a file that cannot be read is `file.read`."""
    try:
        with open(path, "rb") as source:
            return source.read(limit + 1)
    except OSError as error:
        raise AppError("file.read", path=str(path), reason=error.strerror or str(error)) from None


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; not every platform can open a folder (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- what the database owns ----------------------------------------------------------------
def _place_of(path: Path) -> Place:
    return str(path.parent), path.name


def _database_places(database: Path) -> list[Place]:
    """Where the database's files live: its name beside it as named and as resolved (SQLite
    puts -wal and -shm beside the resolved file, the key file is beside the named one)."""
    named = Path(os.path.abspath(database))
    places: list[Place] = []
    for path in (named, key_file_for(named), target_of(named)):
        place = (os.path.realpath(path.parent), path.name)
        if place not in places:
            places.append(place)
    return places


def _owned_name(name: str, owner: str) -> bool:
    """`owner` itself, `owner.*` or `owner-*` (-wal, -shm, -journal, SQLite's -mj…)."""
    name, owner = name.casefold(), owner.casefold()
    return name == owner or name.startswith((owner + ".", owner + "-"))


def _same_folder(a: str, b: str) -> bool:
    if os.path.normcase(a) == os.path.normcase(b):
        return True
    try:
        return os.path.samefile(a, b)  # a case-insensitive disk, a bind mount
    except OSError:
        return False


def _is_owned(folder: str, name: str, owned: list[Place]) -> bool:
    return any(_owned_name(name, owner) and _same_folder(folder, where) for where, owner in owned)


def _owned_inodes(owned: list[Place]) -> set[tuple[int, int]]:
    """The inodes of every file the database owns: a hard link to one is the same file."""
    inodes: set[tuple[int, int]] = set()
    for folder in {where for where, _ in owned}:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not _is_owned(folder, entry.name, owned):
                continue
            try:
                info = entry.stat()  # follows a symlink: what it points to is owned too
            except OSError:
                continue
            inodes.add((info.st_dev, info.st_ino))
    return inodes


def _header(real: Path, shown: str) -> bytes:
    try:
        fd = os.open(real, os.O_RDONLY | _O_BINARY | _O_NONBLOCK | _O_CLOEXEC)
    except OSError as error:
        raise _write_error(shown, error) from None
    try:
        return os.read(fd, _HEADER_BYTES)
    except OSError as error:
        raise _write_error(shown, error) from None
    finally:
        os.close(fd)


# --- writing ---------------------------------------------------------------------------------
def _create_part(target: Path, path: Path) -> tuple[Path, int]:
    """`<name>.<random>.part` beside the target, made by us alone (O_EXCL), mode 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY
    for _ in range(_PART_ATTEMPTS):
        part = target.with_name(f"{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
        try:
            fd = os.open(part, flags, PRIVATE_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise _write_error(path, error) from None
        if hasattr(os, "fchmod"):
            try:
                os.fchmod(fd, PRIVATE_MODE)  # whatever the umask
            except OSError as error:
                os.close(fd)
                part.unlink(missing_ok=True)
                raise _write_error(path, error) from None
        return part, fd
    raise _write_error(path, FileExistsError(17, "no free temporary name"))


def _rename(part: Path, target: Path, path: Path, *, overwrite: bool) -> None:
    """Put the finished part in the target's place. Without `overwrite` a file that appeared
    at the target meanwhile is never replaced: a hard link fails on an existing name, where
    the disk has hard links; elsewhere the check just made stands."""
    if overwrite:
        os.replace(part, target)
        return
    try:
        os.link(part, target)
    except FileExistsError:
        raise AppError("file.exists", path=str(path)) from None
    except OSError:  # no hard links on this disk (FAT on a USB stick, some shares)
        if os.path.lexists(target):
            raise AppError("file.exists", path=str(path)) from None
        os.replace(part, target)
        return
    part.unlink()


def _write_error(path: Path | str, error: OSError) -> EnvironmentProblem:
    return EnvironmentProblem("file.write", path=str(path), reason=error.strerror or str(error))
