"""Esc or the close box on a dialog with typed data asks Save / Discard / Cancel (a filled
"New resident" form closed on Esc with no question); an untouched dialog closes at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget

from inspector_app.gui.appeals.appeal_register_dialog import AppealRegisterDialog
from inspector_app.gui.incidents.incident_dialog import IncidentDialog
from inspector_app.gui.log.log_cancel_dialog import LogCancelDialog
from inspector_app.gui.notices.notice_dialog import NoticeDialog
from inspector_app.gui.notices.task_dialog import TaskDialog
from inspector_app.gui.people.person_dialog import PersonDialog
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.work_support import ScriptedDialogs, type_text

inspector_template = work_support.inspector_template
demo_session = work_support.demo_session

DIALOGS: dict[str, Callable[[Session], QDialog]] = {
    "new resident": lambda s: PersonDialog(s, "en"),
    "incident": lambda s: IncidentDialog(s, "en"),
    "appeal": lambda s: AppealRegisterDialog(s, "en"),
    "notice": lambda s: NoticeDialog(s, "en"),
    "task": lambda s: TaskDialog(s, "en"),
    "log cancel": lambda s: LogCancelDialog(s, "en", "x", "16.11.2026 Обход"),
}


def _open(qtbot, session: Session, name: str) -> tuple[QDialog, ScriptedDialogs]:
    service = ScriptedDialogs()
    dialog = DIALOGS[name](session)
    qtbot.addWidget(dialog)
    service.guard(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, service


def _first_text_field(dialog: QDialog) -> QWidget:
    for widget in dialog.findChildren(QWidget):
        typing = isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.isVisible()
        # an empty field that is no people search (its search would outlive the test)
        search = "search" in widget.objectName().lower()
        empty = not search and not (isinstance(widget, QLineEdit) and widget.text())
        if typing and widget.isEnabled() and empty:
            return widget
    raise AssertionError("no empty text field")


def _typed(field: QWidget) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_esc_on_typed_input_asks_first(qtbot, demo_session, name):
    dialog, service = _open(qtbot, demo_session, name)
    field = _first_text_field(dialog)
    field.setFocus()
    type_text(field, "Ахметов")

    service.answers.append(Answer.CANCEL)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert [kind for kind, _ in service.messages] == ["ask_save"]
    assert dialog.isVisible() and _typed(field) == "Ахметов"  # back to the typing

    service.answers.append(Answer.CANCEL)
    dialog.close()  # the window's close box
    assert len(service.messages) == 2 and dialog.isVisible()

    service.answers.append(Answer.DISCARD)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("name", list(DIALOGS))
def test_an_untouched_dialog_closes_on_esc_without_a_question(qtbot, demo_session, name):
    dialog, service = _open(qtbot, demo_session, name)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service.messages == []


def test_save_runs_the_dialogs_own_checks(qtbot, demo_session):
    dialog, service = _open(qtbot, demo_session, "new resident")
    assert isinstance(dialog, PersonDialog)
    field = dialog.findChildren(QLineEdit)[1]  # not the surname: saving is refused
    field.setFocus()
    type_text(field, "Айгүл")
    service.answers.append(Answer.SAVE)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # refused: the surname is required, nothing typed is lost
    assert field.text() == "Айгүл"
