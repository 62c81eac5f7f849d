"""Helpers that drive the windows as a person would: typing, signing in, opening the main window
on a real database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.gui.main_window import MainWindow
from inspector_app.gui.shell.translations import Translators
from inspector_app.services.session import open_session_with_key
from tests.conftest import PASSWORD
from tests.gui.fakes import FakeDialogs


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; unlike qtbot.keyClicks it takes letters beyond ASCII."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(widget, event)


def press(qtbot: Any, widget: QWidget, key: str) -> None:
    """Press a key combination as written in a menu ("Ctrl+3", "F1") on `widget`."""
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(key)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def open_main_window(
    qtbot: Any,
    db_path: Path,
    translators: Translators,
    *,
    dialogs: FakeDialogs | None = None,
    lang: str = "en",
    login: str = "admin",
    password: str = PASSWORD,
) -> MainWindow:
    """The main window as it opens after signing in, shown and ready for keys."""
    session, key = open_session_with_key(db_path, login, password, lang)
    translators.switch(lang)
    window = MainWindow(session, key, translators, dialogs or FakeDialogs())
    qtbot.addWidget(window)  # closed at the end, even when the test fails
    show_active(qtbot, window)
    return window


def show_active(qtbot: Any, window: QWidget) -> None:
    """Show `window` and wait until it is the active one: shortcuts work only there."""
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
