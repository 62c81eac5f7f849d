"""The District page's sync columns, per inspector: the number of the last package received
from the inspector's laptop (when: its tooltip), the package numbers missing, its changes held
for the chief's review (a column shown while any are held), whether its journal
was rewritten, and the days since the last package came in, red with a warning icon and a
tooltip in words past the limit the chief sets on the page. From services.sync.status, keyed by
the laptop's device id.

A laptop HQ knows only through the chief's packages sends HQ no package itself: its cells say
so rather than "none"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import Column, RowsTableModel
from inspector_app.gui.shell import preferences, style
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.sync import sync_text
from inspector_app.gui.sync.sync_history_tab import journal_text, journal_tip, received_at
from inspector_app.services.district import Figures
from inspector_app.services.sync.status import PeerStatus

CONTEXT = "DistrictPage"
# the sync columns, counted from the first: package, gaps, held, journal, contact
HELD, JOURNAL, CONTACT = 2, 3, 4


class SyncFigures:
    """What the sync columns read: each known device's status and the chief's limit."""

    def __init__(self) -> None:
        self.peers: dict[str, PeerStatus] = {}
        self.vouched: set[str] = set()  # devices known through another device's packages
        self.held: dict[str, int] = {}  # device id -> its changes held for the chief's review
        self.limit = preferences.contact_days()

    def peer(self, row: Figures) -> PeerStatus | None:
        return self.peers.get(row.device_id) if row.device_id else None

    def late(self, row: Figures) -> bool:
        peer = self.peer(row)
        if peer is None or peer.received == 0:
            return False
        return sync_text.contact_late(peer.days_since_contact, self.limit)

    def rewritten(self, row: Figures) -> bool:
        peer = self.peer(row)
        return peer is not None and peer.history_rewritten is not None

    def _none(self, row: Figures) -> str:
        """A cell of a laptop that sent this database no package of its own."""
        peer = self.peer(row)
        if peer is None:
            return QCoreApplication.translate("DistrictPage", "not enrolled")
        if peer.received == 0:
            if peer.device_id in self.vouched:
                return QCoreApplication.translate("DistrictPage", "through the chief")
            return QCoreApplication.translate("DistrictPage", "none yet")
        return ""

    def package(self, row: Figures) -> str:
        """ "No. 3": the last package's number (when it came in: the tooltip, Last contact)."""
        peer = self.peer(row)
        if peer is None or peer.received == 0:
            return self._none(row)
        return QCoreApplication.translate("SyncHistory", "No. %1").replace(
            "%1", str(peer.last_received_seq)
        )

    def package_tip(self, row: Figures) -> str:
        text = QCoreApplication.translate(
            "DistrictPage",
            "The number of the last package imported from the inspector's laptop, and when it "
            "was imported.",
        )
        peer = self.peer(row)
        at = received_at(peer) if peer is not None else None
        return f"{text}\n{work_text.moment(at)}" if at else text

    def gaps(self, row: Figures) -> str:
        peer = self.peer(row)
        if peer is None or not peer.gaps:
            return work_text.DASH
        return QCoreApplication.translate("DistrictPage", "missing: %1").replace(
            "%1", sync_text.numbers_text(peer.gaps)
        )

    def held_count(self, row: Figures) -> int:
        return self.held.get(row.device_id, 0) if row.device_id else 0

    def held_text(self, row: Figures) -> str:
        count = self.held_count(row)
        return str(count) if count else work_text.DASH

    def journal(self, row: Figures) -> str:
        peer = self.peer(row)
        if peer is None or peer.received == 0:
            return work_text.DASH
        return journal_text(peer)

    def contact(self, row: Figures) -> str:
        peer = self.peer(row)
        if peer is None or peer.received == 0:
            return self._none(row)
        return sync_text.contact_text(peer.days_since_contact)

    def contact_tip(self, row: Figures) -> str | None:
        if not self.late(row):
            return None
        return QCoreApplication.translate(
            "DistrictPage",
            "No package for longer than %n day(s): ask the inspector.",
            None,
            self.limit,
        )

    def columns(self) -> list[Column]:
        return [
            Column(
                QT_TRANSLATE_NOOP("DistrictPage", "Last package"),
                CONTEXT,
                self.package,
                tooltip=self.package_tip,
                color=lambda f: style.SECONDARY_COLOR if not self.peer_received(f) else None,
            ),
            Column(
                QT_TRANSLATE_NOOP("DistrictPage", "Gaps"),
                CONTEXT,
                self.gaps,
                tooltip=lambda f: QCoreApplication.translate(
                    "DistrictPage",
                    "Package numbers from this laptop that have not arrived: ask the inspector "
                    "for them.",
                ),
                color=lambda f: style.ERROR_COLOR if self.gaps(f) != work_text.DASH else None,
            ),
            Column(
                QT_TRANSLATE_NOOP("DistrictPage", "Held"),
                CONTEXT,
                self.held_text,
                align_right=True,
                tooltip=lambda f: QCoreApplication.translate(
                    "DistrictPage",
                    "Changes from this laptop dated more than a day ahead of this computer's "
                    "clock: held for your review, neither merged nor lost.",
                ),
                color=lambda f: style.WARNING_COLOR if self.held_count(f) else None,
            ),
            Column(
                QT_TRANSLATE_NOOP("DistrictPage", "Journal"),
                CONTEXT,
                self.journal,
                tooltip=lambda f: journal_tip(p) if (p := self.peer(f)) else None,
                color=lambda f: style.ERROR_COLOR if self.rewritten(f) else None,
            ),
            Column(
                QT_TRANSLATE_NOOP("DistrictPage", "Last contact"),
                CONTEXT,
                self.contact,
                tooltip=self.contact_tip,
                color=lambda f: (
                    style.ERROR_COLOR
                    if self.late(f)
                    else (style.SECONDARY_COLOR if not self.peer_received(f) else None)
                ),
            ),
        ]

    def peer_received(self, row: Figures) -> bool:
        peer = self.peer(row)
        return peer is not None and peer.received > 0


class DistrictModel(RowsTableModel):
    """The District page's rows, with a red warning icon beside a rewritten journal and a
    contact that is too long ago."""

    def __init__(self, columns: list[Column], sync: SyncFigures, first_sync: int, parent: Any):
        super().__init__(columns, parent)
        self.sync = sync
        self.first_sync = first_sync
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
            column = index.column() - self.first_sync
            if isinstance(row, Figures) and (
                (column == JOURNAL and self.sync.rewritten(row))
                or (column == CONTACT and self.sync.late(row))
            ):
                return self.alert
            return None
        return super().data(index, role)
