"""The frame both tabs of the Notices and tasks page share: a "Show" combo, the count and a
"New…" button above a list, the chosen record's text below it, and an action box under the
text. The tabs fill in their columns, their page and count calls, the text and the actions;
every word they show stays in the tab (and its translation context)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shared.history_action import HistoryAction, id_of
from inspector_app.gui.shared.lazy_table_model import Column, LazyTableModel, TableMemory
from inspector_app.gui.shared.record_list import (
    choose_record,
    chosen_row,
    reading_label,
    say_failure,
)
from inspector_app.gui.shared.work_widgets import fit_columns, setup_table, source_factory
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext

FIND_LIMIT = 5000  # rows fetched at most to show a record asked for


class _Record(Protocol):
    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=_Record)


class WorkListTab(QWidget, Generic[RowT]):
    row_type: type[RowT]
    default_state: str

    def __init__(
        self,
        context: AppContext,
        *,
        list_name: str,
        stretch: int,
        widths: Sequence[int],
        detail_height: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.state_label, self.state_combo = QLabel(), QComboBox()
        self.state_label.setBuddy(self.state_combo)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        style.mark_secondary(self.count_label)
        self.new_button = QPushButton()
        # only a chief's or HQ's database writes notices and gives tasks
        self.new_button.setVisible(context.session.can("notice.write"))
        self.new_button.clicked.connect(self.new_record)
        top = QHBoxLayout()
        top.setSpacing(style.SPACING)
        top.addWidget(self.state_label)
        top.addWidget(self.state_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.model = LazyTableModel(self._columns(), source_factory(self._page), parent=self)
        self.model.fetched.connect(self._show_count)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._selected)
        self.table = QTableView()
        self.table.setObjectName(f"{list_name}List")
        self.table.setModel(self.model)
        setup_table(self.table, stretch=stretch)
        fit_columns(self.table, widths)
        self.memory = TableMemory(self.table, f"{list_name}s")
        self.memory.restore()
        selection = self.table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._selected)
        self.history_action = HistoryAction(
            self, context, list_name, lambda: id_of(self.current()), self.table
        )
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        style.mark_secondary(self.empty_label)

        self.text = reading_label()
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, style.SPACING, 0, 0)
        detail_layout.addWidget(self.text, 1)
        detail_layout.addWidget(self._action_box())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([2000, detail_height])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACING, style.SPACING, style.SPACING, style.SPACING)
        layout.setSpacing(style.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    # --- what a tab fills in ---------------------------------------------------------------
    def _columns(self) -> list[Column]:
        raise NotImplementedError

    def _page(self, after: object, limit: int) -> list[RowT]:
        raise NotImplementedError

    def _action_box(self) -> QWidget:
        """The widgets under the text that act on the chosen record."""
        raise NotImplementedError

    def _show_count(self) -> None:
        raise NotImplementedError

    def _selected(self, *_args: object) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    # --- the list -------------------------------------------------------------------------
    def state(self) -> str:
        return str(self.state_combo.currentData() or self.default_state)

    def reload(self) -> None:
        keep = self.current()
        self.model.reset()
        if keep is not None:
            self._select(keep.id)

    def _failed(self, error: object) -> None:
        say_failure(self.message, error, self.context.lang)

    def current(self) -> RowT | None:
        return chosen_row(self.table, self.row_type)

    def show_record(self, record_id: str) -> bool:
        """Select a record; all of them are listed if it is not in the current list."""
        if self._select(record_id):
            return True
        self.state_combo.setCurrentIndex(self.state_combo.findData("all"))
        return self._select(record_id)

    def _select(self, record_id: str) -> bool:
        return choose_record(self.table, self.model, record_id, FIND_LIMIT)
