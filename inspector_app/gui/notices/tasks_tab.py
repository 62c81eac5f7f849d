"""The tasks tab of the Notices and tasks page: tasks by due date (overdue in red, with the
words); an inspector takes a task (Alt+T) and reports what was done (Alt+R), which closes it;
a chief or HQ gives tasks (Ctrl+T) and reads the reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.notices.task_dialog import TaskDialog
from inspector_app.gui.notices.work_list_tab import WorkListTab
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import Column
from inspector_app.gui.shared.record_list import fill_states, show_empty
from inspector_app.gui.shared.work_widgets import (
    error_words,
    inspector_of,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.notices import (
    TaskRow,
    acknowledge_task,
    count_tasks,
    list_tasks,
    report_task,
)

CONTEXT = "TasksTab"
STATES = (
    ("open", QT_TRANSLATE_NOOP("TasksTab", "Open tasks")),
    ("done", QT_TRANSLATE_NOOP("TasksTab", "Done")),
    ("all", QT_TRANSLATE_NOOP("TasksTab", "All tasks")),
)


class TasksTab(WorkListTab[TaskRow]):
    row_type = TaskRow
    default_state = "open"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            list_name="task",
            stretch=0,
            widths=(40, 11, 22, 26, 24),
            detail_height=1200,
            parent=parent,
        )

    def _action_box(self) -> QWidget:
        session = self.context.session
        self.report_label = QLabel()
        self.report_edit = QPlainTextEdit()
        self.report_edit.setTabChangesFocus(True)
        self.report_edit.setMaximumHeight(self.report_edit.fontMetrics().height() * 4)
        self.report_label.setBuddy(self.report_edit)
        self.take_button = QPushButton()
        self.report_button = QPushButton()
        self.take_button.clicked.connect(self.take)
        self.report_button.clicked.connect(self.report)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.report_button)
        self.act_box = QWidget()
        act = QVBoxLayout(self.act_box)
        act.setContentsMargins(0, 0, 0, 0)
        act.setSpacing(style.SPACING)
        act.addWidget(self.report_label)
        act.addWidget(self.report_edit)
        act.addLayout(buttons)
        self.act_box.setVisible(session.can("notice.ack") and session.device_role == "inspector")
        return self.act_box

    def _columns(self) -> list[Column]:
        today = self.context.session.today

        return [
            Column(
                QT_TRANSLATE_NOOP("TasksTab", "Task"),
                CONTEXT,
                lambda r: r.title,
                tooltip=lambda r: r.body,
            ),
            Column(QT_TRANSLATE_NOOP("TasksTab", "Due"), CONTEXT, lambda r: work_text.day(r.due)),
            Column(
                QT_TRANSLATE_NOOP("TasksTab", "State"),
                CONTEXT,
                lambda r: work_text.task_state_text(r.state, r.status, r.due, today()),
                color=lambda r: work_text.state_color(r.state),
            ),
            Column(QT_TRANSLATE_NOOP("TasksTab", "Inspector"), CONTEXT, lambda r: r.assignee_name),
            Column(QT_TRANSLATE_NOOP("TasksTab", "From"), CONTEXT, lambda r: r.issued_by_name),
        ]

    def retranslate(self) -> None:
        self.state_label.setText(self.tr("S&how"))
        self.state_combo.setAccessibleName(self.tr("Which tasks to show"))
        fill_states(self.state_combo, STATES, CONTEXT)
        self.new_button.setText(self.tr("New ta&sk…"))
        self.new_button.setToolTip(self.tr("Give an inspector a task (Ctrl+T)"))
        self.table.setAccessibleName(self.tr("Tasks"))
        self.text.setAccessibleName(self.tr("The task chosen"))
        self.report_label.setText(self.tr("What was &done"))
        self.report_edit.setAccessibleName(self.tr("Report on the task"))
        self.take_button.setText(self.tr("&Take the task"))
        self.report_button.setText(self.tr("&Report done"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_count()
        self._selected()

    # --- the list -------------------------------------------------------------------------
    def _page(self, after: object, limit: int) -> list[TaskRow]:
        key = after if isinstance(after, tuple) else None
        return list_tasks(
            self.context.session, self.state(), inspector_of(self.context), key, limit
        )

    def _show_count(self) -> None:
        try:
            count = count_tasks(self.context.session, self.state(), inspector_of(self.context))
        except AppError as error:
            self._failed(error)
            return
        self.count_label.setText(QCoreApplication.translate("TasksTab", "Tasks: %n", None, count))
        if not show_empty(self.table, self.empty_label, count):
            return
        if self.context.session.can("notice.write"):
            self.empty_label.setText(self.tr("No tasks here. To give one, press Ctrl+T."))
        else:
            self.empty_label.setText(
                self.tr("No tasks here. Tasks arrive from the chief with sync packages.")
            )

    def _selected(self, *_args: object) -> None:
        task = self.current()
        open_task = task is not None and task.status != "done"
        self.take_button.setEnabled(open_task and task is not None and not task.acknowledged_at)
        self.report_button.setEnabled(open_task)
        self.report_edit.setEnabled(open_task)
        if task is None:
            self.text.setText(self.tr("Choose a task to read it."))
            return
        today = self.context.session.today()
        lines = [task.title]
        if task.body:
            lines.append(task.body)
        lines.append("")
        lines.append(
            self.tr("From %1 to %2.")
            .replace("%1", task.issued_by_name or work_text.DASH)
            .replace("%2", task.assignee_name or work_text.DASH)
        )
        if task.due:
            lines.append(
                self.tr("Due by %1: %2.")
                .replace("%1", work_text.day(task.due))
                .replace("%2", work_text.task_state_text(task.state, task.status, task.due, today))
            )
        if task.acknowledged_at:
            lines.append(self.tr("Taken %1.").replace("%1", work_text.moment(task.acknowledged_at)))
        if task.status == "done":
            lines.append(
                self.tr("Done %1: %2")
                .replace("%1", work_text.moment(task.done_at))
                .replace("%2", task.report or "")
            )
        self.text.setText("\n".join(lines))

    # --- actions --------------------------------------------------------------------------
    def take(self) -> None:
        task = self.current()
        if task is None:
            return
        try:
            acknowledge_task(self.context.session, task.id)
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self.message.hide()
        self.context.bus.announce("task")

    def report(self) -> None:
        task = self.current()
        if task is None:
            return
        text = self.report_edit.toPlainText()
        if not text.strip():
            show_reason(self.message, self.tr("Write what was done, then report."))
            self.report_edit.setFocus()
            return
        try:
            report_task(self.context.session, task.id, text)
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self.report_edit.clear()
        self.message.hide()
        self.context.bus.announce("task")

    def new_record(self) -> None:
        self.new_task()

    def new_task(self) -> None:
        if not self.context.session.can("notice.write"):
            return
        dialog = TaskDialog(
            self.context.session, self.context.lang, inspector_of(self.context), self
        )
        accepted = self.context.dialogs.run(dialog) == TaskDialog.DialogCode.Accepted
        saved = dialog.saved_id
        dialog.deleteLater()
        if accepted and saved is not None:
            self.context.bus.announce("task")
            self.show_record(saved)

    def has_input(self) -> bool:
        return bool(self.report_edit.toPlainText().strip())
