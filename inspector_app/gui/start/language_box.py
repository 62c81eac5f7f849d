"""The language chosen before signing in (on the sign-in screen and the first page of the
first-run wizard): each language named in itself, so a person finds theirs whatever the
screen speaks now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from inspector_app.gui.shell import style
from inspector_app.gui.shell.preferences import LANGUAGES

# the names of the languages in themselves: the same in every language of the screen
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "ky": "Кыргызча", "en": "English"}


class LanguageBox(QWidget):
    """Emits `chosen(lang)` when the person picks another language."""

    chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.combo.addItem(NATIVE_NAMES[code], code)
            self.combo.setItemData(self.combo.count() - 1, True, style.VERBATIM_ROLE)
        self.combo.setCurrentIndex(max(self.combo.findData(lang), 0))
        self.label = QLabel(QCoreApplication.translate("LanguageBox", "&Language"))
        self.label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(style.SPACING)
        row.addStretch(1)
        row.addWidget(self.label)
        row.addWidget(self.combo)
        self.combo.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        self.chosen.emit(str(self.combo.itemData(index)))
