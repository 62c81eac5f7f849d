"""The crash dialog of a bug: what happened in words, and the details to copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shell import style


class CrashDialog(QDialog):
    """Says what happened in words and holds the details to copy."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CrashDialog", "The application met an error")
        )
        self.resize(160 * style.GRID, 120 * style.GRID)
        heading = style.heading(
            QCoreApplication.translate("CrashDialog", "The application met an error"), 1.25
        )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setProperty("verbatim", True)  # a traceback: never translated
        self.details.setAccessibleName(
            QCoreApplication.translate("CrashDialog", "Details of the error")
        )
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(
            QCoreApplication.translate("CrashDialog", "&Copy the details")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.GROUP_SPACING,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
