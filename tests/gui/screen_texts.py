"""Every text a page shows a person, in a fixed order: labels, buttons, group titles, tabs,
list and combo items, column titles and the first rows of lists. Two windows that show the
same data in the same language show the same texts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

ROWS = 5  # the first rows of a list: enough to see its words


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, not to be asked
        columns = 1
    texts = []
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(ROWS, model.rowCount(QModelIndex()))):
        for column in range(columns):
            texts.append(str(model.index(row, column, QModelIndex()).data() or ""))
    return texts


def screen_texts(top: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(f"{name}: {widget.text()}")
        elif isinstance(widget, QGroupBox):
            texts.append(f"{name}: {widget.title()}")
        elif isinstance(widget, QTabWidget):
            texts += [f"{name}: {widget.tabText(i)}" for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [f"{name}: {widget.itemText(i)}" for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(f"{name}: {widget.placeholderText()}")
        elif isinstance(widget, QAbstractItemView):
            texts += [f"{name}: {t}" for t in _view_texts(widget)]
    return texts
