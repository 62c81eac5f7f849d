"""Incident notes: number, when, kind, place, the people and their roles, the register number
(КУИ/ЕРДР or ЕРПП); newest first, by days and kind. Ctrl+N writes a new note, Enter or Alt+E
changes the selected one; what happened and the measures taken show below the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.domain.refdata import ReferenceData
from inspector_app.gui.incidents.incident_dialog import IncidentDialog
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.day_kind_filter import DayKindFilter
from inspector_app.gui.shared.history_action import HistoryAction, id_of
from inspector_app.gui.shared.lazy_table_model import Column, LazyTableModel, TableMemory
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.record_list import (
    choose_record,
    chosen_row,
    reading_label,
    say_failure,
    show_empty,
)
from inspector_app.gui.shared.work_widgets import (
    COUNT_CAP,
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
from inspector_app.services.incidents import (
    IncidentFilter,
    IncidentRow,
    count_incidents,
    external_register,
    list_incidents,
)

CONTEXT = "IncidentsPage"
FIND_LIMIT = 5000


def external_text(row: IncidentRow, refdata: ReferenceData, lang: str) -> str:
    """The register's short name (КУИ, ЕРДР...) and the number in it."""
    if not row.external_number:
        return ""
    if not row.register:
        return row.external_number  # typed as free text before registers were coded
    short = refdata.name_of("incident_registers", row.register, lang).split(" (")[0]
    return f"{short} {row.external_number}"


EXTERNAL_TITLES = {
    "kui_erdr": QT_TRANSLATE_NOOP("IncidentsPage", "KUI/ERDR"),
    "kup_erpp": QT_TRANSLATE_NOOP("IncidentsPage", "KUP/ERPP"),
}


