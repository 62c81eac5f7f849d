"""Print a report: the printer and the number of copies, chosen in a small dialog; the PDF itself
then goes to the system's queue (services.reports.print_report), never re-drawn as images.

The printers come from CUPS (`lpstat`) through the service; where CUPS is not (Windows), from
Qt's list of the system's printers. The dialog is opened through the dialog service, like every
modal box, so tests answer it and the idle lock can hide it.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shell import style
from inspector_app.services.reports import list_printers
from inspector_app.services.reports.printing import MAX_COPIES


def available_printers() -> tuple[list[str], str | None]:
    """The system's printers and its default one; ([], None) when none can be listed (the
    default printer of the system is then used). May take a moment: call it off the GUI thread."""
    try:
        names, default = list_printers()
    except (OSError, subprocess.SubprocessError):
        names, default = [], None
    if names or sys.platform != "win32":
        return names, default
    from PySide6.QtPrintSupport import QPrinterInfo  # pragma: no cover - Windows

    return QPrinterInfo.availablePrinterNames(), QPrinterInfo.defaultPrinterName() or None


class PrintDialog(QDialog):
    """`what` names the report; `printer()` is the chosen queue (None: the system's default),
    `copies()` how many."""

    def __init__(
        self,
        what: str,
        pages: int,
        printers: list[str],
        default: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print the report"))
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.what.setProperty(style.VERBATIM, True)  # the report's own title, scope, period
        self.pages_label = QLabel(self.tr("%n page(s)", "", pages))
        style.mark_secondary(self.pages_label)
        self.printer_label = QLabel(self.tr("Print&er"))
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("printerCombo")
        self.printer_combo.setAccessibleName(self.tr("Printer"))
        self.printer_label.setBuddy(self.printer_combo)
        if not printers:
            self.printer_combo.addItem(self.tr("The system's default printer"), "")
        for name in printers:
            text = self.tr("%1 (default)").replace("%1", name) if name == default else name
            self.printer_combo.addItem(text, name)
            # a printer's name is data; "(default)" beside it went through tr() above
            self.printer_combo.setItemData(
                self.printer_combo.count() - 1, name != default, style.VERBATIM_ROLE
            )
        if default in printers:
            self.printer_combo.setCurrentIndex(printers.index(default))
        self.copies_label = QLabel(self.tr("&Copies"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setAccessibleName(self.tr("Number of copies"))
        self.copies_spin.setRange(1, MAX_COPIES)
        self.copies_label.setBuddy(self.copies_spin)
        self.note = QLabel(
            self.tr(
                "The report goes to the printer's queue as it is shown in the preview. Where no "
                "printer is listed, the system's default printer is used."
            )
            if not printers
            else self.tr("The report goes to the printer's queue as it is shown in the preview.")
        )
        self.note.setWordWrap(True)
        style.mark_secondary(self.note)

        form = QFormLayout()
        form.setHorizontalSpacing(style.SPACING)
        form.setVerticalSpacing(style.GRID)
        form.addRow(self.printer_label, self.printer_combo)
        form.addRow(self.copies_label, self.copies_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Print"))
        ok.setAccessibleName(self.tr("Print"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.GROUP_SPACING,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.what)
        layout.addWidget(self.pages_label)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(100 * style.GRID)
        self.printer_combo.setFocus()

    def printer(self) -> str | None:
        return str(self.printer_combo.currentData() or "") or None

    def copies(self) -> int:
        return self.copies_spin.value()
