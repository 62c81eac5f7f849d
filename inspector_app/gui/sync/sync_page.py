"""Sync: packages that carry the data between the inspectors' laptops, the district station and
headquarters (DESIGN.md section 4), on four tabs:

- Packages: write a package for a device (removable drives offered first), read packages from
  the file dialog or dropped anywhere on the page, a line in plain words per file;
- History: per device, what came in and went out, gaps, what is not confirmed, a rewritten
  history, days since the last contact;
- Devices: this computer's card and fingerprint, enrolling a device, revoking one;
- Conflicts (a chief's and an inspector's): the same field changed on two devices, both values
  side by side, one click to keep either.

Exports and imports run on the window's TaskRunner. After an import the page announces every
kind of record on the bus, so the other pages show what came in; "sync" tells the pages that
show where the exchange stands (this one, District) to read it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.work_widgets import error_words, show_reason
from inspector_app.gui.shell import preferences, style
from inspector_app.gui.shell.bus import CONFLICT, SYNC
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import TaskRunner
from inspector_app.gui.sync.sync_conflicts_tab import ConflictsTab
from inspector_app.gui.sync.sync_devices_tab import DevicesTab
from inspector_app.gui.sync.sync_exchange_tab import ExchangeTab, package_files
from inspector_app.gui.sync.sync_history_tab import HistoryTab
from inspector_app.services.sync.devices import list_devices
from inspector_app.services.sync.export import ExportResult
from inspector_app.services.sync.importing import ImportOutcome
from inspector_app.services.sync.status import sync_status


def _scrolled(widget: QWidget) -> QScrollArea:
    """A tab whose content may grow past the window: it scrolls rather than squeezes."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class SyncPage(Page):
    page_id = "sync"
    watches = (SYNC,)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tasks = context.tasks or TaskRunner.for_context(context, self)
        self.heading = style.heading("")
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.exchange = ExchangeTab(context, self.tasks)
        self.exchange.exported.connect(self._exported)
        self.exchange.imported.connect(self._imported)
        self.history = HistoryTab()
        self.devices = DevicesTab(context, self.tasks)
        self.devices.changed.connect(lambda: self.context.bus.announce("device", SYNC))
        self.conflicts: ConflictsTab | None = None
        if context.session.can("conflict.resolve"):  # a chief's and an inspector's
            self.conflicts = ConflictsTab(context, self.tasks)
            self.conflicts.resolved.connect(
                lambda entity: self.context.bus.announce(entity, CONFLICT, SYNC)
            )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(_scrolled(self.exchange), "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(_scrolled(self.devices), "")
        if self.conflicts is not None:
            self.tabs.addTab(self.conflicts, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(context.session.can("sync.import"))
        context.bus.preference_changed.connect(self._preference_changed)
        self.setFocusProxy(self.tabs)
        self.retranslate()

    # --- the Page contract --------------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate("Pages", "Sync")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, self.tr("&Packages"))
        self.tabs.setTabText(1, self.tr("&History"))
        self.tabs.setTabText(2, self.tr("&Devices"))
        if self.conflicts is not None:
            self.tabs.setTabText(3, self.tr("&Conflicts"))
            self.conflicts.retranslate()
        self.tabs.setAccessibleName(self.tr("Sync"))
        self.exchange.retranslate()
        self.history.retranslate()
        self.devices.retranslate()
        self.refresh()

    def refresh(self) -> None:
        session = self.context.session
        try:
            devices = list_devices(session)
            status = sync_status(session)
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self.message.hide()
        self.exchange.load(devices, status)
        self.history.load(status)
        self.devices.load(devices)
        if self.conflicts is not None:
            self.conflicts.reload()
            self._show_conflict_count()

    def _show_conflict_count(self) -> None:
        if self.conflicts is None:
            return
        count = self.conflicts.count()
        text = self.tr("&Conflicts")
        if count:
            text = QCoreApplication.translate("SyncPage", "&Conflicts (%n)", None, count)
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), text)

    def _preference_changed(self, key: str) -> None:
        if key == preferences.CONTACT_DAYS:  # the days after which a contact is late
            self.refresh()

    # --- after the work -----------------------------------------------------------------------
    def _exported(self, _result: ExportResult) -> None:
        self.context.bus.announce(SYNC)

    def _imported(self, outcome: ImportOutcome) -> None:
        if outcome.status != "imported":
            return
        from inspector_app.domain.model import ENTITIES

        # the package may hold any kind of record: every page showing one reads it again
        self.context.bus.announce(*ENTITIES, CONFLICT, SYNC)

    # --- drag and drop ------------------------------------------------------------------------
    @staticmethod
    def _dropped(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return package_files([Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped(event):
            event.acceptProposedAction()
            self.exchange.show_drop_target(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt's name
        self.exchange.show_drop_target(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.exchange.show_drop_target(False)
        paths = self._dropped(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(0)  # where the result lines appear
        self.exchange.import_files(paths)
