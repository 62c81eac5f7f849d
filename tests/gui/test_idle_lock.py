"""The idle lock as a person meets it: the window covers itself after the idle time, asks the
password, refuses a wrong one, and gives back everything as it was, open dialogs included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.shell.dialogs import Answer, DialogService
from inspector_app.gui.shell.idle_lock import IdleWatcher
from inspector_app.services.auth import verify_password
from tests.conftest import PASSWORD
from tests.gui.draft_page import DraftPage, with_draft_page
from tests.gui.drive import open_main_window, press, type_text


def unlock_with(qtbot, window, password: str) -> None:
    edit = window.lock.overlay.ui.passwordEdit
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, password)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_window_locks_when_idle_and_keeps_what_was_typed(
    qtbot, db_path, translators, monkeypatch
):
    with_draft_page(monkeypatch, first=True)
    window = open_main_window(qtbot, db_path, translators)
    page = window.stack.currentWidget()
    assert isinstance(page, DraftPage)
    page.edit.setFocus()
    type_text(page.edit, "Обход ул. Абая")

    window.lock.watcher.set_timeout(100)  # instead of minutes
    with qtbot.waitSignal(window.lock.locked, timeout=5000):
        pass

    overlay = window.lock.overlay
    assert overlay.isVisible()
    assert overlay.geometry() == window.rect()  # the whole window, menus included
    assert overlay.ui.explanation.text() == (
        "The window locked itself after 10 minutes without use. Type the password of "
        "Иванов Иван to go on. Everything typed is kept."
    )
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert page.edit.text() == "Обход ул. Абая"
    press(qtbot, overlay.ui.passwordEdit, "Ctrl+2")  # no shortcut works under the lock
    assert window.stack.currentWidget() is page

    unlock_with(qtbot, window, "not-the-password")
    qtbot.waitUntil(overlay.ui.errorLabel.isVisible)
    assert overlay.ui.errorLabel.text() == (
        "Wrong password. Type it again, minding the keyboard layout."
    )
    assert overlay.isVisible() and window.lock.is_locked

    with qtbot.waitSignal(window.lock.unlocked, timeout=5000):
        unlock_with(qtbot, window, PASSWORD)

    assert not overlay.isVisible()
    assert window.centralWidget().isEnabled()
    assert all(action.isEnabled() for action in window.page_actions)
    assert page.edit.text() == "Обход ул. Абая"
    assert QApplication.focusWidget() is page.edit  # the cursor is back where it was
    assert QApplication.overrideCursor() is None
    press(qtbot, window, "Ctrl+2")
    assert window.side_bar.currentRow() == window.side_bar.row_of("people")  # its own key


def test_ctrl_l_locks_at_once(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators)
    press(qtbot, window, "Ctrl+L")
    assert window.lock.is_locked and window.lock.overlay.isVisible()
    assert "minute" not in window.lock.overlay.ui.explanation.text()
    window.close()
    assert window.isVisible()  # a locked window does not close: it may hold unsaved typing
    with qtbot.waitSignal(window.lock.unlocked, timeout=5000):
        unlock_with(qtbot, window, PASSWORD)


def test_typing_keeps_the_window_unlocked(qtbot, qapp):
    target = QWidget()
    qtbot.addWidget(target)
    watcher = IdleWatcher(300)
    timed_out: list[bool] = []
    watcher.timed_out.connect(lambda: timed_out.append(True))
    try:
        for _ in range(6):  # 600 ms of work, a key every 100 ms
            qtbot.wait(100)
            qtbot.keyClick(target, Qt.Key.Key_A)
        assert timed_out == []
        qtbot.waitUntil(lambda: timed_out == [True], timeout=2000)
    finally:
        watcher.stop()


def test_the_lock_covers_an_open_dialog_and_gives_it_back(qtbot, db_path, translators):
    dialogs = DialogService()  # the real one: its dialog waits in a loop of its own
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    steps: list[str] = []

    def box() -> QMessageBox:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert len(boxes) == 1
        return boxes[0]

    def while_asking() -> None:
        assert box().isVisible() and dialogs.open_count == 1
        window.lock_now()
        assert not box().isVisible()  # hidden under the lock, still waiting for its answer
        assert window.lock.overlay.isVisible()
        steps.append("locked")
        unlock_with(qtbot, window, PASSWORD)
        qtbot.waitUntil(lambda: not window.lock.is_locked, timeout=5000)
        assert box().isVisible()  # back, as it was
        steps.append("unlocked")
        discard = box().button(QMessageBox.StandardButton.Discard)
        qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, while_asking)
    answer = dialogs.ask_save(window, "Unsaved input", "Save?")

    assert steps == ["locked", "unlocked"]
    assert answer == Answer.DISCARD  # the answer given after unlocking, not a lost dialog
    assert dialogs.open_count == 0


def test_the_idle_time_follows_settings(qtbot, db_path, translators):
    from inspector_app.gui.shell import preferences

    window = open_main_window(qtbot, db_path, translators)
    assert window.lock.watcher.timeout_ms == 10 * 60_000  # the default: 10 minutes
    preferences.set_idle_minutes(3)
    window.context.bus.preference_changed.emit(preferences.IDLE_MINUTES)
    assert window.lock.watcher.timeout_ms == 3 * 60_000


def test_verify_password_checks_the_signed_in_users_password(session):
    verify_password(session, PASSWORD)
    try:
        verify_password(session, "wrong-one")
    except AppError as error:
        assert error.code == "password.wrong"
    else:
        raise AssertionError("a wrong password was taken")


# an open menu grabs the keyboard, which the offscreen platform cannot do; it says so
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_lock_closes_an_open_menu(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators)
    menu = window.file_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    window.lock_now()
    assert not menu.isVisible()
    assert window.lock.overlay.isVisible()
