"""Help → Keyboard shortcuts (F1): every shortcut of the window and of the page in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shell import style

Group = tuple[str, Sequence[tuple[str, str]]]  # a heading, then (what it does, the keys)


def _plain(text: str) -> str:
    """An action's text without its mnemonic marks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def collect_groups(
    pages: Sequence[tuple[str, QAction]], window: Sequence[QAction], page: QWidget | None
) -> list[Group]:
    """The pages' keys, the window's, and those of the actions of the page in view."""
    page_rows = [(title, _keys(a.shortcut())) for title, a in pages if not a.shortcut().isEmpty()]
    window_rows = [(_plain(a.text()), _keys(a.shortcut())) for a in window]
    window_rows += [
        (
            QCoreApplication.translate("MainWindow", "Next field or button"),
            _keys(QKeySequence("Tab")),
        ),
        (
            QCoreApplication.translate("MainWindow", "Previous field or button"),
            _keys(QKeySequence("Shift+Tab")),
        ),
        (
            QCoreApplication.translate("MainWindow", "Open a menu"),
            QCoreApplication.translate("MainWindow", "Alt and the underlined letter"),
        ),
    ]
    groups: list[Group] = [
        (QCoreApplication.translate("MainWindow", "Pages"), page_rows),
        (QCoreApplication.translate("MainWindow", "Window"), window_rows),
    ]
    if page is not None:
        own = [
            (_plain(action.text()), _keys(action.shortcut()))
            for action in page.findChildren(QAction)
            if not action.shortcut().isEmpty() and action.text()
        ]
        # the page's own QShortcuts (gui/work_widgets.shortcut) that say what they do
        own += [
            (QCoreApplication.translate("Shortcuts", str(key.property("says"))), _keys(key.key()))
            for key in page.findChildren(QShortcut)
            if key.property("says")
        ]
        if own:
            title = page.title() if hasattr(page, "title") else page.windowTitle()
            groups.append(
                (
                    QCoreApplication.translate("MainWindow", "This page: %1").replace("%1", title),
                    own,
                )
            )
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, groups: Sequence[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setAccessibleName(
            QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts")
        )
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Action"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAlternatingRowColors(True)
        for heading, rows in groups:
            top = QTreeWidgetItem([heading, ""])
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for what, keys in rows:
                top.addChild(QTreeWidgetItem([what, keys]))
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.GROUP_SPACING,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(150 * style.GRID, 140 * style.GRID)  # 600 × 560

    def rows(self) -> list[tuple[str, str]]:
        """Every (action, keys) line shown, for tests."""
        found = []
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            assert group is not None
            for child in range(group.childCount()):
                item = group.child(child)
                assert item is not None
                found.append((item.text(0), item.text(1)))
        return found
