"""Start the desktop application: `inspector-app` with no subcommand calls `run`.

Start-up stays fast: this module imports Qt and the sign-in window only; the database code loads
when the user signs in, reportlab when a report is made.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from inspector_app.gui.fonts import FontError, register_fonts
from inspector_app.gui.login_window import LoginWindow
from inspector_app.gui.translations import install_translators, remove_translators
from inspector_app.i18n import DEFAULT_LANGUAGE, LANGUAGES

APP_NAME = "inspector-app"
EXIT_INTERNAL = 1  # as the CLI: an internal error (here, a damaged installation)


def resolve_language(lang: str | None) -> str:
    """--lang, else INSPECTOR_APP_LANG, else Russian; an unknown language falls back too."""
    chosen = lang or os.environ.get("INSPECTOR_APP_LANG") or DEFAULT_LANGUAGE
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def apply_look(app: QApplication) -> str:
    """Fusion style and the shipped font at the system's size; returns the font family.

    Raises FontError when the shipped font is missing.
    """
    app.setStyle("Fusion")
    family = register_fonts()
    font = app.font()
    font.setFamily(family)
    app.setFont(font)
    return family


def setup_application(app: QApplication, lang: str) -> list[QTranslator]:
    """Name, look and translations of the application; returns the translators installed."""
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    apply_look(app)
    return install_translators(app, lang)


def run(db_path: Path, lang: str | None, login: str | None = None) -> int:
    """Open the window on the database at `db_path` and run until it is closed."""
    lang = resolve_language(lang)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    try:
        translators = setup_application(app, lang)
    except FontError as error:
        print(error, file=sys.stderr)
        return EXIT_INTERNAL
    window = LoginWindow(db_path, lang, login or os.environ.get("INSPECTOR_APP_USER", ""))
    try:
        window.show()
        return app.exec()
    finally:
        window.close()  # closes the session, if the event loop ended another way
        window.deleteLater()
        remove_translators(app, translators)
