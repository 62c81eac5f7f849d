"""The Devices tab of the Sync page: this computer's card with its fingerprint shown large (to be
read out by phone), enrolling another device from its card once the person has heard the same
fingerprint, the devices known here, and revoking a lost or stolen one (chief and HQ).

Reading a card, trusting it, writing this computer's card and revoking run on the TaskRunner;
the question whether the fingerprints match goes through the dialog service. A chief gives an
inspector's laptop a new prefix for its appeal numbers (prefix_dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_sync_devices_tab import Ui_DevicesTab
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE, Column, RowsTableModel
from inspector_app.gui.shared.work_widgets import fit_wrapped_columns, setup_table
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.tasks import Task, TaskRunner
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.sync import sync_text
from inspector_app.gui.sync.prefix_dialog import PrefixDialog
from inspector_app.messages import describe
from inspector_app.services.sync.devices import (
    DeviceLine,
    card_fingerprint,
    read_card,
    revoke_device,
    trust_card,
    write_card,
)

CONTEXT = "SyncDevices"
CARD_SUFFIX = ".json"


def _vouched(line: DeviceLine, names: dict[str, str]) -> str:
    if line.trust == "self":
        return ""
    if line.vouched_by is None:
        return QCoreApplication.translate("SyncDevices", "enrolled here")
    return QCoreApplication.translate("SyncDevices", "through %1").replace(
        "%1", names.get(line.vouched_by, line.vouched_by)
    )


def _columns(names: dict[str, str]) -> list[Column]:
    """The known devices' columns (`names`: device id -> name, kept up to date by the tab)."""
    return [
        Column(QT_TRANSLATE_NOOP("SyncDevices", "Name"), CONTEXT, lambda d: d.name),
        Column(
            QT_TRANSLATE_NOOP("SyncDevices", "Role"),
            CONTEXT,
            lambda d: sync_text.where_text(d.role, d.precinct_code, d.district_code),
        ),
        Column(
            QT_TRANSLATE_NOOP("SyncDevices", "Fingerprint"),
            CONTEXT,
            lambda d: d.fingerprint,
        ),
        Column(
            QT_TRANSLATE_NOOP("SyncDevices", "State"),
            CONTEXT,
            lambda d: sync_text.trust_text(d.trust),
            color=lambda d: sync_text.trust_color(d.trust),
        ),
        Column(
            QT_TRANSLATE_NOOP("SyncDevices", "Known"),
            CONTEXT,
            lambda d: _vouched(d, names),
        ),
    ]


