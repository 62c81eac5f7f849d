"""`report --out` never writes over the database, its key file or anything the database owns
(the defect: `--out DB.keys` wrote the PDF over the key file and exited 0, and with the key
file went the only way in), nor over another file without `--force`; and what it writes is a
whole PDF only its owner may read. Also: the export is journaled after the write, with the
absolute path, and never for a refused one; the crash log is private."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app import cli
from inspector_app.cli import main
from inspector_app.domain.errors import AppError
from inspector_app.messages import describe
from inspector_app.services.reports import ReportRequest, make_report, save_report
from inspector_app.services.session import Session, open_session
from inspector_app.store.keyfile import key_file_for
from tests.conftest import PASSWORD, make_db

REPORT = ("report", "activity", "--period", "2026-10", "--as-of", "2026-11-20T18:30")


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real encrypted database with its key file, alone in its folder."""
    (tmp_path / "data").mkdir()
    path = make_db(tmp_path / "data", name="inspector.db")
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INSPECTOR_APP_LANG", "en")
    return path


def said(code: str, **params: object) -> str:
    """The line a person reads for a refusal: tests check the code, not the wording."""
    return describe(AppError(code, **params), "en") + "\n"


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _fingerprints(folder: Path) -> dict[str, str]:
    """Every file of the database's folder, by content (the refusal comes before the database
    is opened, so even SQLite's own housekeeping has not touched it)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.is_symlink()
    }


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _exports(db: Path) -> list[dict[str, str]]:
    session = open_session(db, "admin", PASSWORD, "en")
    try:
        rows = session.store.select(
            "SELECT detail FROM journal WHERE action = 'report.export' ORDER BY seq"
        )
    finally:
        session.close()
    return [json.loads(row["detail"]) for row in rows]


def _refused_and_nothing_changed(db: Path, out: Path, *extra: str) -> str:
    """Exit 2, one line on stderr, every file of the database's folder as it was, no .part
    anywhere, no export journaled, and the user can still sign in (verify: sound)."""
    before = _fingerprints(db.parent)
    code, stdout, stderr = run(*REPORT, "--out", out, *extra)
    assert code == 2, stderr
    assert stdout == "" and len(stderr.splitlines()) == 1
    assert _fingerprints(db.parent) == before
    assert not list(db.parent.parent.rglob("*.part"))
    code, _, said_by_verify = run("verify")  # the user can still sign in: nothing damaged
    assert code == 0, said_by_verify
    assert _exports(db) == []
    return stderr


@pytest.mark.parametrize(
    "name", ["inspector.db.keys", "inspector.db", "inspector.db-wal", "inspector.db.backup-1"]
)
@pytest.mark.parametrize("force", [(), ("--force",)])
def test_the_database_its_key_file_and_what_it_owns_are_never_written(
    db: Path, name: str, force: tuple[str, ...]
) -> None:
    target = db.parent / name
    if not target.exists():
        target.write_bytes(b"kept as it is")
    stderr = _refused_and_nothing_changed(db, target, *force)
    assert stderr == said("file.protected", path=str(target))


def test_out_the_key_file_keeps_the_key_file(db: Path) -> None:
    """The reproduced defect, exactly as typed."""
    keys = key_file_for(db).read_bytes()
    stderr = _refused_and_nothing_changed(db, key_file_for(db))
    assert stderr == said("file.protected", path=str(key_file_for(db)))
    assert key_file_for(db).read_bytes() == keys


def test_out_the_database_keeps_the_database(db: Path) -> None:
    stderr = _refused_and_nothing_changed(db, db, "--force")  # byte for byte, before verify
    assert stderr == said("file.protected", path=str(db))


def test_a_symlink_to_the_key_file(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "october.pdf"
    link.symlink_to(key_file_for(db))
    stderr = _refused_and_nothing_changed(db, link, "--force")
    assert stderr == said("file.protected", path=str(link))
    assert link.is_symlink()


def test_a_hard_link_to_the_database(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "october.pdf"
    os.link(db, link)
    stderr = _refused_and_nothing_changed(db, link, "--force")
    assert stderr == said("file.protected", path=str(link))
    assert os.path.samefile(link, db)


def test_a_name_relative_to_the_database_folder(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(db.parent)
    stderr = _refused_and_nothing_changed(db, Path("inspector.db.keys"), "--force")
    assert stderr == said("file.protected", path="inspector.db.keys")


def test_a_folder(db: Path, tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    stderr = _refused_and_nothing_changed(db, tmp_path / "reports", "--force")
    assert stderr == said("file.not_a_file", path=str(tmp_path / "reports"))


def test_a_missing_folder(db: Path, tmp_path: Path) -> None:
    stderr = _refused_and_nothing_changed(db, tmp_path / "nowhere" / "october.pdf")
    assert stderr == said("file.folder_missing", folder=str(tmp_path / "nowhere"))


def test_an_existing_file_needs_force(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "october.pdf"
    target.write_bytes(b"last month's notes")
    target.chmod(0o644)
    stderr = _refused_and_nothing_changed(db, target)
    assert stderr == said("file.exists", path=str(target))
    assert target.read_bytes() == b"last month's notes" and _mode(target) == 0o644

    code, stdout, stderr = run(*REPORT, "--out", target, "--force")
    assert code == 0, stderr
    assert stdout.startswith(f"written\t{target}\t")
    assert target.read_bytes().startswith(b"%PDF-") and len(PdfReader(target).pages) >= 1
    assert _mode(target) == 0o600
    assert not list(tmp_path.rglob("*.part"))


def test_a_new_file_is_a_private_pdf_and_its_export_journaled_with_the_full_path(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run(*REPORT, "--out", "out/october.pdf")
    assert code == 0, stderr
    target = tmp_path / "out" / "october.pdf"
    pages = len(PdfReader(target).pages)
    assert stdout == f"written\tout/october.pdf\t{pages}\n"
    assert _mode(target) == 0o600
    [export] = _exports(db)
    assert export["path"] == str(target.resolve())
    assert not list(tmp_path.rglob("*.part"))


@pytest.fixture
def session(db: Path) -> Iterator[Session]:
    opened = open_session(db, "admin", PASSWORD, "en")
    yield opened
    opened.close()


def test_a_failed_journal_leaves_no_file(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export of personal data never exists without its journal entry."""
    report = make_report(session, ReportRequest("activity", period="2026-10", lang="en"))
    target = tmp_path / "october.pdf"

    def refuse(action: str, **detail: object) -> None:
        raise AppError("db.disk_full")

    monkeypatch.setattr(session, "event", refuse)
    with pytest.raises(AppError) as refused:
        save_report(session, report, target)
    assert refused.value.code == "db.disk_full"
    assert not target.exists() and not list(tmp_path.rglob("*.part"))


