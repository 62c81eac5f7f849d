"""The Devices tab of the Sync page: this computer's card with its fingerprint shown large (to be
read out by phone), enrolling another device from its card once the person has heard the same
fingerprint, the devices known here, and revoking a lost or stolen one (chief and HQ).

Reading a card, trusting it, writing this computer's card and revoking run on the TaskRunner;
the question whether the fingerprints match goes through the dialog service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE, Column, RowsTableModel
from inspector_app.gui.shared.work_widgets import fit_wrapped_columns, setup_table
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.tasks import Task, TaskRunner
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.sync import sync_text
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
        session = context.session

        # --- this computer --------------------------------------------------------------------
        self.own_box = QGroupBox()
        self.own_box.setObjectName("ownCardBox")
        self.own_name = QLabel()
        self.own_name.setObjectName("ownName")
        self.own_name.setProperty(style.VERBATIM, True)  # the device's own name
        self.own_name.setFont(style.scaled_font(self.own_name, 1.1, bold=True))
        self.own_name.setWordWrap(True)
        self.own_fingerprint_label = QLabel()
        style.mark_secondary(self.own_fingerprint_label)
        self.own_fingerprint = self._fingerprint_label("ownFingerprint")
        self.save_card_button = QPushButton()
        self.save_card_button.setObjectName("saveCardButton")
        self.save_card_button.setIcon(icon("key"))
        self.save_card_button.clicked.connect(self.save_card)
        self.own_hint = self._paragraph(secondary=True)
        own = QVBoxLayout(self.own_box)
        own.setSpacing(style.SPACING)
        own.addWidget(self.own_name)
        own.addWidget(self.own_fingerprint_label)
        own.addWidget(self.own_fingerprint)
        own_row = QHBoxLayout()
        own_row.addWidget(self.save_card_button)
        own_row.addStretch(1)
        own.addLayout(own_row)
        own.addWidget(self.own_hint)
        own.addStretch(1)

        # --- enrolling ------------------------------------------------------------------------
        self.enrol_box = QGroupBox()
        self.enrol_box.setObjectName("enrolBox")
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setIcon(icon("user-plus"))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_hint = self._paragraph(secondary=True)
        self.card_name = QLabel()
        self.card_name.setObjectName("cardName")
        self.card_name.setProperty(style.VERBATIM, True)
        self.card_name.setFont(style.scaled_font(self.card_name, 1.1, bold=True))
        self.card_name.setWordWrap(True)
        self.card_fingerprint_label = QLabel()
        style.mark_secondary(self.card_fingerprint_label)
        self.card_fingerprint = self._fingerprint_label("cardFingerprint")
        self.card_panel = QWidget()
        panel = QVBoxLayout(self.card_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(style.SPACING)
        panel.addWidget(self.card_name)
        panel.addWidget(self.card_fingerprint_label)
        panel.addWidget(self.card_fingerprint)
        self.card_panel.hide()
        self.enrol_message = self._paragraph()
        self.enrol_message.setObjectName("enrolMessage")
        self.enrol_message.setProperty(style.VERBATIM, True)  # names and the catalog's words
        self.enrol_message.hide()
        enrol = QVBoxLayout(self.enrol_box)
        enrol.setSpacing(style.SPACING)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addStretch(1)
        enrol.addLayout(enrol_row)
        enrol.addWidget(self.enrol_hint)
        enrol.addWidget(self.card_panel)
        enrol.addWidget(self.enrol_message)
        enrol.addStretch(1)  # top-aligned beside a taller box
        self.enrol_box.setVisible(session.can("device.trust"))

        # --- known devices --------------------------------------------------------------------
        self.known_box = QGroupBox()
        self.known_box.setObjectName("knownBox")
        self.model = RowsTableModel(
            [
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
                    lambda d: _vouched(d, self.names),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("deviceList")
        self.table.setModel(self.model)
        setup_table(self.table, stretch=1)
        fit_wrapped_columns(self.table, (20, 30, 26, 16, 22))
        self.table.setMinimumHeight(36 * style.GRID)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.setVisible(session.can("device.revoke"))
        self.revoke_button.setEnabled(False)
        self.known_empty = self._paragraph(secondary=True)
        self.known_message = self._paragraph()
        self.known_message.setObjectName("knownMessage")
        self.known_message.setProperty(style.VERBATIM, True)
        self.known_message.hide()
        known = QVBoxLayout(self.known_box)
        known.setSpacing(style.SPACING)
        known.addWidget(self.table, 1)
        known.addWidget(self.known_empty)
        known_row = QHBoxLayout()
        known_row.setSpacing(style.SPACING)
        known_row.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        known_row.addWidget(self.known_message, 1)
        known.addLayout(known_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.SPACING,) * 4)
        layout.setSpacing(style.GROUP_SPACING)
        top = QHBoxLayout()
        top.setSpacing(style.GROUP_SPACING)
        top.addWidget(self.own_box, 1)
        top.addWidget(self.enrol_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.known_box, 1)

    def _fingerprint_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setProperty(style.VERBATIM, True)  # hex digits, read out one by one
        label.setFont(sync_text.fingerprint_font(label))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(
            f"QLabel {{ border: 1px solid {style.SECONDARY_COLOR};"
            f" border-radius: {style.GRID}px; padding: {2 * style.GRID}px; }}"
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @staticmethod
    def _paragraph(*, secondary: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if secondary:
            style.mark_secondary(label)
        return label

    # --- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.own_box.setTitle(self.tr("This computer"))
        self.own_fingerprint_label.setText(self.tr("Fingerprint of this computer:"))
        self.own_fingerprint.setAccessibleName(self.tr("Fingerprint of this computer"))
        self.save_card_button.setText(self.tr("&Save this computer's card…"))
        self.own_hint.setText(
            self.tr(
                "Give the card file to the other side (on a USB stick or by e-mail), then read "
                "this fingerprint out to them by phone, group by group. They enrol this computer "
                "only if the fingerprint on their screen is the same."
            )
        )
        self.enrol_box.setTitle(self.tr("Enrol a device"))
        self.enrol_button.setText(self.tr("&Enrol a device…"))
        self.enrol_hint.setText(
            self.tr(
                "Choose the card file of the other computer. Its fingerprint is shown here: "
                "call the other side and have them read theirs out. Enrol only if every "
                "character is the same."
            )
        )
        self.card_fingerprint_label.setText(self.tr("Fingerprint on the card:"))
        self.card_fingerprint.setAccessibleName(self.tr("Fingerprint on the card"))
        self.known_box.setTitle(self.tr("Known devices"))
        self.table.setAccessibleName(self.tr("Known devices"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setToolTip(
            self.tr("Withdraw trust from a lost or stolen computer: its later packages are refused")
        )
        self.known_empty.setText(
            self.tr(
                "No other device is known yet. Enrol the other side's card with "
                "“Enrol a device…”; an inspector's laptop needs the chief's card, the chief "
                "each inspector's."
            )
        )
        if self.devices:
            self.load(self.devices)

    # --- data ---------------------------------------------------------------------------------
    def load(self, devices: list[DeviceLine]) -> None:
        self.devices = devices
        self.names = {d.device_id: d.name for d in devices}
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
