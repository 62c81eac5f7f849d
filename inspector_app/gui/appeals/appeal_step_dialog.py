"""A step of an appeal's workflow (ui/appeal_step_dialog.ui): extend the deadline as a head or
deputy decided (the new date, the reason, who authorised it and the day they decided; never
after the deadline has passed, never past the legal maximum), record the day the applicant was
told of it, forward the appeal to the competent body, record the decision, or cancel a
mistaken entry with its reason. A notification or forwarding after the law's limit asks for
the reason of the delay, and is saved as late."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_appeal_step_dialog import Ui_AppealStepDialog
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import date_reason, parse_day, show_reason
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.appeals import (
    AppealRow,
    cancel_appeal,
    decide_appeal,
    extend_appeal,
    forward_appeal,
    latest_extension,
    notify_appeal,
)

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "AppealStepDialog"
STEPS = ("extend", "notify", "forward", "decide", "cancel")


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
        self.late = False  # the step was saved as late
        self.latest = latest_extension(session, appeal.id) if step == "extend" else None
        self.ui = Ui_AppealStepDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in self._messages():
            label.hide()
        ui.subjectLabel.setProperty(style.VERBATIM, True)
        today = work_text.day(session.today())
        if step != "extend":
            ui.dateEdit.setText(today)
        ui.onEdit.setText(today)
        for edit in (ui.dateEdit, ui.onEdit, ui.authorEdit, ui.lateEdit):
            edit.textEdited.connect(lambda _t: self.check())
        ui.textEdit.textChanged.connect(self.check)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        form = ui.form
        form.setRowVisible(0, step != "cancel")
        form.setRowVisible(1, step != "cancel")
        form.setRowVisible(2, step != "notify")
        form.setRowVisible(3, step != "notify")
        for row in (4, 5, 6, 7):  # who authorised, the day they decided
            form.setRowVisible(row, step == "extend")
        self._retranslate_own()
        self._show_late_row()
        (ui.textEdit if step == "cancel" else ui.dateEdit).setFocus()

    def _messages(self) -> tuple[QLabel, ...]:
        ui = self.ui
        return (
            ui.dateMessage,
            ui.textMessage,
            ui.formMessage,
            ui.authorMessage,
            ui.onMessage,
            ui.lateMessage,
        )

    # --- texts ----------------------------------------------------------------------------
    def _retranslate_own(self) -> None:
        ui = self.ui
        a = self.appeal
        titles = {
            "extend": QCoreApplication.translate("AppealStepDialog", "Extend the deadline"),
            "notify": QCoreApplication.translate(
                "AppealStepDialog", "The applicant told of the extension"
            ),
            "forward": QCoreApplication.translate(
                "AppealStepDialog", "Forward to the competent body"
            ),
            "decide": QCoreApplication.translate("AppealStepDialog", "Record the decision"),
            "cancel": QCoreApplication.translate("AppealStepDialog", "Cancel a mistaken entry"),
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
            "notify": (
                QCoreApplication.translate("AppealStepDialog", "&Told on"),
                QCoreApplication.translate("AppealStepDialog", "&Reason"),
                QCoreApplication.translate("AppealStepDialog", "Why"),
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
            "cancel": (
                QCoreApplication.translate("AppealStepDialog", "&Date"),
                QCoreApplication.translate("AppealStepDialog", "&Reason"),
                QCoreApplication.translate("AppealStepDialog", "Why the entry is cancelled"),
            ),
        }
        date_label, text_label, text_name = labels[self.step]
        ui.dateLabel.setText(date_label)
        ui.dateEdit.setAccessibleName(date_label.replace("&", ""))
        ui.textLabel.setText(text_label)
        ui.textEdit.setAccessibleName(text_name)
        rule = ""
        if self.step == "extend":
            if self.latest is not None:
                rule = QCoreApplication.translate(
                    "AppealStepDialog",
                    "Only the head or a deputy extends, before the deadline has passed: the law "
                    "lets the deadline be extended to %1 at the latest. Tell the applicant "
                    "about the extension.",
                ).replace("%1", work_text.day(self.latest))
            else:
                rule = QCoreApplication.translate(
                    "AppealStepDialog",
                    "Only the head or a deputy extends, before the deadline has passed. The "
                    "law sets no latest date for an extension here.",
                )
        elif self.step == "notify" and self.appeal.notify_limit is not None:
            rule = QCoreApplication.translate(
                "AppealStepDialog", "The law asks the applicant to be told by %1."
            ).replace("%1", work_text.day(self.appeal.notify_limit))
        elif self.step == "forward" and self.appeal.forward_limit is not None:
            rule = QCoreApplication.translate(
                "AppealStepDialog", "The law asks an appeal to be forwarded by %1."
            ).replace("%1", work_text.day(self.appeal.forward_limit))
        elif self.step == "cancel":
            rule = QCoreApplication.translate(
                "AppealStepDialog",
                "A cancelled appeal stays in the register with its number and the reason.",
            )
        ui.ruleLabel.setText(rule)
        ui.ruleLabel.setVisible(bool(rule))
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(
                {
                    "extend": QCoreApplication.translate("AppealStepDialog", "&Extend"),
                    "forward": QCoreApplication.translate("AppealStepDialog", "&Forward"),
                    "cancel": QCoreApplication.translate("AppealStepDialog", "Cancel the &entry"),
                }.get(self.step, QCoreApplication.translate("AppealStepDialog", "&Save"))
            )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self.check()

    # --- checks ---------------------------------------------------------------------------
    def has_input(self) -> bool:
        return bool(self.ui.textEdit.toPlainText().strip())

    def _limit(self) -> date | None:
        return {"notify": self.appeal.notify_limit, "forward": self.appeal.forward_limit}.get(
            self.step
        )

    def _is_late(self) -> bool:
        limit = self._limit()
        try:
            day = parse_day(self.ui.dateEdit.text())
        except AppError:
            return False
        return limit is not None and day is not None and day > limit

    def _show_late_row(self) -> None:
        late = self._is_late()
        self.ui.form.setRowVisible(8, late)
        self.ui.form.setRowVisible(9, late)

    def _date_reason(self) -> str | None:
        text = self.ui.dateEdit.text()
        today = self.session.today()
        received = self.session.local_date(self.appeal.received_at)
        if self.step == "cancel":
            return None
        if self.step != "extend":
            return date_reason(text, self.lang, required=True, latest=today, earliest=received)
        reason = date_reason(text, self.lang, required=True)
        if reason:
            return reason
        new = parse_day(text)
        assert new is not None
        if new < today:
            return QCoreApplication.translate(
                "AppealStepDialog", "The new deadline has passed already: give a day still to come."
            )
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

    def _on_reason(self) -> str | None:
        if self.step != "extend":
            return None
        text = self.ui.onEdit.text()
        reason = date_reason(
            text,
            self.lang,
            required=True,
            latest=self.session.today(),
            earliest=self.session.local_date(self.appeal.received_at),
        )
        if reason:
            return reason
        day = parse_day(text)
        if day is not None and day > self.appeal.deadline:
            return QCoreApplication.translate(
                "AppealStepDialog",
                "The deadline %1 had passed by then: the law allows no extension after it.",
            ).replace("%1", work_text.day(self.appeal.deadline))
        return None

    def _author_reason(self) -> str | None:
        if self.step != "extend":
            return None
        name, _, position = self.ui.authorEdit.text().partition(",")
        if name.strip() and position.strip():
            return None
        return QCoreApplication.translate(
            "AppealStepDialog",
            "Name the head or deputy who decided, and the position: “Name, position”.",
        )

    def check(self) -> bool:
        ui = self.ui
        self._show_late_row()
        date_problem = self._date_reason()
        words = {
            "extend": QCoreApplication.translate(
                "AppealStepDialog", "Say why the deadline is extended."
            ),
            "forward": QCoreApplication.translate(
                "AppealStepDialog", "Name the body the appeal goes to."
            ),
            "decide": QCoreApplication.translate("AppealStepDialog", "Write the decision."),
            "cancel": QCoreApplication.translate(
                "AppealStepDialog", "Say why the entry is cancelled."
            ),
        }
        needs_text = self.step != "notify"
        text_problem = (
            None if not needs_text or ui.textEdit.toPlainText().strip() else words[self.step]
        )
        late_problem = (
            QCoreApplication.translate(
                "AppealStepDialog", "The law's limit was %1: say why it is late."
            ).replace("%1", work_text.day(self._limit()))
            if self._is_late() and not ui.lateEdit.text().strip()
            else None
        )
        on_problem = self._on_reason()
        author_problem = self._author_reason()
        typed = bool(ui.dateEdit.text().strip())
        show_reason(ui.dateMessage, date_problem if (typed or self._checked) else None)
        show_reason(ui.textMessage, text_problem if self._checked else None)
        show_reason(ui.lateMessage, late_problem if self._checked else None)
        show_reason(ui.onMessage, on_problem)
        show_reason(ui.authorMessage, author_problem if self._checked else None)
        return not any((date_problem, text_problem, late_problem, on_problem, author_problem))

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        day: date = parse_day(ui.dateEdit.text()) or self.session.today()
        text = ui.textEdit.toPlainText()
        late_reason = ui.lateEdit.text() if self._is_late() else None
        try:
            if self.step == "extend":
                self.late = extend_appeal(
                    self.session,
                    self.appeal.id,
                    day,
                    text,
                    authorised_by=ui.authorEdit.text(),
                    decided_on=parse_day(ui.onEdit.text()),
                )
            elif self.step == "notify":
                self.late = notify_appeal(self.session, self.appeal.id, day, late_reason)
            elif self.step == "forward":
                self.late = forward_appeal(self.session, self.appeal.id, text, day, late_reason)
            elif self.step == "decide":
                self.late = decide_appeal(self.session, self.appeal.id, text, day)
            else:
                cancel_appeal(self.session, self.appeal.id, text)
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return
        super().accept()
