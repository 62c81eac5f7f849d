"""District (a chief's and HQ's page): each inspector side by side, with the newest data this
database holds from their laptop, overdue register checks and appeals, and open conflicts; HQ
(and a chief, if wished) sums them per district or region. Per inspector, the sync columns
(gui/district/district_sync.py) tell the last package received and when, gaps, a rewritten
journal and the days since the last contact, red past the limit set on the page (kept in
QSettings). The Charts tab (gui/district/district_board.py) draws the district report's figures
per inspector. The widgets are the Designer form ui/district_page.ui."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.district.district_board import DistrictBoard
from inspector_app.gui.district.district_sync import HELD, DistrictModel, SyncFigures
from inspector_app.gui.forms.ui_district_page import Ui_DistrictPage
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE, Column, TableMemory
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.work_widgets import (
    error_words,
    fit_wrapped_columns,
    setup_table,
    show_reason,
)
from inspector_app.gui.shell import preferences, style
from inspector_app.gui.shell.bus import CONFLICT, SYNC
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.district import Figures, overview
from inspector_app.services.held import list_held
from inspector_app.services.sync.devices import list_devices
from inspector_app.services.sync.status import sync_status

CONTEXT = "DistrictPage"
LEVELS = (
    ("inspector", QT_TRANSLATE_NOOP("DistrictPage", "Each inspector")),
    ("district", QT_TRANSLATE_NOOP("DistrictPage", "Each district")),
    ("region", QT_TRANSLATE_NOOP("DistrictPage", "Each region")),
)


# first widths in characters: name, precincts, district, region, inspectors, last received,
# checks, appeals and conflicts overdue or open, then the sync columns
# (gui/district/district_sync.py)
COLUMN_CHARS = (24, 8, 14, 14, 8, 16, 9, 9, 9, 8, 8, 6, 9, 15)


def _count(value: int) -> str:
    return str(value) if value else work_text.DASH


def _alarm(value: int) -> str | None:
    return style.ERROR_COLOR if value else None


def _received(row: Figures) -> str:
    if row.last_received is None:
        return QCoreApplication.translate("DistrictPage", "no package yet")
    return work_text.moment(row.last_received)


def _received_tip(row: Figures) -> str:
    if row.last_received is None:
        return QCoreApplication.translate(
            "DistrictPage", "This database holds nothing made on this inspector's laptop yet."
        )
    return QCoreApplication.translate(
        "DistrictPage", "The newest change made on the inspector's laptop that this database holds."
    )


def _columns() -> list[Column]:
    """The columns of the figures, before the sync columns."""
    return [
        Column(
            QT_TRANSLATE_NOOP("DistrictPage", "Name"),
            CONTEXT,
            lambda f: f.name or work_text.DASH,
        ),
        Column(QT_TRANSLATE_NOOP("DistrictPage", "Precincts"), CONTEXT, lambda f: f.precincts),
        Column(QT_TRANSLATE_NOOP("DistrictPage", "District"), CONTEXT, lambda f: f.district),
        Column(QT_TRANSLATE_NOOP("DistrictPage", "Region"), CONTEXT, lambda f: f.region),
        Column(
            QT_TRANSLATE_NOOP("DistrictPage", "Inspectors"),
            CONTEXT,
            lambda f: str(f.inspectors),
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("DistrictPage", "Last received"),
            CONTEXT,
            _received,
            tooltip=_received_tip,
            color=lambda f: style.SECONDARY_COLOR if f.last_received is None else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("DistrictPage", "Checks overdue"),
            CONTEXT,
            lambda f: _count(f.overdue_checks),
            align_right=True,
            color=lambda f: _alarm(f.overdue_checks),
        ),
        Column(
            QT_TRANSLATE_NOOP("DistrictPage", "Appeals overdue"),
            CONTEXT,
            lambda f: _count(f.overdue_appeals),
            align_right=True,
            color=lambda f: _alarm(f.overdue_appeals),
        ),
        Column(
            QT_TRANSLATE_NOOP("DistrictPage", "Open conflicts"),
            CONTEXT,
            lambda f: _count(f.open_conflicts),
            align_right=True,
            color=lambda f: style.WARNING_COLOR if f.open_conflicts else None,
        ),
    ]


class DistrictPage(Page):
    page_id = "district"
    watches = (
        "register_entry",
        "register_check",
        "appeal",
        "user",
        "precinct",
        "person",
        "log_entry",
        "incident",
        "device",
        SYNC,
        CONFLICT,
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # the widgets are the Designer form ui/district_page.ui (its words in this context)
        self.ui = ui = Ui_DistrictPage()
        ui.setupUi(self)
        ui.heading.setFont(style.scaled_font(ui.heading, 1.5, bold=True))
        self.heading, self.message, self.note = ui.heading, ui.message, ui.note
        self.level_label, self.level_combo = ui.levelLabel, ui.levelCombo
        self.level_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label, self.empty_label = ui.countLabel, ui.emptyLabel
        for label in (self.count_label, self.note, self.empty_label):
            style.mark_secondary(label)
        self.limit_label, self.limit_spin = ui.limitLabel, ui.contactLimit
        self.limit_spin.setRange(preferences.MIN_CONTACT_DAYS, preferences.MAX_CONTACT_DAYS)
        self.limit_spin.setValue(preferences.contact_days())
        self.limit_spin.valueChanged.connect(self._limit_changed)
        context.bus.preference_changed.connect(self._preference_changed)

        self.sync = SyncFigures()
        self.set_aside = 0
        columns = _columns()
        self.first_sync = len(columns)
        self.model = DistrictModel(columns + self.sync.columns(), self.sync, len(columns), self)
        self.table = ui.districtList
        self.table.setModel(self.model)
        setup_table(self.table, stretch=0)
        fit_wrapped_columns(self.table, COLUMN_CHARS)
        self.fitted_lang = context.lang
        self.memory = TableMemory(self.table, self.page_id)
        self.memory.restore()
        self.table.activated.connect(self._open)
        self.board = DistrictBoard(context, ui, self)
        self.setFocusProxy(self.table)
        self.retranslate()

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("District")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        keep = self.level_combo.currentIndex()
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        levels = LEVELS if self.context.session.device_role == "hq" else LEVELS[:2]
        for code, words in levels:
            self.level_combo.addItem(QCoreApplication.translate("DistrictPage", words), code)
        self.level_combo.setCurrentIndex(max(keep, 0))
        self.level_combo.blockSignals(False)
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        if self.fitted_lang != self.context.lang:  # titles of another length: fit them again
            fit_wrapped_columns(self.table, COLUMN_CHARS)
            self.fitted_lang = self.context.lang
        self.board.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.board.load(again=True)  # the data changed: the charts count again when shown
        level = str(self.level_combo.currentData() or "inspector")
        try:
            found = overview(self.context.session, level)
            self._load_sync()
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self.message.hide()
        self.model.set_rows(list(found.lines))
        by_inspector = level == "inspector"
        for column in range(self.first_sync, self.model.columnCount()):
            self.table.setColumnHidden(column, not by_inspector)
        # held changes are rare: their column shows while there are any
        self.table.setColumnHidden(
            self.first_sync + HELD, not by_inspector or not any(self.sync.held.values())
        )
        self.limit_label.setVisible(by_inspector)
        self.limit_spin.setVisible(by_inspector)
        self.table.setColumnHidden(1, not by_inspector)
        self.table.setColumnHidden(
            2, level == "district" or self.context.session.device_role == "chief"
        )
        self.table.setColumnHidden(3, level == "region" or self.context.session.device_role != "hq")
        self.table.setColumnHidden(4, by_inspector)
        if by_inspector:
            self.count_label.setText(
                QCoreApplication.translate("DistrictPage", "Inspectors: %n", None, len(found.lines))
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("DistrictPage", "Lines: %n", None, len(found.lines))
            )
        empty = not found.lines
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            self.tr(
                "No inspectors are known to this database yet. They appear here once their "
                "laptops are enrolled and their first sync packages imported."
            )
            if empty
            else ""
        )
        notes = [
            self.tr(
                "“Last received” is the newest change made on the inspector's laptop that this "
                "database holds; “no package yet” means none has been imported."
            )
        ]
        if by_inspector:
            notes.append(
                self.tr(
                    "“Last package” and “Last contact” count the packages imported here from "
                    "the inspector's laptop."
                )
            )
        if by_inspector and self.set_aside:
            notes.append(
                QCoreApplication.translate(
                    "DistrictPage",
                    "%n change(s) received were set aside: the device that made them may not "
                    "make them (see the Sync page).",
                    None,
                    self.set_aside,
                )
            )
        if found.other_conflicts:
            notes.append(
                QCoreApplication.translate(
                    "DistrictPage",
                    "%n open conflict(s) concern records of no inspector (people without a "
                    "precinct, households, reference data).",
                    None,
                    found.other_conflicts,
                )
            )
        self.note.setText(" ".join(notes))

    def _load_sync(self) -> None:
        """Where the exchange with each laptop stands (a read of the sync state)."""
        session = self.context.session
        status = sync_status(session)
        devices = list_devices(session)
        self.sync.peers = {p.device_id: p for p in status.peers}
        self.sync.vouched = {d.device_id for d in devices if d.vouched_by}
        self.sync.held = dict(Counter(line.device for line in list_held(session)))
        self.sync.limit = preferences.contact_days()
        self.set_aside = status.set_aside

    def _limit_changed(self, days: int) -> None:
        preferences.set_contact_days(days)
        self.context.bus.preference_changed.emit(preferences.CONTACT_DAYS)

    def _preference_changed(self, key: str) -> None:
        if key != preferences.CONTACT_DAYS:
            return
        days = preferences.contact_days()
        if self.limit_spin.value() != days:
            self.limit_spin.blockSignals(True)
            self.limit_spin.setValue(days)
            self.limit_spin.blockSignals(False)
        self.sync.limit = days
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, self.first_sync),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
            )

    def _open(self, index: QModelIndex) -> None:
        """Enter on an inspector asks the window to show that inspector's records."""
        row = index.data(ROW_ROLE)
        if isinstance(row, Figures) and self.level_combo.currentData() == "inspector":
            self.context.bus.open_record.emit("user", row.key)
