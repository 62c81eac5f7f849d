"""What a person cannot see on a small screen: a window larger than the screen's free area, a
widget cut off by the edge of what holds it, a label or a column header too narrow for its words
(Qt elides a header with "…" and simply cuts a label)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

TASK_BAR = 40
TITLE_BAR = 32  # the frame the system draws around a window
# The free area of a 1366 × 768 screen at 100 % and of 1920 × 1080 at 150 % (1280 × 720
# logical pixels), less the task bar and the window's title bar.
SCREENS = {
    "1366x768": QSize(1366, 768 - TASK_BAR - TITLE_BAR),
    "1280x720": QSize(1280, 720 - TASK_BAR - TITLE_BAR),
}


SHORT_TEXT = 12  # a line edit's text this short (a date, a number) must show whole
LINE_EDIT_MARGINS = 8


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = f" {widget.text()!r}"
    return f"{type(widget).__name__}({widget.objectName()}){text}"


def _in_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    """Inside the viewport of a scroll area: it may lie beyond the edge, a scroll bar shows it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of `widget` not cut off by any of its ancestors, in `top`'s coordinates."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        origin = parent.mapTo(top, parent.rect().topLeft()) if parent is not top else None
        bounds = QRect(origin, parent.size()) if origin is not None else top.rect()
        rect = rect.intersected(bounds)
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect


def header_problems(view: QTableView) -> list[str]:
    found = []
    header = view.horizontalHeader()
    model = view.model()
    if model is None or header.isHidden():
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        # the header's own measure of its words, margins and sort arrow
        needed = header.sectionSizeFromContents(section).width()
        if needed > header.sectionSize(section) + 1:
            found.append(
                f"header {text!r} of {view.objectName() or type(view).__name__} is elided "
                f"({header.sectionSize(section)} px for {needed})"
            )
    return found


def problems(top: QWidget, size: QSize) -> list[str]:
    """Everything of `top`, sized to fit `size`, that a person cannot read in full."""
    found: list[str] = []
    QApplication.processEvents()
    if top.width() > size.width() or top.height() > size.height():
        found.append(f"{_name(top)} is {top.width()}×{top.height()}, the screen has {size}")
    if isinstance(top, QTableView):
        found.extend(header_problems(top))
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.isWindow() or _in_scrolled_content(widget, top):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        seen = _visible_rect(widget, top)
        if seen.width() < widget.width() - 1 or seen.height() < widget.height() - 1:
            found.append(f"{_name(widget)} is cut off: {seen.size()} of {widget.size()} seen")
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.minimumSizeHint().width()
            if widget.pixmap().isNull() and needed > widget.width() + 1:
                found.append(f"{_name(widget)} is cut: {widget.width()} px for {needed}")
        spin_box = isinstance(widget.parentWidget(), QAbstractSpinBox)  # sized by Qt itself
        if isinstance(widget, QLineEdit) and not spin_box and 0 < len(widget.text()) <= SHORT_TEXT:
            # a date or a number squeezed: "026" of "16.11.2026"
            needed = widget.fontMetrics().horizontalAdvance(widget.text()) + LINE_EDIT_MARGINS
            if needed > widget.width():
                found.append(f"{_name(widget)} {widget.text()!r} is cut: {widget.width()} px")
        if isinstance(widget, QTableView):
            found.extend(header_problems(widget))
    return found
