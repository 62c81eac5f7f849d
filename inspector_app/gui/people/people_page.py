"""The People page: every resident in a list that loads as it scrolls, found as one types,
narrowed by settlement, register category and age; Enter opens the person's file.

The list is a LazyTableModel over `services.lists.PeopleList`: a database of a million people
opens and scrolls as one of a thousand. A new filter or sort makes a new list from the first
page; the count line follows after the first rows are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.people.person_dialog import OPEN_EXISTING, PersonDialog
from inspector_app.gui.people.person_view import PersonView
from inspector_app.gui.shared import record_text
from inspector_app.gui.shared.lazy_table_model import (
    ID_ROLE,
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
    Count,
    PeopleList,
    PeopleQuery,
    PersonRow,
    category_choices,
    settlement_choices,
)

CONTEXT = "PeoplePage"
SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching
MAX_AGE = 150
# how far down a refresh reloads to find the row that was selected
REFRESH_ROWS = 1000
LIST_ENTITIES = frozenset({"person", "household", "territory", "register_entry"})


def _columns(country: str) -> tuple[Column, ...]:
    id_title = (
        QT_TRANSLATE_NOOP("PeoplePage", "PIN")
        if country == "KG"
        else QT_TRANSLATE_NOOP("PeoplePage", "IIN")
    )
    return (
        Column(
            QT_TRANSLATE_NOOP("PeoplePage", "Full name"),
            CONTEXT,
            lambda r: r.full_name,
            sort="name",
        ),
        Column(
            QT_TRANSLATE_NOOP("PeoplePage", "Born"),
            CONTEXT,
            lambda r: record_text.day(r.birth_date),
            sort="birth",
        ),
        Column(
            QT_TRANSLATE_NOOP("PeoplePage", "Age"),
            CONTEXT,
            lambda r: "" if r.age is None else str(r.age),
            sort="birth",
            reversed_sort=True,
            align_right=True,
        ),
        Column(id_title, CONTEXT, lambda r: r.id_number or ""),
        Column(
            QT_TRANSLATE_NOOP("PeoplePage", "Settlement"), CONTEXT, lambda r: r.settlement or ""
        ),
        Column(
            QT_TRANSLATE_NOOP("PeoplePage", "Phones"),
            CONTEXT,
            lambda r: record_text.phones(r.phones),
        ),
        Column(
            QT_TRANSLATE_NOOP("PeoplePage", "Address"),
            CONTEXT,
            lambda r: r.address or "",
            tooltip=lambda r: r.address or None,
        ),
    )


# widths of the columns before the user changes them: sample texts in the page's font
_SAMPLES = (
    "Абдрахманова Бибігүл Нұрсұлтанқызы",
    "00.00.0000",
    "100",
    "000000000000000",
    "Қарабұлақ ауылы",
    "+7 701 123 4567",
)


class _SearchKeys(QObject):
    """Down in the search box goes to the list; Enter there opens the first person found."""

    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            self.page.focus_list()
            return True
        return False


class PeoplePage(Page):
    page_id = "people"
    watches = (
        "person",
        "household",
        "territory",
        "register_entry",
        "register_check",
        "log_entry",
        "appeal",
        "incident",
        "incident_person",
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.session = context.session
        self.lang = context.lang
        self._count: Count | None = None
        self._pending_filter = False

        # --- the list ------------------------------------------------------------------
        self.heading = style.heading("")
        self.search_label = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_box)
        self.settlement_combo = QComboBox()
        self.settlement_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.settlement_combo.setMinimumContentsLength(20)
        self.category_combo = QComboBox()
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMinimumContentsLength(20)
        self.age_label = QLabel()
        self.age_from = QLineEdit()
        self.age_to = QLineEdit()
        self.age_label.setBuddy(self.age_from)
        digits = QFontMetrics(self.age_from.font()).horizontalAdvance("0000") + 4 * style.GRID
        for edit in (self.age_from, self.age_to):
            edit.setValidator(QIntValidator(0, MAX_AGE, edit))
            edit.setMaxLength(3)
            edit.setFixedWidth(digits + 6 * style.GRID)
        self.age_dash = QLabel("–")
        self.new_button = QPushButton()
        self.import_button = QPushButton()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)

        self.table = QTableView()
        self.memory = TableMemory(self.table, self.page_id)
        column, order = self.memory.saved_sort(0, Qt.SortOrder.AscendingOrder)
        self.model = LazyTableModel(
            _columns(self.session.country),
            self._source,
            sort_column=column,
            sort_order=order,
            start=False,  # the first page once the filters are in place, below
            parent=self,
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            QFontMetrics(self.table.font()).height() + 2 * style.GRID
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        fit_columns(self.table, _SAMPLES, 2 * style.GRID)
        self.memory.restore()
        self.table.setSortingEnabled(True)

        # two rows, so that a small screen at 150 % still has room for the search box
        search_row = QHBoxLayout()
        search_row.setSpacing(style.SPACING)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_box, 1)
        search_row.addSpacing(style.SPACING)
        search_row.addWidget(self.new_button)
        search_row.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.setSpacing(style.SPACING)
        filters.addWidget(self.settlement_combo, 1)
        filters.addWidget(self.category_combo, 1)
        filters.addSpacing(style.SPACING)
        filters.addWidget(self.age_label)
        filters.addWidget(self.age_from)
        filters.addWidget(self.age_dash)
        filters.addWidget(self.age_to)
        filters.addStretch(1)

        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(style.SPACING)
        list_layout.addWidget(self.heading)
        list_layout.addLayout(search_row)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.count_label)
        list_layout.addWidget(self.table, 1)
        self.list_panel = list_panel

        self.person_view = PersonView(context, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_panel)
        self.stack.addWidget(self.person_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.stack)

        # --- behaviour ------------------------------------------------------------------
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.installEventFilter(_SearchKeys(self))
        self.settlement_combo.currentIndexChanged.connect(self.apply_filter)
        self.category_combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.age_from, self.age_to):
            edit.textChanged.connect(self._timer.start)
        self.table.activated.connect(self._row_activated)
        self.new_button.clicked.connect(self.new_person)
        self.import_button.clicked.connect(self.import_people)
        self.model.fetched.connect(self._after_fetch)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._forget_count)
        self.person_view.back_requested.connect(self.show_list)
        self.person_view.open_person.connect(self.open_person)
        filter_changed = getattr(context.bus, "filter_changed", None)
        if filter_changed is not None:
            filter_changed.connect(lambda _value: self.apply_filter())
        self.actions_ = {
            "new": key_action(self, QKeySequence.StandardKey.New, self.new_person),
            "find": key_action(self, QKeySequence.StandardKey.Find, self.focus_search),
            "import": key_action(self, "Ctrl+I", self.import_people),
        }
        self.setFocusProxy(self.search_box)

        self.retranslate()
        self.model.reset()
        self.new_button.setEnabled(self.session.can("person.write"))
        self.import_button.setEnabled(self.session.can("people.import"))

    # --- the page contract ----------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate("PeoplePage", "People")

    def retranslate(self) -> None:
        self.lang = self.context.lang
        self._fill_choices()  # the categories in the language of the moment
        self.heading.setText(QCoreApplication.translate("PeoplePage", "People"))
        self.search_label.setText(QCoreApplication.translate("PeoplePage", "&Find"))
        self.search_box.setAccessibleName(QCoreApplication.translate("PeoplePage", "Find people"))
        self.search_box.setPlaceholderText(
            QCoreApplication.translate("PeoplePage", "Surname, name, ID number, phone or address")
        )
        self.settlement_combo.setAccessibleName(
            QCoreApplication.translate("PeoplePage", "Settlement")
        )
        self.category_combo.setAccessibleName(
            QCoreApplication.translate("PeoplePage", "Register category")
        )
        self.age_label.setText(QCoreApplication.translate("PeoplePage", "A&ge"))
        self.age_from.setAccessibleName(QCoreApplication.translate("PeoplePage", "Age from"))
        self.age_from.setPlaceholderText(QCoreApplication.translate("PeoplePage", "from"))
        self.age_to.setAccessibleName(QCoreApplication.translate("PeoplePage", "Age to"))
        self.age_to.setPlaceholderText(QCoreApplication.translate("PeoplePage", "to"))
        self.new_button.setText(QCoreApplication.translate("PeoplePage", "&New person…"))
        self.actions_["new"].setText(QCoreApplication.translate("PeoplePage", "New person"))
        self.actions_["find"].setText(QCoreApplication.translate("PeoplePage", "Find people"))
        say_key(self.new_button, self.actions_["new"])
        self.import_button.setText(QCoreApplication.translate("PeoplePage", "&Import…"))
        self.actions_["import"].setText(
            QCoreApplication.translate("PeoplePage", "Import residents from a file")
        )
        say_key(self.import_button, self.actions_["import"])
        self.table.setAccessibleName(QCoreApplication.translate("PeoplePage", "People"))
        self.settlement_combo.setItemText(
            0, QCoreApplication.translate("PeoplePage", "All settlements")
        )
        self.category_combo.setItemText(
            0, QCoreApplication.translate("PeoplePage", "On the register or not")
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.person_view.retranslate()
        self._show_count()

    def refresh(self) -> None:
        """Data changed: reload the list where it was, and the person shown."""
        self._reload_list()
        if self.stack.currentWidget() is self.person_view:
            self.person_view.reload()

    def _on_changed(self, entity: str) -> None:
        # the list shows people, their settlement and (filtered) their register; the
        # person's file shows everything about them
        if entity in LIST_ENTITIES:
            self._reload_list()
        if entity in self.watches and self.stack.currentWidget() is self.person_view:
            self.person_view.reload()

    def _reload_list(self) -> None:
        selected = self.selected_id()
        loaded = self.model.rowCount()
        self.model.reset()
        if selected is not None:
            row = self.model.fetch_until(selected, min(max(loaded, 1), REFRESH_ROWS))
            if row >= 0:
                self.table.selectRow(row)

    def has_unsaved_input(self) -> bool:
        return False  # the dialogs keep their own typing until saved or cancelled

    # --- the filter -----------------------------------------------------------------------
    def _fill_choices(self) -> None:
        self.settlement_combo.blockSignals(True)
        self.category_combo.blockSignals(True)
        try:
            current_settlement = self.settlement_combo.currentData()
            current_category = self.category_combo.currentData()
            self.settlement_combo.clear()
            self.settlement_combo.addItem("", None)
            for choice in settlement_choices(self.session):
                self.settlement_combo.addItem(choice.label, choice.value)
                self.settlement_combo.setItemData(
                    self.settlement_combo.count() - 1, True, style.VERBATIM_ROLE
                )
            self.category_combo.clear()
            self.category_combo.addItem("", None)
            for choice in category_choices(self.session):
                self.category_combo.addItem(choice.label, choice.value)
                self.category_combo.setItemData(
                    self.category_combo.count() - 1, choice.label, Qt.ItemDataRole.ToolTipRole
                )
                # the reference data's own names, in the user's language
                self.category_combo.setItemData(
                    self.category_combo.count() - 1, True, style.VERBATIM_ROLE
                )
            self.settlement_combo.setCurrentIndex(
                max(0, self.settlement_combo.findData(current_settlement))
            )
            self.category_combo.setCurrentIndex(
                max(0, self.category_combo.findData(current_category))
            )
        finally:
            self.settlement_combo.blockSignals(False)
            self.category_combo.blockSignals(False)

    def query(self) -> PeopleQuery:
        def number(edit: QLineEdit) -> int | None:
            text = edit.text().strip()
            return int(text) if text.isdigit() else None

        low, high = number(self.age_from), number(self.age_to)
        if low is not None and high is not None and low > high:
            low, high = high, low
        return PeopleQuery(
            text=self.search_box.text().strip(),
            settlement_id=self.settlement_combo.currentData(),
            category=self.category_combo.currentData(),
            min_age=low,
            max_age=high,
            inspector_id=getattr(self.context, "inspector_filter", None),
        )

    def shown_query(self) -> PeopleQuery | None:
        """The filter of the rows shown (the boxes may hold newer typing, not applied yet)."""
        source = self.model.source()
        return source.query if isinstance(source, PeopleList) else None

    def is_filtered(self) -> bool:
        query = self.shown_query()
        return query is not None and query != PeopleQuery(inspector_id=query.inspector_id)

    def _source(self, order: str | None, descending: bool) -> PeopleList:
        return PeopleList(self.session, self.query(), order or "name", descending)

    def apply_filter(self) -> None:
        """Show the list for what the filters hold now, from its first rows."""
        self._timer.stop()
        self.model.reset()
        if self.model.rowCount():
            self.table.scrollToTop()

    def _search_entered(self) -> None:
        self.apply_filter()
        self.focus_list()

    def focus_search(self) -> None:
        self.show_list()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def focus_list(self) -> None:
        if self._timer.isActive():
            self.apply_filter()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # --- the count line ---------------------------------------------------------------------
    def _forget_count(self) -> None:
        self._count = None

    def _after_fetch(self) -> None:
        if self._count is None:
            # after the first rows are painted, not before
            QTimer.singleShot(0, self._count_now)
        self._show_count()

    def _count_now(self) -> None:
        if self._count is not None:
            return
        source = self.model.source()
        if not isinstance(source, PeopleList):
            return
        if not self.model.has_more():
            self._count = Count(self.model.rowCount())
        else:
            try:
                self._count = source.count()
            except AppError as error:
                self._failed(error)
                return
        self._show_count()

    def _show_count(self) -> None:
        count = self._count
        rows = self.model.rowCount()
        filtered = self.is_filtered()
        style.mark_secondary(self.count_label)
        if count is None:
            self.count_label.setText(
                QCoreApplication.translate("PeoplePage", "Counting…") if rows else ""
            )
            return
        if count.value == 0:
            if filtered:
                text = QCoreApplication.translate(
                    "PeoplePage",
                    "No one found. Check the spelling, type fewer letters or clear a filter.",
                )
            elif self.session.can("person.write"):
                text = QCoreApplication.translate(
                    "PeoplePage", "No people yet: press Ctrl+N to add one."
                )
            else:
                text = QCoreApplication.translate("PeoplePage", "No people yet.")
        elif count.value < 0:
            text = QCoreApplication.translate(
                "PeoplePage", "Many people found; scroll down to see more."
            )
        elif not count.exact:
            text = QCoreApplication.translate(
                "PeoplePage",
                "More than %Ln people; type or filter to narrow the list.",
                None,
                count.value,
            )
        elif filtered:
            text = QCoreApplication.translate("PeoplePage", "Found: %Ln", None, count.value)
        else:
            text = QCoreApplication.translate("PeoplePage", "%Ln people", None, count.value)
        self.count_label.setText(text)

    def _failed(self, error: object) -> None:
        if isinstance(error, AppError):
            self.count_label.setText(describe(error, self.lang))
            style.mark_error(self.count_label)

    # --- opening people -------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return str(value) if value else None

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.model.data(index, Qt.ItemDataRole.UserRole)
        if isinstance(row, PersonRow):
            self.open_person(row.id)

    def show_record(self, entity: str, record_id: str) -> bool:
        """Open a person another page pointed at (the main window routes it here)."""
        if entity != "person":
            return False
        self.open_person(record_id)
        return True

    def open_person(self, person_id: str) -> None:
        self.person_view.show_person(person_id)
        self.stack.setCurrentWidget(self.person_view)
        self.person_view.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.table.setFocus()

    def import_people(self) -> None:
        if not self.import_button.isEnabled():
            return
        from inspector_app.gui.people.import_dialog import import_residents

        import_residents(self.context, self)

    def new_person(self) -> None:
        if not self.new_button.isEnabled():
            return
        dialog = PersonDialog(self.session, self.lang, parent=self)
        result = self.context.dialogs.run(dialog)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.context.bus.announce("person")
            self.open_person(dialog.saved_id)
        elif result == OPEN_EXISTING and dialog.open_person_id:
            self.open_person(dialog.open_person_id)
