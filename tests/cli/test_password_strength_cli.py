"""Every way a password is set on the command line refuses one that is easy to guess, saying
why in the user's language (aaaaaaaa and eight spaces were accepted)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db

WEAK = ("aaaaaaaa", " " * 8, "qwerty123")


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("weak", WEAK)
def test_init_refuses_a_weak_password_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, weak: str
) -> None:
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", weak)
    path = tmp_path / "n.db"
    code, out, err = run(
        "--db", path, "--user", "admin", "--lang", "ru", "init", "--role", "chief",
        "--country", "KZ", "--device-name", "Ноутбук", "--full-name", "Ахметов Болат",
        "--district-code", "12",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err.startswith("Пароль слишком легко угадать") and len(err.splitlines()) == 1
    assert os.listdir(tmp_path) == []


def test_user_add_passwd_and_recover_refuse_weak_passwords(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_db(tmp_path)
    monkeypatch.setenv("INSPECTOR_APP_DB", str(db))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INSPECTOR_APP_RECOVERY_KEY", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    for weak in WEAK:
        monkeypatch.setenv("INSPECTOR_APP_NEW_PASSWORD", weak)
        for argv in (
            ("user", "add", "aset", "--full-name", "Асет Б.", "--role", "assistant"),
            ("user", "passwd"),
            ("user", "recover"),
        ):
            code, out, err = run("--lang", "en", *argv)
            assert code == 2 and out == "", argv
            assert "too easy to guess" in err and len(err.splitlines()) == 1, (argv, err)
    code, out, _err = run("user", "list")
    assert code == 0 and [line.split("\t")[1] for line in out.splitlines()] == ["admin"]
    open_session(db, "admin", PASSWORD).close()  # the password stayed as it was
