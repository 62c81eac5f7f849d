"""Notices and tasks: wanted notices and tasks sent down from the chief or HQ. An inspector
reads and acknowledges notices, takes tasks and reports on them; a chief or HQ writes both for
the inspectors (Ctrl+N a notice, Ctrl+T a task). Ctrl+Tab goes from one tab to the other."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from inspector_app.gui.notices.notices_tab import NoticesTab
from inspector_app.gui.notices.tasks_tab import TasksTab
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.work_widgets import shortcut
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP


class NoticesPage(Page):
    page_id = "notices"
    watches = ("notice", "notice_ack", "task", "user", "precinct")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = style.heading("")
        self.notices = NoticesTab(context)
        self.tasks = TasksTab(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("noticeTabs")
        self.tabs.addTab(self.notices, "")
        self.tabs.addTab(self.tasks, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        shortcut(self, "Ctrl+N", self._new_notice, QT_TRANSLATE_NOOP("Shortcuts", "New notice"))
        shortcut(self, "Ctrl+T", self._new_task, QT_TRANSLATE_NOOP("Shortcuts", "New task"))
        context.bus.filter_changed.connect(lambda _inspector: self.refresh())
        self.setFocusProxy(self.tabs)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Notices and tasks")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, self.tr("Wanted n&otices"))
        self.tabs.setTabText(1, self.tr("Tas&ks"))
        self.tabs.setAccessibleName(self.tr("Wanted notices and tasks"))
        self.notices.retranslate()
        self.tasks.retranslate()

    def refresh(self) -> None:
        self.notices.reload()
        self.tasks.reload()

    def has_unsaved_input(self) -> bool:
        return self.tasks.has_input() or bool(self.notices.report_edit.text().strip())

    def save_input(self) -> bool:
        """Send what was typed: the report on the task chosen, the answer to the notice."""
        if self.tasks.has_input():
            self.tasks.report()
            if self.tasks.has_input():
                return False
        if self.notices.report_edit.text().strip():
            self.notices.acknowledge()
            return not self.notices.report_edit.text().strip()
        return True

    def show_record(self, entity: str, record_id: str) -> bool:
        """Select a notice or a task (Today asks for one) on its tab."""
        if entity == "notice":
            self.tabs.setCurrentWidget(self.notices)
            return self.notices.show_record(record_id)
        if entity == "task":
            self.tabs.setCurrentWidget(self.tasks)
            return self.tasks.show_record(record_id)
        return False

    def _new_notice(self) -> None:
        self.tabs.setCurrentWidget(self.notices)
        self.notices.new_notice()

    def _new_task(self) -> None:
        self.tabs.setCurrentWidget(self.tasks)
        self.tasks.new_task()
