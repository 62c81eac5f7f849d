"""A work-log entry about one person, written from their page: the log's own form (the same
checks, the same service), with the person already among those who took part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from inspector_app.gui.log.log_entry_form import LogEntryForm
from inspector_app.gui.shell import style

if TYPE_CHECKING:
    from inspector_app.services.session import Session


class PersonLogDialog(QDialog):
    """`saved_id` is the new entry's id once it is saved (the dialog then closes)."""

    def __init__(
        self,
        session: Session,
        lang: str,
        person_id: str,
        person_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personLogDialog")
        self.setWindowTitle(
            QCoreApplication.translate("PersonLogDialog", "Work log entry: %1").replace(
                "%1", person_name
            )
        )
        self.saved_id: str | None = None
        self.form = LogEntryForm(session, lang, self)
        self.form.people.add(person_id, person_name)
        # the dialog's own buttons: Save beside Cancel, as in every dialog
        self.form.ui.clearButton.hide()
        self.form.ui.saveButton.hide()
        self.form.saved.connect(self._saved)
        # the form is tall: on a small screen it scrolls, its Save stays reachable
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveLogEntryButton")
        self.save_button.setText(self.form.ui.saveButton.text())
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.form.setFocus()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.form.sizeHint()
        return QSize(max(hint.width(), 150 * style.GRID), hint.height() + 16 * style.GRID)

    def accept(self) -> None:
        """Save (Enter, or Save when Esc asks): a refusal keeps the dialog open with its
        reasons; a saved entry closes it."""
        self.form.save()

    def _saved(self, entry_id: str) -> None:
        self.saved_id = entry_id
        super().accept()
