"""The Register page: the preventive register by category, each entry with its next home
check due; overdue checks in red with the words "Overdue by N days".

Keys: C records a check of the selected entry (a small dialog with today's date and a home
visit filled in: Enter saves), Enter opens the person, Ctrl+N puts someone on the register.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.register.extend_entry_dialog import ExtendEntryDialog
from inspector_app.gui.register.register_dialogs import CheckDialog, EndEntryDialog, EntryDialog
from inspector_app.gui.shared import record_text
from inspector_app.gui.shared.history_action import HistoryAction, id_of
from inspector_app.gui.shared.lazy_table_model import (
    ROW_ROLE,
    Column,
    LazyTableModel,
    TableMemory,
    fit_columns,
)
from inspector_app.gui.shared.page_actions import key_action, say_key
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.services.lists import (
    CategoryCount,
    EntryRow,
    RegisterList,
    RegisterQuery,
    register_categories,
)

CONTEXT = "RegisterPage"
REFRESH_ROWS = 1000
CATEGORY_COLUMN = 4
UNTIL_COLUMN = 6
_Index = QModelIndex | QPersistentModelIndex


class CategoryListModel(QAbstractListModel):
    """ "All categories" and then each category with its entries and overdue checks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CategoryCount] = []

    def set_counts(self, counts: Sequence[CategoryCount]) -> None:
        self.beginResetModel()
        self._items = list(counts)
        self.endResetModel()

    def code(self, row: int) -> str | None:
        """The category of a row; None for "All categories"."""
        return None if row <= 0 or row > len(self._items) else self._items[row - 1].code

    def row_of(self, code: str | None) -> int:
        if code is None:
            return 0
        for number, item in enumerate(self._items, start=1):
            if item.code == code:
                return number
        return 0

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items) + 1

    def _all(self) -> CategoryCount:
        return CategoryCount(
            "",
            QCoreApplication.translate("RegisterPage", "All categories"),
            sum(i.entries for i in self._items),
            sum(i.overdue for i in self._items),
            sum(i.term_ended for i in self._items),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._items):
            return None
        item = self._all() if index.row() == 0 else self._items[index.row() - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            counts = [
                QCoreApplication.translate("RegisterPage", "%n on the register", None, item.entries)
            ]
            if item.overdue:
                counts.append(
                    QCoreApplication.translate("RegisterPage", "%n overdue", None, item.overdue)
                )
            if item.term_ended:
                counts.append(
                    QCoreApplication.translate(
                        "RegisterPage", "%n term ended", None, item.term_ended
                    )
                )
            return f"{item.name}\n{', '.join(counts)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.name
        if role == Qt.ItemDataRole.ForegroundRole and (item.overdue or item.term_ended):
            return QBrush(QColor(style.ERROR_COLOR))
        if role == Qt.ItemDataRole.UserRole:
            return item.code or None
        return None


def _state(today_of: Any) -> Any:
    def text(row: EntryRow) -> str:
        return record_text.check_state(row.status, row.due, today_of())

    return text


class RegisterPage(Page):
    page_id = "register"
    watches = ("register_entry", "register_check", "log_entry", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.session = context.session
        self.lang = context.lang
        self._category: str | None = None

        self.heading = style.heading("")
        self.categories_model = CategoryListModel(self)
        # a one-column table rather than a list view: it wraps long names reliably
        self.categories = QTableView()
        self.categories.setModel(self.categories_model)
        self.categories.setWordWrap(True)
        self.categories.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.categories.setShowGrid(False)
        self.categories.horizontalHeader().hide()
        self.categories.verticalHeader().hide()
        self.categories.horizontalHeader().setStretchLastSection(True)
        self.categories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setTabKeyNavigation(False)
        self.categories.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a scroll bar that comes and goes would change the width the names wrap in
        self.categories.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._fit_categories = QTimer(self)
        self._fit_categories.setSingleShot(True)
        self._fit_categories.setInterval(0)
        self._fit_categories.timeout.connect(self._fit_category_rows)
        self.categories.horizontalHeader().sectionResized.connect(self._fit_categories.start)
        self.categories_model.modelReset.connect(self._fit_categories.start)
        self.overdue_first = QCheckBox()
        self.overdue_first.setChecked(True)
        self.show_ended = QCheckBox()
        self.check_button = QPushButton()
        self.add_button = QPushButton()
        self.end_button = QPushButton()
        self.extend_button = QPushButton()  # a term ending or ended: move its end later
        self.open_button = QPushButton()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)

        today = self.session.today
        columns = (
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Person"),
                CONTEXT,
                lambda r: r.full_name,
                sort="name",
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Next check"),
                CONTEXT,
                # past its term no check is due: the state says to remove or extend it
                lambda r: "" if r.status == "term_ended" else record_text.day(r.due),
                sort="due",
                color=lambda r: record_text.check_color(r.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "State"),
                CONTEXT,
                _state(today),
                sort="due",
                color=lambda r: record_text.check_color(r.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Last check"),
                CONTEXT,
                lambda r: record_text.day(r.last_check),
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Category"),
                CONTEXT,
                lambda r: r.category_name,
                sort="category",
                tooltip=lambda r: r.category_name,
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Since"),
                CONTEXT,
                lambda r: record_text.day(r.start_date),
                sort="start",
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Until"),
                CONTEXT,
                lambda r: record_text.day(r.end_date or r.planned_end),
            ),
            Column(
                QT_TRANSLATE_NOOP("RegisterPage", "Grounds"),
                CONTEXT,
                lambda r: r.basis or "",
                tooltip=lambda r: r.basis or None,
            ),
        )
        self.table = QTableView()
        self.memory = TableMemory(self.table, self.page_id)
        column, order = self.memory.saved_sort(1, Qt.SortOrder.AscendingOrder)
        self.model = LazyTableModel(
            columns, self._source, sort_column=column, sort_order=order, start=False, parent=self
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        metrics = QFontMetrics(self.table.font())
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 2 * style.GRID)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        samples = (
            "Абдрахманова Бибігүл Нұрсұлтанқызы",
            "00.00.0000",
            # the longest state in the user's language
            max(
                record_text.check_state("overdue", today() - timedelta(days=100), today()),
                record_text.check_state("term_ended", None, today()),
                key=len,
            ),
            "00.00.0000",
            "Несовершеннолетние",
            "00.00.0000",
            "00.00.0000",
        )
        fit_columns(self.table, samples, 2 * style.GRID)
        # the planned end is on the person's page; a right click on the header shows it here
        header.setSectionHidden(UNTIL_COLUMN, True)
        self.memory.restore()
        self.table.setSortingEnabled(True)

        # left: the categories and, under them, what can be done with the selected entry
        # (a column of buttons keeps the page narrow enough for a small screen at 150 %)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(style.SPACING)
        left_layout.addWidget(self.categories, 1)
        for button in (
            self.check_button,
            self.end_button,
            self.extend_button,
            self.open_button,
            self.add_button,
        ):
            left_layout.addWidget(button)

        options = QHBoxLayout()
        options.setSpacing(style.GROUP_SPACING)
        options.addWidget(self.overdue_first)
        options.addWidget(self.show_ended)
        options.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(style.SPACING)
        right_layout.addLayout(options)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(self.table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        list_width = QFontMetrics(self.categories.font()).horizontalAdvance("M" * 18)
        splitter.setSizes([list_width, 4 * list_width])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

        self.categories.selectionModel().currentChanged.connect(self._category_chosen)
        self.overdue_first.toggled.connect(self.apply_filter)
        self.show_ended.toggled.connect(self._ended_toggled)
        self.table.activated.connect(lambda _index: self.open_person())
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.fetched.connect(self._select_first)
        self.model.fetched.connect(self._show_count)
        self.model.failed.connect(self._failed)
        self.check_button.clicked.connect(self.record_check)
        self.end_button.clicked.connect(self.end_entry)
        self.extend_button.clicked.connect(self.extend_entry)
        self.open_button.clicked.connect(self.open_person)
        self.add_button.clicked.connect(self.put_on_register)
        filter_changed = getattr(context.bus, "filter_changed", None)
        if filter_changed is not None:
            filter_changed.connect(lambda _value: self.refresh())
        only_table = Qt.ShortcutContext.WidgetShortcut
        self.actions_ = {
            "check": key_action(self.table, "C", self.record_check, only_table),
            "open": key_action(self.table, "Return", self.open_person, only_table),
            "open_enter": key_action(self.table, "Enter", self.open_person, only_table),
            "new": key_action(self, QKeySequence.StandardKey.New, self.put_on_register),
        }
        self.history_action = HistoryAction(
            self, context, "register_entry", lambda: id_of(self.selected_entry()), self.table
        )
        self.setFocusProxy(self.table)

        self.retranslate()
        self._load_categories()
        self.categories.setCurrentIndex(self.categories_model.index(0, 0))
        self.model.reset()

    # --- the page contract ----------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate("RegisterPage", "Register")

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("RegisterPage", "Preventive register"))
        self.categories.setAccessibleName(
            QCoreApplication.translate("RegisterPage", "Register categories")
        )
        self.overdue_first.setText(QCoreApplication.translate("RegisterPage", "&Overdue first"))
        self.show_ended.setText(QCoreApplication.translate("RegisterPage", "Show &ended entries"))
        self.check_button.setText(QCoreApplication.translate("RegisterPage", "Record a &check…"))
        self.actions_["check"].setText(
            QCoreApplication.translate("RegisterPage", "Record a check of the selected entry")
        )
        self.actions_["open"].setText(
            QCoreApplication.translate("RegisterPage", "Open the person of the selected entry")
        )
        self.actions_["new"].setText(
            QCoreApplication.translate("RegisterPage", "Put someone on the register")
        )
        say_key(self.check_button, self.actions_["check"])
        self.end_button.setText(
            QCoreApplication.translate("RegisterPage", "&Take off the register…")
        )
        self.extend_button.setText(QCoreApplication.translate("RegisterPage", "E&xtend the term…"))
        self.open_button.setText(QCoreApplication.translate("RegisterPage", "Open the &person"))
        say_key(self.open_button, self.actions_["open"])
        self.add_button.setText(QCoreApplication.translate("RegisterPage", "&Put on the register…"))
        say_key(self.add_button, self.actions_["new"])
        self.table.setAccessibleName(QCoreApplication.translate("RegisterPage", "Register entries"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.categories_model.layoutChanged.emit()
        self._show_count()

    def refresh(self) -> None:
        selected = self.selected_entry()
        loaded = self.model.rowCount()
        self._load_categories()
        self.model.reset()
        if selected is not None:
            row = self.model.fetch_until(selected.id, min(max(loaded, 1), REFRESH_ROWS))
            if row >= 0:
                self.table.selectRow(row)

    # --- the filter -----------------------------------------------------------------------
    def query(self) -> RegisterQuery:
        return RegisterQuery(
            category=self._category,
            include_ended=self.show_ended.isChecked(),
            inspector_id=getattr(self.context, "inspector_filter", None),
        )

    def _source(self, order: str | None, descending: bool) -> RegisterList:
        return RegisterList(
            self.session,
            self.query(),
            order or "due",
            descending,
            overdue_first=self.overdue_first.isChecked(),
        )

    def _load_categories(self) -> None:
        try:
            counts = register_categories(self.session, self.query())
        except AppError as error:
            self._failed(error)
            return
        blocked = self.categories.selectionModel().blockSignals(True)
        self.categories_model.set_counts(counts)
        self.categories.setCurrentIndex(
            self.categories_model.index(self.categories_model.row_of(self._category), 0)
        )
        self.categories.selectionModel().blockSignals(blocked)

    def _fit_category_rows(self) -> None:
        """Each category as tall as its wrapped name and counts, with room around them."""
        self.categories.resizeRowsToContents()
        vertical = self.categories.verticalHeader()
        for row in range(self.categories_model.rowCount()):
            vertical.resizeSection(row, vertical.sectionSize(row) + 2 * style.GRID)

    def _category_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._category = self.categories_model.code(current.row())
        # one category: its name on every row says nothing
        self.table.setColumnHidden(CATEGORY_COLUMN, self._category is not None)
        self.apply_filter()

    def _ended_toggled(self) -> None:
        self._load_categories()
        self.apply_filter()

    def choose_category(self, code: str | None) -> None:
        self.categories.setCurrentIndex(
            self.categories_model.index(self.categories_model.row_of(code), 0)
        )

    def apply_filter(self) -> None:
        self.model.reset()
        if self.model.rowCount():
            self.table.scrollToTop()

    def _show_count(self) -> None:
        style.mark_secondary(self.count_label)
        rows = self.model.rowCount()
        if rows == 0:
            if self.session.can("record.write"):
                text = QCoreApplication.translate(
                    "RegisterPage",
                    "No one on the register here. Press Ctrl+N to put someone on it.",
                )
            else:
                text = QCoreApplication.translate("RegisterPage", "No one on the register here.")
            self.count_label.setText(text)
            return
        source = self.model.source()
        total = rows
        if self.model.has_more() and isinstance(source, RegisterList):
            try:
                total = source.count().value
            except AppError as error:
                self._failed(error)
                return
        self.count_label.setText(
            QCoreApplication.translate("RegisterPage", "Entries: %Ln", None, total)
            + "  "
            + QCoreApplication.translate(
                "RegisterPage", "Select an entry and press C to record a check."
            )
        )

    def _failed(self, error: object) -> None:
        if isinstance(error, AppError):
            self.count_label.setText(describe(error, self.lang))
            style.mark_error(self.count_label)

    # --- the selected entry ---------------------------------------------------------------
    def _select_first(self) -> None:
        """A row is always selected, so C records a check at once."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def selected_entry(self) -> EntryRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.data(index, ROW_ROLE)
        return row if isinstance(row, EntryRow) else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self.selected_entry()
        writable = self.session.can("record.write")
        is_open = entry is not None and entry.end_date is None
        self.check_button.setEnabled(writable and is_open)
        self.end_button.setEnabled(writable and is_open)
        self.extend_button.setEnabled(
            writable and is_open and entry is not None and entry.planned_end is not None
        )
        self.open_button.setEnabled(entry is not None)
        self.add_button.setEnabled(writable)

    def _subject(self, entry: EntryRow) -> str:
        return f"{entry.full_name}: {entry.category_name}"

    def record_check(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.check_button.isEnabled():
            return
        # the person after this one: checks are recorded down the list, one C after another
        row = self.table.currentIndex().row()
        following = self.model.row(row + 1) if 0 <= row < self.model.rowCount() - 1 else None
        dialog = CheckDialog(self.session, self.lang, entry.id, self._subject(entry), parent=self)
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("register_check")
            if isinstance(following, EntryRow):
                found = self.model.fetch_until(following.id, REFRESH_ROWS)
                if found >= 0:
                    self.table.selectRow(found)
            self.table.setFocus()

    def end_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.end_button.isEnabled():
            return
        dialog = EndEntryDialog(
            self.session, self.lang, entry.id, self._subject(entry), parent=self
        )
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("register_entry")

    def extend_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.extend_button.isEnabled():
            return
        dialog = ExtendEntryDialog(
            self.session, self.lang, entry.id, self._subject(entry), entry.planned_end, self
        )
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("register_entry")

    def put_on_register(self) -> None:
        if not self.add_button.isEnabled():
            return
        dialog = EntryDialog(self.session, self.lang, category=self._category, parent=self)
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("register_entry")

    def open_person(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.context.bus.open_record.emit("person", entry.person_id)
