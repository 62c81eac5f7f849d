"""The chief's accountability view of appeals, per inspector: registration delays, decisions
within the deadline, extensions and who authorised them, late notifications and forwarding,
cancellations with their reasons. Choosing an inspector lists what to read one by one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.gui.forms.ui_appeal_accountability_dialog import (
    Ui_AppealAccountabilityDialog,
)
from inspector_app.gui.shared.lazy_table_model import Column, RowsTableModel
from inspector_app.gui.shared.work_widgets import fit_columns, fit_wrapped_columns, setup_table
from inspector_app.gui.shell import style
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import message
from inspector_app.services.appeal_accountability import (
    AccountNote,
    InspectorAccount,
    accountability,
)
from inspector_app.services.appeal_numbering import finding_message, numbering_findings

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "AppealAccountabilityDialog"
NOTE_KINDS = {
    "extension": QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Extension authorised by"),
    "cancellation": QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Cancelled"),
    "notified_late": QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Applicant told late"),
    "forwarded_late": QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Forwarded late"),
}


# first widths of the figures' columns, in characters; the inspector's name takes the rest
ACCOUNT_CHARS = (28, 6, 6, 6, 7, 6, 6, 6, 6, 6, 6)


def _n(value: int) -> str:
    return str(value)


def _share(done: int, of: int) -> str:
    return f"{done} / {of}" if of else "—"


def _note_kind(note: AccountNote) -> str:
    word = NOTE_KINDS.get(note.kind)
    return QCoreApplication.translate(CONTEXT, word) if word else note.kind


def _account_columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Inspector"),
            CONTEXT,
            lambda a: a.inspector_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Registered"),
            CONTEXT,
            lambda a: _n(a.registered),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Registered late"),
            CONTEXT,
            lambda a: _n(a.registered_late),
            color=lambda a: style.ERROR_COLOR if a.registered_late else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Longest delay, working days"),
            CONTEXT,
            lambda a: _n(a.longest_delay),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Decided within the deadline"),
            CONTEXT,
            lambda a: _share(a.decided_in_time, a.decided),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Decided late"),
            CONTEXT,
            lambda a: _n(a.decided_late),
            color=lambda a: style.ERROR_COLOR if a.decided_late else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Extended"),
            CONTEXT,
            lambda a: _n(a.extended),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Extensions entered late"),
            CONTEXT,
            lambda a: _n(a.extension_late_entries),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Told late"),
            CONTEXT,
            lambda a: _n(a.notified_late),
            color=lambda a: style.ERROR_COLOR if a.notified_late else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Forwarded late"),
            CONTEXT,
            lambda a: _n(a.forwarded_late),
            color=lambda a: style.ERROR_COLOR if a.forwarded_late else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Cancelled"),
            CONTEXT,
            lambda a: _n(a.cancelled),
        ),
    ]


def _note_columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Appeal"),
            CONTEXT,
            lambda n: n.number,
        ),
        Column(QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "What"), CONTEXT, _note_kind),
        Column(
            QT_TRANSLATE_NOOP("AppealAccountabilityDialog", "Who, when, why"),
            CONTEXT,
            lambda n: n.text,
            tooltip=lambda n: n.text,
        ),
    ]


class AppealAccountabilityDialog(QDialog):
    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the widgets are the Designer form ui/appeal_accountability_dialog.ui
        self.ui = ui = Ui_AppealAccountabilityDialog()
        ui.setupUi(self)
        self.lang = lang
        self.accounts: list[InspectorAccount] = accountability(session)
        # the numbering of the inspectors' laptops: gaps, duplicates, reused numbers, restores
        self.findings = numbering_findings(session)
        self.heading, self.numbering_label, self.notes_label = (
            ui.heading,
            ui.numbering,
            ui.notesLabel,
        )
        self.model = RowsTableModel(_account_columns(), self)
        self.model.set_rows(self.accounts)
        self.table = ui.accountTable
        self.table.setModel(self.model)
        setup_table(self.table, stretch=0)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.notes_model = RowsTableModel(_note_columns(), self)
        self.notes = ui.accountNotes
        self.notes.setModel(self.notes_model)
        setup_table(self.notes, stretch=2)
        fit_columns(self.notes, (18, 22, 60))
        selection = self.table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._chosen)
        ui.buttons.rejected.connect(self.reject)
        self.retranslate()
        if self.accounts:
            self.table.selectRow(0)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for model in (self.model, self.notes_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        # the titles wrap, so the figures of every inspector fit the window in each language
        fit_wrapped_columns(self.table, ACCOUNT_CHARS)
        self._show_numbering()
        self._chosen()

    def _show_numbering(self) -> None:
        lines = [message(*finding_message(f), self.lang) for f in self.findings]
        if any(not f.expected for f in self.findings):
            style.mark_error(self.numbering_label)
        else:
            style.mark_secondary(self.numbering_label)
        self.numbering_label.setText(
            "\n".join(lines) or message("appeal.numbering_clean", {}, self.lang)
        )

    def _chosen(self, *_args: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        account = self.accounts[rows[0].row()] if rows else None
        if account is None:
            self.notes_label.setText(self.tr("Choose an inspector to read the details."))
            self.notes_model.set_rows([])
            return
        self.notes_label.setText(
            self.tr("Extensions, late steps and cancellations of %1").replace(
                "%1", account.inspector_name
            )
        )
        self.notes_model.set_rows(account.notes)
