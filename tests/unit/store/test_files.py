"""The one guarded writer (store/files.py): a file appears whole or not at all, mode 0600, and
never over the database, anything it owns, a database, package or backup found by its first
bytes, something that is not a regular file, or an existing file without the person's word."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.store import files
from inspector_app.store.files import (
    BACKUP_MAGIC,
    PACKAGE_MAGIC,
    append_private,
    check_target,
    guarded_output,
    write_file_atomically,
)

OLD = b"what was there before"
NEW = b"%PDF-1.4 the new report"


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    """The umask most desktops have: a file made without care would be readable by all."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A stand-in database with its family beside it (the writer only looks at names, inodes
    and first bytes: no need to open it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "inspector.db"
    for name in ("inspector.db", "inspector.db-wal", "inspector.db-shm", "inspector.db.keys"):
        (folder / name).write_bytes(os.urandom(64))  # SQLCipher pages look random
    return db


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.part"))


def _refused(code: str, path: Path, database: Path | None, *, overwrite: bool = False) -> None:
    with pytest.raises(AppError) as refused:
        write_file_atomically(path, NEW, database=database, overwrite=overwrite)
    assert refused.value.code == code
    assert refused.value.params["path"] == str(path)


def test_a_new_file_is_whole_private_and_without_a_part_left(
    database: Path, tmp_path: Path
) -> None:
    target = tmp_path / "october.pdf"
    written = write_file_atomically(target, NEW, database=database)
    assert written == target.resolve()
    assert target.read_bytes() == NEW
    assert _mode(target) == 0o600
    assert _parts(tmp_path) == []


def test_chunks_are_written_in_order(tmp_path: Path) -> None:
    target = tmp_path / "package.bin"
    write_file_atomically(target, iter([b"one ", b"two ", b"three"]), database=None)
    assert target.read_bytes() == b"one two three"


def test_an_existing_file_is_kept_without_overwrite_and_replaced_with_it(
    database: Path, tmp_path: Path
) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(OLD)
    target.chmod(0o644)
    _refused("file.exists", target, database)
    assert target.read_bytes() == OLD and _mode(target) == 0o644
    write_file_atomically(target, NEW, database=database, overwrite=True)
    assert target.read_bytes() == NEW and _mode(target) == 0o600
    assert _parts(tmp_path) == []


def test_a_failure_mid_write_leaves_the_target_untouched_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(OLD)

    def chunks() -> Iterator[bytes]:
        yield b"half of "
        raise ValueError("the report generator broke")

    with pytest.raises(ValueError, match="generator broke"):
        write_file_atomically(target, chunks(), database=None, overwrite=True)
    assert target.read_bytes() == OLD
    assert _parts(tmp_path) == []


def test_a_full_disk_is_a_plain_refusal_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(OLD)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(AppError) as refused:
        write_file_atomically(target, NEW, database=None, overwrite=True)
    assert refused.value.code == "file.write"
    assert refused.value.params == {"path": str(target), "reason": os.strerror(errno.ENOSPC)}
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
    assert target.read_bytes() == OLD
    assert _parts(tmp_path) == []


def test_streaming_into_the_guarded_output(tmp_path: Path) -> None:
    target = tmp_path / "stream.bin"
    with guarded_output(target, database=None) as out:
        out.write(PACKAGE_MAGIC)
        out.write(b" payload")
        assert not target.exists()  # nothing to see until it is whole
        [part] = _parts(tmp_path)
        assert part.name.startswith("stream.bin.") and _mode(part) == 0o600
    assert target.read_bytes() == PACKAGE_MAGIC + b" payload"
    assert _parts(tmp_path) == []


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "late.pdf"
    with pytest.raises(AppError) as refused, guarded_output(target, database=None) as out:
        out.write(NEW)
        target.write_bytes(OLD)  # another program, while the report was written
    assert refused.value.code == "file.exists" and refused.value.params["path"] == str(target)
    assert target.read_bytes() == OLD
    assert _parts(tmp_path) == []


def test_a_database_that_appears_meanwhile_is_not_replaced_even_with_overwrite(
    tmp_path: Path,
) -> None:
    target = tmp_path / "late.pdf"
    target.write_bytes(OLD)
    with (
        pytest.raises(AppError) as refused,
        guarded_output(target, database=None, overwrite=True) as out,
    ):
        out.write(NEW)
        target.write_bytes(BACKUP_MAGIC + b"...")
    assert refused.value.code == "file.protected"
    assert target.read_bytes() == BACKUP_MAGIC + b"..."


