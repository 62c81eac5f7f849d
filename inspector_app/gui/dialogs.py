"""Every modal box goes through this one object, so tests replace it and never hang on a modal
dialog, and the idle lock knows when one is open."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Answer(Enum):
    YES = "yes"
    NO = "no"
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class DialogService:
    """The real dialogs. Subclassed by tests (tests/gui/fakes.py) with scripted answers."""

    def __init__(self) -> None:
        self.open_count = 0  # the idle lock covers an open dialog too

    def _exec(self, box: QMessageBox) -> int:
        self.open_count += 1
        try:
            return box.exec()
        finally:
            self.open_count -= 1

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        self._exec(box)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        self._exec(box)

    def ask(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """Yes or No."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return Answer.YES if self._exec(box) == QMessageBox.StandardButton.Yes else Answer.NO

    def ask_save(self, parent: QWidget | None, title: str, text: str) -> Answer:
        """Save, Discard or Cancel, for unsaved input when a window closes."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        result = self._exec(box)
        if result == QMessageBox.StandardButton.Save:
            return Answer.SAVE
        if result == QMessageBox.StandardButton.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.open_count += 1
        try:
            name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        finally:
            self.open_count -= 1
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        self.open_count += 1
        try:
            name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        finally:
            self.open_count -= 1
        return Path(name) if name else None


def tr_title(text: str) -> str:
    """Titles used by several pages, translated in the Dialogs context."""
    return _tr(text)
