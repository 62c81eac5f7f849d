"""What the window shows in place of a page that cannot be shown: a page whose module is not
there yet (during development), or one that failed to open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector_app.gui.shell import style
from inspector_app.gui.shell.icons import icon


class UnavailablePanel(QWidget):
    def __init__(
        self, title: Callable[[], str], detail: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unavailablePage")
        self._title = title
        picture = QLabel()
        picture.setPixmap(icon("package").pixmap(QSize(48, 48)))
        self.heading = style.heading("")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setProperty("verbatim", True)  # a technical detail for developers
        style.mark_secondary(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(picture)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("UnavailablePanel", "This page is not available")
        )
        self.text.setText(
            QCoreApplication.translate(
                "UnavailablePanel",
                "The page “%1” is not part of this version of the application yet. The other "
                "pages work as usual.",
            ).replace("%1", self._title())
        )
