"""The history of any record (a person, a household, a register entry, an appeal, an incident,
an assignment, a notice): every value each field has had, who set it and when, from the change
log (edits made on other devices are there too). A field can be set back to an earlier value:
a new change through the record's own edit service, so a field the rules keep (an appeal's
number, its registration, its deadline) is refused in words and nothing changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from inspector_app.gui.shared import history_words, work_text
from inspector_app.gui.shared.column_titles import StretchKeepsTitle
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.record_history import FieldVersion, record_history
from inspector_app.services.record_setback import may_set_back, set_back_field

if TYPE_CHECKING:
    from inspector_app.gui.shell.dialogs import DialogService
    from inspector_app.services.session import Session


class RecordHistoryDialog(QDialog):
    """`changed` is True once a value was set back (the page then reloads)."""

    def __init__(
        self,
        session: Session,
        lang: str,
        entity: str,
        record_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordHistoryDialog")
        self.session, self.lang = session, lang
        self.entity, self.record_id = entity, record_id
        self.changed = False
        self.versions: list[FieldVersion] = []
        self.setWindowTitle(history_words.title(entity))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RecordHistoryDialog", "Changed"),
                QCoreApplication.translate("RecordHistoryDialog", "Field"),
                QCoreApplication.translate("RecordHistoryDialog", "Value"),
                QCoreApplication.translate("RecordHistoryDialog", "By"),
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
        self.table.horizontalHeader().setStretchLastSection(False)
        StretchKeepsTitle(self.table, 2)
        self.table.setAccessibleName(
            QCoreApplication.translate("RecordHistoryDialog", "Earlier values")
        )
        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.set_back_button = QPushButton(
            QCoreApplication.translate("RecordHistoryDialog", "&Set back this value")
        )
        self.set_back_button.setObjectName("setBackButton")
        self.set_back_button.setEnabled(False)
        self.set_back_button.clicked.connect(self.set_back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.set_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        # a role that may not edit the record is not offered the button at all
        self.set_back_button.setVisible(may_set_back(session, entity))
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
        return QSize(150 * style.GRID, 75 * style.GRID)

    def load(self) -> None:
        every = record_history(self.session, self.entity, self.record_id)
        first = every[0].change_id if every else ""
        # what a person typed or changed: not the bookkeeping, nor the empty fields of the
        # record as it was first written
        self.versions = [
            v
            for v in every
            if history_words.field_title(self.entity, v.field) is not None
            and not (v.change_id == first and v.value in (None, "", [], "[]"))
        ]
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            cells = (
                work_text.moment(version.at),
                history_words.field_title(self.entity, version.field) or version.field,
                history_words.value_text(
                    self.session, self.lang, self.entity, version.field, version.value
                ),
                version.by,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selected()

    def _latest(self, version: FieldVersion) -> bool:
        """The field's value now: nothing to set back to."""
        return [v for v in self.versions if v.field == version.field][-1] is version

    def chosen(self) -> FieldVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def _selected(self) -> None:
        version = self.chosen()
        self.set_back_button.setEnabled(version is not None and not self._latest(version))

    def set_back(self) -> None:
        version = self.chosen()
        if version is None or not self.set_back_button.isEnabled():
            return
        try:
            set_back_field(
                self.session, self.entity, self.record_id, version.field, version.change_id
            )
        except AppError as error:
            self.message.setText(describe(error, self.lang))
            style.mark_error(self.message)
            self.message.show()
            return
        self.changed = True
        self.message.setText(
            QCoreApplication.translate(
                "RecordHistoryDialog", "The value is set back; the history keeps the one before."
            )
        )
        style.mark_secondary(self.message)
        self.message.show()
        self.load()
        self.table.selectRow(len(self.versions) - 1)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def show_history(
    dialogs: DialogService,
    session: Session,
    lang: str,
    entity: str,
    record_id: str,
    parent: QWidget | None = None,
) -> bool:
    """Open the history of one record through the dialog service; True when a value was set
    back (the caller announces the change)."""
    dialog = RecordHistoryDialog(session, lang, entity, record_id, parent)
    dialogs.run(dialog)
    dialog.deleteLater()
    return dialog.changed
