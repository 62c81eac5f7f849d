"""An object named in the precinct passport (ui/precinct_object_dialog.ui): a school, a shop, a
farm, a place of worship, with its address and a contact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_precinct_object_dialog import Ui_PrecinctObjectDialog
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import show_reason
from inspector_app.messages import describe
from inspector_app.services.territory import (
    OBJECT_KINDS,
    ObjectInput,
    PrecinctObject,
    add_object,
    update_object,
)

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "PrecinctObjectDialog"


class PrecinctObjectDialog(QDialog):
    """After it is accepted, `saved_id` is the object."""

    def __init__(
        self,
        session: Session,
        lang: str,
        precinct_id: str,
        item: PrecinctObject | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.precinct_id = precinct_id
        self.item = item
        self.saved_id: str | None = None
        self.ui = Ui_PrecinctObjectDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.nameMessage.hide()
        ui.formMessage.hide()
        for code in OBJECT_KINDS:
            ui.kindCombo.addItem(work_text.word(work_text.OBJECT_KINDS, code), code)
        if item is not None:
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(item.kind), 0))
            ui.nameEdit.setText(item.name)
            ui.addressEdit.setText(item.address or "")
            ui.contactEdit.setText(item.contact or "")
            ui.notesEdit.setText(item.notes or "")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.kindCombo.setFocus()

    def _retranslate_own(self) -> None:
        if self.item is None:
            self.setWindowTitle(
                QCoreApplication.translate("PrecinctObjectDialog", "New object of the precinct")
            )
        for row, code in enumerate(OBJECT_KINDS):
            self.ui.kindCombo.setItemText(row, work_text.word(work_text.OBJECT_KINDS, code))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()

    def has_input(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def accept(self) -> None:
        ui = self.ui
        if not ui.nameEdit.text().strip():
            show_reason(
                ui.nameMessage, QCoreApplication.translate("PrecinctObjectDialog", "Type the name.")
            )
            ui.nameEdit.setFocus()
            return
        ui.nameMessage.hide()
        data = ObjectInput(
            kind=str(ui.kindCombo.currentData()),
            name=ui.nameEdit.text(),
            address=ui.addressEdit.text(),
            contact=ui.contactEdit.text(),
            notes=ui.notesEdit.text(),
        )
        try:
            if self.item is None:
                self.saved_id = add_object(self.session, self.precinct_id, data)
            else:
                update_object(self.session, self.item.id, data)
                self.saved_id = self.item.id
        except AppError as error:
            show_reason(ui.formMessage, describe(error, self.lang))
            return
        super().accept()
