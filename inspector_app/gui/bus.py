"""Changes announce themselves: a service call returns, the page that made it tells the bus
which kind of record changed, and every page showing that kind refreshes itself. No page
reaches into another page."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    # the entity name (model.ENTITIES) whose records changed
    changed = Signal(str)
    # a request to open one record: entity name, record id (a Today line opens its person)
    open_record = Signal(str, str)

    def announce(self, *entities: str) -> None:
        for entity in dict.fromkeys(entities):
            self.changed.emit(entity)
