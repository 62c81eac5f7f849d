"""History… on a list of records: Ctrl+H and the list's context menu open the history of the
selected record (gui/shared/record_history_dialog.py); a value set back there is announced, so
the pages showing that kind of record reload."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from inspector_app.gui.shared.page_actions import key_action
from inspector_app.gui.shared.record_history_dialog import show_history

if TYPE_CHECKING:
    from inspector_app.gui.shell.context import AppContext


def id_of(row: object) -> str | None:
    """The id of a selected row, or None when nothing is selected."""
    value = getattr(row, "id", None) if row is not None else None
    return str(value) if value else None


class HistoryAction(QObject):
    """`owner` holds the key (and lists it in F1); `table`, if given, offers it on right click;
    `current_id` gives the selected record's id, or None."""

    def __init__(
        self,
        owner: QWidget,
        context: AppContext,
        entity: str,
        current_id: Callable[[], str | None],
        table: QAbstractItemView | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner, self.context, self.entity = owner, context, entity
        self.current_id = current_id
        self.action = key_action(owner, "Ctrl+H", self.open)
        if table is not None:
            if table.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
                table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addAction(self.action)
        owner.installEventFilter(self)  # the words follow a change of language
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.owner and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("HistoryAction", "&History of changes…"))

    def open(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        context = self.context
        if show_history(
            context.dialogs, context.session, context.lang, self.entity, record_id, self.owner
        ):
            context.bus.announce(self.entity)
