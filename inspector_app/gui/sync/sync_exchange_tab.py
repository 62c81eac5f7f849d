"""The Packages tab of the Sync page: write a package for a device (removable drives offered
first), read packages chosen in the file dialog or dropped on the page, and a line in plain
words for each file written or read, newest first.

Every export and import runs on the window's TaskRunner, one file per job: a package is read
whole inside one transaction, so the GUI thread never waits on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shared.destination_dialog import choose_destination
from inspector_app.gui.shared.removable import Drive, removable_drives
from inspector_app.gui.shared.work_widgets import add_data_item
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.tasks import Task, TaskRunner, Work
from inspector_app.gui.sync import sync_text
from inspector_app.services.sync.devices import DeviceLine
from inspector_app.services.sync.export import SUFFIX, ExportResult, export_package
from inspector_app.services.sync.importing import ImportOutcome, import_package
from inspector_app.services.sync.status import SyncStatus

FOLDER_KEY = "sync/folder"  # where the last package was written (QSettings)
STATE_COLORS = {
    "done": style.DONE_COLOR,
    "neutral": style.SECONDARY_COLOR,
    "error": style.ERROR_COLOR,
}
STATE_ICONS = {"done": "package", "neutral": "package", "error": "alert"}
MAX_LINES = 200  # result lines kept on the tab


def package_files(paths: list[Path]) -> list[Path]:
    """The sync packages among files dropped on the page."""
    return [p for p in paths if p.suffix.lower() == SUFFIX]


class ExchangeTab(QWidget):
    exported = Signal(object)  # ExportResult
    imported = Signal(object)  # ImportOutcome

    def __init__(self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.find_drives: Callable[[], list[Drive]] = removable_drives  # tests replace it
        self.running: list[Task] = []
        self.export_task: Task | None = None
        self.names: dict[str, str] = {}  # device id -> name, for result lines
        session = context.session

        # --- writing ------------------------------------------------------------------------
        self.send_box = QGroupBox()
        self.send_box.setObjectName("sendBox")
        self.recipient_label, self.recipient_combo = QLabel(), QComboBox()
        self.recipient_combo.setObjectName("recipientCombo")
        self.recipient_label.setBuddy(self.recipient_combo)
        self.recipient_combo.setMinimumWidth(80 * style.GRID)
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeButton")
        self.write_button.setIcon(icon("package"))
        self.write_button.setEnabled(session.can("sync.export"))
        self.write_button.clicked.connect(self.write_package)
        self.send_hint = self._paragraph(secondary=True)
        self.pending_label = self._paragraph()
        self.pending_label.setObjectName("pendingLabel")
        self.no_recipient = self._paragraph()
        self.no_recipient.setObjectName("noRecipient")
        style.mark_warning(self.no_recipient)
        to_row = QHBoxLayout()
        to_row.setSpacing(style.SPACING)
        to_row.addWidget(self.recipient_label)
        to_row.addWidget(self.recipient_combo, 1)
        to_row.addWidget(self.write_button)
        send = QVBoxLayout(self.send_box)
        send.setSpacing(style.SPACING)
        send.addLayout(to_row)
        send.addWidget(self.no_recipient)
        send.addWidget(self.pending_label)
        send.addWidget(self.send_hint)

        # --- reading ------------------------------------------------------------------------
        self.receive_box = QGroupBox()
        self.receive_box.setObjectName("receiveBox")
        self.read_button = QPushButton()
        self.read_button.setObjectName("readButton")
        self.read_button.setIcon(icon("sync"))
        self.read_button.setEnabled(session.can("sync.import"))
        self.read_button.clicked.connect(self.read_packages)
        self.drop_label = QLabel()
        self.drop_label.setObjectName("dropZone")
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setWordWrap(True)
        self.drop_label.setMinimumHeight(16 * style.GRID)
        self.drop_label.setFrameShape(QFrame.Shape.NoFrame)
        self._drop_style(False)
        self.receive_hint = self._paragraph(secondary=True)
        read_row = QHBoxLayout()
        read_row.setSpacing(style.GROUP_SPACING)
        read_row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        read_row.addWidget(self.drop_label, 1)
        receive = QVBoxLayout(self.receive_box)
        receive.setSpacing(style.SPACING)
        receive.addLayout(read_row)
        receive.addWidget(self.receive_hint)

        # --- what happened ------------------------------------------------------------------
        self.results_label = QLabel()
        self.results_label.setFont(style.scaled_font(self.results_label, 1.0, bold=True))
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyLabel")
        style.mark_secondary(self.busy_label)
        self.busy_label.hide()
        self.results = QListWidget()
        self.results.setObjectName("syncResults")
        self.results.setWordWrap(True)
        self.results.setIconSize(QSize(5 * style.GRID, 5 * style.GRID))
        self.results.setSpacing(style.GRID // 2)
        self.results.setMinimumHeight(30 * style.GRID)
        self.results_empty = self._paragraph(secondary=True)
        results_head = QHBoxLayout()
        results_head.setSpacing(style.SPACING)
        results_head.addWidget(self.results_label)
        results_head.addWidget(self.busy_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.SPACING,) * 4)
        layout.setSpacing(style.GROUP_SPACING)
        layout.addWidget(self.send_box)
        layout.addWidget(self.receive_box)
        column = QVBoxLayout()
        column.setSpacing(style.SPACING)
        column.addLayout(results_head)
        column.addWidget(self.results_empty)
        column.addWidget(self.results, 1)
        layout.addLayout(column, 1)

    @staticmethod
    def _paragraph(*, secondary: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if secondary:
            style.mark_secondary(label)
        return label

    def _drop_style(self, hovering: bool) -> None:
        border = style.DONE_COLOR if hovering else style.SECONDARY_COLOR
        self.drop_label.setStyleSheet(
            f"QLabel#dropZone {{ border: 2px dashed {border}; border-radius: {2 * style.GRID}px;"
            f" padding: {2 * style.GRID}px; color: {style.SECONDARY_COLOR}; }}"
        )

    def show_drop_target(self, hovering: bool) -> None:
        self._drop_style(hovering)

    # --- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        role = self.context.session.device_role
        self.send_box.setTitle(self.tr("Send"))
        self.receive_box.setTitle(self.tr("Receive"))
        self.recipient_label.setText(self.tr("&To:"))
        self.recipient_combo.setAccessibleName(self.tr("The device the package is for"))
        self.write_button.setText(self.tr("&Write package…"))
        self.write_button.setToolTip(
            self.tr("Choose a USB stick or a folder and write the package there")
        )
        self.read_button.setText(self.tr("&Read packages…"))
        self.read_button.setToolTip(self.tr("Choose one or more package files to import"))
        self.drop_label.setText(self.tr("…or drop package files (.iapkg) here"))
        if role == "inspector":
            hint = self.tr(
                "Everything changed on this computer that the chief has not confirmed yet goes "
                "into one file, encrypted for the chief. Take it to the district station on a "
                "USB stick or send it by e-mail."
            )
        elif role == "chief":
            hint = self.tr(
                "A package for an inspector carries notices, tasks and the confirmation of what "
                "the station received; the package for headquarters carries the district's data."
            )
        else:
            hint = self.tr(
                "A package for a district carries reference data, notices and the confirmation "
                "of what headquarters received."
            )
        self.send_hint.setText(hint)
        self.no_recipient.setText(
            self.tr(
                "No device to send to is enrolled yet. Enrol the other side's card on the "
                "Devices tab first."
            )
        )
        self.receive_hint.setText(
            self.tr(
                "Each file is checked whole before anything changes: a damaged package, or one "
                "meant for another computer, changes nothing. Reading a package twice changes "
                "nothing either."
            )
        )
        self.results_label.setText(self.tr("Packages written and read"))
        self.results.setAccessibleName(self.tr("Packages written and read"))
        self.results_empty.setText(
            self.tr("Nothing written or read yet while this window is open.")
        )
        self._show_busy()

    # --- data ---------------------------------------------------------------------------------
    def load(self, devices: list[DeviceLine], status: SyncStatus | None) -> None:
        """Show the devices a package may go to and what waits to go out."""
        self.names = {d.device_id: d.name for d in devices}
        chosen = self.recipient_combo.currentData()
        self.recipient_combo.clear()
        recipients = sorted(
            (d for d in devices if d.trust == "trusted" and d.vouched_by is None),
            key=lambda d: (_ROLE_ORDER.get(d.role, 9), d.name.casefold(), d.device_id),
        )
        for device in recipients:
            add_data_item(self.recipient_combo, sync_text.device_text(device), device.device_id)
        found = self.recipient_combo.findData(chosen) if chosen else -1
        if found < 0 and recipients:
            found = self._default_index(recipients)
        self.recipient_combo.setCurrentIndex(found)
        has_recipient = bool(recipients)
        self.no_recipient.setVisible(not has_recipient)
        self.recipient_combo.setEnabled(has_recipient)
        self._update_buttons()
        if status is None:
            self.pending_label.hide()
            return
        self.pending_label.setVisible(True)
        if status.unsealed_changes:
            self.pending_label.setText(
                QCoreApplication.translate(
                    "ExchangeTab",
                    "%n change(s) made on this computer go out with the next package.",
                    None,
                    status.unsealed_changes,
                )
            )
        else:
            self.pending_label.setText(
                self.tr("Every change made on this computer has been put into a package.")
            )

    def _default_index(self, recipients: list[DeviceLine]) -> int:
        """Up the chain by default: an inspector's chief, a chief's HQ."""
        above = {"inspector": "chief", "chief": "hq"}.get(self.context.session.device_role)
        for number, device in enumerate(recipients):
            if device.role == above:
                return number
        return 0

    # --- writing ------------------------------------------------------------------------------
    def write_package(self) -> Task | None:
        recipient = self.recipient_combo.currentData()
        if self.exporting or not recipient:
            return None
        folder = self._choose_folder()
        if folder is None:
            return None
        QSettings().setValue(FOLDER_KEY, str(folder))
        working = self.tr("Sealing the changes and writing the package…")

        def job(work: Work) -> ExportResult:
            work.progress(0, 0, working)
            return export_package(work.session, folder, str(recipient))

        self.export_task = self._start(job, self.tr("Writing the package"), self._exported)
        self._update_buttons()
        return self.export_task

    def _choose_folder(self) -> Path | None:
        return choose_destination(
            self,
            self.context.dialogs,
            self.find_drives,
            settings_key=FOLDER_KEY,
            folder_title=self.tr("Choose the folder for the package"),
        )

    def _exported(self, result: ExportResult) -> None:
        name = self.names.get(result.recipient, result.recipient)
        text = QCoreApplication.translate(
            "ExchangeTab",
            "Package %1 for %2 is written to %3. It holds %n change(s).",
            None,
            result.changes,
        )
        text = text.replace("%1", str(result.seq)).replace("%2", name)
        self.add_line(text.replace("%3", str(result.path)), "done")
        self.exported.emit(result)

    # --- reading ------------------------------------------------------------------------------
    def read_packages(self) -> list[Task]:
        paths = self.context.dialogs.open_files(
            self,
            self.tr("Read sync packages"),
            self.tr("Sync packages (*.iapkg);;All files (*)"),
        )
        return self.import_files(paths)

    def import_files(self, paths: list[Path]) -> list[Task]:
        """Import each file on its own, one after another on the worker."""
        if not self.context.session.can("sync.import"):
            return []
        started = []
        for path in paths:
            working = self.tr("Checking and reading %1…").replace("%1", path.name)

            def job(work: Work, path: Path = path, working: str = working) -> ImportOutcome:
                work.progress(0, 0, working)
                return import_package(work.session, path)

            started.append(
                self._start(job, self.tr("Reading %1").replace("%1", path.name), self._imported)
            )
        return started

    def _imported(self, outcome: ImportOutcome) -> None:
        sender = self.names.get(outcome.sender or "", outcome.sender or "?")
        text = sync_text.outcome_text(outcome, sender, self.context.lang)
        self.add_line(text, sync_text.outcome_state(outcome))
        self.imported.emit(outcome)

    # --- result lines -------------------------------------------------------------------------
    def add_line(self, text: str, state: str) -> None:
        item = QListWidgetItem(icon(STATE_ICONS[state], STATE_COLORS[state]), text)
        item.setForeground(QBrush(QColor(STATE_COLORS[state])))
        item.setData(style.VERBATIM_ROLE, True)  # file names and the catalog's words
        item.setData(Qt.ItemDataRole.UserRole, state)
        item.setToolTip(text)
        self.results.insertItem(0, item)
        while self.results.count() > MAX_LINES:
            self.results.takeItem(self.results.count() - 1)
        self.results_empty.hide()

    def lines(self) -> list[str]:
        """The result lines, newest first."""
        return [self.results.item(row).text() for row in range(self.results.count())]

    # --- state --------------------------------------------------------------------------------
    def _start(self, job: Any, title: str, on_success: Any) -> Task:
        task = self.tasks.start(job, title=title, parent=self.window(), on_success=on_success)
        self.running.append(task)
        task.finished.connect(lambda: self._finished(task))
        self._show_busy()
        return task

    def _finished(self, task: Task) -> None:
        if task in self.running:
            self.running.remove(task)
        if task is self.export_task:
            self.export_task = None
        self._update_buttons()
        self._show_busy()

    @property
    def busy(self) -> bool:
        return bool(self.running)

    @property
    def exporting(self) -> bool:
        return self.export_task is not None

    def _update_buttons(self) -> None:
        can_write = self.context.session.can("sync.export")
        has_recipient = self.recipient_combo.currentIndex() >= 0
        self.write_button.setEnabled(can_write and has_recipient and not self.exporting)

    def _show_busy(self) -> None:
        if not self.running:
            self.busy_label.hide()
            return
        self.busy_label.setText(
            QCoreApplication.translate(
                "ExchangeTab", "Working: %n file(s) to go…", None, len(self.running)
            )
        )
        self.busy_label.show()


_ROLE_ORDER = {"hq": 0, "chief": 1, "inspector": 2}
