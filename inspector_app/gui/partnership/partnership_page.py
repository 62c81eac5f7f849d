"""Meetings and proposals: the meetings with residents, reports to residents and council
sessions (attendance, who spoke for the police, questions raised), when the next report to
residents is due; and every question or proposal of residents with its state, from received
to done or declined with the reason (overdue in red, with the words)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_partnership_page import Ui_PartnershipPage
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


def _meeting_columns(kind_name: Callable[[str], str]) -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("PartnershipPage", "When"),
            CONTEXT,
            lambda m: f"{m.at:%d.%m.%Y %H:%M}",
        ),
        Column(
            QT_TRANSLATE_NOOP("PartnershipPage", "Kind"),
            CONTEXT,
            lambda m: kind_name(m.kind),
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
    ]


def _proposal_columns(source: Callable[[ProposalRow], str]) -> list[Column]:
    return [
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
            source,
            tooltip=source,
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
    ]


class PartnershipPage(Page):
    page_id = "partnership"
    watches = ("log_entry", "proposal", "appeal", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # the widgets are the Designer form ui/partnership_page.ui (its words in this context)
        self.ui = ui = Ui_PartnershipPage()
        ui.setupUi(self)
        ui.heading.setFont(style.scaled_font(ui.heading, 1.5, bold=True))
        self.heading, self.message, self.tabs = ui.heading, ui.message, ui.tabs
        self.report_label = ui.reportLabel
        writer = context.session.can("record.write")
        self.new_meeting_button = ui.newMeetingButton
        self.meetings = RowsTableModel(_meeting_columns(self._kind_name), self)
        self.meeting_table = ui.meetingList
        self.meeting_table.setModel(self.meetings)
        setup_table(self.meeting_table, stretch=4)
        fit_columns(self.meeting_table, (17, 26, 30, 10, 40, 10))

        self.status_filter = ui.proposalFilter
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_proposal_button = ui.newProposalButton
        self.take_button, self.answer_button = ui.takeButton, ui.answerButton
        for button, slot in (
            (self.new_meeting_button, self.new_meeting),
            (self.new_proposal_button, self.new_proposal),
            (self.take_button, self.take_into_work),
            (self.answer_button, self.answer),
        ):
            button.setVisible(writer)
            button.clicked.connect(slot)
        self.proposals = RowsTableModel(_proposal_columns(self._source), self)
        self.proposal_table = ui.proposalList
        self.proposal_table.setModel(self.proposals)
        setup_table(self.proposal_table, stretch=2)
        fit_columns(self.proposal_table, (28, 11, 30, 26, 16, 24))
        selection = self.proposal_table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(lambda *_a: self._enable())
        context.bus.filter_changed.connect(lambda _inspector: self.refresh())
        self.retranslate()

    def _kind_name(self, code: str) -> str:
        return self.context.session.refdata.name_of("log_kinds", code, self.context.lang)

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
        self.ui.retranslateUi(self)
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