def test_save_report_keeps_an_existing_file_unless_told(session: Session, tmp_path: Path) -> None:
    report = make_report(session, ReportRequest("activity", period="2026-10", lang="en"))
    target = tmp_path / "october.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(AppError) as refused:
        save_report(session, report, target)
    assert refused.value.code == "file.exists" and target.read_bytes() == b"mine"
    assert save_report(session, report, target, overwrite=True) == target.resolve()
    assert target.read_bytes() == report.pdf


def test_the_crash_log_is_private(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    resident = {"name": "Нұрғалиев", "iin": "850101300123", "phone": "+77011234567"}

    def broken(_ctx: object) -> int:
        try:
            {}[resident["iin"]]  # a bug whose message quotes a resident
        except KeyError as exc:
            raise RuntimeError(resident["name"] + resident["phone"]) from exc
        return 0

    monkeypatch.setitem(cli.COMMANDS, "verify", broken)
    code, _, stderr = run("verify")
    assert code == 1 and "Traceback" not in stderr
    log = cli.log_path()
    text = log.read_text("utf-8")
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "in broken" in text  # where it happened
    # a log never holds personal data: the messages are left out
    assert "Нұрғалиев" not in text and "850101300123" not in text and "7701" not in text
    assert _mode(log) == 0o600
