"""A chief's or HQ's choice of whose records the pages show: everyone, or one inspector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from inspector_app.gui.shell import style

if TYPE_CHECKING:
    from inspector_app.services.workplace import InspectorLine

ID_ROLE = Qt.ItemDataRole.UserRole


class InspectorFilter(QComboBox):
    """Emits `chosen` with an inspector's user id, or None for everyone."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorFilter")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(24)
        self.addItem("", None)
        self.currentIndexChanged.connect(lambda _row: self.chosen.emit(self.current_id()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setItemText(0, QCoreApplication.translate("InspectorFilter", "All inspectors"))
        self.setAccessibleName(QCoreApplication.translate("InspectorFilter", "Show the work of"))
        self.setToolTip(
            QCoreApplication.translate(
                "InspectorFilter", "Whose records the pages show: everyone's, or one inspector's"
            )
        )

    def current_id(self) -> str | None:
        value = self.currentData(ID_ROLE)
        return str(value) if value else None

    def set_inspectors(self, inspectors: Sequence[InspectorLine]) -> None:
        """Fill the list again, keeping the choice when that inspector is still there."""
        keep = self.current_id()
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(1)
            for line in inspectors:
                where = ", ".join(
                    part
                    for part in (
                        QCoreApplication.translate("InspectorFilter", "district %1").replace(
                            "%1", line.district_code
                        )
                        if line.district_code
                        else "",
                        QCoreApplication.translate("InspectorFilter", "precinct %1").replace(
                            "%1", line.precinct_code
                        )
                        if line.precinct_code
                        else "",
                    )
                    if part
                )
                text = f"{line.full_name} ({where})" if where else line.full_name
                self.addItem(text, line.id)
                self.setItemData(self.count() - 1, True, style.VERBATIM_ROLE)
            row = self.findData(keep, ID_ROLE) if keep else 0
            self.setCurrentIndex(max(row, 0))
        finally:
            self.blockSignals(False)
        if self.current_id() != keep:
            self.chosen.emit(self.current_id())
