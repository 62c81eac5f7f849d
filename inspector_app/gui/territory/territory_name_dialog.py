"""A new settlement of the precinct or a new street of a settlement
(ui/territory_name_dialog.ui): its name, and for a settlement its KATO or SOATE code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_territory_name_dialog import Ui_TerritoryNameDialog
from inspector_app.gui.shared.work_widgets import show_reason
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.territory import add_settlement, add_street

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "TerritoryNameDialog"


class TerritoryNameDialog(QDialog):
    """`kind` is "settlement" (of the precinct `parent_id`) or "street" (of the settlement
    `parent_id`); after it is accepted, `saved_id` is the new record."""

    def __init__(
        self,
        session: Session,
        lang: str,
        kind: str,
        parent_id: str,
        parent_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.kind = kind
        self.parent_id = parent_id
        self.parent_name = parent_name
        self.saved_id: str | None = None
        self.ui = Ui_TerritoryNameDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.nameMessage.hide()
        ui.formMessage.hide()
        ui.subjectLabel.setProperty(style.VERBATIM, True)
        ui.codeLabel.setVisible(kind == "settlement")
        ui.codeEdit.setVisible(kind == "settlement")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.nameEdit.setFocus()

    def _retranslate_own(self) -> None:
        if self.kind == "settlement":
            self.setWindowTitle(QCoreApplication.translate("TerritoryNameDialog", "New settlement"))
        else:
            self.setWindowTitle(QCoreApplication.translate("TerritoryNameDialog", "New street"))
        self.ui.subjectLabel.setText(self.parent_name)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()

    def has_input(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def accept(self) -> None:
        ui = self.ui
        name = ui.nameEdit.text()
        if not name.strip():
            show_reason(
                ui.nameMessage, QCoreApplication.translate("TerritoryNameDialog", "Type the name.")
            )
            ui.nameEdit.setFocus()
            return
        ui.nameMessage.hide()
        try:
            if self.kind == "settlement":
                self.saved_id = add_settlement(
                    self.session, self.parent_id, name, ui.codeEdit.text()
                )
            else:
                self.saved_id = add_street(self.session, self.parent_id, name)
        except AppError as error:
            show_reason(ui.formMessage, describe(error, self.lang))
            return
        super().accept()
