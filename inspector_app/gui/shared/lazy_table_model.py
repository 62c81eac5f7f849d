"""Table models for long lists: rows fetched a page at a time, by key, from a page source.

`LazyTableModel` never holds more than what the view has scrolled to: it asks its page source
for the first page when made or reset, and for the next page (after the key of its last row)
when the view calls `fetchMore`. Sorting a column asks for a new source in another order, so the
sort runs in SQL on keys computed in Python; a new filter is a new source. `data()` reads the
rows in memory only.

`RowsTableModel` is the same columns over a short list held whole (a person's timeline).

`TableMemory` keeps a table's column widths and sort order in QSettings, per page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.column_titles import StretchKeepsTitle

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row object itself
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id
PAGE_SIZE = 100


class PageSource(Protocol):
    """Rows in one order and filter: `page(after, limit)` gives the `limit` rows after the
    row whose key is `after` (None: the first rows). Rows carry `.key` and `.id`."""

    def page(self, after: Any | None, limit: int) -> Sequence[Any]: ...


# Makes the source for a sort: (order name or None for the default, descending)
SourceFactory = Callable[[str | None, bool], PageSource]


@dataclass(frozen=True)
class Column:
    """One column: its title (English source text, translated in `context`), the text of a
    row, and the order of the source that sorting by it asks for (None: not sortable)."""

    title: str
    context: str
    text: Callable[[Any], str]
    sort: str | None = None
    # sorting this column ascending asks the source for its order descending (age: birth date)
    reversed_sort: bool = False
    align_right: bool = False
    color: Callable[[Any], str | None] | None = None  # a colour name, e.g. style.ERROR_COLOR
    tooltip: Callable[[Any], str | None] | None = None

    def header(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


class _ColumnsModel(QAbstractTableModel):
    """What both models share: columns, rows in a list, and the roles they answer."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_id: str) -> int:
        """The row number of a record, or -1 when it is not loaded."""
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == record_id:
                return number
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class RowsTableModel(_ColumnsModel):
    """A short list held whole."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class LazyTableModel(_ColumnsModel):
    """Rows from a page source, a page at a time (see the module's text).

    `failed` carries an AppError from the source (a role that may not read, a locked
    database): the model stops fetching and keeps what it has; the page shows the words.
    """

    failed = Signal(object)
    fetched = Signal()  # after each page, and after a reset (the count line follows)

    def __init__(
        self,
        columns: Sequence[Column],
        factory: SourceFactory,
        *,
        page_size: int = PAGE_SIZE,
        sort_column: int = -1,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        start: bool = True,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._factory = factory
        self._page_size = page_size
        self._sort_column = sort_column if self._sortable(sort_column) else -1
        self._sort_order = sort_order
        self._more = True
        self._source: PageSource | None = None
        self._fetching = False
        if start:
            self.reset()

    # --- what the page uses ----------------------------------------------------------------
    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def set_factory(self, factory: SourceFactory) -> None:
        """A new filter: the same columns and order over other rows."""
        self._factory = factory
        self.reset()

    def reset(self) -> None:
        """Start again from the first page (after a filter changed or the data did)."""
        self.beginResetModel()
        self._rows = []
        self._more = True
        self._source = None
        self.endResetModel()
        try:
            self._source = self._factory(*self._order())
        except AppError as error:
            self._more = False
            self.failed.emit(error)
            return
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        else:
            self.fetched.emit()

    def has_more(self) -> bool:
        return self._more

    def source(self) -> PageSource | None:
        """The page source the rows come from (None before the first reset)."""
        return self._source

    def fetch_until(self, record_id: str, max_rows: int) -> int:
        """Fetch pages until the record is loaded or `max_rows` are; its row number or -1."""
        while self.row_of(record_id) < 0 and self._more and len(self._rows) < max_rows:
            self.fetchMore(QModelIndex())
        return self.row_of(record_id)

    def _sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    def _order(self) -> tuple[str | None, bool]:
        if not self._sortable(self._sort_column):
            return None, False
        column = self.columns[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return column.sort, descending != column.reversed_sort

    # --- Qt's lazy loading -----------------------------------------------------------------
    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and self._source is not None

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._fetching or self._source is None:
            return
        self._fetching = True  # a view may ask again while rows are being inserted
        try:
            after = self._rows[-1].key if self._rows else None
            try:
                rows = list(self._source.page(after, self._page_size))
            except AppError as error:
                self._more = False
                self.failed.emit(error)
                return
            if len(rows) < self._page_size:
                self._more = False
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False
        self.fetched.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column that maps to an order of the source; other columns are ignored.
        Before the first reset (a model made with start=False) it only sets the order."""
        if not self._sortable(column):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column = column
        self._sort_order = order
        if self._source is not None:
            self.reset()


def fit_columns(view: QTableView, samples: Sequence[str], padding: int) -> None:
    """Widths before the user changes them: each column as wide as its sample text or its
    title with its sort arrow (as the header's style measures them), whichever is wider."""
    header = view.horizontalHeader()
    body = view.fontMetrics()
    for column, sample in enumerate(samples):
        title = header.sectionSizeFromContents(column).width() + padding
        header.resizeSection(column, max(body.horizontalAdvance(sample) + 2 * padding, title))
    if not view.findChildren(StretchKeepsTitle):
        StretchKeepsTitle(view)


class TableMemory:
    """Remembers a table's column widths, hidden columns and sort order in QSettings under
    `key` (the page id): restored when the page opens, written when the user changes them.
    A right click on the header shows or hides columns."""

    def __init__(self, view: QTableView, key: str) -> None:
        self.view = view
        self.key = f"tables/{key}"
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)  # widths change pixel by pixel while dragging
        self._timer.timeout.connect(self.save)

    def saved_sort(
        self, default_column: int, default_order: Qt.SortOrder
    ) -> tuple[int, Qt.SortOrder]:
        """The sort to make the model with, before the header is restored."""
        settings = QSettings()
        column = settings.value(f"{self.key}/sort_column", default_column)
        order = settings.value(f"{self.key}/sort_order", None)
        try:
            column_number = int(str(column))
        except ValueError:
            column_number = default_column
        descending = (
            str(order) in {"1", "desc"}
            if order is not None
            else (default_order == Qt.SortOrder.DescendingOrder)
        )
        return column_number, (
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )

    def restore(self) -> None:
        """Widths from QSettings (the model's sort was set from `saved_sort`), then follow
        the user's changes."""
        header = self.view.horizontalHeader()
        state = QSettings().value(f"{self.key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            header.restoreState(state)
        model = self.view.model()
        column = getattr(model, "sort_column", -1)
        order = getattr(model, "sort_order", Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(column, order)
        header.sectionResized.connect(self._later)
        header.sortIndicatorChanged.connect(self._follow_model)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def _column_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        model = self.view.model()
        menu = QMenu(header)
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            shown = model.columnCount() - header.hiddenSectionCount()
            action.setEnabled(header.isSectionHidden(column) or shown > 1)
            action.toggled.connect(partial(self._show_column, column))
        menu.popup(header.mapToGlobal(position))

    def _show_column(self, column: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._later()

    def _follow_model(self, column: int, order: Qt.SortOrder) -> None:
        """A column the source cannot sort by keeps the indicator where the sort really is."""
        model = self.view.model()
        actual = (getattr(model, "sort_column", -1), getattr(model, "sort_order", order))
        if actual != (column, order):
            header = self.view.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(*actual)
            header.blockSignals(blocked)
        self._later()

    def _later(self, *_args: object) -> None:
        self._timer.start()

    def save(self) -> None:
        header: QHeaderView = self.view.horizontalHeader()
        settings = QSettings()
        settings.setValue(f"{self.key}/header", header.saveState())
        model = self.view.model()
        settings.setValue(f"{self.key}/sort_column", getattr(model, "sort_column", -1))
        descending = getattr(model, "sort_order", None) == Qt.SortOrder.DescendingOrder
        settings.setValue(f"{self.key}/sort_order", "desc" if descending else "asc")
