"""Cancelling a log entry written in error: the reason is asked and kept; the entry stays in
the log, marked, and in its history."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.log_corrections import MAX_REASON, cancel_log_entry

if TYPE_CHECKING:
    from inspector_app.services.session import Session


class LogCancelDialog(QDialog):
    def __init__(
        self,
        session: Session,
        lang: str,
        entry_id: str,
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logCancelDialog")
        self.session, self.lang, self.entry_id = session, lang, entry_id
        self.setWindowTitle(self.tr("Cancel a log entry"))
        about = QLabel(
            self.tr(
                "The entry %1 stays in the log and its history, marked as cancelled, and no "
                "longer counts in lists and reports."
            ).replace("%1", subject)
        )
        about.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("For example: written twice"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_edit)
        form = QFormLayout()
        form.addRow(reason_label, self.reason_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Cancel the &entry"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def has_input(self) -> bool:
        return bool(self.reason_edit.text().strip())

    def accept(self) -> None:
        try:
            cancel_log_entry(self.session, self.entry_id, self.reason_edit.text())
        except AppError as error:
            self.message.setText(describe(error, self.lang))
            style.mark_error(self.message)
            self.message.show()
            self.reason_edit.setFocus()
            return
        super().accept()
