"""A dialog service for tests: it answers as scripted and records what a person would have seen,
so no test ever waits on a modal box.

    dialogs = FakeDialogs()
    dialogs.answers.append(Answer.SAVE)             # the next ask/ask_save
    dialogs.files.append(tmp_path / "people.csv")    # the next open_file/save_file/choose_folder
    dialogs.file_lists.append([a, b])                # the next open_files
    dialogs.on_run.append(fill_and_accept)           # the next run(dialog): a function that
                                                     # types into the dialog and returns its result
    ...
    assert dialogs.shown == [("warn", "This cannot be done", "The disk is full. ...")]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.gui.shell.dialogs import Answer, DialogService, ProgressView

Runner = Callable[[QDialog], int]


class FakeProgress(ProgressView):
    """Records every update; a test presses Stop with `self.canceled.emit()`."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.updates: list[tuple[int, int, str, float | None]] = []
        self.finished = False

    def update(self, done: int, total: int, text: str, seconds_left: float | None) -> None:
        self.updates.append((done, total, text, seconds_left))

    def finish(self) -> None:
        self.finished = True


class FakeDialogs(DialogService):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text) of every message
        self.answers: list[Answer] = []
        self.files: list[Path | None] = []
        self.file_lists: list[list[Path]] = []
        self.on_run: list[Runner] = []
        self.ran: list[QDialog] = []  # every dialog given to run(), in order
        self.progress_views: list[FakeProgress] = []
        self.crashes: list[tuple[str, str]] = []  # (summary, details)

    def run(self, dialog: QDialog) -> int:
        """Hand the dialog to the next scripted runner (without one: Cancel)."""
        self.ran.append(dialog)
        self.guard(dialog)
        if not self.on_run:
            return int(QDialog.DialogCode.Rejected)
        return self.on_run.pop(0)(dialog)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def ask(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """The next scripted answer; without one, No."""
        self.shown.append(("ask", title, text))
        return self.answers.pop(0) if self.answers else Answer.NO

    def ask_save(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """The next scripted answer; without one, Discard (a window closed at the end of a
        failed test must close)."""
        self.shown.append(("ask_save", title, text))
        return self.answers.pop(0) if self.answers else Answer.DISCARD

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.shown.append(("open_file", title, filters))
        return self.files.pop(0)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        self.shown.append(("save_file", title, suggested))
        return self.files.pop(0)

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        self.shown.append(("open_files", title, filters))
        return self.file_lists.pop(0)

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        self.shown.append(("choose_folder", title, start))
        return self.files.pop(0)

    def progress(self, parent: QWidget | None, title: str) -> ProgressView:
        view = FakeProgress(title)
        self.progress_views.append(view)
        return view

    def crash(self, parent: QWidget | None, summary: str, details: str) -> None:
        self.crashes.append((summary, details))
