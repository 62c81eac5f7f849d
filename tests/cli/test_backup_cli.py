"""`backup` and `restore` on the command line: data on stdout, one line on stderr, exit 2 for a
refusal; `restore` works where no session can be opened."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.domain.errors import AppError
from inspector_app.messages import describe
from inspector_app.store.keyfile import key_file_for
from tests.conftest import PASSWORD, make_db


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "data").mkdir()
    path = make_db(tmp_path / "data", name="inspector.db")
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INSPECTOR_APP_LANG", "en")
    monkeypatch.delenv("INSPECTOR_APP_RECOVERY_KEY", raising=False)
    return path


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def said(code: str, **params: object) -> str:
    return describe(AppError(code, **params), "en") + "\n"


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _dump() -> str:
    code, out, _err = run("dump")
    assert code == 0
    return out


def test_backup_then_restore(db: Path, tmp_path: Path) -> None:
    assert run("person", "add", "--surname", "Жумабаев")[0] == 0
    before = _dump()
    code, out, err = run("backup")
    assert code == 0, err
    status, written = out.rstrip("\n").split("\t")
    assert status == "written"
    bak = Path(written)
    assert bak.parent == db.parent / "backups" and bak.suffix == ".iabak"
    assert len(err.splitlines()) == 1
    assert run("person", "add", "--surname", "Тілеубердиева")[0] == 0

    code, out, err = run("restore", bak)
    assert code == 0, err
    status, file, epoch = out.rstrip("\n").split("\t")
    assert (status, file) == ("restored", str(bak)) and int(epoch) > 1
    assert len(err.splitlines()) == 1 and "before-restore" in err
    assert _dump() == before
    code, out, _err = run("verify")
    assert code == 0 and out.startswith("status\tsound")
    # the same backup again: another epoch
    code, out, _err = run("restore", bak)
    assert code == 0 and int(out.split("\t")[2]) > int(epoch)


def test_backup_to_a_folder(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, _err = run("backup", "--to", folder)
    assert code == 0
    assert Path(out.split("\t")[1].strip()).parent == folder


def test_backup_to_refuses_the_database_and_its_key_file(db: Path, tmp_path: Path) -> None:
    before = _hashes(db.parent)
    for target in (db, key_file_for(db)):
        code, out, err = run("backup", "--to", target)
        assert (code, out) == (2, "")
        assert err == said("backup.not_a_folder", path=str(target))
    code, out, err = run("backup", "--to", tmp_path / "missing")
    assert (code, out) == (2, "")
    assert _hashes(db.parent) == before


def test_a_database_whose_backup_name_it_owns_is_protected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database named without a suffix owns `<db>-*`: a backup named after it in its own
    folder would be one of its files, and is refused by the guarded writer."""
    (tmp_path / "data").mkdir()
    path = make_db(tmp_path / "data", name="inspector")
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INSPECTOR_APP_LANG", "en")
    before = _hashes(path.parent)
    code, out, err = run("backup", "--to", path.parent)
    assert (code, out) == (2, "")
    assert err.startswith(str(path.parent / "inspector-")) and "belongs to the database" in err
    assert _hashes(path.parent) == before


def test_restore_refusals_change_nothing(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("backup", "--to", tmp_path)[0] == 0
    bak = Path(next(tmp_path.glob("*.iabak")))
    data = bak.read_bytes()
    before = _hashes(db.parent)

    damaged = tmp_path / "damaged.iabak"
    damaged.write_bytes(data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:])
    assert run("restore", damaged) == (2, "", said("backup.damaged", path=str(damaged)))
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert run("restore", other) == (2, "", said("backup.not_a_backup", path=str(other)))
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "wrong-password")
    assert run("restore", bak) == (2, "", said("login.failed"))
    assert _hashes(db.parent) == before


def test_restore_where_the_database_is_damaged(db: Path, tmp_path: Path) -> None:
    """No session is opened on the database first: a damaged one is simply set aside."""
    code, out, _err = run("backup", "--to", tmp_path)
    bak = Path(out.split("\t")[1].strip())
    before = _dump()
    db.write_bytes(b"\x00" * 4096)
    assert run("verify")[0] == 2
    code, out, err = run("restore", bak)
    assert code == 0, err
    assert _dump() == before


def test_restore_with_the_recovery_key(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "fresh" / "inspector.db"
    fresh.parent.mkdir()
    monkeypatch.setenv("INSPECTOR_APP_DB", str(fresh))
    monkeypatch.setenv("INSPECTOR_APP_NEW_PASSWORD", PASSWORD)
    code, out, _err = run(
        "init",
        "--role",
        "chief",
        "--country",
        "KZ",
        "--device-name",
        "L",
        "--full-name",
        "Иванов Иван",
        "--district-code",
        "12",
    )
    assert code == 0
    recovery = dict(line.split("\t") for line in out.splitlines())["recovery-key"]
    code, out, _err = run("backup", "--to", tmp_path)
    bak = Path(out.split("\t")[1].strip())
    monkeypatch.delenv("INSPECTOR_APP_PASSWORD")
    monkeypatch.delenv("INSPECTOR_APP_USER")
    monkeypatch.setenv("INSPECTOR_APP_RECOVERY_KEY", recovery)
    code, out, err = run("restore", bak)
    assert code == 0, err
    assert out.startswith(f"restored\t{bak}\t")
