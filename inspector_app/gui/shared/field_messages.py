"""Word-wrapped messages under form fields, as tall as their lines.

A QFormLayout gives a word-wrapped QLabel the height of its size hint, which is worked out for a
narrow guess at its width: a one-line reason then sits in the middle of three lines of empty
space. `follow_width` keeps each label as tall as its text needs at the width it really has.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

QWIDGETSIZE_MAX = (1 << 24) - 1


def fit_height(label: QLabel) -> None:
    """Make the label exactly as tall as its wrapped text at its present width."""
    width = label.width()
    if width <= 0 or not label.wordWrap():
        return
    fixed = (label.minimumHeight(), label.maximumHeight())
    # a label's height for a width never goes below its minimum: measure it unbound
    label.setMinimumHeight(0)
    label.setMaximumHeight(QWIDGETSIZE_MAX)
    height = label.heightForWidth(width)
    if height > 0:
        label.setFixedHeight(height)
    else:
        label.setMinimumHeight(fixed[0])
        label.setMaximumHeight(fixed[1])


class _FitOnResize(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QLabel):
            fit_height(watched)
        return False


def follow_width(labels: Iterable[QLabel], parent: QObject) -> QObject:
    """Keep these labels fitted whenever they are shown or their width changes; the returned
    object (a child of `parent`) does it. Call fit_height after changing a label's text."""
    watcher = _FitOnResize(parent)
    for label in labels:
        label.installEventFilter(watcher)
    return watcher
