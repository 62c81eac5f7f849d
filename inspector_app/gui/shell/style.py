"""Spacing, colours and fonts shared by the pages, so every screen uses the same measures.

Spacing follows a 4 px grid. Colours keep one meaning each across the application (red: an error
or something overdue) and are never the only sign: the words beside them say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

GRID = 4
SPACING = 2 * GRID  # between fields of one group
GROUP_SPACING = 4 * GRID  # between groups
PAGE_MARGIN = 6 * GRID  # around a page

ERROR_COLOR = "#b3261e"  # red: an error, something overdue
SECONDARY_COLOR = "#5f6368"  # grey: a hint, a path, a count
WARNING_COLOR = "#8a5300"  # amber: due soon, a caution the user may pass over
DONE_COLOR = "#1e7b34"  # green: done, in time
# Series of a chart that mean no state (work by kind, a month's counts): blue, violet, grey;
# done / overdue and on time / late take the colours above.
SERIES_COLORS = ("#1a5fb4", "#6a3d9a", SECONDARY_COLOR)
CHART_GRID_COLOR = "#d0d4d9"  # the light lines of a chart's scale


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


def mark_warning(label: QLabel) -> None:
    """Show a label's text in the caution colour (amber)."""
    label.setStyleSheet(f"color: {WARNING_COLOR};")


def mark_secondary(label: QLabel) -> None:
    label.setStyleSheet(f"color: {SECONDARY_COLOR};")


# Text that is data, not words of the application (a name, a number, a key), is marked so the
# translation test does not ask for it to be translated: a widget with the dynamic property
# VERBATIM set to True, or a list item with VERBATIM_ROLE data True.
VERBATIM = "verbatim"
VERBATIM_ROLE = 0x0100 + 77  # Qt.ItemDataRole.UserRole + 77


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a top-level window at `width` × `height`, or smaller on a small screen (an old
    1366 × 768 laptop at 150 % has only 910 × 512 to give)."""
    screen = window.screen()
    wanted = QSize(width, height)
    if screen is not None:
        room = screen.availableGeometry().size() * 0.95
        wanted = wanted.boundedTo(room)
    window.resize(wanted)
