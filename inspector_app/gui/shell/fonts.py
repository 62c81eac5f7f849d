"""The fonts the application ships, registered with Qt so every letter draws on any machine.

A fresh machine may have no font with Cyrillic and Kazakh letters (ә ғ қ ң ө ұ ү һ і), or no
font at all; Qt then draws empty boxes (DESIGN.md section 9). The application therefore
registers its own copy of DejaVu Sans at start and uses it for every widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from inspector_app.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_registered: dict[Path, int] = {}  # font file -> Qt's id for it, so a second call adds nothing


class FontError(RuntimeError):
    """A shipped font file is missing or unreadable: the installation is damaged."""


def register_fonts() -> str:
    """Register the shipped fonts with Qt and return the family name to use ("DejaVu Sans").

    Needs a QGuiApplication. Raises FontError when a font file is missing or Qt cannot read it.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication; create it first")
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = _registered.get(path)
        if font_id is None or not QFontDatabase.applicationFontFamilies(font_id):
            font_id = _add_font(path)
            _registered[path] = font_id
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0]


def _add_font(path: Path) -> int:
    if not path.is_file():
        raise FontError(f"The font file {path} is missing; reinstall the application.")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0 or not QFontDatabase.applicationFontFamilies(font_id):
        raise FontError(f"The font file {path} cannot be read; reinstall the application.")
    return font_id
