"""Settings → Backups: when the newest backup was made, a backup now into the backups folder
beside the database, or onto a removable drive or any folder. The daily backup is made without
asking (`start_daily_backup`, when the window opens)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.destination_dialog import choose_destination
from inspector_app.gui.shared.removable import Drive, removable_drives
from inspector_app.gui.shell import style
from inspector_app.gui.shell.bus import BACKUP
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import Task, TaskRunner, Work

FOLDER_KEY = "backups/last_folder"


class BackupsPanel(QGroupBox):
    made = Signal(object)  # the Path written

    def __init__(
        self,
        context: AppContext,
        find_drives: Callable[[], list[Drive]] = removable_drives,
        parent: QGroupBox | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsGroup")
        self.context = context
        self.find_drives = find_drives
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setProperty(style.VERBATIM, True)  # a path
        style.mark_secondary(self.folder)
        self.now_button = QPushButton()
        self.now_button.setObjectName("backupNowButton")
        self.now_button.clicked.connect(lambda: self.back_up(None))
        self.elsewhere_button = QPushButton()
        self.elsewhere_button.setObjectName("backupElsewhereButton")
        self.elsewhere_button.clicked.connect(self.back_up_elsewhere)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.elsewhere_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setSpacing(style.SPACING)
        column.addWidget(self.status)
        column.addWidget(self.folder)
        column.addLayout(buttons)
        available = context.master_key is not None and context.session.can("backup.make")
        self.now_button.setEnabled(available)
        self.elsewhere_button.setEnabled(available)
        self.task: Task | None = None
        self.last_written: Path | None = None  # by this panel, shown until the window closes
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.now_button.setText(self.tr("Back up now"))
        self.elsewhere_button.setText(self.tr("Back up to a drive or folder…"))
        self.refresh()

    def refresh(self) -> None:
        from inspector_app.services.backup import default_folder, newest_backup

        session = self.context.session
        newest = newest_backup(session)
        if newest is None:
            text = self.tr("No backup has been made yet.")
        else:
            days = (datetime.now(UTC) - newest).days
            text = QCoreApplication.translate(
                "BackupsPanel", "The newest backup was made %1 (%n day(s) ago).", None, days
            ).replace("%1", work_text.moment(newest))
        if self.last_written is not None:
            text += " " + self.tr("Written: %1").replace("%1", str(self.last_written))
        self.status.setText(text)
        folder = default_folder(session.store.path)
        self.folder.setText(
            self.tr(
                "Backups are made every day into %1; the last 7 days, 4 weeks and 12 months"
                " are kept."
            ).replace("%1", str(folder))
        )

    def back_up_elsewhere(self) -> Task | None:
        folder = self._choose_folder()
        if folder is None:
            return None
        QSettings().setValue(FOLDER_KEY, str(folder))
        return self.back_up(folder)

    def back_up(self, folder: Path | None) -> Task | None:
        from inspector_app.services.backup import make_backup

        key = self.context.master_key
        if key is None or (self.task is not None and self.task.running):
            return None
        working = self.tr("Writing the backup…")

        def job(work: Work) -> Path:
            work.progress(0, 0, working)
            return make_backup(work.session, key, folder)

        runner = self.context.tasks or TaskRunner.for_context(self.context)
        self.task = runner.start(
            job, title=self.tr("Backup"), parent=self.window(), on_success=self._made
        )
        return self.task

    def _made(self, path: Path) -> None:
        self.last_written = path
        self.refresh()
        self.made.emit(path)
        self.context.bus.announce(BACKUP)

    def _choose_folder(self) -> Path | None:
        return choose_destination(
            self,
            self.context.dialogs,
            self.find_drives,
            settings_key=FOLDER_KEY,
            folder_title=self.tr("Choose the folder for the backup"),
            title=self.tr("Where to write the backup"),
            intro_text=self.tr("Write the backup onto a removable drive, or choose a folder."),
        )


def start_daily_backup(context: AppContext) -> Task | None:
    """The daily backup, quietly on the worker when the window opens: nothing is shown unless
    it fails (Today then keeps warning about the backup's age)."""
    from inspector_app.services.backup import backup_if_due

    key = context.master_key
    if key is None or not context.session.can("backup.make"):
        return None
    runner = context.tasks or TaskRunner.for_context(context)
    return runner.start(
        lambda work: backup_if_due(work.session, key),
        title=QCoreApplication.translate("BackupsPanel", "Backup"),
        show_progress=False,
        on_success=lambda made: context.bus.announce(BACKUP) if made is not None else None,
        on_failure=lambda _error: None,
    )
