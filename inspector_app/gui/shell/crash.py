"""Two kinds of failure (STYLE.md, practice 4).

- The user's environment or input (AppError, EnvironmentProblem: disk full, file locked,
  database newer than the application): a plain message, through messages.describe, that says
  what to do.
- A bug (any other exception, a critical message of Qt): the crash dialog with the details to
  copy into a bug report; the details are written to the error log too.

`CrashHandler.install()` puts this behind sys.excepthook (PySide reports an exception raised in
a slot or an event handler there too) and Qt's message handler. Never a silent failure, never a
traceback in a user's face.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QWidget

from inspector_app import version

if TYPE_CHECKING:
    from inspector_app.gui.shell.dialogs import DialogService

APP_NAME = "inspector-app"


def log_path() -> Path:
    from inspector_app.locations import error_log

    return error_log()


def details_of(error: BaseException | None, extra: str = "") -> str:
    """What a bug report needs: versions, platform, and the traceback."""
    import platform
    from datetime import UTC, datetime

    from inspector_app.services.crash_log import traceback_without_data

    lines = [
        f"inspector-app {version()}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        f"{datetime.now(UTC).isoformat(timespec='seconds')}",
        "",
    ]
    if error is not None:  # messages left out: they may quote personal data
        lines.append(traceback_without_data(error).rstrip())
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def write_log(details: str) -> Path | None:
    """Append the details to the error log (readable by its owner only: a traceback may quote
    personal data); None when the log cannot be written."""
    from inspector_app.services.crash_log import append_details

    path = log_path()
    try:
        append_details(path, "--- " + details + "\n")
    except OSError:
        return None
    return path


def problem_title() -> str:
    return QCoreApplication.translate("CrashDialog", "This cannot be done")


def report_failure(
    error: BaseException, dialogs: DialogService, parent: QWidget | None, lang: str
) -> None:
    """Show a failure: AppError as a plain message, anything else as a bug."""
    from inspector_app.domain.errors import AppError

    if isinstance(error, AppError):
        from inspector_app.messages import describe

        dialogs.warn(parent, problem_title(), describe(error, lang))
        return
    details = details_of(error)
    logged = write_log(details)
    dialogs.crash(parent, crash_summary(logged), details)


def crash_summary(logged: Path | None) -> str:
    text = QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong inside the application. What you saved before is safe. "
        "Copy the details below and send them to whoever looks after the application, "
        "saying what you were doing.",
    )
    if logged is not None:
        text += " " + QCoreApplication.translate(
            "CrashDialog", "The details are also written to %1."
        ).replace("%1", str(logged))
    return text


class CrashHandler(QObject):
    """The application-wide handler of uncaught exceptions and of Qt's critical messages."""

    def __init__(
        self,
        dialogs: DialogService | Callable[[], DialogService],
        parent_window: Callable[[], QWidget | None],
        language: Callable[[], str],
    ) -> None:
        """`dialogs` may be given as a function, so the service is made only when needed."""
        super().__init__()
        self._dialogs = dialogs
        self._parent_window = parent_window
        self._language = language
        self._showing = False
        self._previous_hook: Callable[..., object] | None = None
        self._previous_handler: object = None
        self._installed = False

    @property
    def dialogs(self) -> DialogService:
        from inspector_app.gui.shell.dialogs import DialogService

        if not isinstance(self._dialogs, DialogService):
            self._dialogs = self._dialogs()
        return self._dialogs

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        self._previous_handler = qInstallMessageHandler(self.qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._previous_hook or sys.__excepthook__
        qInstallMessageHandler(self._previous_handler)  # type: ignore[arg-type]
        self._installed = False

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if tb is not None and error.__traceback__ is None:
            error = error.with_traceback(tb)
        self.show(error)

    def show(self, error: BaseException) -> None:
        if self._showing:  # a failure while the dialog is up: the log and stderr get it
            details = details_of(error)
            write_log(details)
            print(details, file=sys.stderr)
            return
        self._showing = True
        try:
            report_failure(error, self.dialogs, self._parent_window(), self._language())
        finally:
            self._showing = False

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        print(text, file=sys.stderr)
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            details = details_of(None, f"Qt: {text}")
            logged = write_log(details)
            if kind == QtMsgType.QtCriticalMsg and not self._showing:
                # not inside Qt's own call: after it has returned
                QTimer.singleShot(0, lambda: self._show_qt(details, logged))

    def _show_qt(self, details: str, logged: Path | None) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            self.dialogs.crash(self._parent_window(), crash_summary(logged), details)
        finally:
            self._showing = False
