"""Residents from a CSV or XLSX file, in the window: the file's columns matched to fields (each
match can be changed), its first rows checked with the reason each would be rejected, then the
import on the worker with progress and Stop, and what it did.

Every rule is the import service's own (services/people_import.py): the preview runs its checks
and rolls them back, the import is one transaction, so Stop leaves the data as it was."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.column_titles import StretchKeepsTitle
from inspector_app.gui.shared.typing_guard import TypingGuard
from inspector_app.gui.shell import style
from inspector_app.gui.shell.tasks import Task, TaskRunner, Work
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.services.people_import import ImportResult, chosen_columns, import_people
from inspector_app.services.people_import_preview import ImportPreview, preview_import
from inspector_app.services.tabular import FIELDS

if TYPE_CHECKING:
    from inspector_app.gui.shell.context import AppContext

CONTEXT = "ImportDialog"
FIELD_TITLES = {
    "surname": QT_TRANSLATE_NOOP("ImportDialog", "Surname"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("ImportDialog", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("ImportDialog", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ImportDialog", "Sex"),
    "id_number": QT_TRANSLATE_NOOP("ImportDialog", "ID number"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"),
}
MAX_REASON_WIDTH = 100 * style.GRID
FILTERS = QT_TRANSLATE_NOOP("ImportDialog", "Lists of residents (*.csv *.xlsx)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _NoQuestion(TypingGuard):
    """The column matches are choices made again in seconds, not typing to keep: Esc closes
    without asking to save (the dialog has nothing to save but the import itself)."""

    def changed(self) -> bool:
        return False


class _ColumnsScroll(QScrollArea):
    """As wide as the column names and their boxes, whatever the dialog's width: the rows
    beside take the rest, and scroll sideways."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        width = inner.sizeHint().width() if inner is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, super().minimumSizeHint().height())


