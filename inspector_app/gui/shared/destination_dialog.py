"""Where a file is written (a sync package, a backup): the removable drives mounted now, one
button each, and "Another folder…" for the folder dialog. Shown only when a removable drive is
there; `choose_destination` asks it, or the folder dialog at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shared.removable import Drive
from inspector_app.gui.shell import style
from inspector_app.gui.shell.dialogs import DialogService
from inspector_app.gui.shell.icons import icon


class DestinationDialog(QDialog):
    """`chosen` is the drive's folder picked, or None with `other` True for the folder dialog."""

    def __init__(
        self,
        drives: list[Drive],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        intro_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("destinationDialog")
        self.chosen: Path | None = None
        self.other = False
        self.setWindowTitle(title or self.tr("Where to write the package"))
        intro = QLabel(
            intro_text or self.tr("Write the package onto a removable drive, or choose a folder.")
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.GROUP_SPACING,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(intro)
        self.drive_buttons: list[QPushButton] = []
        locale = QLocale()
        for drive in drives:
            text = drive.name
            if drive.free_bytes is not None:
                free = locale.formattedDataSize(drive.free_bytes)
                text = self.tr("%1 (%2 free)").replace("%1", drive.name).replace("%2", free)
            button = QPushButton(text)
            button.setObjectName("driveButton")
            button.setIcon(icon("usb"))
            button.setIconSize(QSize(6 * style.GRID, 6 * style.GRID))
            button.setToolTip(str(drive.path))
            button.setMinimumHeight(12 * style.GRID)
            button.setProperty(style.VERBATIM, True)  # the drive's own label
            button.clicked.connect(lambda _checked=False, d=drive: self._choose(d.path))
            layout.addWidget(button)
            self.drive_buttons.append(button)
        self.other_button = QPushButton(self.tr("&Another folder…"))
        self.other_button.setObjectName("otherFolderButton")
        self.other_button.clicked.connect(self._choose_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(style.SPACING)
        layout.addWidget(buttons)
        if self.drive_buttons:
            self.drive_buttons[0].setDefault(True)
            self.drive_buttons[0].setFocus()

    def _choose(self, path: Path) -> None:
        self.chosen = path
        self.accept()

    def _choose_other(self) -> None:
        self.other = True
        self.accept()


def choose_destination(
    parent: QWidget,
    dialogs: DialogService,
    find_drives: Callable[[], list[Drive]],
    *,
    settings_key: str,
    folder_title: str,
    title: str | None = None,
    intro_text: str | None = None,
) -> Path | None:
    """A removable drive when one is plugged in, else (or on asking) any folder, the folder
    dialog starting where `settings_key` remembers; None when the person gave up."""
    drives = find_drives()
    if drives:
        dialog = DestinationDialog(drives, parent, title=title, intro_text=intro_text)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        chosen, other = dialog.chosen, dialog.other
        dialog.deleteLater()
        if not accepted:
            return None
        if chosen is not None:
            return chosen
        if not other:
            return None
    start = str(QSettings().value(settings_key) or "")
    return dialogs.choose_folder(parent, folder_title, start)
