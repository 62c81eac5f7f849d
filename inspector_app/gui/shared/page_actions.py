"""Keyboard actions of a page: QActions (not bare QShortcuts) so that Help → Keyboard shortcuts
lists them with their words, and a button can say its key in its tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget


def key_action(
    owner: QWidget,
    keys: QKeySequence | QKeySequence.StandardKey | str,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action of `owner` run by `keys` while the focus is in it (or on it, for
    WidgetShortcut); set its text (what it does) where the page sets its words."""
    action = QAction(owner)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def keys_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def say_key(button: QAbstractButton, action: QAction) -> None:
    """The button's tooltip names the key that does the same."""
    button.setToolTip(
        QCoreApplication.translate("PageActions", "Key: %1").replace("%1", keys_text(action))
    )
