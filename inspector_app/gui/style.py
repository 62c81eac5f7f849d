"""Spacing, colours and fonts shared by the pages, so every screen uses the same measures.

Spacing follows a 4 px grid. Colours keep one meaning each across the application (red: an error
or something overdue) and are never the only sign: the words beside them say the same.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

GRID = 4
SPACING = 2 * GRID  # between fields of one group
GROUP_SPACING = 4 * GRID  # between groups
PAGE_MARGIN = 6 * GRID  # around a page

ERROR_COLOR = "#b3261e"  # red: an error, something overdue
SECONDARY_COLOR = "#5f6368"  # grey: a hint, a path, a count


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font, larger or smaller by `factor`, so headings follow the system size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label


def mark_error(label: QLabel) -> None:
    """Show a label's text in the error colour."""
    label.setStyleSheet(f"color: {ERROR_COLOR};")


def mark_secondary(label: QLabel) -> None:
    label.setStyleSheet(f"color: {SECONDARY_COLOR};")
