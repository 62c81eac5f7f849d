"""The History tab of the Sync page: per device this one exchanges packages with, what came in
(the last package and when, the numbers missing), what went out and what the other side has not
confirmed yet, whether its journal still extends what it sent before, and the days since the
last package came in (red past the limit of the District page: words say the same)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import Column, RowsTableModel, TableMemory
from inspector_app.gui.shared.work_widgets import fit_wrapped_columns, setup_table
from inspector_app.gui.shell import preferences, style
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.sync import sync_text
from inspector_app.services.sync.status import PeerStatus, SyncStatus

CONTEXT = "SyncHistory"
JOURNAL_COLUMN = 5
CONTACT_COLUMN = 6
COLUMN_CHARS = (27, 21, 10, 10, 20, 15, 16)  # the journal column holds «восстановлен»


def received_at(row: PeerStatus) -> datetime | None:
    if not row.last_received_at:
        return None
    return datetime.fromisoformat(row.last_received_at.replace("Z", "+00:00"))


def last_received_text(row: PeerStatus) -> str:
    if row.last_received_seq is None:
        return QCoreApplication.translate("SyncHistory", "none yet")
    return (
        QCoreApplication.translate("SyncHistory", "No. %1, %2")
        .replace("%1", str(row.last_received_seq))
        .replace("%2", work_text.moment(received_at(row)))
    )


def gaps_text(row: PeerStatus) -> str:
    if not row.gaps:
        return work_text.DASH
    return QCoreApplication.translate("SyncHistory", "missing: %1").replace(
        "%1", sync_text.numbers_text(row.gaps)
    )


def sent_text(row: PeerStatus) -> str:
    if row.last_sent_seq is None:
        return QCoreApplication.translate("SyncHistory", "none yet")
    return QCoreApplication.translate("SyncHistory", "No. %1").replace("%1", str(row.last_sent_seq))


def unconfirmed_text(row: PeerStatus) -> str:
    if row.unconfirmed_batches:
        return QCoreApplication.translate(
            "SyncHistory", "%n batch(es) of changes", None, row.unconfirmed_batches
        )
    if row.unconfirmed_changes:
        return QCoreApplication.translate(
            "SyncHistory", "%n change(s)", None, row.unconfirmed_changes
        )
    if row.sent:
        return QCoreApplication.translate("SyncHistory", "all confirmed")
    return work_text.DASH


def journal_text(row: PeerStatus) -> str:
    if row.history_rewritten is None:
        return QCoreApplication.translate("SyncHistory", "in order")
    if row.history_rewritten.get("restored"):
        return QCoreApplication.translate("SyncHistory", "restored")
    return QCoreApplication.translate("SyncHistory", "rewritten")


def journal_tip(row: PeerStatus) -> str | None:
    if row.history_rewritten is None:
        return None
    if row.history_rewritten.get("restored"):
        return (
            QCoreApplication.translate(
                "SyncHistory",
                "Restored from a backup: journal entries %1 to %2 of this device are lost. "
                "What it had sent before is kept here and goes back to it.",
            )
            .replace("%1", str(row.history_rewritten.get("lost_from")))
            .replace("%2", str(row.history_rewritten.get("lost_to")))
        )
    since = row.history_rewritten.get("since_package")
    seen = row.history_rewritten.get("seen_in_package")
    return (
        QCoreApplication.translate(
            "SyncHistory",
            "The journal in package %2 no longer extends what package %1 showed: records "
            "of this device may have been changed behind the application's back. Report it.",
        )
        .replace("%1", str(since))
        .replace("%2", str(seen))
    )


def device_text(row: PeerStatus) -> str:
    """The device's name and place (the role in a tooltip); "revoked" when it is."""
    text = f"{row.name} ({sync_text.short_place(row.role, row.precinct_code)})"
    if row.trust == "revoked":
        text += f" ({sync_text.trust_text(row.trust)})"
    return text