class ImportDialog(QDialog):
    """Opened on a chosen file; `imported` holds what the import did once it has run."""

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        _NoQuestion(self, context.dialogs.ask_save)
        self.context, self.path = context, path
        self.lang = context.lang
        self.runner = context.tasks or TaskRunner.for_context(context, self)
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.task: Task | None = None
        self.combos: list[QComboBox] = []

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.columns_box = QGroupBox()
        self.columns_form = QFormLayout()
        self.columns_form.setSpacing(style.SPACING)
        inner = QWidget()
        inner.setLayout(self.columns_form)
        scroll = _ColumnsScroll()
        self.columns_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        box_layout = QVBoxLayout(self.columns_box)
        box_layout.addWidget(scroll)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.only_rejected = QCheckBox()
        self.only_rejected.toggled.connect(self._filter_rows)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("importRows")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 2 * style.GRID
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self._fit = StretchKeepsTitle(self.table)

        rows_panel = QVBoxLayout()
        rows_panel.setSpacing(style.SPACING)
        rows_panel.addWidget(self.status)
        rows_panel.addWidget(self.only_rejected)
        rows_panel.addWidget(self.table, 1)
        middle = QHBoxLayout()
        middle.setSpacing(style.GROUP_SPACING)
        middle.addWidget(self.columns_box, 0)
        middle.addLayout(rows_panel, 1)

        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.file_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.check()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240 * style.GRID, 150 * style.GRID)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import residents"))
        self.file_label.setText(
            QCoreApplication.translate("ImportDialog", "File: %1").replace("%1", str(self.path))
        )
        self.columns_box.setTitle(QCoreApplication.translate("ImportDialog", "Columns of the file"))
        self.only_rejected.setText(
            QCoreApplication.translate("ImportDialog", "&Only the rows that would be rejected")
        )
        self.import_button.setText(QCoreApplication.translate("ImportDialog", "&Import"))
        self.table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Rows of the file"))

    # --- the preview ---------------------------------------------------------------------------
    def chosen(self) -> list[str | None] | None:
        """The field each column goes to, as the boxes say (None before the first preview)."""
        if not self.combos:
            return None
        return [combo.currentData() for combo in self.combos]

    def check(self) -> None:
        """Read the file again with the columns as matched now (on the worker)."""
        path, columns = self.path, self.chosen()
        known = self.preview.total if self.preview is not None else None
        self.import_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ImportDialog", "Checking the file…"))
        style.mark_secondary(self.status)
        counted = QCoreApplication.translate("ImportDialog", "Rows counted: %1")

        def job(work: Work) -> ImportPreview:
            return preview_import(
                work.session,
                path,
                columns,
                progress=lambda n: work.progress(n, 0, counted.replace("%1", str(n))),
                known_total=known,
            )

        self.task = self.runner.start(
            job,
            title=QCoreApplication.translate("ImportDialog", "Checking the file"),
            parent=self,
            on_success=self._show_preview,
            on_failure=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, AppError):
            self.runner.show_failure(error, self)
            return
        self.status.setText(describe(error, self.lang))
        style.mark_error(self.status)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        if not self.combos:
            self._fill_columns(preview)
        shown = [(i, f) for i, f in enumerate(preview.columns) if f is not None]
        self.table.clear()
        self.table.setColumnCount(len(shown) + 2)
        # the line and what would become of it first: a reason is read without scrolling
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Line"),
                QCoreApplication.translate("ImportDialog", "Result"),
            ]
            + [_tr(FIELD_TITLES[f]) for _i, f in shown]
        )
        self.table.setRowCount(len(preview.rows))
        for row, checked in enumerate(preview.rows):
            if preview.problem is not None:
                outcome = ""
            elif checked.problem is None:
                outcome = QCoreApplication.translate("ImportDialog", "Will be added")
            else:
                reason = describe(checked.problem, self.lang)
                outcome = QCoreApplication.translate("ImportDialog", "Rejected: %1").replace(
                    "%1", reason
                )
            cells = [str(checked.row.line), outcome]
            cells += [checked.row.values.get(f) or "" for _i, f in shown]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1 and checked.problem is not None:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # a long reason is read whole in its tooltip; the names stay in view
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), MAX_REASON_WIDTH))
        self._filter_rows()
        self._say_preview(preview)

    def _say_preview(self, preview: ImportPreview) -> None:
        if preview.problem is not None:
            self.status.setText(describe(preview.problem, self.lang))
            style.mark_error(self.status)
            return
        text = QCoreApplication.translate(
            "ImportDialog", "Rows in the file: %Ln.", None, preview.total
        )
        if len(preview.rows) < preview.total:
            text += " " + QCoreApplication.translate(
                "ImportDialog", "The first %Ln are checked here.", None, len(preview.rows)
            )
        text += " " + QCoreApplication.translate(
            "ImportDialog", "Would be rejected: %Ln.", None, preview.rejected
        )
        self.status.setText(text)
        if preview.rejected:
            style.mark_warning(self.status)
        else:
            style.mark_secondary(self.status)
        self.import_button.setEnabled(preview.total > 0)

    def _fill_columns(self, preview: ImportPreview) -> None:
        for cell, field in zip(preview.header, preview.columns, strict=True):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not imported)"), None)
            for name in FIELDS:
                combo.addItem(_tr(FIELD_TITLES[name]), name)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.setAccessibleName(
                QCoreApplication.translate("ImportDialog", "Column %1").replace("%1", cell)
            )
            combo.currentIndexChanged.connect(lambda _i: self.check())
            label = QLabel(cell or "—")
            label.setProperty(style.VERBATIM, True)  # the file's own words
            label.setBuddy(combo)
            self.columns_form.addRow(label, combo)
            self.combos.append(combo)
        self.columns_scroll.updateGeometry()

    def _filter_rows(self) -> None:
        rows = self.preview.rows if self.preview else []
        only = self.only_rejected.isChecked()
        for index, checked in enumerate(rows):
            self.table.setRowHidden(index, only and checked.problem is None)

    # --- the import ----------------------------------------------------------------------------
    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        for combo in self.combos:
            combo.setEnabled(False)
        path, total = self.path, preview.total
        match = chosen_columns(preview.header, preview.columns)
        read = QCoreApplication.translate("ImportDialog", "Rows read: %1 of %2").replace(
            "%2", str(total)
        )

        def job(work: Work) -> ImportResult:
            return import_people(
                work.session,
                path,
                match=match,
                progress=lambda n: work.progress(n, total, read.replace("%1", str(n))),
            )

        self.status.setText(QCoreApplication.translate("ImportDialog", "Importing…"))
        style.mark_secondary(self.status)
        self.task = self.runner.start(
            job,
            title=QCoreApplication.translate("ImportDialog", "Importing residents"),
            parent=self,
            on_success=self._show_result,
            on_failure=self._import_refused,
        )
        self.task.cancelled.connect(self._stopped)

    def _unlock(self) -> None:
        for combo in self.combos:
            combo.setEnabled(True)
        self.import_button.setEnabled(True)

    def _stopped(self) -> None:
        self._unlock()
        self.status.setText(
            QCoreApplication.translate(
                "ImportDialog", "The import was stopped; nothing was changed."
            )
        )
        style.mark_warning(self.status)

    def _import_refused(self, error: BaseException) -> None:
        self._unlock()
        self._refused(error)

    def _show_result(self, result: ImportResult) -> None:
        self.imported = result
        if result.imported:
            self.context.bus.announce("person")
        self.import_button.hide()
        self.only_rejected.hide()
        self.columns_box.setEnabled(False)
        rejected = len(result.rejected)
        self.status.setText(
            " ".join(
                (
                    QCoreApplication.translate(
                        "ImportDialog", "Added: %Ln.", None, result.imported
                    ),
                    QCoreApplication.translate("ImportDialog", "Rejected: %Ln.", None, rejected),
                    QCoreApplication.translate(
                        "ImportDialog",
                        "Of them already in the database or earlier in the file: %Ln.",
                        None,
                        result.duplicates,
                    ),
                )
            )
        )
        if rejected:
            style.mark_warning(self.status)
        else:
            style.mark_secondary(self.status)
        listed = list(result.rejected)
        self.table.clear()
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Line"),
                QCoreApplication.translate("ImportDialog", "Why rejected"),
            ]
        )
        self.table.setRowCount(len(listed))
        for row, (line, error) in enumerate(listed):
            for column, text in enumerate((str(line), describe(error, self.lang))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self.table.setRowHidden(row, False)
        self.table.resizeColumnsToContents()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


def import_residents(context: AppContext, parent: QWidget | None = None) -> ImportResult | None:
    """Choose a file, look at what importing it would do, import it: what it did, or None
    when nothing was imported."""
    path = context.dialogs.open_file(
        parent, QCoreApplication.translate("ImportDialog", "Import residents"), _tr(FILTERS)
    )
    if path is None:
        return None
    dialog = ImportDialog(context, path, parent)
    context.dialogs.run(dialog)
    dialog.deleteLater()
    return dialog.imported
