"""The side bar: the pages of the signed-in role, with their icons and shortcuts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from inspector_app.gui.shell import style
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.page_registry import PageEntry

ICON_SIDE = 5 * style.GRID  # 20 px at 100 %, scaled by Qt on high-DPI screens


def page_shortcut(page_id: str) -> QKeySequence | None:
    """The page's own key, the same for every role (pages/registry.PAGE_KEYS)."""
    from inspector_app.gui.shell.page_registry import PAGE_KEYS

    keys = PAGE_KEYS.get(page_id)
    return QKeySequence(keys) if keys else None


class SideBar(QListWidget):
    """One line per page; choosing a line shows its page (currentRowChanged)."""

    def __init__(self, entries: Sequence[PageEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.setObjectName("sideBar")
        self.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(style.GRID // 2)
        self.setUniformItemSizes(True)
        for entry in self.entries:
            item = QListWidgetItem(icon(entry.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, entry.page_id)
            self.addItem(item)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("SideBar", "Pages"))
        for row, entry in enumerate(self.entries):
            item = self.item(row)
            item.setText(entry.title())
            shortcut = page_shortcut(entry.page_id)
            if shortcut is not None:
                keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(
                    QCoreApplication.translate("SideBar", "%1 (%2)")
                    .replace("%1", entry.title())
                    .replace("%2", keys)
                )
            else:
                item.setToolTip(entry.title())
        self._fit_width()

    def _fit_width(self) -> None:
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.item(r).text()) for r in range(self.count())), default=0
        )
        # icon, the gap after it, the item's padding and the frame, on the 4 px grid
        width = widest + ICON_SIDE + 10 * style.GRID
        self.setFixedWidth((width + style.GRID - 1) // style.GRID * style.GRID)

    def row_of(self, page_id: str) -> int:
        for row, entry in enumerate(self.entries):
            if entry.page_id == page_id:
                return row
        return -1