class HistoryModel(RowsTableModel):
    """The rows of sync_status, with the warning icon beside "History rewritten"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Device"),
                    CONTEXT,
                    device_text,
                    tooltip=lambda r: sync_text.where_text(r.role, r.precinct_code, None),
                    color=lambda r: sync_text.trust_color(r.trust),
                ),
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Last received"),
                    CONTEXT,
                    last_received_text,
                    tooltip=lambda r: QCoreApplication.translate(
                        "SyncHistory", "%n package(s) received in all", None, r.received
                    ),
                    color=lambda r: style.SECONDARY_COLOR if r.last_received_seq is None else None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Gaps"),
                    CONTEXT,
                    gaps_text,
                    color=lambda r: style.ERROR_COLOR if r.gaps else None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Last sent"),
                    CONTEXT,
                    sent_text,
                    tooltip=lambda r: QCoreApplication.translate(
                        "SyncHistory", "%n package(s) written in all", None, r.sent
                    ),
                    color=lambda r: style.SECONDARY_COLOR if r.last_sent_seq is None else None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Not confirmed yet"),
                    CONTEXT,
                    unconfirmed_text,
                    color=lambda r: (
                        style.WARNING_COLOR
                        if r.unconfirmed_batches or r.unconfirmed_changes
                        else None
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Journal"),
                    CONTEXT,
                    journal_text,
                    tooltip=journal_tip,
                    color=lambda r: style.ERROR_COLOR if r.history_rewritten else None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("SyncHistory", "Last contact"),
                    CONTEXT,
                    lambda r: sync_text.contact_text(r.days_since_contact),
                    color=lambda r: (
                        style.ERROR_COLOR
                        if sync_text.contact_late(r.days_since_contact, self.limit)
                        else None
                    ),
                ),
            ],
            parent,
        )
        self.limit = preferences.contact_days()  # read when a cell is drawn
        self.alert = icon("alert", style.ERROR_COLOR)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
        ):
            row = self.row(index.row())
            if (index.column() == JOURNAL_COLUMN and row.history_rewritten is not None) or (
                index.column() == CONTACT_COLUMN
                and sync_text.contact_late(row.days_since_contact, self.limit)
            ):
                return self.alert
            return None
        return super().data(index, role)


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("syncHistory")
        self.table.setModel(self.model)
        setup_table(self.table, stretch=0)
        fit_wrapped_columns(self.table, COLUMN_CHARS)
        self.memory = TableMemory(self.table, "sync_history")
        self.memory.restore()
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.set_aside_label = QLabel()
        self.set_aside_label.setObjectName("setAsideLabel")
        self.set_aside_label.setWordWrap(True)
        style.mark_warning(self.set_aside_label)
        self.set_aside_label.hide()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setWordWrap(True)
        style.mark_secondary(self.empty_label)
        self.note = QLabel()
        self.note.setWordWrap(True)
        style.mark_secondary(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.SPACING,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.summary)
        layout.addWidget(self.set_aside_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note)
        layout.addStretch(0)
        self.status: SyncStatus | None = None

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Packages per device"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.empty_label.setText(
            self.tr(
                "No package has gone out or come in yet. Enrol the other side's card on the "
                "Devices tab, then write a package on the Packages tab."
            )
        )
        self.note.setText(
            self.tr(
                "“Gaps” are package numbers from that device that have not arrived: ask for them. "
                "“Not confirmed yet” is what the other side has not acknowledged: it goes out "
                "again with the next package until it is."
            )
        )
        if self.status is not None:
            self.load(self.status)

    def load(self, status: SyncStatus) -> None:
        self.status = status
        self.model.limit = preferences.contact_days()
        peers = [p for p in status.peers]
        self.model.set_rows(peers)
        empty = not peers
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.note.setVisible(not empty)
        rewritten = sum(  # a restore from a backup is shown in the column, not counted here
            1 for p in peers if p.history_rewritten and not p.history_rewritten.get("restored")
        )
        parts = [
            QCoreApplication.translate(
                "SyncHistory",
                "Devices this computer exchanges packages with: %n.",
                None,
                len(peers),
            )
        ]
        if rewritten:
            parts.append(
                QCoreApplication.translate(
                    "SyncHistory",
                    "%n of them rewrote their history: see the Journal column.",
                    None,
                    rewritten,
                )
            )
        self.summary.setText(" ".join(parts))
        self.set_aside_label.setVisible(bool(status.set_aside))
        self.set_aside_label.setText(
            QCoreApplication.translate(
                "SyncHistory",
                "%n change(s) received were set aside: the device that made them may not make "
                "them. They are kept for the chief's review.",
                None,
                status.set_aside,
            )
        )
