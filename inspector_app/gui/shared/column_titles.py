"""A list's column titles are never cut: the column that takes the spare width stops stretching
once the list is too narrow for its title, and the list scrolls sideways instead (a 1280-pixel
screen at 150 % squeezed "Населённый пункт" to "Насел…")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class StretchKeepsTitle(QObject):
    """Watches a list's width: its `stretch` column (if any) stretches while there is room for
    every title, else keeps its title's width; other columns are never narrower than their
    title, whoever sets their width (a saved width, a first fit, the user's drag)."""

    def __init__(self, view: QTableView, stretch: int | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self._busy = False
        view.viewport().installEventFilter(self)
        header = view.horizontalHeader()
        header.sectionCountChanged.connect(lambda *_a: self.update())
        header.sectionResized.connect(lambda *_a: self.update())
        header.geometriesChanged.connect(self.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._fit()
        finally:
            self._busy = False

    def _fit(self) -> None:
        header = self.view.horizontalHeader()
        last = header.count() - 1
        others = 0
        for section in range(header.count()):
            if section == self.stretch or header.isSectionHidden(section):
                continue
            title = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) < title and not (
                section == last and header.stretchLastSection()
            ):
                header.resizeSection(section, title)
            others += header.sectionSize(section)
        if self.stretch is None or self.stretch > last:
            return
        title = header.sectionSizeFromContents(self.stretch).width()
        room = self.view.viewport().width() - others
        stretching = header.sectionResizeMode(self.stretch) == QHeaderView.ResizeMode.Stretch
        if room >= title and not stretching:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        elif room < title:
            if stretching:
                header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.stretch, title)
