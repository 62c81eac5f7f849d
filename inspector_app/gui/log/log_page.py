"""The work log: entries by date and kind, newest first, fetched a page at a time; beside them
the quick-entry form (gui/log/log_entry_form.py). Ctrl+N goes to the form, Ctrl+S saves it.

An entry is opened from the list (Enter, double-click, or its context menu) into the form to
correct it; it can be cancelled with a reason (never deleted) and its history shown, where an
earlier value can be set back."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.log.log_cancel_dialog import LogCancelDialog
from inspector_app.gui.log.log_entry_form import LogEntryForm
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.day_kind_filter import DayKindFilter
from inspector_app.gui.shared.history_dialog import HistoryDialog
from inspector_app.gui.shared.lazy_table_model import Column, LazyTableModel, TableMemory
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.record_list import choose_record, say_failure, show_empty
from inspector_app.gui.shared.work_widgets import (
    COUNT_CAP,
    fit_columns,
    inspector_of,
    setup_table,
    shortcut,
    source_factory,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.worklog import LogFilter, LogRow, count_log_entries, list_log_entries

CONTEXT = "LogPage"
DEFAULT_DAYS = 30  # the list opens on the last 30 days
FIND_LIMIT = 20_000  # rows fetched at most to show an entry asked for


def _people(row: LogRow) -> str:
    return ", ".join(p.full_name for p in row.people)


def _summary(row: LogRow) -> str:
    if row.cancel_reason is None:
        return row.summary
    cancelled = QCoreApplication.translate("LogPage", "CANCELLED (%1):").replace(
        "%1", row.cancel_reason
    )
    return f"{cancelled} {row.summary}"


def _cancelled_color(row: LogRow) -> str | None:
    return style.SECONDARY_COLOR if row.cancel_reason is not None else None


class LogPage(Page):
    page_id = "log"
    watches = ("log_entry", "register_check", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        session = context.session
        self.heading = style.heading("")
        today = session.today()

        self.filters = DayKindFilter(
            self._filters_edited,
            self.reload,
            work_text.day(today - timedelta(days=DEFAULT_DAYS - 1)),
            work_text.day(today),
        )
        self.from_label, self.from_edit = self.filters.from_label, self.filters.from_edit
        self.to_label, self.to_edit = self.filters.to_label, self.filters.to_edit
        self.kind_label, self.kind_combo = self.filters.kind_label, self.filters.kind_combo
        self.filter_message = QLabel()
        self.filter_message.hide()
        self.count_label = QLabel()
        style.mark_secondary(self.count_label)

        filters = QHBoxLayout()
        filters.setSpacing(style.SPACING)
        for widget in self.filters.widgets():
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.model = LazyTableModel(self._columns(), source_factory(self._page), parent=self)
        self.model.fetched.connect(self._show_count)
        self.model.failed.connect(self._failed)
        self.table = QTableView()
        self.table.setObjectName("logList")
        self.table.setModel(self.model)
        # the summary is the widest; what does not fit scrolls sideways, the last column fills
        setup_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.table, (16, 18, 24, 20, 36, 22, 11, 20))
        self.table.setColumnHidden(7, session.device_role == "inspector")
        self.memory = TableMemory(self.table, self.page_id)
        self.memory.restore()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        style.mark_secondary(self.empty_label)

        self.form = LogEntryForm(session, context.lang)
        self.form.saved.connect(self._saved)
        self.form.cancel_requested.connect(self.cancel_entry)
        self.form.mode_changed.connect(self._form_title)
        self.table.activated.connect(lambda _index: self.open_entry())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._entry_menu)
        self.form_box = QGroupBox()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.form)
        self.form_box.setVisible(session.can("record.write"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(style.SPACING)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.filter_message)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

        shortcut(self, "Ctrl+N", self.new_entry, QT_TRANSLATE_NOOP("Shortcuts", "New log entry"))
        shortcut(self, "Ctrl+S", self.form.save, QT_TRANSLATE_NOOP("Shortcuts", "Save the entry"))
        context.bus.filter_changed.connect(lambda _inspector: self.reload())
        self.setFocusProxy(self.table)
        self.retranslate()

    def _kind_name(self, row: LogRow) -> str:
        return self.context.session.refdata.name_of("log_kinds", row.kind, self.context.lang)

    def _columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("LogPage", "When"), CONTEXT, lambda r: work_text.moment(r.at)),
            Column(QT_TRANSLATE_NOOP("LogPage", "Kind"), CONTEXT, self._kind_name),
            Column(QT_TRANSLATE_NOOP("LogPage", "People"), CONTEXT, _people, tooltip=_people),
            Column(
                QT_TRANSLATE_NOOP("LogPage", "Place"),
                CONTEXT,
                lambda r: r.place or "",
                tooltip=lambda r: r.place,
            ),
            Column(
                QT_TRANSLATE_NOOP("LogPage", "Summary"),
                CONTEXT,
                _summary,
                tooltip=_summary,
                color=_cancelled_color,
            ),
            Column(
                QT_TRANSLATE_NOOP("LogPage", "Outcome"),
                CONTEXT,
                lambda r: r.outcome or "",
                tooltip=lambda r: r.outcome,
            ),
            Column(
                QT_TRANSLATE_NOOP("LogPage", "Follow up"),
                CONTEXT,
                lambda r: work_text.day(r.follow_up),
            ),
            Column(QT_TRANSLATE_NOOP("LogPage", "Inspector"), CONTEXT, lambda r: r.inspector_name),
        ]

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Work log")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.from_label.setText(self.tr("Fro&m"))
        self.to_label.setText(self.tr("&To"))
        self.kind_label.setText(self.tr("Ki&nd"))
        self.from_edit.setAccessibleName(self.tr("Entries from the day"))
        self.to_edit.setAccessibleName(self.tr("Entries up to the day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.kind_combo.setAccessibleName(self.tr("Kind of entries shown"))
        self.table.setAccessibleName(self.tr("Log entries"))
        self._form_title()
        self._fill_kinds()
        self.form.lang = self.context.lang
        self.form.search.lang = self.context.lang
        self.form.retranslate()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_count()

    def refresh(self) -> None:
        self.reload()

    def has_unsaved_input(self) -> bool:
        return self.form.is_changed()

    def save_input(self) -> bool:
        return self.form.save()

    # --- the list -------------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        refdata, lang = self.context.session.refdata, self.context.lang
        self.filters.fill_kinds(
            self.tr("All kinds"),
            ((k.code, refdata.name_of("log_kinds", k.code, lang)) for k in refdata.log_kinds),
        )

    def current_filter(self) -> LogFilter | None:
        """The filter typed, or None (and the reason shown) when a date is no date."""
        typed = self.filters.typed(self.context.lang, self.filter_message)
        if typed is None:
            return None
        return LogFilter(
            typed.start, typed.end, typed.kind, inspector_id=inspector_of(self.context)
        )

    def _page(self, after: object, limit: int) -> list[LogRow]:
        flt = self.current_filter()
        if flt is None:
            return []
        key = after if isinstance(after, tuple) else None
        return list_log_entries(self.context.session, flt, key, limit)

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
            count = count_log_entries(self.context.session, flt)
        except AppError as error:
            self._failed(error)
            return
        if count > COUNT_CAP:
            self.count_label.setText(
                self.tr("Entries: more than %1").replace("%1", QLocale().toString(COUNT_CAP))
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("LogPage", "Entries: %n", None, count)
            )
        if show_empty(self.table, self.empty_label, count):
            self.empty_label.setText(
                self.tr(
                    "No entries for these days and kind. Widen the dates, choose all kinds, "
                    "or write a new entry in the form (Ctrl+N)."
                )
            )

    def _failed(self, error: object) -> None:
        say_failure(self.filter_message, error, self.context.lang)

    # --- the form -------------------------------------------------------------------------
    def _form_title(self) -> None:
        row = self.form.editing
        if row is None:
            self.form_box.setTitle(self.tr("New entry (Ctrl+N)"))
        else:
            self.form_box.setTitle(self.tr("Entry of %1").replace("%1", work_text.moment(row.at)))

    def new_entry(self) -> None:
        if not self.form_box.isVisible():
            return
        if self.form.editing is not None:
            if self.form.is_changed() and not self._leave_correction():
                return
            self.form.clear()
        self.form.ui.kindCombo.setFocus()

    def _leave_correction(self) -> bool:
        """A correction typed but not saved: save it, drop it, or stay (False)."""
        answer = self.context.dialogs.ask_save(
            self,
            self.tr("Work log"),
            self.tr("The entry being corrected has changes that are not saved. Save them?"),
        )
        if answer == Answer.CANCEL:
            return False
        return answer != Answer.SAVE or self.form.save()

    # --- an entry of the list -------------------------------------------------------------
    def chosen(self) -> LogRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row(index.row())
        return row if isinstance(row, LogRow) else None

    def open_entry(self) -> None:
        """Show the chosen entry in the form to correct it."""
        row = self.chosen()
        if row is None or not self.form_box.isVisible():
            return
        if self.form.is_changed() and not self._leave_correction():
            return
        self.form.edit(row)
        self.form.ui.kindCombo.setFocus()

    def cancel_entry(self, entry_id: str | None = None) -> None:
        row = self.chosen() if entry_id is None else self.form.editing
        if row is None or row.cancel_reason is not None:
            return
        subject = f"{work_text.moment(row.at)} {self._kind_name(row)}"
        dialog = LogCancelDialog(self.context.session, self.context.lang, row.id, subject, self)
        if self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted:
            if self.form.editing is not None and self.form.editing.id == row.id:
                self.form.clear()
            self.context.bus.announce("log_entry")

    def show_history(self) -> None:
        row = self.chosen()
        if row is None:
            return
        dialog = HistoryDialog(self.context.session, self.context.lang, row.id, self)
        self.context.dialogs.run(dialog)
        if dialog.changed:
            self.context.bus.announce("log_entry")

    def _entry_menu(self, point: QPoint) -> None:
        row = self.chosen()
        if row is None:
            return
        menu = QMenu(self)
        writer = self.form_box.isVisible()
        opened = menu.addAction(self.tr("&Open"), self.open_entry)
        opened.setEnabled(writer)
        cancel = menu.addAction(self.tr("&Cancel entry…"), self.cancel_entry)
        cancel.setEnabled(writer and row.cancel_reason is None)
        menu.addAction(self.tr("&History…"), self.show_history)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _saved(self, _entry_id: str) -> None:
        self.context.bus.announce("log_entry")

    def show_record(self, entity: str, record_id: str) -> bool:
        """Select a log entry; the dates and the kind are cleared if it is not in the list."""
        if entity != "log_entry":
            return False
        if choose_record(self.table, self.model, record_id, FIND_LIMIT, focus=True):
            return True
        self.filters.clear()
        self.reload()
        return choose_record(self.table, self.model, record_id, FIND_LIMIT, focus=True)
