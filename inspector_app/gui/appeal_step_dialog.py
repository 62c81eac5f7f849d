"""A step of an appeal's workflow (ui/appeal_step_dialog.ui): extend the deadline (a new date
and the reason; never past the legal maximum, said in words as the date is typed), forward it
to the competent body, or record the decision."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui import style, work_text
from inspector_app.gui.forms.ui_appeal_step_dialog import Ui_AppealStepDialog
from inspector_app.gui.work_widgets import date_reason, parse_day, show_reason
from inspector_app.messages import describe
from inspector_app.services.appeals import (
    AppealRow,
    decide_appeal,
    extend_appeal,
    forward_appeal,
    latest_extension,
)

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "AppealStepDialog"
STEPS = ("extend", "forward", "decide")


class AppealStepDialog(QDialog):
    def __init__(
        self,
        session: Session,
        lang: str,
        step: str,
        appeal: AppealRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if step not in STEPS:
            raise ValueError(step)
        self.session = session
        self.lang = lang
        self.step = step
        self.appeal = appeal
        self._checked = False
        self.latest = latest_extension(session, appeal.id) if step == "extend" else None
        self.ui = Ui_AppealStepDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (ui.dateMessage, ui.textMessage, ui.formMessage):
            label.hide()
        ui.subjectLabel.setProperty(style.VERBATIM, True)
        if step != "extend":
            ui.dateEdit.setText(work_text.day(session.today()))
        ui.dateEdit.textEdited.connect(lambda _t: self.check())
        ui.textEdit.textChanged.connect(self.check)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.dateEdit.setFocus()

    # --- texts ----------------------------------------------------------------------------
    def _retranslate_own(self) -> None:
        ui = self.ui
        a = self.appeal
        titles = {
            "extend": QCoreApplication.translate("AppealStepDialog", "Extend the deadline"),
            "forward": QCoreApplication.translate(
                "AppealStepDialog", "Forward to the competent body"
            ),
            "decide": QCoreApplication.translate("AppealStepDialog", "Record the decision"),
        }
        self.setWindowTitle(titles[self.step])
        ui.subjectLabel.setText(
            QCoreApplication.translate(
                "AppealStepDialog", "Appeal %1 from %2, received %3. Deadline %4: %5."
            )
            .replace("%1", a.number)
            .replace("%2", a.applicant)
            .replace("%3", work_text.day(self.session.local_date(a.received_at)))
            .replace("%4", work_text.day(a.deadline))
            .replace("%5", work_text.working_days_text(a.days_left))
        )
        labels = {
            "extend": (
                QCoreApplication.translate("AppealStepDialog", "New &deadline"),
                QCoreApplication.translate("AppealStepDialog", "&Reason"),
                QCoreApplication.translate("AppealStepDialog", "Why the deadline is extended"),
            ),
            "forward": (
                QCoreApplication.translate("AppealStepDialog", "&Forwarded on"),
                QCoreApplication.translate("AppealStepDialog", "&To whom"),
                QCoreApplication.translate(
                    "AppealStepDialog", "The body the appeal is forwarded to"
                ),
            ),
            "decide": (
                QCoreApplication.translate("AppealStepDialog", "&Decided on"),
                QCoreApplication.translate("AppealStepDialog", "&Decision"),
                QCoreApplication.translate("AppealStepDialog", "The decision taken"),
            ),
        }
        date_label, text_label, text_name = labels[self.step]
        ui.dateLabel.setText(date_label)
        ui.dateEdit.setAccessibleName(date_label.replace("&", ""))
        ui.textLabel.setText(text_label)
        ui.textEdit.setAccessibleName(text_name)
        if self.step == "extend":
            if self.latest is not None:
                rule = QCoreApplication.translate(
                    "AppealStepDialog",
                    "The law lets the deadline be extended to %1 at the latest. Tell the "
                    "applicant about the extension.",
                ).replace("%1", work_text.day(self.latest))
            else:
                rule = QCoreApplication.translate(
                    "AppealStepDialog", "The law sets no latest date for an extension here."
                )
            ui.ruleLabel.setText(rule)
        ui.ruleLabel.setVisible(self.step == "extend")
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(
                {
                    "extend": QCoreApplication.translate("AppealStepDialog", "&Extend"),
                    "forward": QCoreApplication.translate("AppealStepDialog", "&Forward"),
                }.get(
                    self.step, QCoreApplication.translate("AppealStepDialog", "&Save the decision")
                )
            )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self.check()

    # --- checks ---------------------------------------------------------------------------
    def has_input(self) -> bool:
        return bool(self.ui.textEdit.toPlainText().strip())

    def _date_reason(self) -> str | None:
        text = self.ui.dateEdit.text()
        today = self.session.today()
        received = self.session.local_date(self.appeal.received_at)
        if self.step != "extend":
            return date_reason(text, self.lang, required=True, latest=today, earliest=received)
        reason = date_reason(text, self.lang, required=True)
        if reason:
            return reason
        new = parse_day(text)
        assert new is not None
        if new <= self.appeal.deadline:
            return QCoreApplication.translate(
                "AppealStepDialog", "The new deadline must be later than the current one, %1."
            ).replace("%1", work_text.day(self.appeal.deadline))
        if self.latest is not None and new > self.latest:
            return (
                QCoreApplication.translate(
                    "AppealStepDialog",
                    "Refused: the law allows an extension to %1 at the latest (%2 days from "
                    "receipt).",
                )
                .replace("%1", work_text.day(self.latest))
                .replace("%2", str((self.latest - received).days))
            )
        return None

    def check(self) -> bool:
        ui = self.ui
        date_problem = self._date_reason()
        words = {
            "extend": QCoreApplication.translate(
                "AppealStepDialog", "Say why the deadline is extended."
            ),
            "forward": QCoreApplication.translate(
                "AppealStepDialog", "Name the body the appeal goes to."
            ),
            "decide": QCoreApplication.translate("AppealStepDialog", "Write the decision."),
        }
        text_problem = None if ui.textEdit.toPlainText().strip() else words[self.step]
        typed = bool(ui.dateEdit.text().strip())
        show_reason(ui.dateMessage, date_problem if (typed or self._checked) else None)
        show_reason(ui.textMessage, text_problem if self._checked else None)
        return date_problem is None and text_problem is None

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        day: date = parse_day(ui.dateEdit.text()) or self.session.today()
        text = ui.textEdit.toPlainText()
        try:
            if self.step == "extend":
                extend_appeal(self.session, self.appeal.id, day, text)
            elif self.step == "forward":
                forward_appeal(self.session, self.appeal.id, text, day)
            else:
                decide_appeal(self.session, self.appeal.id, text, day)
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return
        super().accept()
