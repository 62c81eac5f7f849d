"""Every modal box goes through this one object, so tests replace it and never hang on a modal
dialog, and the idle lock can cover an open dialog.

A dialog is shown application-modal and waited for in a local event loop that ends when the
dialog finishes (not `QDialog.exec()`, whose loop also ends when the dialog is hidden). So the
idle lock hides the open dialogs with `suspend()` and shows them again with `resume()`: what was
typed in them stays, and the code that opened them goes on waiting for the answer.

Pages open their own dialogs with `run(dialog)`, never `dialog.exec()`.

The message, file and progress dialog classes (and Qt's namespace) are imported when first
used: importing them costs start-up time before the first window (PySide builds their enums).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox


class Answer(Enum):
    YES = "yes"
    NO = "no"
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _dispose(widget: QWidget) -> None:
    """Free a dialog that has done its work: Qt frees one with a parent, Python the others."""
    if widget.parent() is not None:
        widget.deleteLater()


class ProgressView(QObject):
    """What long work shows while it runs: done of total, a line of text, the time left.

    `canceled` is emitted when the person asks to stop. This base class shows nothing (tests);
    the dialog service returns one that shows a QProgressDialog."""

    canceled = Signal()

    def update(self, done: int, total: int, text: str, seconds_left: float | None) -> None:
        """Show progress; total 0 means "unknown": a busy indicator."""

    def finish(self) -> None:
        """The work ended: close the view."""


class _DialogProgress(ProgressView):
    def __init__(self, service: DialogService, parent: QWidget | None, title: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        super().__init__()
        self._service = service
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Stop"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(100 * 4)
        self.dialog.setRange(0, 0)
        self.dialog.canceled.connect(self.canceled)
        service.track(self.dialog)
        self.dialog.show()

    def update(self, done: int, total: int, text: str, seconds_left: float | None) -> None:
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        lines = [text] if text else []
        if seconds_left is not None:
            lines.append(time_left_text(seconds_left))
        self.dialog.setLabelText("\n".join(lines))

    def finish(self) -> None:
        self._service.untrack(self.dialog)
        self.dialog.canceled.disconnect(self.canceled)
        self.dialog.close()
        if self.dialog.parent() is not None:  # else Python owns it and frees it with this view
            self.dialog.deleteLater()


def time_left_text(seconds: float) -> str:
    """ "About 3 minutes left", rounded as a person would say it."""
    if seconds < 60:
        return QCoreApplication.translate(
            "Dialogs", "About %n second(s) left", None, max(1, round(seconds / 5) * 5)
        )
    if seconds < 3600:
        return QCoreApplication.translate(
            "Dialogs", "About %n minute(s) left", None, round(seconds / 60)
        )
    return QCoreApplication.translate(
        "Dialogs", "About %n hour(s) left", None, round(seconds / 3600)
    )


class DialogService:
    """The real dialogs. Tests use tests/gui/fakes.py, which answers as scripted."""

    def __init__(self) -> None:
        self._open: list[QWidget] = []  # shown modal windows, innermost last
        self._suspended: list[QWidget] = []

    @property
    def open_count(self) -> int:
        return len(self._open)

    # --- the lock -------------------------------------------------------------------------
    def track(self, window: QWidget) -> None:
        """A window the lock hides and shows again (run() tracks its dialog itself)."""
        self._open.append(window)

    def untrack(self, window: QWidget) -> None:
        if window in self._open:
            self._open.remove(window)
        if window in self._suspended:
            self._suspended.remove(window)

    def suspend(self) -> None:
        """Hide every open dialog, keeping what was typed in it (the window is locking)."""
        for window in self._open:
            if window.isVisible() and window not in self._suspended:
                self._suspended.append(window)
                window.hide()

    def resume(self) -> None:
        """Show the dialogs that suspend() hid, outermost first (the window was unlocked)."""
        suspended, self._suspended = self._suspended, []
        for window in suspended:
            if window in self._open:
                window.show()
                window.raise_()
                window.activateWindow()

    # --- any dialog -----------------------------------------------------------------------
    def guard(self, dialog: QDialog) -> None:
        """Esc or the close box on typed input asks Save / Discard / Cancel first."""
        from inspector_app.gui.shared.typing_guard import guard_typing

        guard_typing(dialog, self.ask_save)

    def run(self, dialog: QDialog) -> int:
        """Show `dialog` modal and wait until it is accepted or rejected; returns its result
        (QDialog.DialogCode). The dialog checks its input in accept() and stays open until
        the input is right, so nothing typed is lost."""
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.guard(dialog)
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        self.track(dialog)
        try:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            loop.exec()
        finally:
            self.untrack(dialog)
            dialog.finished.disconnect(loop.quit)
        return dialog.result()

    def _run_box(self, box: QMessageBox) -> QMessageBox.StandardButton:
        from PySide6.QtWidgets import QMessageBox

        self.run(box)
        clicked = box.clickedButton()
        if clicked is None:
            return QMessageBox.StandardButton.NoButton
        return box.standardButton(clicked)

    # --- messages -------------------------------------------------------------------------
    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        self._run_box(box)
        _dispose(box)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        self._run_box(box)
        _dispose(box)

    def ask(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """Yes or No."""
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        answer = self._run_box(box)
        _dispose(box)
        return Answer.YES if answer == QMessageBox.StandardButton.Yes else Answer.NO

    def ask_save(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """Save, Discard or Cancel, for unsaved input when a window closes."""
        from PySide6.QtWidgets import QMessageBox

        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        result = self._run_box(box)
        _dispose(box)
        if result == QMessageBox.StandardButton.Save:
            return Answer.SAVE
        if result == QMessageBox.StandardButton.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    # --- files ----------------------------------------------------------------------------
    def _run_file_dialog(self, dialog: QFileDialog) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        # Qt's own dialog (not the system's), so the lock can hide it like any other
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        accepted = self.run(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        _dispose(dialog)
        return Path(files[0]) if accepted and files else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(parent, title, "", filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        return self._run_file_dialog(dialog)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(parent, title, suggested, filters)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if suggested:
            dialog.selectFile(suggested)
        return self._run_file_dialog(dialog)

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        """Several existing files (none when the person cancels)."""
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(parent, title, "", filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        accepted = self.run(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        _dispose(dialog)
        return [Path(name) for name in files] if accepted else []

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        """An existing folder, starting in `start`."""
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(parent, title, start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        return self._run_file_dialog(dialog)

    # --- long work and failures -----------------------------------------------------------
    def progress(self, parent: QWidget | None, title: str) -> ProgressView:
        """A progress dialog with a Stop button for long work (gui/shell/tasks.py); not blocking."""
        return _DialogProgress(self, parent, title)

    def crash(self, parent: QWidget | None, summary: str, details: str) -> None:
        """The crash dialog of a bug: what happened in words, the details to copy."""
        from inspector_app.gui.shell.crash_dialog import CrashDialog

        dialog = CrashDialog(summary, details, parent)
        self.run(dialog)
        _dispose(dialog)


def tr_title(text: str) -> str:
    """Titles used by several pages, translated in the Dialogs context."""
    return _tr(text)