def _style_fingerprint(label: QLabel) -> None:
    label.setProperty(style.VERBATIM, True)  # hex digits, read out one by one
    label.setFont(sync_text.fingerprint_font(label))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel {{ border: 1px solid {style.SECONDARY_COLOR};"
        f" border-radius: {style.GRID}px; padding: {2 * style.GRID}px; }}"
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)


class DevicesTab(QWidget):
    changed = Signal()  # a device was enrolled or revoked

    def __init__(self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.running: list[Task] = []
        self.devices: list[DeviceLine] = []
        self.names: dict[str, str] = {}
        self.card: dict[str, Any] | None = None  # the card being enrolled
        # the widgets are the Designer form ui/sync_devices_tab.ui (its words in this context)
        self.ui = ui = Ui_DevicesTab()
        ui.setupUi(self)
        self.own_box, self.enrol_box, self.known_box = ui.ownCardBox, ui.enrolBox, ui.knownBox
        self.own_name, self.card_name = ui.ownName, ui.cardName
        self.own_fingerprint_label = ui.ownFingerprintLabel
        self.card_fingerprint_label = ui.cardFingerprintLabel
        self.own_fingerprint, self.card_fingerprint = ui.ownFingerprint, ui.cardFingerprint
        self.own_hint, self.enrol_hint, self.known_empty = ui.ownHint, ui.enrolHint, ui.knownEmpty
        self.card_panel = ui.cardPanel
        self.enrol_message, self.known_message = ui.enrolMessage, ui.knownMessage
        for name in (self.own_name, self.card_name):  # a device's own name
            name.setProperty(style.VERBATIM, True)
            name.setFont(style.scaled_font(name, 1.1, bold=True))
        for label in (self.own_fingerprint_label, self.card_fingerprint_label):
            style.mark_secondary(label)
        for hint in (self.own_hint, self.enrol_hint, self.known_empty):
            style.mark_secondary(hint)
        for message in (self.enrol_message, self.known_message):  # names and the catalog's words
            message.setProperty(style.VERBATIM, True)
        _style_fingerprint(self.own_fingerprint)
        _style_fingerprint(self.card_fingerprint)
        self.save_card_button, self.enrol_button = ui.saveCardButton, ui.enrolButton
        self.save_card_button.setIcon(icon("key"))
        self.save_card_button.clicked.connect(self.save_card)
        self.enrol_button.setIcon(icon("user-plus"))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_box.setVisible(context.session.can("device.trust"))

        self.model = RowsTableModel(_columns(self.names), self)
        self.table = ui.deviceList
        self.table.setModel(self.model)
        setup_table(self.table, stretch=1)
        fit_wrapped_columns(self.table, (20, 30, 26, 16, 22))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.revoke_button = ui.revokeButton
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.setVisible(context.session.can("device.revoke"))
        self.prefix_button = ui.prefixButton
        self.prefix_button.clicked.connect(self.change_prefix)
        self.prefix_button.setVisible(context.session.can("device.prefix"))

    # --- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        if self.devices:
            self.load(self.devices)

    # --- data ---------------------------------------------------------------------------------
    def load(self, devices: list[DeviceLine]) -> None:
        self.devices = devices
        self.names.clear()  # the same dict the columns read
        self.names.update({d.device_id: d.name for d in devices})
        own = next((d for d in devices if d.trust == "self"), None)
        if own is not None:
            self.own_name.setText(sync_text.device_text(own))
            self.own_fingerprint.setText(own.fingerprint)
        others = [d for d in devices if d.trust != "self"]
        selected = self.selected()
        self.model.set_rows(others)
        if selected is not None:
            for number, line in enumerate(others):
                if line.device_id == selected.device_id:
                    self.table.selectRow(number)
        self.table.setVisible(bool(others))
        self.known_empty.setVisible(not others)
        self._selection_changed()

    def selected(self) -> DeviceLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line = rows[0].data(ROW_ROLE)
        return line if isinstance(line, DeviceLine) else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        line = self.selected()
        self.revoke_button.setEnabled(line is not None and line.trust == "trusted")
        self.prefix_button.setEnabled(
            line is not None and line.trust == "trusted" and line.role == "inspector"
        )

    # --- this computer's card -----------------------------------------------------------------
    def save_card(self) -> Task | None:
        own = next((d for d in self.devices if d.trust == "self"), None)
        suggested = f"card-{own.device_id if own else 'device'}{CARD_SUFFIX}"
        path = self.context.dialogs.save_file(
            self,
            self.tr("Save this computer's card"),
            suggested,
            self.tr("Device cards (*.json);;All files (*)"),
        )
        if path is None:
            return None
        # the file dialog asked about replacing the name it returned; a name given the
        # ending here is one nobody was asked about, so that one is never replaced
        confirmed = path.suffix.lower() == CARD_SUFFIX
        if not confirmed:
            path = path.with_name(path.name + CARD_SUFFIX)

        def saved(_fingerprint: str) -> None:
            self._say_known(self.tr("The card is saved to %1.").replace("%1", str(path)))

        return self._start(
            lambda work: write_card(work.session, path, overwrite=confirmed),
            self.tr("Saving this computer's card"),
            saved,
        )

    # --- enrolling ----------------------------------------------------------------------------
    def enrol(self) -> Task | None:
        path = self.context.dialogs.open_file(
            self,
            self.tr("Choose the other device's card"),
            self.tr("Device cards (*.json);;All files (*)"),
        )
        if path is None:
            return None
        self.enrol_message.hide()
        return self._start(
            lambda _work: read_card(path), self.tr("Reading the card"), self._card_read
        )

    def _card_read(self, card: dict[str, Any]) -> None:
        found = card_fingerprint(card)
        self.card = card
        where = sync_text.where_text(
            str(card.get("role")), card.get("precinct_code"), card.get("district_code")
        )
        self.card_name.setText(f"{card.get('name')} — {where}")
        self.card_fingerprint.setText(found)
        self.card_panel.show()
        question = (
            self.tr(
                "Call the other side and have them read out the fingerprint on their Sync page. "
                "Does the other side read out the same fingerprint?\n\n%1\n\n%2"
            )
            .replace("%1", found)
            .replace("%2", f"{card.get('name')} — {where}")
        )
        answer = self.context.dialogs.ask(self, self.tr("Compare the fingerprint"), question)
        if answer != Answer.YES:
            self._enrol_said(describe(AppError("card.not_confirmed"), self.context.lang), True)
            return
        self._start(
            lambda work: trust_card(work.session, card, expected_fingerprint=found),
            self.tr("Enrolling the device"),
            lambda _found: self._enrolled(card),
            on_failure=self._enrol_failed,
        )

    def _enrolled(self, card: dict[str, Any]) -> None:
        self._enrol_said(
            self.tr("%1 is enrolled: packages can now go to it and come from it.").replace(
                "%1", str(card.get("name"))
            ),
            False,
        )
        self.changed.emit()

    def _enrol_failed(self, error: BaseException) -> None:
        if isinstance(error, AppError):
            self._enrol_said(describe(error, self.context.lang), True)
        else:
            self.tasks.show_failure(error, self)

    def _enrol_said(self, text: str, warning: bool) -> None:
        self.enrol_message.setText(text)
        if warning:
            style.mark_error(self.enrol_message)
        else:
            self.enrol_message.setStyleSheet(f"color: {style.DONE_COLOR};")
        self.enrol_message.show()

    # --- revoking -----------------------------------------------------------------------------
    def revoke(self) -> Task | None:
        line = self.selected()
        if line is None or line.trust != "trusted":
            return None
        question = self.tr(
            "Revoke %1? Do this only for a lost or stolen computer. Its packages written after "
            "the last one imported here are refused from now on, here and, with the next "
            "package, at headquarters. It cannot be enrolled again."
        ).replace("%1", line.name)
        if self.context.dialogs.ask(self, self.tr("Revoke the device"), question) != Answer.YES:
            return None

        def revoked(after: int) -> None:
            self._say_known(
                self.tr("%1 is revoked: its packages after No. %2 are refused.")
                .replace("%1", line.name)
                .replace("%2", str(after))
            )
            self.changed.emit()

        return self._start(
            lambda work: revoke_device(work.session, line.device_id),
            self.tr("Revoking the device"),
            revoked,
        )

    # --- the prefix of a laptop's appeal numbers ------------------------------------------------
    def change_prefix(self) -> bool:
        line = self.selected()
        if line is None or line.role != "inspector" or line.trust != "trusted":
            return False
        dialog = PrefixDialog(self.context.session, self.context.lang, line, self)
        accepted = self.context.dialogs.run(dialog) == PrefixDialog.DialogCode.Accepted
        prefix = dialog.edit.text().strip()
        dialog.deleteLater()
        if accepted:
            self._say_known(
                self.tr("%1 numbers its appeals with %2 from the next package it imports.")
                .replace("%1", line.name)
                .replace("%2", prefix)
            )
            self.changed.emit()
        return accepted

    def _say_known(self, text: str) -> None:
        self.known_message.setText(text)
        self.known_message.show()

    # --- state --------------------------------------------------------------------------------
    def _start(self, job: Any, title: str, on_success: Any, on_failure: Any = None) -> Task:
        task = self.tasks.start(
            job, title=title, parent=self.window(), on_success=on_success, on_failure=on_failure
        )
        self.running.append(task)
        task.finished.connect(lambda: self.running.remove(task) if task in self.running else None)
        return task

    @property
    def busy(self) -> bool:
        return bool(self.running)
