"""Changes announce themselves: a service call returns, the page that made it tells the bus
which kind of record changed, and every page showing that kind refreshes itself. No page
reaches into another page.

The bus also carries the few window-wide choices a page may follow: the inspector filter of a
chief or HQ, the language, and a changed preference."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    # the entity name (model.ENTITIES) whose records changed
    changed = Signal(str)
    # a request to open one record: entity name, record id (a Today line opens its person)
    open_record = Signal(str, str)
    # a chief or HQ chose whose records to show: an inspector's user id, or None for everyone
    # (AppContext.inspector_filter holds the same value for pages created later)
    filter_changed = Signal(object)
    # Settings asks the window to switch the language ("ru", "kk", "ky", "en"); the window
    # installs the catalogs, calls retranslate() on every page, then emits language_changed
    language_requested = Signal(str)
    language_changed = Signal(str)
    # a preference stored with QSettings changed (its key in gui/shell/preferences.py)
    preference_changed = Signal(str)

    def announce(self, *entities: str) -> None:
        for entity in dict.fromkeys(entities):
            self.changed.emit(entity)


# Names announced besides the entities of the model:
SYNC = "sync"  # packages went out or came in, a device was enrolled or revoked
CONFLICT = "conflict"  # conflicts appeared (an import) or were resolved
BACKUP = "backup"  # a backup was written (Today's warning about its age, Settings)
