"""Small widgets the pages share."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from inspector_app.gui import style

NBSP = "\u00a0"
WORD_JOINER = "\u2060"  # no line break here (after the hyphens of an option name)
PARAGRAPH = "\u2029"  # what Qt gives for a line break in selected text


class CommandView(QTextEdit):
    """A terminal command to read and copy.

    It wraps only between arguments (an option stays on one line with its value), is as tall
    as its text, and what one copies from it, by keyboard, mouse or the X selection, is the
    command exactly as it is typed, with ordinary spaces.
    """

    def __init__(self, groups: Sequence[Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.command = " ".join(" ".join(group) for group in groups)
        self.setPlainText(
            " ".join(
                NBSP.join(group).replace(" ", NBSP).replace("-", "-" + WORD_JOINER)
                for group in groups
            )
        )
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(style.SPACING)

    @staticmethod
    def plain(shown: str) -> str:
        """Text as shown put back as typed."""
        return shown.replace(WORD_JOINER, "").replace(NBSP, " ").replace(PARAGRAPH, "\n")

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        data = QMimeData()
        data.setText(self.plain(self.textCursor().selectedText()))
        return data

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        height = math.ceil(document.size().height()) + margins.top() + margins.bottom()
        if self.height() != height:
            self.setFixedHeight(height)
