"""Killed at any moment (SIGKILL: no clean-up runs), a write leaves a database that opens,
passes `verify` and holds each change whole or not at all: a residents import, a run of
single edits, a backup. Each trial starts from a copy of one template database."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector_app.services.audit import verify
from inspector_app.services.backup import check
from inspector_app.services.session import open_session
from inspector_app.store.keyfile import key_file_for
from tests.conftest import PASSWORD, make_db

IMPORT_ROWS = 3000
EDITS = 40


def _env(db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        INSPECTOR_APP_DB=str(db),
        INSPECTOR_APP_USER="admin",
        INSPECTOR_APP_PASSWORD=PASSWORD,
        INSPECTOR_APP_LANG="en",
    )
    return env


def _import(folder: Path) -> list[str]:
    return [sys.executable, "-m", "inspector_app", "people", "import", str(folder / "people.csv")]


def _edits(_folder: Path) -> list[str]:
    script = (
        "from inspector_app.cli import main\n"
        f"for n in range({EDITS}):\n"
        "    main(['person', 'add', '--surname', f'Правка{n}', '--force'])\n"
    )
    return [sys.executable, "-c", script]


def _backup(folder: Path) -> list[str]:
    return [sys.executable, "-m", "inspector_app", "backup", "--to", str(folder / "backups")]


KINDS: dict[str, Callable[[Path], list[str]]] = {
    "import": _import,
    "edits": _edits,
    "backup": _backup,
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    db = make_db(folder)
    with (folder / "people.csv").open("w", encoding="utf-8") as out:
        out.write("Фамилия;Имя;Дата рождения\n")
        for n in range(IMPORT_ROWS):
            out.write(f"Тұрғын{n};Ерлан;{1 + n % 28:02d}.0{1 + n % 9}.1980\n")
    return db


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    (folder / "backups").mkdir()
    shutil.copy2(template.parent / "people.csv", folder / "people.csv")
    target = folder / template.name
    shutil.copy2(template, target)
    shutil.copy2(key_file_for(template), key_file_for(target))
    return target


def _people(db: Path) -> tuple[bool, int]:
    session = open_session(db, "admin", PASSWORD, "en")
    try:
        return verify(session).sound, session.store.count("person")
    finally:
        session.close()


def _whole_run_seconds(template: Path, folder: Path, kind: str) -> float:
    db = _copy(template, folder)
    started = time.monotonic()
    subprocess.run(KINDS[kind](db.parent), env=_env(db), check=True, capture_output=True)
    return time.monotonic() - started


def _trials(template: Path, tmp_path: Path, trials: int) -> None:
    whole = {k: _whole_run_seconds(template, tmp_path / f"probe-{k}", k) for k in KINDS}
    _sound, before = _people(template)
    rng = random.Random(7)
    for trial in range(trials):
        kind = list(KINDS)[trial % len(KINDS)]
        db = _copy(template, tmp_path / f"trial-{trial}")
        process = subprocess.Popen(
            KINDS[kind](db.parent),
            env=_env(db),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # moments spread over the whole run and a little past it
        time.sleep(whole[kind] * 1.1 * rng.random())
        process.send_signal(signal.SIGKILL)
        process.wait()
        sound, people = _people(db)
        assert sound, (trial, kind)
        if kind == "import":  # one transaction: all the rows or none
            assert people in (before, before + IMPORT_ROWS), (trial, people)
        elif kind == "edits":
            assert before <= people <= before + EDITS, (trial, people)
        else:
            assert people == before
            # a backup is complete or absent: never a half file under the final name
            for made in (db.parent / "backups").glob("*.iabak"):
                assert check(made, "admin", PASSWORD).journal_seq > 0, (trial, made)


def test_writes_killed_at_random_moments_leave_a_sound_database(
    template: Path, tmp_path: Path
) -> None:
    _trials(template, tmp_path, 10)


@pytest.mark.slow
def test_writes_killed_a_hundred_times_leave_a_sound_database(
    template: Path, tmp_path: Path
) -> None:
    _trials(template, tmp_path, 100)
