"""Where the database, settings and error log go: the user's folders, or beside the executable
with --portable (or a `portable` file beside a bundle's executable); and the version."""

from __future__ import annotations

import io
import os
import sys
import tomllib
from pathlib import Path

import pytest

from inspector_app import locations, version
from inspector_app.cli import main
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
INIT = ["init", "--role", "chief", "--country", "KG", "--device-name", "N", "--full-name", "F",
        "--district-code", "12"]  # fmt: skip


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder of the program started: `inspector-app` in a folder of its own."""
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(sys, "argv", [str(folder / "inspector-app")])
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    return folder


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def user_data() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "inspector-app"


def test_portable_keeps_the_database_beside_the_executable(program: Path) -> None:
    code, _, err = cli("--portable", *INIT)
    assert code == 0, err
    assert (program / "data" / "inspector.db").is_file()
    assert (program / "data" / "inspector.db.keys").is_file()
    assert not user_data().exists()
    assert cli("verify", "--portable")[0] == 0  # the option after the subcommand too


def test_without_portable_the_user_data_folder_is_used(program: Path) -> None:
    assert cli("--portable", "--db", str(program / "x.db"), "verify")[0] == 2  # --db wins: none
    code, _, err = cli(*INIT)  # the choice of the run before does not stay
    assert code == 0, err
    assert (user_data() / "inspector.db").is_file()
    assert not (program / "data").exists()


def test_portable_puts_settings_and_error_log_in_the_data_folder(program: Path) -> None:
    locations.choose_portable(True)
    try:
        assert locations.settings_root() == program / "data" / "settings"
        assert locations.error_log() == program / "data" / "logs" / "errors.log"
    finally:
        locations.choose_portable(False)
    assert locations.settings_root() == Path(os.environ["XDG_CONFIG_HOME"])
    assert locations.error_log().is_relative_to(Path(os.environ["XDG_STATE_HOME"]))


def test_a_portable_file_beside_a_bundle_makes_it_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "inspector-app"))
    assert locations.default_db_path() == user_data() / "inspector.db"
    (tmp_path / "portable").touch()
    assert locations.default_db_path() == tmp_path / "data" / "inspector.db"


def test_the_version_is_pyprojects(capsys: pytest.CaptureFixture[str]) -> None:
    with (ROOT / "pyproject.toml").open("rb") as source:
        expected = tomllib.load(source)["project"]["version"]
    assert version() == expected
    assert cli("--version")[0] == 0
    assert capsys.readouterr().out == f"inspector-app {expected}\n"
