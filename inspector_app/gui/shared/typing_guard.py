"""Nothing typed in a dialog is lost to a stray Esc or the window's close box: once the dialog
holds something other than what it opened with, they ask Save / Discard / Cancel, as the main
window does. Save runs the dialog's own accept() (which checks and stays open on a refusal),
Discard closes it, Cancel goes back to the typing. The dialog's Cancel button still closes at
once: that is asked for by name.

Every dialog run by the DialogService gets one; what was typed is read from its input widgets,
so a dialog needs nothing of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

Ask = Callable[[QWidget | None, str, str], Any]  # DialogService.ask_save


def typed_state(dialog: QWidget) -> list[Any]:
    """What the dialog's input widgets hold, in a fixed order."""
    state: list[Any] = []
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # their inner line edit: the box itself is read
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QListWidget):
            state.append([widget.item(i).text() for i in range(widget.count())])
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


class TypingGuard(QObject):
    def __init__(self, dialog: QDialog, ask: Ask) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ask = ask
        self.opened_with = typed_state(dialog)
        self._leaving = False
        dialog.installEventFilter(self)

    def changed(self) -> bool:
        return typed_state(self.dialog) != self.opened_with

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self.dialog or self._leaving:
            return False
        escape = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        )
        if not (escape or event.type() == QEvent.Type.Close) or not self.changed():
            return False
        event.ignore()
        self._decide()
        return True

    def _decide(self) -> None:
        from inspector_app.gui.shell.dialogs import Answer

        answer = self.ask(
            self.dialog,
            self.dialog.windowTitle(),
            QCoreApplication.translate(
                "TypingGuard", "What you typed here is not saved yet. Save it?"
            ),
        )
        if answer == Answer.SAVE:
            self.dialog.accept()  # refused input keeps the dialog open, with the reason
        elif answer == Answer.DISCARD:
            self._leaving = True
            self.dialog.reject()


def guard_typing(dialog: QDialog, ask: Ask) -> None:
    """Give `dialog` its guard (not a message box or a wizard: they hold no typing of theirs,
    or ask themselves)."""
    if isinstance(dialog, (QMessageBox, QWizard)) or dialog.findChild(TypingGuard):
        return
    TypingGuard(dialog, ask)
