"""The history of a log entry: every value each field has had, who set it and when (from the
change log, so edits made on other devices are there too). An earlier value can be set back:
that is a new change, checked and journaled as any correction; the history keeps both."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import parse_utc
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.column_titles import StretchKeepsTitle
from inspector_app.gui.shell import style
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.services.log_corrections import EDITABLE, set_back_log_field
from inspector_app.services.record_history import FieldVersion, record_history
from inspector_app.services.worklog import person_refs

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "HistoryDialog"
FIELD_NAMES = {
    "kind": QT_TRANSLATE_NOOP("HistoryDialog", "Kind"),
    "at": QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    "place": QT_TRANSLATE_NOOP("HistoryDialog", "Place"),
    "person_ids": QT_TRANSLATE_NOOP("HistoryDialog", "People"),
    "companion": QT_TRANSLATE_NOOP("HistoryDialog", "Present"),
    "summary": QT_TRANSLATE_NOOP("HistoryDialog", "Summary"),
    "outcome": QT_TRANSLATE_NOOP("HistoryDialog", "Outcome"),
    "follow_up": QT_TRANSLATE_NOOP("HistoryDialog", "Follow up"),
    "cancel_reason": QT_TRANSLATE_NOOP("HistoryDialog", "Cancelled"),
    "settlement_id": QT_TRANSLATE_NOOP("HistoryDialog", "Settlement"),
    "household_id": QT_TRANSLATE_NOOP("HistoryDialog", "Household"),
    "precinct_id": QT_TRANSLATE_NOOP("HistoryDialog", "Precinct"),
    "inspector_id": QT_TRANSLATE_NOOP("HistoryDialog", "Inspector"),
}


SHOWN = frozenset({*EDITABLE, "cancel_reason"})


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class HistoryDialog(QDialog):
    """Emits nothing; `changed` is True once a value was set back (the list reloads)."""

    def __init__(
        self, session: Session, lang: str, entry_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.session, self.lang, self.entry_id = session, lang, entry_id
        self.changed = False
        self.versions: list[FieldVersion] = []
        self.setWindowTitle(QCoreApplication.translate("HistoryDialog", "History of the entry"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("HistoryDialog", "Changed"),
                QCoreApplication.translate("HistoryDialog", "Field"),
                QCoreApplication.translate("HistoryDialog", "Value"),
                QCoreApplication.translate("HistoryDialog", "By"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 2 * style.GRID
        )
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        StretchKeepsTitle(self.table, 2)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryDialog", "Earlier values"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.set_back_button = QPushButton(
            QCoreApplication.translate("HistoryDialog", "&Set back this value")
        )
        self.set_back_button.setObjectName("setBackButton")
        self.set_back_button.setEnabled(False)
        self.set_back_button.clicked.connect(self.set_back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.set_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.load()
        self.table.setFocus()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # wide enough for a summary, no taller than a small screen's free area
        return QSize(150 * style.GRID, 75 * style.GRID)

    def _value_text(self, version: FieldVersion) -> str:
        value: Any = version.value
        if value is None or value == "":
            return work_text.DASH
        if version.field == "at":
            return work_text.moment(parse_utc(str(value)))
        if version.field == "follow_up":
            return work_text.day(date.fromisoformat(str(value)))
        if version.field == "kind":
            return self.session.refdata.name_of("log_kinds", str(value), self.lang)
        if version.field == "person_ids":
            ids = json.loads(value) if isinstance(value, str) else list(value)
            refs = person_refs(self.session, ids)
            return ", ".join(refs[i].full_name for i in ids) or work_text.DASH
        return str(value)

    def load(self) -> None:
        every = record_history(self.session, "log_entry", self.entry_id)
        first = every[0].change_id if every else ""
        # what a person typed or changed: not the bookkeeping fields, nor the empty fields of
        # the entry as it was first written
        self.versions = [
            v
            for v in every
            if v.field in SHOWN and not (v.change_id == first and v.value in (None, "", []))
        ]
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            cells = (
                work_text.moment(version.at),
                _tr(FIELD_NAMES[version.field]) if version.field in FIELD_NAMES else version.field,
                self._value_text(version),
                version.by,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selected()

    def _current_version(self, version: FieldVersion) -> bool:
        """The field's latest value: nothing to set back to."""
        later = [v for v in self.versions if v.field == version.field]
        return later[-1] is version

    def _chosen(self) -> FieldVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def _selected(self) -> None:
        version = self._chosen()
        self.set_back_button.setEnabled(
            version is not None
            and version.field in EDITABLE
            and not self._current_version(version)
            and self.session.can("record.write")
        )

    def set_back(self) -> None:
        version = self._chosen()
        if version is None:
            return
        try:
            set_back_log_field(self.session, self.entry_id, version.field, version.change_id)
        except AppError as error:
            self.message.setText(describe(error, self.lang))
            style.mark_error(self.message)
            self.message.show()
            return
        self.changed = True
        self.message.setText(
            QCoreApplication.translate(
                "HistoryDialog", "The value is set back; the history keeps the one before."
            )
        )
        style.mark_secondary(self.message)
        self.message.show()
        self.load()
        self.table.selectRow(len(self.versions) - 1)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
