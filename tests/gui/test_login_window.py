"""The sign-in window as a user meets it: a wrong password, an empty one, signing in; the
shipped font, Qt's own translations, the language chosen; run() from start to close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit

from inspector_app.gui import app as gui_app
from inspector_app.gui.shell import fonts
from inspector_app.gui.shell.translations import install_translators, remove_translators
from inspector_app.gui.start.login_window import LoginWindow
from tests.conftest import PASSWORD
from tests.gui.drive import show_active


def open_window(qtbot, db_path: Path, lang: str = "en") -> LoginWindow:
    window = LoginWindow(db_path, lang)
    qtbot.addWidget(window)  # closed even when the test fails
    show_active(qtbot, window)
    return window


def sign_in(qtbot, window: LoginWindow, login: str, password: str) -> None:
    form = window.login_form
    assert form.isVisible()
    qtbot.keyClicks(form.login_edit, login)
    qtbot.keyClicks(form.password_edit, password)
    qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)


def test_a_wrong_password_shows_the_reason_and_keeps_the_form(qtbot, db_path):
    window = open_window(qtbot, db_path, lang="en")
    signed: list[object] = []
    window.signed_in.connect(lambda session, key: signed.append(session))
    form = window.login_form
    assert form.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not form.error_label.isVisible()

    sign_in(qtbot, window, "admin", "not-the-password")

    qtbot.waitUntil(form.error_label.isVisible)
    assert form.error_label.text() == "Wrong user name or password."
    assert form.password_edit.text() == ""
    assert form.sign_in_button.isEnabled()
    assert QApplication.overrideCursor() is None
    assert signed == []
    window.close()


def test_an_empty_password_is_asked_for_without_trying(qtbot, db_path):
    window = open_window(qtbot, db_path)
    form = window.login_form
    assert form is not None
    qtbot.keyClicks(form.login_edit, "admin")
    qtbot.keyClick(form.login_edit, Qt.Key.Key_Return)

    assert form.error_label.isVisible()
    assert form.error_label.text() == "Type your password."
    assert form.sign_in_button.isEnabled()
    window.close()


def test_signing_in_hands_on_the_session_and_the_master_key(qtbot, db_path):
    window = open_window(qtbot, db_path, lang="en")
    form = window.login_form

    qtbot.keyClicks(form.login_edit, "admin")
    qtbot.keyClicks(form.password_edit, PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=10_000) as signal:
        qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)

    session, key = signal.args
    try:
        assert session.user["login"] == "admin"
        assert session.lang == "en"
        assert isinstance(key, bytes) and len(key) == 32
        assert form.password_edit.text() == ""  # the typed password is gone from the form
    finally:
        session.close()
    window.close()


def test_the_shipped_font_draws_kazakh_and_kyrgyz_letters(app_look):
    assert app_look == "DejaVu Sans"
    assert fonts.register_fonts() == "DejaVu Sans"  # a second call registers nothing new
    assert QApplication.font().family() == "DejaVu Sans"
    metrics = QFontMetrics(QFont("DejaVu Sans"))
    for letter in "ЖжӘәҒғҚқҢңӨөҰұҮүҺһІі₸":
        assert metrics.inFontUcs4(ord(letter)), letter


def test_a_missing_font_file_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "resource_path", tmp_path.joinpath)
    with pytest.raises(fonts.FontError, match=r"DejaVuSans\.ttf is missing; reinstall"):
        fonts.register_fonts()


@pytest.mark.parametrize(("lang", "qt_language"), [("ru", "ru"), ("kk", "kk"), ("ky", "ru")])
def test_qt_speaks_the_users_language_and_kyrgyz_falls_back_to_russian(qapp, lang, qt_language):
    translators = install_translators(qapp, lang)
    try:
        assert [t.language().split("_")[0] for t in translators] == [qt_language, lang]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_needs_only_its_plural_forms(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert [t.language() for t in translators] == ["en_US"]  # no Qt catalog
        assert QCoreApplication.translate("SettingsPage", "%n user(s)", None, 1) == "1 user"
        assert QCoreApplication.translate("SettingsPage", "%n user(s)", None, 3) == "3 users"
    finally:
        remove_translators(qapp, translators)


def test_the_language_comes_from_the_option_then_the_environment(monkeypatch):
    monkeypatch.delenv("INSPECTOR_APP_LANG", raising=False)
    assert gui_app.resolve_language(None) == "ru"
    assert gui_app.resolve_language("kk") == "kk"
    monkeypatch.setenv("INSPECTOR_APP_LANG", "ky")
    assert gui_app.resolve_language(None) == "ky"
    monkeypatch.setenv("INSPECTOR_APP_LANG", "xx")
    assert gui_app.resolve_language(None) == "ru"


def test_the_language_chosen_in_settings_is_used_next_time(qapp, monkeypatch):
    from inspector_app.gui.shell import preferences

    monkeypatch.delenv("INSPECTOR_APP_LANG", raising=False)
    preferences.set_language("kk")
    assert gui_app.resolve_language(None) == "kk"
    assert gui_app.resolve_language("en") == "en"
    monkeypatch.setenv("INSPECTOR_APP_LANG", "ky")
    assert gui_app.resolve_language(None) == "ky"


def test_the_gui_knows_the_languages_of_the_core():
    from inspector_app.gui.shell.preferences import LANGUAGES
    from inspector_app.i18n import LANGUAGES as CORE_LANGUAGES

    assert LANGUAGES == CORE_LANGUAGES


def test_run_opens_the_sign_in_window_and_returns_when_it_closes(qapp, db_path):
    seen: list[str] = []

    def close_windows() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(type(w).__name__ for w in shown)
        for window in shown:
            seen.append(window.windowTitle())
            window.close()

    QTimer.singleShot(0, close_windows)
    assert gui_app.run(db_path, "en") == 0
    assert seen == ["LoginWindow", "District inspector's log"]


def test_run_without_a_database_opens_the_first_run_wizard(qapp, tmp_path):
    seen: list[str] = []

    def close_windows() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(type(w).__name__ for w in shown)
        for window in shown:
            window.close()

    QTimer.singleShot(0, close_windows)
    assert gui_app.run(tmp_path / "new" / "a.db", "en") == 0
    assert seen == ["FirstRunWizard"]
    assert not (tmp_path / "new" / "a.db").exists()
