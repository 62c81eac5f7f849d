"""Meetings and proposals: the meetings with residents, reports to residents and council
sessions (attendance, who spoke for the police, questions raised), when the next report to
residents is due; and every question or proposal of residents with its state, from received
to done or declined with the reason (overdue in red, with the words)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.partnership.partnership_dialogs import (
    AnswerDialog,
    MeetingDialog,
    ProposalDialog,
)
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import Column, RowsTableModel
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.work_widgets import (
    add_data_item,
    error_words,
    fit_columns,
    inspector_of,
    setup_table,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.partnership import (
    ProposalRow,
    list_meetings,
    list_proposals,
    report_to_residents,
    set_proposal_status,
)

CONTEXT = "PartnershipPage"
STATUS_WORDS = {
    "received": QT_TRANSLATE_NOOP("PartnershipPage", "Received"),
    "in_work": QT_TRANSLATE_NOOP("PartnershipPage", "In work"),
    "done": QT_TRANSLATE_NOOP("PartnershipPage", "Done"),
    "declined": QT_TRANSLATE_NOOP("PartnershipPage", "Declined"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def proposal_state(row: ProposalRow) -> str:
    """The status in words; an open one says how long it has, or how long it is overdue."""
    status = _tr(STATUS_WORDS.get(row.status, row.status))
    if row.days_left is None:
        return status
    return f"{status}: {work_text.days_text(row.days_left)}"


def proposal_color(row: ProposalRow) -> str | None:
    if row.overdue:
        return style.ERROR_COLOR
    if row.status == "done":
        return style.DONE_COLOR
    if row.status == "declined":
        return style.SECONDARY_COLOR
    return None


class PartnershipPage(Page):
    page_id = "partnership"
    watches = ("log_entry", "proposal", "appeal", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        session = context.session
        refdata = session.refdata
        writer = session.can("record.write")
        self.heading = style.heading("")
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.tabs = QTabWidget()

        # meetings
        self.new_meeting_button = QPushButton()
        self.new_meeting_button.setVisible(writer)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.meetings = RowsTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "When"),
                    CONTEXT,
                    lambda m: f"{m.at:%d.%m.%Y %H:%M}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Kind"),
                    CONTEXT,
                    lambda m: refdata.name_of("log_kinds", m.kind, self.context.lang),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Place"),
                    CONTEXT,
                    lambda m: m.place or "",
                    tooltip=lambda m: m.summary,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Attended"),
                    CONTEXT,
                    lambda m: "" if m.attendance is None else str(m.attendance),
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Spoke for the police"),
                    CONTEXT,
                    lambda m: m.police_speaker or "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Questions"),
                    CONTEXT,
                    lambda m: str(m.questions),
                    align_right=True,
                ),
            ],
            self,
        )
        self.meeting_table = QTableView()
        self.meeting_table.setObjectName("meetingList")
        self.meeting_table.setModel(self.meetings)
        setup_table(self.meeting_table, stretch=4)
        fit_columns(self.meeting_table, (17, 26, 30, 10, 40, 10))
        meetings_tab = QWidget()
        column = QVBoxLayout(meetings_tab)
        row = QHBoxLayout()
        row.addWidget(self.report_label, 1)
        row.addWidget(self.new_meeting_button)
        column.addLayout(row)
        column.addWidget(self.meeting_table, 1)

        # proposals
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("proposalFilter")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_proposal_button = QPushButton()
        self.take_button = QPushButton()
        self.answer_button = QPushButton()
        for button in (self.new_proposal_button, self.take_button, self.answer_button):
            button.setVisible(writer)
        self.new_proposal_button.clicked.connect(self.new_proposal)
        self.take_button.clicked.connect(self.take_into_work)
        self.answer_button.clicked.connect(self.answer)
        self.proposals = RowsTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "State"),
                    CONTEXT,
                    proposal_state,
                    color=proposal_color,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Raised on"),
                    CONTEXT,
                    lambda p: work_text.day(p.raised_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Proposal"),
                    CONTEXT,
                    lambda p: p.text,
                    tooltip=lambda p: p.text,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Raised by, where"),
                    CONTEXT,
                    self._source,
                    tooltip=self._source,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Assigned to"),
                    CONTEXT,
                    lambda p: p.assignee or "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("PartnershipPage", "Answer"),
                    CONTEXT,
                    lambda p: p.answer or "",
                    tooltip=lambda p: p.answer,
                ),
            ],
            self,
        )
        self.proposal_table = QTableView()
        self.proposal_table.setObjectName("proposalList")
        self.proposal_table.setModel(self.proposals)
        setup_table(self.proposal_table, stretch=2)
        fit_columns(self.proposal_table, (28, 11, 30, 26, 16, 24))
        selection = self.proposal_table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(lambda *_a: self._enable())
        proposals_tab = QWidget()
        column = QVBoxLayout(proposals_tab)
        row = QHBoxLayout()
        row.addWidget(self.status_filter)
        row.addStretch(1)
        for button in (self.new_proposal_button, self.take_button, self.answer_button):
            row.addWidget(button)
        column.addLayout(row)
        column.addWidget(self.proposal_table, 1)

        self.tabs.addTab(meetings_tab, "")
        self.tabs.addTab(proposals_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        context.bus.filter_changed.connect(lambda _inspector: self.refresh())
        self.retranslate()

    def _source(self, p: ProposalRow) -> str:
        refdata = self.context.session.refdata
        where = ""
        if p.log_kind:
            where = refdata.name_of("log_kinds", p.log_kind, self.context.lang)
            where += f" {work_text.day(p.log_day)}" + (f", {p.log_place}" if p.log_place else "")
        elif p.appeal_number:
            where = QCoreApplication.translate("PartnershipPage", "appeal %1").replace(
                "%1", p.appeal_number
            )
        return "; ".join(x for x in (p.raised_by or "", where) if x)

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Meetings and proposals")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.tabs.setTabText(1, self.tr("Proposals"))
        self.new_meeting_button.setText(self.tr("&New meeting…"))
        self.new_proposal_button.setText(self.tr("New &proposal…"))
        self.take_button.setText(self.tr("Take into &work"))
        self.answer_button.setText(self.tr("&Answer…"))
        self.meeting_table.setAccessibleName(self.tr("Meetings, reports and council sessions"))
        self.proposal_table.setAccessibleName(self.tr("Proposals of residents"))
        self.status_filter.setAccessibleName(self.tr("Proposals shown"))
        keep = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        add_data_item(self.status_filter, self.tr("All"), "")
        add_data_item(self.status_filter, self.tr("Overdue"), "overdue")
        for code, words in STATUS_WORDS.items():
            add_data_item(self.status_filter, _tr(words), code)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(keep), 0))
        self.status_filter.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        session = self.context.session
        inspector = inspector_of(self.context)
        chosen = str(self.status_filter.currentData() or "")
        try:
            self.meetings.set_rows(list_meetings(session, inspector))
            self.proposals.set_rows(
                list_proposals(
                    session,
                    status=chosen if chosen not in ("", "overdue") else None,
                    overdue=chosen == "overdue",
                    inspector_id=inspector,
                )
            )
            report = report_to_residents(session, inspector)
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self._show_report(report.last, report.due, report.state)
        self._enable()

    def _show_report(self, last: date | None, due: date | None, state: str) -> None:
        last_text = work_text.day(last) if last else self.tr("none recorded")
        text = self.tr("Last report to residents: %1.").replace("%1", last_text)
        if due is not None:
            words = self.tr("Next one due %1").replace("%1", work_text.day(due))
            if state == "overdue":
                words = self.tr("The report to residents is overdue since %1").replace(
                    "%1", work_text.day(due)
                )
            text += f" {words}."
        self.report_label.setText(text)
        if state == "overdue":
            style.mark_error(self.report_label)
        elif state == "due_soon":
            style.mark_warning(self.report_label)
        else:
            style.mark_secondary(self.report_label)

    # --- actions --------------------------------------------------------------------------
    def current(self) -> ProposalRow | None:
        index = self.proposal_table.currentIndex()
        if not index.isValid():
            return None
        found = self.proposals.row(index.row())
        return found if isinstance(found, ProposalRow) else None

    def _enable(self) -> None:
        chosen = self.current()
        open_one = chosen is not None and chosen.status in ("received", "in_work")
        self.take_button.setEnabled(chosen is not None and chosen.status == "received")
        self.answer_button.setEnabled(open_one)

    def _run(self, dialog: QDialog) -> bool:
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("log_entry", "proposal")
        return accepted

    def new_meeting(self) -> None:
        if self._run(MeetingDialog(self.context.session, self.context.lang, self)):
            self.tabs.setCurrentIndex(0)

    def new_proposal(self) -> None:
        if self._run(ProposalDialog(self.context.session, self.context.lang, self)):
            self.tabs.setCurrentIndex(1)

    def answer(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._run(AnswerDialog(self.context.session, self.context.lang, chosen, self))

    def take_into_work(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        try:
            set_proposal_status(self.context.session, chosen.id, "in_work")
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self.context.bus.announce("proposal")

    def show_record(self, entity: str, record_id: str) -> bool:
        """Today opens a proposal (or the report to residents) here."""
        if entity == "report_to_residents":
            self.tabs.setCurrentIndex(0)
            return True
        if entity != "proposal":
            return False
        self.tabs.setCurrentIndex(1)
        self.status_filter.setCurrentIndex(0)
        row = self.proposals.row_of(record_id)
        if row < 0:
            return False
        self.proposal_table.selectRow(row)
        self.proposal_table.setFocus()
        return True
