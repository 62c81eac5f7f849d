"""The plumbing every lazily fetched record list shares (notices, tasks, incidents, appeals,
the work log): which record is chosen, choosing one by id, saying a failure, and the
read-only text of the chosen record. Functions, not a base class: the lists live on pages
and on tabs alike."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE, LazyTableModel
from inspector_app.gui.shared.work_widgets import error_words, show_reason
from inspector_app.gui.shell import style

RowT = TypeVar("RowT")


def chosen_row(table: QTableView, kind: type[RowT]) -> RowT | None:
    """The row object under the current index, if that row is also selected: a current index
    alone (left after the selection is cleared) does not count as a choice."""
    index = table.currentIndex()
    selection = table.selectionModel()
    if not index.isValid() or selection is None or not selection.isSelected(index):
        return None
    row = index.data(ROW_ROLE)
    return row if isinstance(row, kind) else None


def choose_record(
    table: QTableView, model: LazyTableModel, record_id: str, limit: int, *, focus: bool = False
) -> bool:
    """Fetch pages until the record shows (at most `limit` rows), then select and show it."""
    row = model.fetch_until(record_id, limit)
    if row < 0:
        return False
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))
    if focus:
        table.setFocus()
    return True


def say_failure(label: QLabel, error: object, lang: str) -> None:
    """Show an AppError from a fetch in `label`; the model reports other objects too."""
    if isinstance(error, AppError):
        show_reason(label, error_words(error, lang))


def fill_states(combo: QComboBox, states: Iterable[tuple[str, str]], context: str) -> None:
    """(Re)fill a "Show" combo with translated states, keeping the choice and sending no
    change signal (a language change is no reason to refetch)."""
    keep = combo.currentIndex()
    combo.blockSignals(True)
    combo.clear()
    for code, words in states:
        combo.addItem(QCoreApplication.translate(context, words), code)
    combo.setCurrentIndex(max(keep, 0))
    combo.blockSignals(False)


def show_empty(table: QTableView, empty_label: QLabel, count: int) -> bool:
    """Swap the list for its "nothing here" words when there are no rows; True if empty."""
    empty = count == 0
    table.setVisible(not empty)
    empty_label.setVisible(empty)
    return empty


def reading_label() -> QLabel:
    """A label for the chosen record's text: plain (names may hold markup characters),
    selectable for copying, and kept verbatim by the style."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty(style.VERBATIM, True)
    return label
