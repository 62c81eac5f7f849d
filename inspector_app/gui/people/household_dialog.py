"""A household, new or changed (ui/household_dialog.ui): the street, the house and flat, or for a
house without a number a landmark, and optional coordinates in decimal degrees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_household_dialog import Ui_HouseholdDialog
from inspector_app.gui.shared.work_widgets import show_reason
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.territory import (
    HouseholdInput,
    HouseholdRow,
    StreetRow,
    add_household,
    check_coordinates,
    update_household,
)

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "HouseholdDialog"


def parse_degrees(text: str) -> float | None:
    """Decimal degrees as typed (a comma works as the decimal point); ValueError if not."""
    cleaned = text.strip().replace(",", ".")
    return float(cleaned) if cleaned else None


class HouseholdDialog(QDialog):
    """After it is accepted, `saved_id` is the household."""

    def __init__(
        self,
        session: Session,
        lang: str,
        settlement: tuple[str, str],
        streets: list[StreetRow],
        household: HouseholdRow | None = None,
        street_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.settlement_id, self.settlement_name = settlement
        self.household = household
        self.saved_id: str | None = None
        self._checked = False
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (ui.addressMessage, ui.coordinatesMessage, ui.formMessage):
            label.hide()
        ui.subjectLabel.setProperty(style.VERBATIM, True)
        ui.streetCombo.addItem("", None)
        for street in streets:
            if street.id is not None:
                ui.streetCombo.addItem(street.name, street.id)
                ui.streetCombo.setItemData(ui.streetCombo.count() - 1, True, style.VERBATIM_ROLE)
        chosen = household.street_id if household is not None else street_id
        ui.streetCombo.setCurrentIndex(max(ui.streetCombo.findData(chosen), 0))
        if household is not None:
            ui.houseEdit.setText(household.house or "")
            ui.flatEdit.setText(household.flat or "")
            ui.landmarkEdit.setText(household.landmark or "")
            if household.latitude is not None and household.longitude is not None:
                ui.latitudeEdit.setText(f"{household.latitude:.6f}")
                ui.longitudeEdit.setText(f"{household.longitude:.6f}")
            ui.notesEdit.setText(household.notes or "")
        for edit in (ui.houseEdit, ui.landmarkEdit, ui.latitudeEdit, ui.longitudeEdit):
            edit.textEdited.connect(lambda _t: self.check())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.houseEdit.setFocus()

    def _retranslate_own(self) -> None:
        ui = self.ui
        title = (
            QCoreApplication.translate("HouseholdDialog", "New household")
            if self.household is None
            else QCoreApplication.translate("HouseholdDialog", "Household")
        )
        self.setWindowTitle(title)
        ui.subjectLabel.setText(self.settlement_name)
        ui.streetCombo.setItemText(0, QCoreApplication.translate("HouseholdDialog", "No street"))
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(QCoreApplication.translate("HouseholdDialog", "Sa&ve"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self.check()

    def has_input(self) -> bool:
        ui = self.ui
        return any(e.text().strip() for e in (ui.houseEdit, ui.landmarkEdit, ui.notesEdit))

    def _coordinates(self) -> tuple[float | None, float | None]:
        return parse_degrees(self.ui.latitudeEdit.text()), parse_degrees(
            self.ui.longitudeEdit.text()
        )

    def check(self) -> bool:
        ui = self.ui
        address = None
        if not ui.houseEdit.text().strip() and not ui.landmarkEdit.text().strip():
            address = describe(AppError("household.address_required"), self.lang)
        coordinates = None
        try:
            check_coordinates(*self._coordinates())
        except ValueError:
            coordinates = describe(AppError("household.coordinates"), self.lang)
        except AppError as error:
            coordinates = describe(error, self.lang)
        show_reason(ui.addressMessage, address if self._checked else None)
        typed = bool(ui.latitudeEdit.text().strip() or ui.longitudeEdit.text().strip())
        show_reason(ui.coordinatesMessage, coordinates if (typed or self._checked) else None)
        return address is None and coordinates is None

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        latitude, longitude = self._coordinates()
        data = HouseholdInput(
            settlement_id=self.settlement_id,
            street_id=ui.streetCombo.currentData(),
            house=ui.houseEdit.text(),
            flat=ui.flatEdit.text(),
            landmark=ui.landmarkEdit.text(),
            latitude=latitude,
            longitude=longitude,
            notes=ui.notesEdit.text(),
        )
        try:
            if self.household is None:
                self.saved_id = add_household(self.session, data)
            else:
                update_household(self.session, self.household.id, data)
                self.saved_id = self.household.id
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return
        super().accept()
