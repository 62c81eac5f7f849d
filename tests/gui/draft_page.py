"""A page with one field, standing in for any page that holds typing: the tests put it in the
side bar as `inspector_app.gui.draft_page` (see `with_draft_page`)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shell import page_registry as registry
from inspector_app.gui.shell.context import AppContext

ENTRY = registry.PageEntry("draft", "draft_page", "DraftPage", registry.ALL_ROLES, "Draft", "log")


class DraftPage(Page):
    page_id = "draft"
    saved: list[str]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.saved = []
        self.languages: list[str] = []
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setObjectName("draftEdit")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def title(self) -> str:
        return "Draft"

    def has_unsaved_input(self) -> bool:
        return bool(self.edit.text())

    def save_input(self) -> bool:
        if self.edit.text() == "bad":
            return False
        self.saved.append(self.edit.text())
        self.edit.clear()
        return True

    def retranslate(self) -> None:
        self.languages.append(self.context.lang)
        self.label.setText(QCoreApplication.translate("Pages", "Today"))


def with_draft_page(monkeypatch: Any, *, first: bool = False) -> None:
    """Every role's side bar gets the draft page (last, or first)."""
    monkeypatch.setitem(sys.modules, "inspector_app.gui.draft_page", sys.modules[__name__])
    original = registry.pages_for

    def pages_for(role: str) -> list[registry.PageEntry]:
        pages = original(role)
        return [ENTRY, *pages] if first else [*pages, ENTRY]

    monkeypatch.setattr("inspector_app.gui.main_window.pages_for", pages_for)
