"""`inspector-app --check-start` names the first window a real start shows, and the settings go
to the folder the application is given (platformdirs', or the portable data folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def check_start(db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector_app", "--check-start", "--db", str(db)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_on_a_new_database_the_wizard_is_shown(tmp_path: Path) -> None:
    result = check_start(tmp_path / "new.db")
    assert (result.returncode, result.stdout) == (0, "wizard\n"), result.stderr


def test_on_an_existing_database_the_sign_in_is_shown(db_path: Path) -> None:
    result = check_start(db_path)
    assert (result.returncode, result.stdout) == (0, "sign-in\n"), result.stderr


def test_settings_are_an_ini_file_in_the_folder_given(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inspector_app.gui.app import name_application, use_settings_folder
    from inspector_app.gui.shell.preferences import set_language

    assert isinstance(qapp, QApplication)
    name_application(qapp)
    before = QSettings.defaultFormat()
    try:
        use_settings_folder(tmp_path / "settings")
        set_language("kk")
        QSettings().sync()
    finally:
        QSettings.setDefaultFormat(before)
    ini = tmp_path / "settings" / "inspector-app" / "inspector-app.ini"
    assert "language=kk" in ini.read_text("utf-8")
