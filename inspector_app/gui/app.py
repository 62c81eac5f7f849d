"""Start the desktop application: `inspector-app` with no subcommand calls `run`.

The way through: the first-run wizard when there is no database yet, then the sign-in window,
then the main window until it is closed.

Start-up stays fast: this module imports Qt and the sign-in window only; the database code
loads when the user signs in (or, on a first run, while the wizard's first page is read),
reportlab when a report is made.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.gui.shell.fonts import FontError, register_fonts
from inspector_app.gui.shell.preferences import LANGUAGES, saved_language
from inspector_app.gui.shell.translations import Translators
from inspector_app.gui.start.login_window import LoginWindow

if TYPE_CHECKING:
    from inspector_app.gui.main_window import MainWindow
    from inspector_app.gui.shell.dialogs import DialogService
    from inspector_app.services.session import Session
    from inspector_app.services.window_lock import WindowClaim

APP_NAME = "inspector-app"
EXIT_INTERNAL = 1  # as the CLI: an internal error (here, a damaged installation)
EXIT_REFUSED = 2  # as the CLI: refused (here, the database is open in another window)
DEFAULT_LANGUAGE = "ru"


def resolve_language(lang: str | None) -> str:
    """--lang, else INSPECTOR_APP_LANG, else the one chosen in Settings, else Russian; an
    unknown language falls back too. (Reading Settings needs the application's names set.)"""
    chosen = lang or os.environ.get("INSPECTOR_APP_LANG")
    if not chosen and QApplication.instance() is not None:
        chosen = saved_language()
    chosen = chosen or DEFAULT_LANGUAGE
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def apply_look(app: QApplication) -> str:
    """Fusion style and the shipped font at the system's size; returns the font family.

    Raises FontError when the shipped font is missing.
    """
    if app.style().name().casefold() != "fusion":  # already so on Linux: 6 ms saved at start
        app.setStyle("Fusion")
    family = register_fonts()
    font = app.font()
    font.setFamily(family)
    app.setFont(font)
    return family


def name_application(app: QApplication) -> None:
    """The names QSettings files its values under (gui/shell/preferences.py)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)


class AppFlow(QObject):
    """Wizard, sign-in, main window: shows each in turn and hands the session on."""

    def __init__(
        self,
        db_path: Path,
        lang: str,
        translators: Translators,
        login: str = "",
        dialogs: DialogService | None = None,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.lang = lang
        self.login = login
        self.translators = translators
        self._dialogs = dialogs
        self.window: QWidget | None = None  # the one window shown now

    @property
    def dialogs(self) -> DialogService:
        """The dialog service, made when first needed (not before the first window)."""
        if self._dialogs is None:
            from inspector_app.gui.shell.dialogs import DialogService

            self._dialogs = DialogService()
        return self._dialogs

    def start(self) -> None:
        if self.db_path.exists():
            self.show_login(self.login)
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from inspector_app.gui.start.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self.db_path, self.lang, self.dialogs)
        wizard.created.connect(self.show_login)
        wizard.language_chosen.connect(lambda lang: self._speak(lang, self.show_wizard))
        self._replace(wizard)

    def show_login(self, login: str = "") -> None:
        window = LoginWindow(self.db_path, self.lang, login)
        window.signed_in.connect(self.show_main)
        window.language_chosen.connect(
            lambda lang: self._speak(lang, lambda: self.show_login(window.typed_login()))
        )
        self._replace(window)

    def _speak(self, lang: str, show_again: Callable[[], None]) -> None:
        """A language chosen before signing in: kept for next time, the window shown anew."""
        from inspector_app.gui.shell import preferences

        if lang == self.lang:
            return
        self.lang = lang
        self.translators.switch(lang)
        preferences.set_language(lang)
        show_again()

    def show_main(self, session: Session, master_key: bytes) -> None:
        from inspector_app.gui.main_window import MainWindow

        try:
            window: MainWindow = MainWindow(session, master_key, self.translators, self.dialogs)
        except BaseException:
            session.close()
            raise
        window.signed_out.connect(self._signed_out)
        self._replace(window)
        from inspector_app.gui.settings.backups_panel import start_daily_backup

        start_daily_backup(window.context)  # once a day, quietly, while the window is open

    def _signed_out(self, login: str) -> None:
        window = self.window
        context = getattr(window, "context", None)
        self.lang = str(getattr(context, "lang", self.lang))  # as the window spoke last
        self.show_login(login)

    def current_language(self) -> str:
        window = self.window
        context = getattr(window, "context", None)
        return str(getattr(context, "lang", self.lang))

    def _replace(self, window: QWidget) -> None:
        """Show `window` first, then close the one before (so the application never has no
        window and quits)."""
        previous, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if previous is not None:
            previous.close()
            previous.deleteLater()


def claim_or_say(db_path: Path, dialogs: DialogService) -> WindowClaim | None:
    """This window's claim on the database; when another window holds it, say so politely
    and give None (two windows would each keep their own view and clock of one database)."""
    from inspector_app.services.window_lock import claim_window

    claim = claim_window(db_path)
    if claim is None:
        dialogs.warn(
            None,
            QCoreApplication.translate("App", "Already open"),
            QCoreApplication.translate(
                "App",
                "The application is already open on this database in another window. Switch"
                " to that window (it is on the taskbar).",
            ),
        )
    return claim


def use_settings_folder(root: Path) -> None:
    """File every QSettings() of the process as an INI file under `root` (the platformdirs
    folder, or the portable data folder): `<root>/inspector-app/inspector-app.ini`, the same
    on every system (no Windows registry)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))


def run(
    db_path: Path,
    lang: str | None,
    login: str | None = None,
    settings_root: Path | None = None,
    check_start: bool = False,
) -> int:
    """Open the application on the database at `db_path` and run until its window closes.

    `settings_root`: where QSettings files its values (None: as already set up, as in tests).
    `check_start`: print the first window's name once it is shown and quit (start_check.py).
    """
    if settings_root is not None:
        use_settings_folder(settings_root)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    name_application(app)
    lang = resolve_language(lang)
    try:
        apply_look(app)
    except FontError as error:
        print(error, file=sys.stderr)
        return EXIT_INTERNAL
    translators = Translators(app)
    translators.switch(lang)
    flow = AppFlow(db_path, lang, translators, login or os.environ.get("INSPECTOR_APP_USER", ""))
    from inspector_app.gui.shell.crash import CrashHandler

    crashes = CrashHandler(lambda: flow.dialogs, QApplication.activeWindow, flow.current_language)
    crashes.install()
    claim = claim_or_say(db_path, flow.dialogs)
    if claim is None:
        crashes.uninstall()
        translators.remove()
        return EXIT_REFUSED
    if check_start:
        from inspector_app.gui.start.start_check import StartCheck

        StartCheck(app, lambda: flow.window)
    try:
        flow.start()
        return app.exec()
    finally:
        claim.release()
        crashes.uninstall()
        if flow.window is not None:
            flow.window.close()  # closes the session, if the event loop ended another way
            flow.window.deleteLater()
        translators.remove()
