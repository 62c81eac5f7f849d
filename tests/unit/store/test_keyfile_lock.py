"""Changes of the key file from parallel processes: none is lost (six `user add` at once
leave six users who can sign in), and every wrong password counts (parallel guessing ends in
the lockout, not in a counter stuck at 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from inspector_app.store.keyfile import MAX_FAILURES_BEFORE_DELAY, KeyFile, key_file_for
from tests.conftest import PASSWORD, make_db


def _env(db: Path, **more: str) -> dict[str, str]:
    return {
        **os.environ,
        "INSPECTOR_APP_DB": str(db),
        "INSPECTOR_APP_USER": "admin",
        "INSPECTOR_APP_PASSWORD": PASSWORD,
        **more,
    }


def test_six_users_added_at_once_can_all_sign_in(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "inspector_app",
                "user",
                "add",
                f"user{n}",
                "--full-name",
                f"Пользователь {n}",
                "--role",
                "inspector",
            ],
            env=_env(db, INSPECTOR_APP_NEW_PASSWORD=f"password-{n}-long"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(6)
    ]
    results = [(p.communicate(timeout=300)[1], p.returncode) for p in processes]
    assert all(code == 0 for _err, code in results), results
    keyfile = KeyFile.load(key_file_for(db))
    for n in range(6):
        assert len(keyfile.unlock(f"user{n}", f"password-{n}-long")) == 32


GUESS = """
import sys
from pathlib import Path
from inspector_app.domain.errors import AppError
from inspector_app.store.keyfile import KeyFile
try:
    KeyFile.load(Path(sys.argv[1])).unlock("admin", "wrong-guess")
except AppError as error:
    print(error.code)
"""


def test_parallel_guesses_are_each_counted(tmp_path: Path) -> None:
    keys = key_file_for(make_db(tmp_path))
    guesses = [
        subprocess.Popen(
            [sys.executable, "-c", GUESS, str(keys)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(12)
    ]
    codes = [g.communicate(timeout=300)[0].strip() for g in guesses]

    slot = json.loads(keys.read_text("utf-8"))["users"]["admin"]
    assert slot["failures"] >= MAX_FAILURES_BEFORE_DELAY
    assert slot["locked_until"] > 0
    assert codes.count("login.failed") == slot["failures"]
    assert codes.count("login.locked") == 12 - slot["failures"]
