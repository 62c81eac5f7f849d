"""The chief gives an inspector's laptop a new prefix for its appeal numbers (a precinct
renumbered, a laptop moved): the prefix it has now, a field for the new one, and the reason a
prefix is refused shown under the field, the dialog staying open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.work_widgets import show_reason
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.number_prefix import device_prefix, reassign_prefix
from inspector_app.services.session import Session
from inspector_app.services.sync.devices import DeviceLine


class PrefixDialog(QDialog):
    def __init__(
        self, session: Session, lang: str, line: DeviceLine, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prefixDialog")
        self.session = session
        self.lang = lang
        self.line = line
        self.setWindowTitle(self.tr("Number prefix of %1").replace("%1", line.name))
        intro = QLabel(
            self.tr(
                "The laptop numbers its appeals with this prefix from the next package it "
                "imports, in a new series from 1. The numbers it has given keep their prefix."
            )
        )
        intro.setWordWrap(True)
        style.mark_secondary(intro)
        self.current = QLabel(device_prefix(session, line.device_id) or "—")
        self.current.setObjectName("currentPrefix")
        self.current.setProperty(style.VERBATIM, True)  # a code, not words
        self.edit = QLineEdit()
        self.edit.setObjectName("prefixEdit")
        self.edit.setPlaceholderText("12-07")
        self.edit.setMaxLength(62)
        self.message = QLabel()
        self.message.setObjectName("prefixMessage")
        self.message.setWordWrap(True)
        self.message.setProperty(style.VERBATIM, True)  # the catalog's words
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Now"), self.current)
        new_label = QLabel(self.tr("&New prefix"))
        new_label.setBuddy(self.edit)
        form.addRow(new_label, self.edit)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(120 * style.GRID)
        self.edit.setFocus()

    def accept(self) -> None:
        """Assign the prefix; a refusal is said under the field and the dialog stays."""
        try:
            reassign_prefix(self.session, self.line.device_id, self.edit.text())
        except AppError as error:
            show_reason(self.message, describe(error, self.lang))
            self.adjustSize()  # room for the reason under the field
            self.edit.setFocus()
            return
        super().accept()
