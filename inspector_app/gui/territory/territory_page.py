"""Territory: the precinct's settlements, their streets and households (a landmark and
coordinates for a house without a number), and the precinct passport. A chief with several
precincts chooses one above. Ctrl+N adds a household to the street chosen; Enter changes one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QItemSelection, QLocale, Qt
from PySide6.QtWidgets import QTableView, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_territory_page import Ui_TerritoryPage
from inspector_app.gui.people.household_dialog import HouseholdDialog
from inspector_app.gui.shared.lazy_table_model import (
    ROW_ROLE,
    Column,
    LazyTableModel,
    RowsTableModel,
    TableMemory,
)
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.work_widgets import (
    COUNT_CAP,
    error_words,
    fit_columns,
    inspector_of,
    setup_table,
    shortcut,
    show_reason,
    source_factory,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.territory.passport_tab import PassportTab
from inspector_app.gui.territory.territory_name_dialog import TerritoryNameDialog
from inspector_app.services.territory import (
    HouseholdRow,
    SettlementRow,
    StreetRow,
    count_households,
    get_household,
    list_households,
    list_precincts,
    settlements,
    streets,
)

CONTEXT = "TerritoryPage"
INSPECTOR_ROLE = Qt.ItemDataRole.UserRole + 1  # the inspector of a precinct in the list


def _coordinates(row: HouseholdRow) -> str:
    if row.latitude is None or row.longitude is None:
        return ""
    return f"{row.latitude:.5f}, {row.longitude:.5f}"


def _street_name(row: StreetRow) -> str:
    return (
        row.name if row.id is not None else QCoreApplication.translate("TerritoryPage", "No street")
    )


def _settlement_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("TerritoryPage", "Settlement"), CONTEXT, lambda s: s.name),
        Column(
            QT_TRANSLATE_NOOP("TerritoryPage", "Households"),
            CONTEXT,
            lambda s: str(s.households),
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TerritoryPage", "Residents"),
            CONTEXT,
            lambda s: str(s.residents),
            align_right=True,
        ),
    ]


def _street_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("TerritoryPage", "Street"), CONTEXT, _street_name),
        Column(
            QT_TRANSLATE_NOOP("TerritoryPage", "Households"),
            CONTEXT,
            lambda s: str(s.households),
            align_right=True,
        ),
    ]


def _household_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("TerritoryPage", "House"), CONTEXT, lambda h: h.house or ""),
        Column(QT_TRANSLATE_NOOP("TerritoryPage", "Flat"), CONTEXT, lambda h: h.flat or ""),
        Column(
            QT_TRANSLATE_NOOP("TerritoryPage", "Landmark"),
            CONTEXT,
            lambda h: h.landmark or "",
            tooltip=lambda h: h.landmark,
        ),
        Column(QT_TRANSLATE_NOOP("TerritoryPage", "Coordinates"), CONTEXT, _coordinates),
        Column(
            QT_TRANSLATE_NOOP("TerritoryPage", "Residents"),
            CONTEXT,
            lambda h: str(h.residents),
            align_right=True,
        ),
    ]


class TerritoryPage(Page):
    page_id = "territory"
    watches = ("territory", "household", "precinct", "precinct_object", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # the widgets are the Designer form ui/territory_page.ui (its words in this context)
        self.ui = ui = Ui_TerritoryPage()
        ui.setupUi(self)
        self.heading, self.message, self.tabs = ui.heading, ui.message, ui.territoryTabs
        ui.heading.setFont(style.scaled_font(ui.heading, 1.5, bold=True))
        self.precinct_label, self.precinct_combo = ui.precinctLabel, ui.precinctCombo
        self.precinct_combo.setProperty(style.VERBATIM, True)
        self.precinct_combo.currentIndexChanged.connect(lambda _i: self._precinct_chosen())
        self.settlement_model = RowsTableModel(_settlement_columns(), self)
        self.settlement_view = self._table(ui.settlementList, self.settlement_model, (20, 9, 9), 0)
        self.street_model = RowsTableModel(_street_columns(), self)
        self.street_view = self._table(ui.streetList, self.street_model, (22, 9), 0)
        self.household_model = LazyTableModel(
            _household_columns(), source_factory(self._households_page), parent=self
        )
        self.household_model.fetched.connect(self._show_household_count)
        self.household_model.failed.connect(self._failed)
        self.household_view = self._table(
            ui.householdList, self.household_model, (8, 6, 30, 22, 9), 2
        )
        self.household_memory = TableMemory(self.household_view, "territory_households")
        self.household_memory.restore()
        self.household_view.activated.connect(lambda _i: self.edit_household())
        self.household_count = ui.householdCount
        style.mark_secondary(self.household_count)
        self.add_settlement_button, self.add_street_button = (
            ui.addSettlementButton,
            ui.addStreetButton,
        )
        self.new_household_button = ui.newHouseholdButton
        self.edit_household_button = ui.editHouseholdButton
        for button, slot in (
            (self.add_settlement_button, self.add_settlement),
            (self.add_street_button, self.add_street),
            (self.new_household_button, self.new_household),
            (self.edit_household_button, self.edit_household),
        ):
            button.clicked.connect(slot)
            button.setVisible(context.session.can("territory.write"))
        ui.splitter.setSizes([1300, 1300, 2000])
        self.places = ui.places
        self.passport = PassportTab(context)
        self.tabs.addTab(self.passport, "")
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self._connect_selection(self.settlement_view, self._settlement_chosen)
        self._connect_selection(self.street_view, self._street_chosen)
        self._connect_selection(self.household_view, self._household_chosen)
        shortcut(
            self, "Ctrl+N", self.new_household, QT_TRANSLATE_NOOP("Shortcuts", "New household")
        )
        context.bus.filter_changed.connect(self._follow_inspector)
        self.setFocusProxy(self.settlement_view)
        self._fill_precincts()
        self.retranslate()

    @staticmethod
    def _table(
        view: QTableView, model: QAbstractItemModel, widths: tuple[int, ...], stretch: int
    ) -> QTableView:
        view.setModel(model)
        setup_table(view, stretch=stretch)
        fit_columns(view, widths)
        return view

    @staticmethod
    def _connect_selection(view: QTableView, slot: Callable[..., None]) -> None:
        selection = view.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(slot)

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Territory")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.tabs.setTabText(self.tabs.indexOf(self.passport), self.tr("Precinct p&assport"))
        for model in (self.settlement_model, self.street_model, self.household_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self.passport.retranslate()
        self._show_household_count()

    def refresh(self) -> None:
        settlement, street = self.current_settlement(), self.current_street()
        self._load_settlements(settlement.id if settlement else None)
        if street is not None:
            self._select_street(street.id)
        self.passport.load(self.precinct_id())

    def has_unsaved_input(self) -> bool:
        return self.passport.has_input()

    def save_input(self) -> bool:
        return self.passport.save()

    # --- precincts and settlements --------------------------------------------------------
    def _fill_precincts(self) -> None:
        try:
            found = list_precincts(self.context.session)
        except AppError as error:
            self._failed(error)
            found = []
        combo = self.precinct_combo
        combo.blockSignals(True)
        combo.clear()
        for precinct in found:
            text = f"{precinct.code} — {precinct.name}"
            if precinct.inspector_name:
                text += f" ({precinct.inspector_name})"
            combo.addItem(text, precinct.id)
            combo.setItemData(combo.count() - 1, True, style.VERBATIM_ROLE)
            combo.setItemData(combo.count() - 1, precinct.inspector_id, INSPECTOR_ROLE)
        combo.blockSignals(False)
        chosen = inspector_of(self.context)
        if chosen is not None:
            combo.setCurrentIndex(max(combo.findData(chosen, INSPECTOR_ROLE), 0))
        self.precinct_label.setVisible(len(found) > 1)
        combo.setVisible(len(found) > 1)
        self._precinct_chosen()

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.passport:
            self.passport.ensure_loaded()

    def _follow_inspector(self, inspector_id: object) -> None:
        """The window shows one inspector's work: show their precinct."""
        if isinstance(inspector_id, str):
            row = self.precinct_combo.findData(inspector_id, INSPECTOR_ROLE)
            if row >= 0:
                self.precinct_combo.setCurrentIndex(row)

    def precinct_id(self) -> str | None:
        value = self.precinct_combo.currentData()
        return str(value) if value else None

    def _precinct_chosen(self) -> None:
        self._load_settlements(None)
        self.passport.load(self.precinct_id())

    def _load_settlements(self, keep: str | None) -> None:
        precinct = self.precinct_id()
        rows: list[SettlementRow] = []
        if precinct is not None:
            try:
                rows = settlements(self.context.session, precinct)
            except AppError as error:
                self._failed(error)
        self.settlement_model.set_rows(rows)
        row = next((n for n, s in enumerate(rows) if s.id == keep), 0)
        if rows:
            self.settlement_view.selectRow(row)
        else:
            self._settlement_chosen()

    def current_settlement(self) -> SettlementRow | None:
        index = self.settlement_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, SettlementRow) else None

    def current_street(self) -> StreetRow | None:
        index = self.street_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, StreetRow) else None

    def current_household(self) -> HouseholdRow | None:
        index = self.household_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, HouseholdRow) else None

    def _settlement_chosen(self, *_args: QItemSelection) -> None:
        settlement = self.current_settlement()
        rows: list[StreetRow] = []
        if settlement is not None:
            try:
                rows = streets(self.context.session, settlement.id)
            except AppError as error:
                self._failed(error)
        self.street_model.set_rows(rows)
        self.add_street_button.setEnabled(settlement is not None)
        if rows:
            self.street_view.selectRow(0)
        else:
            self._street_chosen()

    def _select_street(self, street_id: str | None) -> None:
        for number in range(self.street_model.rowCount()):
            if self.street_model.row(number).id == street_id:
                self.street_view.selectRow(number)
                return

    def _street_chosen(self, *_args: QItemSelection) -> None:
        self.household_model.reset()
        self.new_household_button.setEnabled(self.current_settlement() is not None)
        self._household_chosen()

    def _household_chosen(self, *_args: QItemSelection) -> None:
        self.edit_household_button.setEnabled(self.current_household() is not None)

    # --- households -----------------------------------------------------------------------
    def _households_page(self, after: object, limit: int) -> list[HouseholdRow]:
        settlement, street = self.current_settlement(), self.current_street()
        if settlement is None or street is None:
            return []
        key = after if isinstance(after, tuple) else None
        return list_households(self.context.session, settlement.id, street.id, key, limit)

    def _show_household_count(self) -> None:
        settlement, street = self.current_settlement(), self.current_street()
        if settlement is None or street is None:
            self.household_count.setText(
                self.tr("Choose a settlement and a street to see its households.")
            )
            return
        try:
            count = count_households(self.context.session, settlement.id, street.id)
        except AppError as error:
            self._failed(error)
            return
        if count > COUNT_CAP:
            self.household_count.setText(
                self.tr("Households: more than %1").replace("%1", QLocale().toString(COUNT_CAP))
            )
        elif count:
            self.household_count.setText(
                QCoreApplication.translate("TerritoryPage", "Households: %n", None, count)
            )
        else:
            self.household_count.setText(
                self.tr("No households here yet. To add one, press Ctrl+N.")
            )

    def _failed(self, error: object) -> None:
        if isinstance(error, AppError):
            show_reason(self.message, error_words(error, self.context.lang))

    def show_record(self, entity: str, record_id: str) -> bool:
        """Select a household (its settlement and street first)."""
        if entity != "household":
            return False
        try:
            found = get_household(self.context.session, record_id)
        except AppError:
            return False
        self.tabs.setCurrentWidget(self.places)
        for number in range(self.settlement_model.rowCount()):
            if self.settlement_model.row(number).id == found.settlement_id:
                self.settlement_view.selectRow(number)
                break
        self._select_street(found.street_id)
        row = self.household_model.fetch_until(record_id, 20_000)
        if row < 0:
            return False
        self.household_view.selectRow(row)
        self.household_view.setFocus()
        return True

    def new_household(self) -> None:
        self._household_dialog(None)

    def edit_household(self) -> None:
        household = self.current_household()
        if household is not None:
            self._household_dialog(household)

    def _household_dialog(self, household: HouseholdRow | None) -> None:
        settlement = self.current_settlement()
        if settlement is None or not self.context.session.can("territory.write"):
            return
        street = self.current_street()
        dialog = HouseholdDialog(
            self.context.session,
            self.context.lang,
            (settlement.id, settlement.name),
            list(self.street_model.rows()),
            household,
            street.id if street is not None else None,
            self,
        )
        accepted = self.context.dialogs.run(dialog) == HouseholdDialog.DialogCode.Accepted
        saved = dialog.saved_id
        dialog.deleteLater()
        if accepted and saved is not None:
            self.context.bus.announce("household")
            self.show_record("household", saved)

    def add_settlement(self) -> None:
        precinct = self.precinct_id()
        if precinct is None:
            return
        self._name_dialog("settlement", precinct, self.precinct_combo.currentText())

    def add_street(self) -> None:
        settlement = self.current_settlement()
        if settlement is not None:
            self._name_dialog("street", settlement.id, settlement.name)

    def _name_dialog(self, kind: str, parent_id: str, parent_name: str) -> None:
        if not self.context.session.can("territory.write"):
            return
        dialog = TerritoryNameDialog(
            self.context.session, self.context.lang, kind, parent_id, parent_name, self
        )
        accepted = self.context.dialogs.run(dialog) == TerritoryNameDialog.DialogCode.Accepted
        saved = dialog.saved_id
        dialog.deleteLater()
        if not accepted or saved is None:
            return
        self.context.bus.announce("territory", "precinct")
        if kind == "settlement":
            self._load_settlements(saved)
        else:
            self._select_street(saved)
