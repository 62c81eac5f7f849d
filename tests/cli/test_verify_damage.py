"""`verify` of a file that no longer opens as a database says what is damaged (exit 1,
`status damaged`) instead of an internal error; an emptied file is never taken for a new
database by any command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.services.people import add_person
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = make_db(tmp_path)
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        for n in range(300):
            add_person(session, {"surname": f"Тұрғын{n}", "notes": "ескерту " * 20}, force=True)
    finally:
        session.close()
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    return path


def _verify() -> tuple[int, list[list[str]], str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["verify", "--lang", "en"], out, err)
    return code, [line.split("\t") for line in out.getvalue().splitlines()], err.getvalue()


def _problems(lines: list[list[str]]) -> list[tuple[str, dict[str, object]]]:
    return [(line[1], json.loads(line[2])) for line in lines if line[0] == "problem"]


def test_a_damaged_page_is_reported_with_its_number(db: Path) -> None:
    with open(db, "r+b") as raw:
        raw.seek(4096 * 20 + 100)
        raw.write(b"\x00" * 64)

    code, lines, err = _verify()

    assert code == 1
    assert lines[0] == ["status", "damaged"]
    assert ("verify.page", {"page": 21}) in _problems(lines)
    assert "Internal error" not in err and err.strip()


def test_a_file_cut_short_is_reported(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as raw:
        raw.truncate(size // 2 + 100)

    code, lines, _err = _verify()

    assert code == 1
    assert lines[0] == ["status", "damaged"]
    assert "verify.file_cut" in [code for code, _ in _problems(lines)]


def test_an_emptied_file_is_damage_and_is_never_made_a_new_database(db: Path) -> None:
    db.write_bytes(b"")

    code, lines, _err = _verify()
    assert (code, lines[0]) == (1, ["status", "damaged"])
    assert _problems(lines) == [("verify.file_empty", {"path": str(db)})]

    out, err = io.StringIO(), io.StringIO()
    assert main(["search", "x", "--lang", "en"], out, err) == 2
    assert "empty" in err.getvalue()
    assert db.stat().st_size == 0
