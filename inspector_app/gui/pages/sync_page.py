"""Sync: its place in the side bar, saying in plain words what it will do. The packages
themselves come with the sync feature of a later version; this page offers no button that
would do nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector_app.gui import style
from inspector_app.gui.context import AppContext
from inspector_app.gui.icons import icon
from inspector_app.gui.pages.base import Page


class SyncPage(Page):
    page_id = "sync"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        picture = QLabel()
        picture.setPixmap(icon("sync").pixmap(QSize(48, 48)))
        self.heading = style.heading("")
        self.status = self._paragraph()
        self.will_label = self._paragraph()
        self.will_label.setFont(style.scaled_font(self.will_label, 1.0, bold=True))
        self.points = [self._paragraph() for _ in range(3)]
        self.safety = self._paragraph()
        self.meanwhile = self._paragraph()
        style.mark_secondary(self.meanwhile)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(picture)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addSpacing(style.SPACING)
        layout.addWidget(self.will_label)
        for point in self.points:
            layout.addWidget(point)
        layout.addSpacing(style.SPACING)
        layout.addWidget(self.safety)
        layout.addWidget(self.meanwhile)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _paragraph() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMaximumWidth(180 * style.GRID)  # lines a person can read: about 720 px
        return label

    def title(self) -> str:
        return QCoreApplication.translate("Pages", "Sync")

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("Pages", "Sync"))
        self.status.setText(
            QCoreApplication.translate(
                "SyncPage",
                "Sync packages come with a later version of the application. Until then the "
                "data stays on this computer only.",
            )
        )
        self.will_label.setText(QCoreApplication.translate("SyncPage", "Then this page will:"))
        role = self.context.session.device_role
        if role == "inspector":
            points = (
                QCoreApplication.translate(
                    "SyncPage",
                    "• write one file with everything changed since the last package, to take "
                    "to the district station on a USB stick or to send by e-mail;",
                ),
                QCoreApplication.translate(
                    "SyncPage",
                    "• read the chief's package: wanted notices, tasks, updated reference data, "
                    "and which of your changes the station has received;",
                ),
                QCoreApplication.translate(
                    "SyncPage",
                    "• show when the last package went out and when the last one came in.",
                ),
            )
        elif role == "chief":
            points = (
                QCoreApplication.translate(
                    "SyncPage",
                    "• read the inspectors' packages and merge them; where two people changed "
                    "the same field, keep both values for you to choose;",
                ),
                QCoreApplication.translate(
                    "SyncPage",
                    "• write a package for each inspector with notices, tasks and the "
                    "confirmation of what was received;",
                ),
                QCoreApplication.translate(
                    "SyncPage", "• pass the district's data on to headquarters."
                ),
            )
        else:
            points = (
                QCoreApplication.translate(
                    "SyncPage", "• read the districts' packages and merge them;"
                ),
                QCoreApplication.translate(
                    "SyncPage",
                    "• check that every record came unaltered from the inspector's computer "
                    "that made it;",
                ),
                QCoreApplication.translate(
                    "SyncPage", "• send reference data and notices down to the districts."
                ),
            )
        for label, text in zip(self.points, points, strict=True):
            label.setText(text)
        self.safety.setText(
            QCoreApplication.translate(
                "SyncPage",
                "A package is encrypted for its recipient and signed by its sender: no one "
                "else can read it, and no one can change it unnoticed. A package is taken in "
                "whole or not at all, and taking it in twice changes nothing.",
            )
        )
        self.meanwhile.setText(
            QCoreApplication.translate(
                "SyncPage",
                "Nothing needs doing here now: what is typed today goes into the first package.",
            )
        )
