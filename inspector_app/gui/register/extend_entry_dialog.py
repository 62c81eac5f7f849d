"""Extend a register entry whose term is ending or has ended: the new planned end, within the
category's maximum term (reference data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import date_reason, parse_day, show_reason
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.register import extend_entry

if TYPE_CHECKING:
    from datetime import date

    from inspector_app.services.session import Session


class ExtendEntryDialog(QDialog):
    def __init__(
        self,
        session: Session,
        lang: str,
        entry_id: str,
        subject: str,
        planned_end: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.lang, self.entry_id = session, lang, entry_id
        self.setWindowTitle(QCoreApplication.translate("ExtendEntryDialog", "Extend the term"))
        heading = QLabel(subject)
        heading.setWordWrap(True)
        heading.setProperty(style.VERBATIM, True)  # a name and a category
        now = QLabel(
            QCoreApplication.translate("ExtendEntryDialog", "The term ends on %1.").replace(
                "%1", work_text.day(planned_end)
            )
        )
        style.mark_secondary(now)
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(
            QCoreApplication.translate("ExtendEntryDialog", "DD.MM.YYYY")
        )
        label = QLabel(QCoreApplication.translate("ExtendEntryDialog", "&New end"))
        label.setBuddy(self.end_edit)
        self.end_edit.setAccessibleName(
            QCoreApplication.translate("ExtendEntryDialog", "New end of the term")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(label, self.end_edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(*(4 * style.GRID,) * 4)
        column.setSpacing(4 * style.GRID)
        for widget in (heading, now):
            column.addWidget(widget)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(440, 0)
        self.end_edit.setFocus()

    def accept(self) -> None:
        reason = date_reason(self.end_edit.text(), self.lang, required=True)
        if reason:
            show_reason(self.message, reason)
            return
        new_end = parse_day(self.end_edit.text())
        assert new_end is not None
        try:
            extend_entry(self.session, self.entry_id, new_end)
        except AppError as error:
            show_reason(self.message, describe(error, self.lang))
            return
        super().accept()
