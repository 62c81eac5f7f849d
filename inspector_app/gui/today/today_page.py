"""Today: what is overdue or due soon, in four lists: register checks, appeals, tasks and
unread wanted notices. Enter or a double click on a line opens its record (a check opens its
person); an empty list says what to do instead."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE, Column, RowsTableModel
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.work_widgets import (
    error_words,
    fit_columns,
    inspector_of,
    setup_table,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.bus import BACKUP
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.today import TodayDigest, TodayLine, TodaySection, today_digest

CONTEXT = "TodayPage"
SHORT_LIST = 8  # lines a list shows whole, without taking spare room


def _state_text(kind: str, line: TodayLine) -> str:
    if kind == "appeals":
        return work_text.working_days_text(line.days)
    if kind == "notices":
        return QCoreApplication.translate("WorkText", "Not read yet")
    if line.state == "term_ended":
        return work_text.term_ended_text()
    if line.days is None:
        return QCoreApplication.translate("TodayPage", "Open")
    return work_text.days_text(line.days)


DUE_TITLES = {
    "checks": QT_TRANSLATE_NOOP("TodayPage", "Due"),
    "appeals": QT_TRANSLATE_NOOP("TodayPage", "Deadline"),
    "tasks": QT_TRANSLATE_NOOP("TodayPage", "Due"),
    "notices": QT_TRANSLATE_NOOP("TodayPage", "Valid until"),
    "proposals": QT_TRANSLATE_NOOP("TodayPage", "Answer due"),
}


def _columns(kind: str, titles: tuple[str, str]) -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("TodayPage", "State"),
            CONTEXT,
            lambda line: _state_text(kind, line),
            color=lambda line: work_text.state_color(line.state),
        ),
        Column(DUE_TITLES[kind], CONTEXT, lambda line: work_text.day(line.due)),
        Column(titles[0], CONTEXT, lambda line: line.title, tooltip=lambda line: line.title),
        Column(titles[1], CONTEXT, lambda line: line.detail, tooltip=lambda line: line.detail),
        Column(
            QT_TRANSLATE_NOOP("TodayPage", "Inspector"), CONTEXT, lambda line: line.inspector_name
        ),
    ]


@dataclass
class _Section:
    kind: str
    box: QGroupBox
    count: QLabel
    view: QTableView
    model: RowsTableModel
    empty: QLabel


class TodayPage(Page):
    page_id = "today"
    watches = (
        BACKUP,
        "register_entry",
        "register_check",
        "log_entry",
        "appeal",
        "appeal_event",
        "task",
        "notice",
        "notice_ack",
        "person",
        "proposal",
        "log_entry",
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.digest: TodayDigest | None = None
        self.heading = style.heading("")
        self.date_label = QLabel()
        style.mark_secondary(self.date_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        style.mark_error(self.error_label)
        self.error_label.hide()
        self.backup_label = QLabel()
        self.backup_label.setObjectName("todayBackupWarning")
        self.backup_label.setWordWrap(True)
        style.mark_error(self.backup_label)
        self.backup_label.hide()
        self.backup_age: int | None = None

        titles = {
            "checks": (
                QT_TRANSLATE_NOOP("TodayPage", "Person"),
                QT_TRANSLATE_NOOP("TodayPage", "Register category"),
            ),
            "appeals": (
                QT_TRANSLATE_NOOP("TodayPage", "Appeal"),
                QT_TRANSLATE_NOOP("TodayPage", "Summary"),
            ),
            "tasks": (
                QT_TRANSLATE_NOOP("TodayPage", "Task"),
                QT_TRANSLATE_NOOP("TodayPage", "From"),
            ),
            "notices": (
                QT_TRANSLATE_NOOP("TodayPage", "Wanted notice"),
                QT_TRANSLATE_NOOP("TodayPage", "From"),
            ),
            "proposals": (
                QT_TRANSLATE_NOOP("TodayPage", "Proposal"),
                QT_TRANSLATE_NOOP("TodayPage", "Raised by"),
            ),
        }
        self.sections = {kind: self._section(kind, pair) for kind, pair in titles.items()}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.date_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.backup_label)
        for section in self.sections.values():
            layout.addSpacing(style.SPACING)
            layout.addWidget(section.box, 1)
        layout.addStretch(0)
        self._layout = layout
        self.setFocusProxy(self.sections["checks"].view)
        context.bus.filter_changed.connect(lambda _inspector: self.refresh())
        self.retranslate()
        self.refresh()

    def _section(self, kind: str, titles: tuple[str, str]) -> _Section:
        box = QGroupBox()
        box.setObjectName(f"today_{kind}")
        count = QLabel()
        count.setWordWrap(True)
        view = QTableView()
        view.setObjectName(f"today_{kind}_list")
        model = RowsTableModel(_columns(kind, titles), view)
        view.setModel(model)
        # the longer words take the spare width: the category, the summary, the title
        setup_table(view, stretch=3 if kind in ("checks", "appeals") else 2)
        fit_columns(view, (24, 11, 40, 40 if kind in ("checks", "appeals") else 28, 28))
        view.setColumnHidden(4, self.context.session.device_role == "inspector")
        view.activated.connect(self._open)
        empty = QLabel()
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        style.mark_secondary(empty)
        column = QVBoxLayout(box)
        column.setSpacing(style.SPACING)
        column.addWidget(count)
        column.addWidget(view, 1)
        column.addWidget(empty)
        return _Section(kind, box, count, view, model, empty)

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Today")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.sections["checks"].box.setTitle(self.tr("Register checks"))
        self.sections["appeals"].box.setTitle(self.tr("Appeals"))
        self.sections["tasks"].box.setTitle(self.tr("Tasks"))
        self.sections["notices"].box.setTitle(self.tr("Wanted notices"))
        self.sections["proposals"].box.setTitle(self.tr("Residents' proposals"))
        names = {
            "checks": self.tr("Register checks overdue and due this week"),
            "appeals": self.tr("Appeals overdue and due within 3 working days"),
            "tasks": self.tr("Open tasks"),
            "notices": self.tr("Unread wanted notices"),
            "proposals": self.tr(
                "Proposals of residents overdue or due this week, and the report to residents"
            ),
        }
        for kind, section in self.sections.items():
            section.view.setAccessibleName(names[kind])
            section.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, section.model.columnCount() - 1
            )
        self._show()

    def refresh(self) -> None:
        from inspector_app.services.backup import backup_age_warning

        self.backup_age = backup_age_warning(self.context.session)
        try:
            self.digest = today_digest(self.context.session, inspector_of(self.context))
        except AppError as error:
            self.error_label.setText(error_words(error, self.context.lang))
            self.error_label.show()
            return
        self.error_label.hide()
        for kind, section in self.sections.items():
            section.model.set_rows(list(getattr(self.digest, kind).lines))
        self._show()

    # --- showing --------------------------------------------------------------------------
    def _show(self) -> None:
        self._show_backup_age()
        digest = self.digest
        if digest is None:
            return
        self.date_label.setText(
            self.tr("%1; this week runs to %2.")
            .replace("%1", work_text.day(digest.today))
            .replace("%2", work_text.day(digest.week_end))
        )
        for kind, section in self.sections.items():
            data: TodaySection = getattr(digest, kind)
            section.count.setText(self._count_text(kind, data))
            if data.overdue or data.term_ended:
                style.mark_error(section.count)
            else:
                style.mark_secondary(section.count)
            empty = not data.lines
            section.view.setVisible(not empty)
            section.count.setVisible(not empty)
            section.empty.setVisible(empty)
            section.empty.setText(self._empty_text(kind) if empty else "")
            # a short list takes only the height of its lines; long ones share the rest
            view = section.view
            rows = view.verticalHeader().defaultSectionSize() * len(data.lines)
            view.setMaximumHeight(
                rows + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + 2
            )
            # a long list takes the room; a short or empty one only what it needs
            long = len(data.lines) > SHORT_LIST
            self._layout.setStretchFactor(section.box, 1 if long else 0)
            section.box.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Expanding if long else QSizePolicy.Policy.Maximum,
            )
        self._layout.setStretch(self._layout.count() - 1, 0 if self._any_long() else 1)

    def _show_backup_age(self) -> None:
        age = self.backup_age
        if age is None:
            self.backup_label.hide()
            return
        if age < 0:
            text = self.tr("No backup of this database has been made yet: make one in Settings.")
        else:
            text = self.tr("The newest backup is %n day(s) old: make one in Settings.", None, age)
        self.backup_label.setText(text)
        self.backup_label.show()

    def _any_long(self) -> bool:
        digest = self.digest
        return digest is not None and any(
            len(getattr(digest, kind).lines) > SHORT_LIST for kind in self.sections
        )

    def _count_text(self, kind: str, data: TodaySection) -> str:
        if kind == "checks":
            text = self.tr("Overdue: %1. Due this week: %2.")
        elif kind == "appeals":
            text = self.tr("Overdue: %1. Due within 3 working days: %2.")
        elif kind == "tasks":
            text = self.tr("Overdue: %1. Other open tasks: %2.")
        elif kind == "proposals":
            text = self.tr("Overdue: %1. Due this week: %2.")
        else:
            text = self.tr("Not read yet: %2.")
        text = text.replace("%1", str(data.overdue)).replace("%2", str(data.soon))
        if data.term_ended:
            text += " " + self.tr("Term ended, to remove or extend: %1.").replace(
                "%1", str(data.term_ended)
            )
        if data.truncated:
            text += " " + self.tr("The first %n are shown.", None, len(data.lines))
        return text

    def _empty_text(self, kind: str) -> str:
        field = self.context.session.device_role == "inspector"
        if kind == "checks":
            return self.tr(
                "No home check is overdue or due this week. People are put on the register, "
                "and their checks recorded, on the Register page."
            )
        if kind == "appeals":
            return self.tr(
                "No appeal is overdue or due within 3 working days. To register a new appeal, "
                "open the Appeals page and press Ctrl+N."
            )
        if kind == "proposals":
            return self.tr(
                "No proposal of residents is overdue or due this week. Questions raised at "
                "meetings and receptions are tracked on the Meetings and proposals page."
            )
        if kind == "tasks":
            if field:
                return self.tr("No open tasks. Tasks from the chief arrive with sync packages.")
            return self.tr(
                "No open tasks. To give an inspector a task, open Notices and tasks and press "
                "Ctrl+T."
            )
        if field:
            return self.tr(
                "No unread wanted notices. New notices arrive with sync packages; "
                "the Notices and tasks page lists them all."
            )
        return self.tr(
            "No unread wanted notices. To write one, open Notices and tasks and press Ctrl+N."
        )

    def _open(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if isinstance(line, TodayLine):
            self.context.bus.open_record.emit(line.entity, line.record_id)
