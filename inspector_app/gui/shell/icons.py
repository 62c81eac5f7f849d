"""The application's icons: one SVG set in resources/icons, drawn in the palette's colours.

The files draw with `currentColor`; an icon takes the palette's text colour in its normal state,
the highlighted-text colour when selected and the disabled text colour when disabled. It is
rendered at the size and pixel ratio asked for, so it stays sharp at 150 % and 200 %.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from inspector_app.resources import resource_path


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text("utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode("utf-8")))


def _color(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class SvgIconEngine(QIconEngine):
    def __init__(self, name: str, color: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.color = color  # drawn in this colour in every state, else the palette's
        self._cache: dict[tuple[int, int, str, float], QPixmap] = {}

    def _color(self, mode: QIcon.Mode) -> str:
        if self.color is not None and mode != QIcon.Mode.Disabled:
            return self.color
        return _color(mode)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self.name, self._color(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        color = self._color(mode)
        key = (size.width(), size.height(), color, scale)
        found = self._cache.get(key)
        if found is None:
            found = QPixmap(round(size.width() * scale), round(size.height() * scale))
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _renderer(self.name, color).render(painter, QRectF(0, 0, found.width(), found.height()))
            painter.end()
            found.setDevicePixelRatio(scale)
            self._cache[key] = found
        return found

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.color)


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon `name`: a file stem in resources/icons ("today", "lock"), in the palette's
    colours or always in `color` (a style colour: the red of an error)."""
    if not resource_path("icons", f"{name}.svg").is_file():
        raise FileNotFoundError(f"no icon {name} in resources/icons; reinstall the application")
    return QIcon(SvgIconEngine(name, color))