@pytest.mark.parametrize(
    "name",
    [
        "inspector.db",
        "inspector.db-wal",
        "inspector.db-shm",
        "inspector.db-journal",
        "inspector.db.keys",
        "inspector.db.keys.1a2b3c4d.part",
        "inspector.db.backup-2026-11-20",
        "inspector.db.lock",
        "INSPECTOR.DB.KEYS",
    ],
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_the_database_and_what_it_owns_are_never_written(
    database: Path, name: str, overwrite: bool
) -> None:
    target = database.parent / name
    before = {p.name: p.read_bytes() for p in database.parent.iterdir()}
    _refused("file.protected", target, database, overwrite=overwrite)
    assert {p.name: p.read_bytes() for p in database.parent.iterdir()} == before


def test_a_name_given_relative_to_the_database_folder(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(database.parent)
    _refused("file.protected", Path("inspector.db.keys"), database, overwrite=True)
    _refused("file.protected", Path("../data/./inspector.db"), database, overwrite=True)


def test_a_symlink_to_the_key_file_is_refused(database: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(database.with_name("inspector.db.keys"))
    keys = link.read_bytes()
    _refused("file.protected", link, database, overwrite=True)
    assert link.is_symlink() and link.read_bytes() == keys


def test_a_symlink_to_a_folder_holding_the_database(database: Path, tmp_path: Path) -> None:
    folder_link = tmp_path / "reports"
    folder_link.symlink_to(database.parent, target_is_directory=True)
    _refused("file.protected", folder_link / "inspector.db-wal", database, overwrite=True)


def test_the_database_given_through_a_symlink(database: Path, tmp_path: Path) -> None:
    """SQLite keeps -wal beside the real file; the key file is beside the name given."""
    named = tmp_path / "current.db"
    named.symlink_to(database)
    _refused("file.protected", database.with_name("inspector.db-wal"), named, overwrite=True)
    _refused("file.protected", tmp_path / "current.db.keys", named, overwrite=True)


@pytest.mark.parametrize("owned", ["inspector.db", "inspector.db.keys"])
def test_a_hard_link_to_the_database_or_its_key_file_is_refused(
    database: Path, tmp_path: Path, owned: str
) -> None:
    link = tmp_path / "innocent.pdf"
    os.link(database.with_name(owned), link)
    before = link.read_bytes()
    _refused("file.protected", link, database, overwrite=True)
    assert database.with_name(owned).read_bytes() == before


def test_an_existing_sqlite_database_is_refused_anywhere(tmp_path: Path) -> None:
    other = tmp_path / "someone-elses.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    before = other.read_bytes()
    _refused("file.protected", other, None, overwrite=True)
    assert other.read_bytes() == before


@pytest.mark.parametrize("magic", [PACKAGE_MAGIC, BACKUP_MAGIC])
def test_packages_and_backups_are_refused_by_their_first_bytes(
    tmp_path: Path, magic: bytes
) -> None:
    target = tmp_path / "to-the-chief.bin"
    target.write_bytes(magic + os.urandom(32))
    before = target.read_bytes()
    _refused("file.protected", target, None, overwrite=True)
    assert target.read_bytes() == before


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    _refused("file.not_a_file", tmp_path / "reports", None, overwrite=True)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_is_not_a_file() -> None:
    _refused("file.not_a_file", Path("/dev/null"), None, overwrite=True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    _refused("file.not_a_file", pipe, None, overwrite=True)
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_missing_folder_is_said(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(AppError) as refused:
        write_file_atomically(target, NEW, database=None)
    assert refused.value.code == "file.folder_missing"
    assert refused.value.params["folder"] == str(tmp_path / "no-such-folder")
    assert not (tmp_path / "no-such-folder").exists()


def test_a_dangling_symlink_is_an_existing_name(tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(tmp_path / "nowhere.pdf")
    _refused("file.exists", link, None)
    write_file_atomically(link, NEW, database=None, overwrite=True)
    assert (tmp_path / "nowhere.pdf").read_bytes() == NEW and link.is_symlink()


def test_check_target_refuses_before_any_work(database: Path, tmp_path: Path) -> None:
    assert check_target(tmp_path / "new.pdf", database=database) == (tmp_path / "new.pdf")
    with pytest.raises(AppError) as refused:
        check_target(database.with_name("inspector.db.keys"), database=database, overwrite=True)
    assert refused.value.code == "file.protected"
    assert _parts(tmp_path) == []


def test_the_error_log_is_private_and_grows(tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    append_private(log, "--- first\n")
    append_private(log, "--- second\n")
    assert log.read_text("utf-8") == "--- first\n--- second\n"
    assert _mode(log) == 0o600


def test_an_older_readable_log_is_made_private(tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    log.write_text("--- old\n", "utf-8")
    log.chmod(0o644)
    append_private(log, "--- new\n")
    assert _mode(log) == 0o600 and log.read_text("utf-8") == "--- old\n--- new\n"


def test_the_log_is_never_written_through_a_symlink(database: Path, tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    keys = database.with_name("inspector.db.keys")
    log.symlink_to(keys)
    before = keys.read_bytes()
    with pytest.raises(OSError):
        append_private(log, "--- traceback\n")
    assert keys.read_bytes() == before
