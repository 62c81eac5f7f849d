"""The contract between the main window and its pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from inspector_app.gui.shell.context import AppContext


class Page(QWidget):
    """A page of the side bar. Subclasses set `page_id` (stable: used for settings and
    shortcuts), implement `title()` (translated, read again when the language changes) and
    refresh what they show when the bus announces a change of an entity they list."""

    page_id = ""
    # entity names whose changes make this page refresh
    watches: tuple[str, ...] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.page_id}")
        context.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def has_unsaved_input(self) -> bool:
        """True when a form on the page holds typing not yet saved."""
        return False

    def save_input(self) -> bool:
        """Save the unsaved typing; False when it cannot be saved as it is (it stays)."""
        return True

    def retranslate(self) -> None:
        """Set every visible string again after the language changed."""

    def _on_changed(self, entity: str) -> None:
        if entity in self.watches:
            self.refresh()
