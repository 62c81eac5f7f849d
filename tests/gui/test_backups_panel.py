"""Settings → Backups and Today's warning, driven by clicks on a real database: no backup yet
is said on Today; "Back up now" writes one into the backups folder and the warning goes; a
backup to a chosen folder lands there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from inspector_app.gui.settings.backups_panel import start_daily_backup
from inspector_app.gui.settings.settings_page import SettingsPage
from inspector_app.gui.today.today_page import TodayPage
from inspector_app.services.backup import default_folder
from tests.gui.drive import open_main_window
from tests.gui.fakes import FakeDialogs


def test_back_up_now_writes_a_backup_and_today_stops_warning(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators, lang="en")
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(today.backup_label.isVisible)
    assert "No backup" in today.backup_label.text()

    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    panel = page.backups
    assert "No backup has been made yet" in panel.status.text()
    qtbot.mouseClick(panel.now_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: any(default_folder(db_path).glob("*.iabak")), timeout=20_000)
    qtbot.waitUntil(lambda: "Written:" in panel.status.text(), timeout=20_000)
    assert "The newest backup was made" in panel.status.text()
    window.show_page("today")
    qtbot.waitUntil(lambda: not today.backup_label.isVisible())


def test_a_backup_to_a_chosen_folder_lands_there(qtbot, db_path, translators, tmp_path: Path):
    dialogs = FakeDialogs()
    target = tmp_path / "flash"
    target.mkdir()
    dialogs.files.append(target)
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs, lang="ru")
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.backups.find_drives = list  # no removable drive plugged in: the folder dialog
    assert page.backups.title() == "Резервные копии"

    qtbot.mouseClick(page.backups.elsewhere_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: any(target.glob("*.iabak")), timeout=20_000)
    assert not default_folder(db_path).exists() or not any(default_folder(db_path).iterdir())


def test_the_daily_backup_runs_once_quietly(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators, lang="en")
    first = start_daily_backup(window.context)
    assert first is not None
    qtbot.waitUntil(lambda: not first.running, timeout=20_000)
    made = list(default_folder(db_path).glob("*.iabak"))
    assert len(made) == 1
    second = start_daily_backup(window.context)
    assert second is not None
    qtbot.waitUntil(lambda: not second.running, timeout=20_000)
    assert list(default_folder(db_path).glob("*.iabak")) == made  # not due again today
