"""`inspector-app --check-start`: does this installation start?

The application starts as always, and when its first window is on the screen (Qt's first
Expose of a window), prints which one it is to stdout and quits. An installer, a test or a
benchmark learns that the bundle's libraries, plugins, fonts and translations all loaded, and
how long a person waits for the first window, without anyone clicking.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# What is printed for each window the application can open first.
WINDOW_NAMES = {
    "FirstRunWizard": "wizard",
    "LoginWindow": "sign-in",
    "MainWindow": "main",
}


def window_name(window: QWidget) -> str:
    return WINDOW_NAMES.get(type(window).__name__, type(window).__name__)


class StartCheck(QObject):
    """Watches the application's events until the first window is exposed."""

    def __init__(self, app: QApplication, current_window: Callable[[], QWidget | None]) -> None:
        super().__init__(app)
        self._app = app
        self._current_window = current_window
        self.shown: str | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            self.shown is None
            and event.type() == QEvent.Type.Expose
            and watched.isWindowType()
            and watched.isExposed()  # type: ignore[attr-defined]
        ):
            window = self._current_window()
            if window is not None:
                self.shown = window_name(window)
                sys.stdout.write(self.shown + "\n")
                sys.stdout.flush()
                self._app.removeEventFilter(self)
                QTimer.singleShot(0, self._app.quit)
        return False
