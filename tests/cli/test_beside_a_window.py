"""The window's lock on a database is the operating system's and dies with the process; the
command line beside an open window shares the database under SQLite's locking: it says "busy"
instead of failing when another program holds the write lock, and `restore` is refused while a
window has the database open."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.services.session import open_session
from inspector_app.services.window_lock import claim_window, window_lock_for, window_open
from tests.conftest import PASSWORD, make_db

HOLD = """
import sys, time
from pathlib import Path
from inspector_app.services.window_lock import claim_window
claim = claim_window(Path(sys.argv[1]))
print("held" if claim else "refused", flush=True)
time.sleep(600)
"""


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = make_db(tmp_path)
    for name, value in (
        ("INSPECTOR_APP_DB", str(path)),
        ("INSPECTOR_APP_USER", "admin"),
        ("INSPECTOR_APP_PASSWORD", PASSWORD),
        ("INSPECTOR_APP_LANG", "en"),
    ):
        monkeypatch.setenv(name, value)
    return path


@pytest.fixture
def other_window(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the window lock, as a running window does."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None and process.stdout.readline() == "held\n"
            yield process
        finally:
            process.kill()


def test_a_second_claim_is_refused_while_the_first_process_lives(
    db: Path, other_window: subprocess.Popen[str]
) -> None:
    assert claim_window(db) is None
    assert window_open(db)


def test_a_window_that_crashed_leaves_no_lock_behind(
    db: Path, other_window: subprocess.Popen[str]
) -> None:
    other_window.send_signal(signal.SIGKILL)
    other_window.wait()
    assert window_lock_for(db).exists()  # the file stays: it is not what locks
    claim = claim_window(db)
    assert claim is not None
    claim.release()
    assert not window_open(db)


def test_restore_is_refused_while_a_window_has_the_database_open(
    db: Path, other_window: subprocess.Popen[str], tmp_path: Path
) -> None:
    code, out, _err = run("backup", "--to", tmp_path)
    assert code == 0
    backup = Path(out.split("\t")[1].strip())
    code, out, err = run("restore", backup)
    assert (code, out) == (2, "")
    assert (
        err
        == f"The database {db} is open in the application's window. Close the window, then restore.\n"
    )
    assert not list(tmp_path.glob("a.db.before-restore-*"))


def test_command_line_work_beside_an_open_window_is_allowed(
    db: Path, other_window: subprocess.Popen[str]
) -> None:
    code, out, err = run("person", "add", "--surname", "Абаев")
    assert code == 0, err
    assert run("search", "абаев")[1].startswith(out.strip())


def test_a_write_lock_held_by_another_connection_gives_a_plain_busy_line(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("inspector_app.store.connection.BUSY_TIMEOUT_MS", 300)
    holder = open_session(db, "admin", PASSWORD)
    try:
        holder.store.db.conn.execute("BEGIN IMMEDIATE")  # another program writing
        code, out, err = run("person", "add", "--surname", "Абаев")
        assert (code, out) == (2, "")
        assert err == (
            "The database is busy: another window or program is writing to it."
            " Try again in a minute; nothing was changed.\n"
        )
        assert run("search", "x")[0] == 0  # reading goes on beside the writer
        holder.store.db.conn.execute("ROLLBACK")
    finally:
        holder.close()
    code, out, _err = run("search", "абаев")
    assert code == 0 and out == ""  # nothing was changed


def test_a_place_where_no_lock_can_be_made_does_not_refuse_the_window(tmp_path: Path) -> None:
    database = tmp_path / "a.db"
    window_lock_for(database).mkdir()  # cannot be opened as a file, even by root
    claim = claim_window(database)
    assert claim is not None  # the database's own open will say what is wrong, in words
    claim.release()
