"""Dialogs of the work with residents: a meeting (or report to residents, or council session)
with its attendance, the police speaker and the questions raised; a proposal taken into
tracking; and its answer (done) or the reason it is declined."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.domain.partnership import MEETING_KINDS
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import add_data_item, date_reason, parse_day, show_reason
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.partnership import (
    ProposalRow,
    add_proposal,
    set_proposal_status,
)
from inspector_app.services.worklog import add_log_entry

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "PartnershipDialogs"


def _message() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


class _Form(QDialog):
    """A form of labelled fields, a message line and Save / Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(2 * style.GRID)
        self.form.setVerticalSpacing(style.GRID)
        self.message = _message()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(*(4 * style.GRID,) * 4)
        column.setSpacing(4 * style.GRID)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.resize(560, 0)

    def row(self, label: str, field: QWidget) -> QLabel:
        caption = QLabel(label)
        caption.setBuddy(field)
        field.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, field)
        return caption

    def refuse(self, error: AppError, lang: str) -> None:
        show_reason(self.message, describe(error, lang))


class MeetingDialog(_Form):
    """A new meeting, report to residents or council session; each line of the questions box
    becomes a tracked proposal. `saved_id` is the log entry."""

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PartnershipDialogs", "New meeting"), parent)
        self.session, self.lang = session, lang
        self.saved_id: str | None = None
        refdata = session.refdata
        self.kind = QComboBox()
        for code in MEETING_KINDS:
            add_data_item(self.kind, refdata.name_of("log_kinds", code, lang), code)
        self.day = QLineEdit(work_text.day(session.today()))
        self.day.setPlaceholderText(QCoreApplication.translate("PartnershipDialogs", "DD.MM.YYYY"))
        self.clock = QTimeEdit(QTime(11, 0))
        self.place = QLineEdit()
        self.summary = QLineEdit()
        self.attendance = QSpinBox()
        self.attendance.setRange(0, 100_000)
        self.speaker = QLineEdit()
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText(
            QCoreApplication.translate("PartnershipDialogs", "One question or proposal a line")
        )
        self.questions.setMinimumHeight(8 * style.GRID * 3)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Kind"), self.kind)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Day"), self.day)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Time"), self.clock)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Place"), self.place)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Summary"), self.summary)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Attendance"), self.attendance)
        self.row(
            QCoreApplication.translate("PartnershipDialogs", "Spoke for the &police"), self.speaker
        )
        self.row(
            QCoreApplication.translate("PartnershipDialogs", "&Questions raised"), self.questions
        )
        self.day.setFocus()

    def accept(self) -> None:
        reason = date_reason(self.day.text(), self.lang, required=True, latest=self.session.today())
        if reason:
            show_reason(self.message, reason)
            return
        day = parse_day(self.day.text()) or self.session.today()
        clock = self.clock.time()
        moment = self.session.aware(datetime.combine(day, time(clock.hour(), clock.minute())))
        lines = [q.strip() for q in self.questions.toPlainText().splitlines() if q.strip()]
        try:
            self.saved_id = add_log_entry(
                self.session,
                kind=str(self.kind.currentData()),
                at=moment,
                summary=self.summary.text(),
                place=self.place.text().strip() or None,
                attendance=self.attendance.value() or None,
                police_speaker=self.speaker.text(),
                questions=lines,
            )
        except AppError as error:
            self.refuse(error, self.lang)
            return
        super().accept()


class ProposalDialog(_Form):
    """A question or proposal a resident or a body raised outside a recorded meeting (at a
    reception, or in writing with its appeal's number)."""

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PartnershipDialogs", "New proposal"), parent)
        self.session, self.lang = session, lang
        self.saved_id: str | None = None
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(8 * style.GRID * 2)
        self.raised_by = QLineEdit()
        self.raised_by.setPlaceholderText(
            QCoreApplication.translate(
                "PartnershipDialogs", "A resident, or e.g. the assembly of a village"
            )
        )
        self.appeal = QLineEdit()
        self.appeal.setPlaceholderText(
            QCoreApplication.translate("PartnershipDialogs", "Number of the written appeal, if any")
        )
        self.raised_on = QLineEdit(work_text.day(session.today()))
        self.assignee = QLineEdit()
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Proposal"), self.text)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Raised by"), self.raised_by)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Written appeal"), self.appeal)
        self.row(QCoreApplication.translate("PartnershipDialogs", "Raised &on"), self.raised_on)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Assigned to"), self.assignee)
        self.text.setFocus()

    def accept(self) -> None:
        reason = date_reason(
            self.raised_on.text(), self.lang, required=True, latest=self.session.today()
        )
        if reason:
            show_reason(self.message, reason)
            return
        try:
            self.saved_id = add_proposal(
                self.session,
                text=self.text.toPlainText(),
                raised_by=self.raised_by.text().strip() or None,
                appeal=self.appeal.text().strip() or None,
                raised_on=parse_day(self.raised_on.text()),
                assignee=self.assignee.text().strip() or None,
            )
        except AppError as error:
            self.refuse(error, self.lang)
            return
        super().accept()


class AnswerDialog(_Form):
    """Close a proposal: done with the answer, or declined with the reason, on a day."""

    def __init__(
        self, session: Session, lang: str, proposal: ProposalRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PartnershipDialogs", "Answer the proposal"), parent
        )
        self.session, self.lang, self.proposal = session, lang, proposal
        subject = QLabel(proposal.text)
        subject.setWordWrap(True)
        subject.setProperty(style.VERBATIM, True)  # the residents' own words
        self.form.addRow(subject)
        self.status = QComboBox()
        add_data_item(self.status, QCoreApplication.translate("PartnershipDialogs", "Done"), "done")
        add_data_item(
            self.status, QCoreApplication.translate("PartnershipDialogs", "Declined"), "declined"
        )
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(8 * style.GRID * 2)
        self.answer.setPlaceholderText(
            QCoreApplication.translate(
                "PartnershipDialogs", "The answer, or the reason it is declined"
            )
        )
        self.on = QLineEdit(work_text.day(session.today()))
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Outcome"), self.status)
        self.row(QCoreApplication.translate("PartnershipDialogs", "&Answer"), self.answer)
        self.row(QCoreApplication.translate("PartnershipDialogs", "Answered &on"), self.on)
        self.answer.setFocus()

    def choose(self, status: str) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def accept(self) -> None:
        reason = date_reason(self.on.text(), self.lang, required=True, latest=self.session.today())
        if reason:
            show_reason(self.message, reason)
            return
        on: date | None = parse_day(self.on.text())
        try:
            set_proposal_status(
                self.session,
                self.proposal.id,
                str(self.status.currentData()),
                answer=self.answer.toPlainText(),
                on=on,
            )
        except AppError as error:
            self.refuse(error, self.lang)
            return
        super().accept()
