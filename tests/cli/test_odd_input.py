"""Odd input, as an attacker or a USB stick from a Windows office gives it: each gets one
plain line and exit 2, never "Internal error" (each of these was one)."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from inspector_app.cli import main
from tests.conftest import PASSWORD, make_db

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="file names as bytes are a POSIX matter"
)

CP1251_CSV = os.fsdecode("Жители.csv".encode("cp1251"))  # bytes that are not UTF-8
CP1251_BACKUP = os.fsdecode("Копия.iabak".encode("cp1251"))
CP1251_PACKAGE = os.fsdecode("Пакет.iapkg".encode("cp1251"))


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = make_db(tmp_path)
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INSPECTOR_APP_LANG", "en")
    return path


def refused(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert code == 2 and out == "", result
    assert len(err.splitlines()) == 1 and "Internal error" not in err, err
    return err


def test_an_argument_that_is_not_utf8_is_refused_before_anything_is_done(db: Path) -> None:
    windows_text = os.fsdecode("Абаев".encode("cp1251"))
    err = refused(run("person", "add", "--surname", windows_text))
    assert err.startswith("The value Абаев is not UTF-8 text")
    refused(run("person", "set", "x", f"surname={windows_text}"))
    refused(run("search", windows_text))
    code, out, _err = run("search", "Абаев")
    assert code == 0 and out == ""  # nothing was added


def test_a_password_in_the_environment_that_is_not_utf8_is_refused(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", os.fsdecode(b"\xff\xfe-steppe-horse"))
    err = refused(run("search", "x"))
    assert "INSPECTOR_APP_PASSWORD is not UTF-8 text" in err


def test_people_import_of_a_file_named_in_windows_1251_imports_and_journals_it_readably(
    db: Path, tmp_path: Path
) -> None:
    csv = tmp_path / CP1251_CSV
    csv.write_text("Фамилия;Имя\nАбаев;Ерлан\n", encoding="utf-8")
    code, out, err = run("people", "import", csv)
    assert (code, out) == (0, "imported\t1\nrejected\t0\n"), err
    code, out, _err = run("verify")
    assert code == 0 and out.startswith("status\tsound")
    from inspector_app.services.session import open_session

    session = open_session(db, "admin", PASSWORD)
    try:
        details = [
            json.loads(row["detail"])
            for row in session.store.db.query(
                "SELECT detail FROM journal WHERE action = 'people.import'"
            )
        ]
    finally:
        session.close()
    assert [d["file"] for d in details if "file" in d] == ["Жители.csv"]


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (("restore", CP1251_BACKUP), "Копия.iabak"),
        (("import", CP1251_PACKAGE), "There is no file Пакет.iapkg"),
        (("people", "import", CP1251_CSV), "Жители.csv"),
    ],
)
def test_a_missing_file_named_in_windows_1251_is_named_readably(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...], shown: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(*argv)
    assert code == 2 and "Internal error" not in err
    assert shown in err and "\\udc" not in err and "\udccf" not in err


def test_a_report_as_of_year_one_is_refused(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    refused(run("report", "activity", "--period", "2026", "--as-of", "0001-01-01", "--out", out))
    assert not out.exists()


def test_a_huge_or_multi_line_value_is_echoed_within_one_short_line(db: Path) -> None:
    err = refused(run("person", "show", "x" * 2_000_000))
    assert len(err) < 500
    err = refused(run("person", "show", "a\nb\x1b[2J"))
    assert "a\\nb\\x1b[2J" in err


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--precinct-code", "05\n06", "The code 05\\n06 may hold only letters and digits"),
        ("--precinct-code", "x" * 10_000, "may hold only letters and digits"),
        ("--device-name", "Ноутбук\tНоутбук", "holds a line break, a control"),
        ("--device-name", "Ноутбук\u202e", "holds a line break, a control"),
        ("--full-name", "x" * 10_000, "longer than 200 characters"),
        ("--user", "a" * 10_000, "The field login is longer than 64 characters."),
    ],
)
def test_init_refuses_codes_and_names_that_would_break_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, value: str, words: str
) -> None:
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    given = {
        "--user": "admin",
        "--device-name": "Ноутбук",
        "--full-name": "Ахметов Болат",
        "--precinct-code": "05",
        option: value,
    }
    argv = [part for pair in given.items() for part in pair]
    err = refused(
        run("--db", tmp_path / "n.db", "--lang", "en", "init",
            "--role", "inspector", "--country", "KZ", *argv)
    )  # fmt: skip
    assert words in err
    assert os.listdir(tmp_path) == []
