"""GUI tests run offscreen, with the shipped font, against fresh databases in tmp folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSWORD


@pytest.fixture(scope="session", autouse=True)
def offscreen_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No display and no user runtime folder: set before pytest-qt creates the QApplication."""
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    os.chmod(runtime, 0o700)  # Qt warns about a runtime folder others may read
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QT_QPA_PLATFORM", "offscreen")
        patch.setenv("XDG_RUNTIME_DIR", str(runtime))
        yield


@pytest.fixture(scope="session", autouse=True)
def app_look(offscreen_environment: None, qapp: object) -> str:
    """Fusion and the shipped font, as the application sets them; returns the font family."""
    from PySide6.QtWidgets import QApplication

    from inspector_app.gui.app import apply_look

    assert isinstance(qapp, QApplication)
    return apply_look(qapp)


@pytest.fixture(scope="session", autouse=True)
def built_translations() -> None:
    """The .qm catalogs, built from the .ts sources when missing or older (as bootstrap does)."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "packaging" / "update_translations.py"
    subprocess.run([sys.executable, str(script), "--release"], check=True)


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (preferences, column widths) writes into a fresh folder for each test: Qt
    reads the folder once per process, so the user folders of tests/conftest.py are not enough."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


@pytest.fixture
def translators(qapp: object) -> Iterator[object]:
    """The application's catalogs, removed again after the test (Qt's locale restored too)."""
    from PySide6.QtWidgets import QApplication

    from inspector_app.gui.shell.translations import Translators

    assert isinstance(qapp, QApplication)
    installed = Translators(qapp)
    yield installed
    installed.remove()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh inspector's database (Kazakhstan) with the admin `admin` / tests.conftest.PASSWORD."""
    from inspector_app.services.setup import InitRequest, init_database
    from inspector_app.store.keyfile import KdfParams

    path = tmp_path / "a.db"
    init_database(
        InitRequest(
            path=path,
            role="inspector",
            country="KZ",
            device_name="Laptop",
            login="admin",
            full_name="Иванов Иван",
            password=PASSWORD,
            precinct_code="05",
            district_code="12",
        ),
        kdf=KdfParams(time_cost=1, memory_kib=8192),  # weak, for speed: tests only
    )
    return path
