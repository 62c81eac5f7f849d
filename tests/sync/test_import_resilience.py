"""An import killed at any moment leaves the database sound, holding none or all of the
package, and importing again then succeeds; an import beside another process writing to the
same database finishes, or says "busy" in words, and loses nothing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inspector_app.services.audit import dump_lines, verify
from inspector_app.services.session import open_session
from inspector_app.store.keyfile import key_file_for
from tests.conftest import PASSWORD
from tests.sync.network import make_district

PEOPLE = 1500


def _env(db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        INSPECTOR_APP_DB=str(db),
        INSPECTOR_APP_USER="admin",
        INSPECTOR_APP_PASSWORD=PASSWORD,
        INSPECTOR_APP_LANG="en",
    )
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "inspector_app", *args]


def _copy_db(source: Path, folder: Path) -> Path:
    folder.mkdir()
    target = folder / source.name
    shutil.copy2(source, target)
    shutil.copy2(key_file_for(source), key_file_for(target))
    return target


def _state(db: Path) -> tuple[bool, list[str]]:
    session = open_session(db, "admin", PASSWORD, "en")
    try:
        return verify(session).sound, list(dump_lines(session))
    finally:
        session.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str], list[str]]:
    """A chief's database that trusts a laptop, the laptop's package of PEOPLE residents, and
    the chief's dump before and after importing it."""
    folder = tmp_path_factory.mktemp("district")
    district = make_district(folder)
    try:
        store = district.first.session.store
        with store.transaction():
            store.bulk_create(
                "person",
                [
                    {"id": f"00000000-0000-4000-8000-{n:012d}", "surname": f"Тұрғын{n}"}
                    for n in range(PEOPLE)
                ],
                author=district.first.session.user_id,
                device=district.first.device_id,
                action="test",
            )
        package = district.first.export()
    finally:
        district.close()
    chief_db = folder / "chief.db"
    _ok, before = _state(chief_db)
    scratch = _copy_db(chief_db, folder / "full")
    session = open_session(scratch, "admin", PASSWORD, "en")
    try:
        from inspector_app.services.sync.importing import import_package

        assert import_package(session, package).status == "imported"
        after = list(dump_lines(session))
    finally:
        session.close()
    return chief_db, package, before, after


def _kill_trials(prepared, tmp_path: Path, trials: int) -> None:
    chief_db, package, before, after = prepared
    started = time.monotonic()
    probe = _copy_db(chief_db, tmp_path / "probe")
    subprocess.run(_cli("import", str(package)), env=_env(probe), check=True, capture_output=True)
    whole = time.monotonic() - started
    rng = random.Random(3)
    for trial in range(trials):
        db = _copy_db(chief_db, tmp_path / f"trial-{trial}")
        process = subprocess.Popen(
            _cli("import", str(package)),
            env=_env(db),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # moments spread over the whole run and a little past it (start-up, reading, applying,
        # committing, done)
        time.sleep(whole * 1.1 * (trial + rng.random()) / trials)
        process.send_signal(signal.SIGKILL)
        process.wait()
        sound, dumped = _state(db)
        assert sound, trial
        assert dumped in (before, after), trial
        again = subprocess.run(
            _cli("import", str(package)), env=_env(db), capture_output=True, text=True, check=False
        )
        assert again.returncode == 0, again.stderr
        assert again.stdout.split("\t")[1] in ("imported", "already-imported")
        assert _state(db) == (True, after)


def test_an_import_killed_at_random_moments_holds_none_or_all(prepared, tmp_path: Path) -> None:
    _kill_trials(prepared, tmp_path, 10)


@pytest.mark.slow
def test_an_import_killed_a_hundred_times_holds_none_or_all(prepared, tmp_path: Path) -> None:
    _kill_trials(prepared, tmp_path, 100)


def test_an_import_beside_another_writer_loses_nothing(prepared, tmp_path: Path) -> None:
    chief_db, package, _before, after = prepared
    db = _copy_db(chief_db, tmp_path / "shared")
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from inspector_app.cli import main\n"
            "codes = [main(['person', 'add', '--surname', f'Қатар{n}', '--force'])"
            " for n in range(15)]\n"
            "sys.exit(max(codes))\n",
        ],
        env=_env(db),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    importer = subprocess.run(
        _cli("import", str(package)), env=_env(db), capture_output=True, text=True, check=False
    )
    written, complaints = writer.communicate(timeout=300)
    # each finished, or one said in words that the database was busy
    for code, err in ((importer.returncode, importer.stderr), (writer.returncode, complaints)):
        assert code == 0 or ("busy" in err.lower() or "locked" in err.lower()), err
        assert "Traceback" not in err
    sound, dumped = _state(db)
    assert sound
    added = [line for line in written.splitlines() if line.strip()]
    people = "\n".join(dumped)
    for person_id in added:
        assert person_id in people
    if importer.returncode == 0:
        assert all(line in dumped for line in after if '"entity":"person"' in line)
