"""A chief or HQ gives an inspector a task (ui/task_dialog.ui): to whom, what, and by when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.gui.forms.ui_task_dialog import Ui_TaskDialog
from inspector_app.gui.notices.send_dialog import name_send_button, send
from inspector_app.gui.shared.work_widgets import date_reason, parse_day, show_reason
from inspector_app.gui.shell import style
from inspector_app.services.notices import assignees, write_task

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "TaskDialog"


class TaskDialog(QDialog):
    """After it is accepted, `saved_id` is the new task. `assignee_id` chooses the inspector
    shown first (the one the pages are filtered to)."""

    def __init__(
        self,
        session: Session,
        lang: str,
        assignee_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.saved_id: str | None = None
        self._checked = False
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (ui.assigneeMessage, ui.titleMessage, ui.dueMessage, ui.formMessage):
            label.hide()
        ui.assigneeCombo.setProperty(style.VERBATIM, True)
        for person in assignees(session):
            ui.assigneeCombo.addItem(person.name, person.id)
            ui.assigneeCombo.setItemData(ui.assigneeCombo.count() - 1, True, style.VERBATIM_ROLE)
        if assignee_id is not None:
            ui.assigneeCombo.setCurrentIndex(max(ui.assigneeCombo.findData(assignee_id), 0))
        ui.titleEdit.textEdited.connect(lambda _t: self.check())
        ui.dueEdit.textEdited.connect(lambda _t: self.check())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.titleEdit.setFocus()

    def _retranslate_own(self) -> None:
        name_send_button(self.ui.buttons, QCoreApplication.translate("TaskDialog", "&Send"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self.check()

    def has_input(self) -> bool:
        return bool(self.ui.titleEdit.text().strip() or self.ui.bodyEdit.toPlainText().strip())

    def check(self) -> bool:
        ui = self.ui
        reasons = {
            ui.assigneeMessage: None
            if ui.assigneeCombo.count()
            else QCoreApplication.translate(
                "TaskDialog", "No inspector is known to this database yet: enrol one first."
            ),
            ui.titleMessage: None
            if ui.titleEdit.text().strip()
            else QCoreApplication.translate("TaskDialog", "Say in a few words what is to be done."),
            ui.dueMessage: date_reason(ui.dueEdit.text(), self.lang, earliest=self.session.today()),
        }
        for label, reason in reasons.items():
            show_reason(label, reason if (self._checked or label is not ui.titleMessage) else None)
        return not any(reasons.values())

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        self.saved_id = send(
            ui.formMessage,
            self.lang,
            lambda: write_task(
                self.session,
                title=ui.titleEdit.text(),
                body=ui.bodyEdit.toPlainText(),
                assignee_id=str(ui.assigneeCombo.currentData()),
                due=parse_day(ui.dueEdit.text()),
            ),
        )
        if self.saved_id is None:
            return
        super().accept()