class IncidentsPage(Page):
    page_id = "incidents"
    watches = ("incident", "incident_person", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        session = context.session
        self.heading = style.heading("")
        self.filters = DayKindFilter(self._filters_edited, self.reload)
        self.from_label, self.from_edit = self.filters.from_label, self.filters.from_edit
        self.to_label, self.to_edit = self.filters.to_label, self.filters.to_edit
        self.kind_label, self.kind_combo = self.filters.kind_label, self.filters.kind_combo
        self.count_label = QLabel()
        style.mark_secondary(self.count_label)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.new_button.clicked.connect(self.new_incident)
        self.edit_button.clicked.connect(self.edit_incident)
        writer = session.can("record.write")
        self.new_button.setVisible(writer)
        self.edit_button.setVisible(writer)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.filter_message = QLabel()
        self.filter_message.setWordWrap(True)
        self.filter_message.hide()

        top = QHBoxLayout()
        top.setSpacing(style.SPACING)
        for widget in (*self.filters.widgets(), self.count_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)

        self.model = LazyTableModel(self._columns(), source_factory(self._page), parent=self)
        self.model.fetched.connect(self._show_count)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._selected)
        self.table = QTableView()
        self.table.setObjectName("incidentList")
        self.table.setModel(self.model)
        setup_table(self.table, stretch=4)
        fit_columns(self.table, (16, 17, 24, 30, 36, 24, 24, 24))
        # the inspector's column, on a chief's or HQ's database only
        self.table.setColumnHidden(7, session.device_role == "inspector")
        self.memory = TableMemory(self.table, self.page_id)
        self.memory.restore()
        selection = self.table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.edit_incident())
        self.history_action = HistoryAction(
            self, context, "incident", lambda: id_of(self.current()), self.table
        )
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        style.mark_secondary(self.empty_label)

        self.detail = reading_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([3000, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.filter_message)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        shortcut(self, "Ctrl+N", self.new_incident, QT_TRANSLATE_NOOP("Shortcuts", "New incident"))
        context.bus.filter_changed.connect(lambda _inspector: self.reload())
        self.setFocusProxy(self.table)
        self.retranslate()

    def _columns(self) -> list[Column]:
        refdata = self.context.session.refdata

        def people(row: IncidentRow) -> str:
            lang = self.context.lang  # the language of the moment: it can switch live
            return "; ".join(
                f"{p.person.full_name} ({refdata.name_of('incident_roles', p.role, lang)})"
                for p in row.people
            )

        return [
            Column(QT_TRANSLATE_NOOP("IncidentsPage", "Number"), CONTEXT, lambda r: r.number),
            Column(
                QT_TRANSLATE_NOOP("IncidentsPage", "When"),
                CONTEXT,
                lambda r: work_text.moment(r.occurred_at),
            ),
            Column(
                QT_TRANSLATE_NOOP("IncidentsPage", "Kind"),
                CONTEXT,
                lambda r: refdata.name_of("incident_kinds", r.kind, self.context.lang),
            ),
            Column(
                QT_TRANSLATE_NOOP("IncidentsPage", "Place"),
                CONTEXT,
                lambda r: r.place or "",
                tooltip=lambda r: r.place,
            ),
            Column(QT_TRANSLATE_NOOP("IncidentsPage", "People"), CONTEXT, people, tooltip=people),
            Column(
                EXTERNAL_TITLES[external_register(self.context.session)],
                CONTEXT,
                lambda r: external_text(r, refdata, self.context.lang),
            ),
            Column(
                QT_TRANSLATE_NOOP("IncidentsPage", "Outcome"),
                CONTEXT,
                lambda r: (
                    refdata.name_of("incident_outcomes", r.outcome, self.context.lang)
                    if r.outcome
                    else ""
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("IncidentsPage", "Inspector"),
                CONTEXT,
                lambda r: r.inspector_name,
            ),
        ]

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Incidents")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.from_label.setText(self.tr("Fro&m"))
        self.to_label.setText(self.tr("&To"))
        self.kind_label.setText(self.tr("Ki&nd"))
        self.from_edit.setAccessibleName(self.tr("Incidents from the day"))
        self.to_edit.setAccessibleName(self.tr("Incidents up to the day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.kind_combo.setAccessibleName(self.tr("Kind of incidents shown"))
        self.new_button.setText(self.tr("&New incident…"))
        self.new_button.setToolTip(self.tr("Write a new incident note (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.table.setAccessibleName(self.tr("Incidents"))
        self.detail.setAccessibleName(self.tr("The incident chosen"))
        refdata, lang = self.context.session.refdata, self.context.lang
        self.filters.fill_kinds(
            self.tr("All kinds"),
            (
                (k.code, refdata.name_of("incident_kinds", k.code, lang))
                for k in refdata.incident_kinds
            ),
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_count()
        self._selected()

    def refresh(self) -> None:
        keep = self.current()
        self.reload()
        if keep is not None:
            self._select(keep.id)

    # --- the list -------------------------------------------------------------------------
    def current_filter(self) -> IncidentFilter | None:
        typed = self.filters.typed(self.context.lang, self.filter_message)
        if typed is None:
            return None
        return IncidentFilter(
            typed.start, typed.end, typed.kind, inspector_id=inspector_of(self.context)
        )

    def _page(self, after: object, limit: int) -> list[IncidentRow]:
        flt = self.current_filter()
        if flt is None:
            return []
        key = after if isinstance(after, tuple) else None
        return list_incidents(self.context.session, flt, key, limit)

    def _filters_edited(self) -> None:
        if self.current_filter() is not None:
            self.reload()

    def reload(self) -> None:
        self.model.reset()

    def _show_count(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        try:
            count = count_incidents(self.context.session, flt)
        except AppError as error:
            self._failed(error)
            return
        if count > COUNT_CAP:
            self.count_label.setText(
                self.tr("Incidents: more than %1").replace("%1", QLocale().toString(COUNT_CAP))
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("IncidentsPage", "Incidents: %n", None, count)
            )
        if show_empty(self.table, self.empty_label, count):
            self.empty_label.setText(
                self.tr("No incidents here. To write an incident note, press Ctrl+N.")
            )

    def _failed(self, error: object) -> None:
        say_failure(self.message, error, self.context.lang)

    def current(self) -> IncidentRow | None:
        return chosen_row(self.table, IncidentRow)

    def show_record(self, entity: str, record_id: str) -> bool:
        if entity != "incident":
            return False
        if self._select(record_id):
            return True
        self.filters.clear()
        self.reload()
        return self._select(record_id)

    def _select(self, record_id: str) -> bool:
        return choose_record(self.table, self.model, record_id, FIND_LIMIT, focus=True)

    def _selected(self, *_args: QItemSelection) -> None:
        incident = self.current()
        self.edit_button.setEnabled(
            incident is not None and self.context.session.can("record.write")
        )
        if incident is None:
            self.detail.setText(self.tr("Choose an incident to see what happened."))
            return
        lang = self.context.lang
        refdata = self.context.session.refdata
        lines = [
            f"{incident.number} · {work_text.moment(incident.occurred_at)} · "
            + refdata.name_of("incident_kinds", incident.kind, lang),
            incident.summary,
        ]
        if incident.measures:
            lines.append(self.tr("Measures taken: %1").replace("%1", incident.measures))
        for link in incident.people:
            lines.append(
                f"• {link.person.full_name} — " + refdata.name_of("incident_roles", link.role, lang)
            )
        self.detail.setText("\n".join(lines))

    # --- actions --------------------------------------------------------------------------
    def new_incident(self) -> None:
        self._open_dialog(None)

    def edit_incident(self) -> None:
        incident = self.current()
        if incident is not None:
            self._open_dialog(incident)

    def _open_dialog(self, incident: IncidentRow | None) -> None:
        if not self.context.session.can("record.write"):
            return
        dialog = IncidentDialog(self.context.session, self.context.lang, incident, self)
        accepted = self.context.dialogs.run(dialog) == IncidentDialog.DialogCode.Accepted
        saved, number = dialog.saved_id, dialog.number
        dialog.deleteLater()
        if not accepted or saved is None:
            return
        self.context.bus.announce("incident", "incident_person")
        self.show_record("incident", saved)
        if incident is None:
            show_reason(
                self.message, self.tr("Incident %1 is written.").replace("%1", number or "")
            )
            style.mark_secondary(self.message)
