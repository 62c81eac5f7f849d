"""The first window as a user meets it: no database yet, a wrong password, signing in, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from inspector_app.gui import app as gui_app
from inspector_app.gui import fonts
from inspector_app.gui.home_page import SEARCH_DELAY_MS, HomePage
from inspector_app.gui.login_window import LoginWindow
from inspector_app.gui.search_model import ID_ROLE, SearchResultsModel
from inspector_app.gui.translations import install_translators, remove_translators
from inspector_app.services.people import SearchHit, add_person
from inspector_app.services.session import open_session


def open_window(qtbot, db_path: Path, lang: str = "en") -> LoginWindow:
    window = LoginWindow(db_path, lang)
    qtbot.addWidget(window)  # closed (and its session with it) even when the test fails
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget, text: str) -> None:
    """Type `text` key by key; unlike qtbot.keyClicks it takes letters beyond ASCII."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(widget, event)


def sign_in(qtbot, window: LoginWindow, login: str, password: str) -> None:
    form = window.login_form
    assert form is not None and window.pages.currentWidget() is form
    qtbot.keyClicks(form.login_edit, login)
    qtbot.keyClicks(form.password_edit, password)
    qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)


def test_without_a_database_the_window_shows_the_command_that_creates_one(qtbot, tmp_path):
    missing = tmp_path / "new folder" / "a.db"
    window = open_window(qtbot, missing)

    page = window.missing_page
    assert page is not None and page.isVisible()
    assert window.login_form is None
    assert str(missing) in page.explanation.text()
    view = page.command_view
    command = view.command
    assert view.isVisible() and view.isReadOnly()
    assert command.startswith(f"inspector-app --db '{missing}' init --role inspector ")
    for option in ("--country KZ", "--device-name", "--user", "--full-name", "--precinct-code"):
        assert option in command
    # shown wrapped between options only, it copies as one line to type in a terminal
    assert view.height() >= 2 * view.fontMetrics().height()
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == command

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == command
    window.close()


def test_check_again_finds_a_database_created_meanwhile(qtbot, tmp_path, db_path):
    later = tmp_path / "later.db"
    window = open_window(qtbot, later)
    assert window.missing_page is not None
    db_path.rename(later)
    db_path.with_name("a.db.keys").rename(tmp_path / "later.db.keys")

    qtbot.mouseClick(window.missing_page.check_button, Qt.MouseButton.LeftButton)

    assert window.login_form is not None
    assert window.pages.currentWidget() is window.login_form
    window.close()


def test_a_wrong_password_shows_the_reason_and_keeps_the_form(qtbot, db_path):
    window = open_window(qtbot, db_path, lang="en")
    form = window.login_form
    assert form is not None
    assert form.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not form.error_label.isVisible()

    sign_in(qtbot, window, "admin", "not-the-password")

    qtbot.waitUntil(form.error_label.isVisible)
    assert form.error_label.text() == "Wrong user name or password."
    assert form.password_edit.text() == ""
    assert form.sign_in_button.isEnabled()
    assert QApplication.overrideCursor() is None
    assert window.session is None
    assert window.pages.currentWidget() is form
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


def test_signing_in_shows_the_user_and_search_finds_people_as_one_types(qtbot, db_path):
    session = open_session(db_path, "admin", "secret123", "en")
    try:
        add_person(session, {"surname": "Нұрғалиева", "name": "Әлия"})
        add_person(session, {"surname": "Петров", "name": "Пётр"})
    finally:
        session.close()
    window = open_window(qtbot, db_path)

    sign_in(qtbot, window, "admin", "secret123")

    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), HomePage))
    home = window.home_page
    assert isinstance(home, HomePage)
    assert window.login_form is None  # the form and the typed password are gone
    assert window.session is not None
    name = home.findChild(QLabel, "userName")
    assert name is not None and name.isVisible()
    assert name.text() == "Иванов Иван"
    assert home.role_label.text() == "District inspector, administrator"
    assert home.database_label.text() == "This computer holds an inspector's database, Kazakhstan."

    type_text(home.search_box, "нургал")
    assert home.search_box.text() == "нургал"
    assert home.results_model.rowCount() == 0  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: home.results_model.rowCount() == 1, timeout=20 * SEARCH_DELAY_MS)
    first = home.results_model.index(0, 0)
    assert first.data() == "Нұрғалиева Әлия"
    assert home.results.isVisible()
    assert home.status_label.text() == "Found: 1"

    home.search_box.clear()
    qtbot.waitUntil(lambda: home.results_model.rowCount() == 0)
    assert "Type a surname" in home.status_label.text()

    window.close()
    assert window.session is None


def test_search_results_model_is_a_well_behaved_table(qtmodeltester):
    model = SearchResultsModel()
    model.set_hits(
        [
            SearchHit("p1", "Нұрғалиева Әлия", "900101400123", "1990-01-01"),
            SearchHit("p2", "Петров Пётр", None, None),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert [model.index(0, c).data() for c in range(3)] == [
        "Нұрғалиева Әлия",
        "900101400123",
        "01.01.1990",
    ]
    assert [model.index(1, c).data() for c in range(3)] == ["Петров Пётр", "", ""]
    assert model.index(1, 0).data(ID_ROLE) == "p2"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Full name"


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
        assert [t.language().split("_")[0] for t in translators] == [qt_language]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_needs_no_catalog(qapp):
    assert install_translators(qapp, "en") == []


def test_the_language_comes_from_the_option_then_the_environment(monkeypatch):
    monkeypatch.delenv("INSPECTOR_APP_LANG", raising=False)
    assert gui_app.resolve_language(None) == "ru"
    assert gui_app.resolve_language("kk") == "kk"
    monkeypatch.setenv("INSPECTOR_APP_LANG", "ky")
    assert gui_app.resolve_language(None) == "ky"
    monkeypatch.setenv("INSPECTOR_APP_LANG", "xx")
    assert gui_app.resolve_language(None) == "ru"


def test_run_opens_the_window_and_returns_when_it_closes(qapp, tmp_path):
    def close_windows() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginWindow)]
        assert len(shown) == 1 and shown[0].isVisible()
        assert shown[0].windowTitle() == "District inspector's log"
        shown[0].close()

    QTimer.singleShot(0, close_windows)
    assert gui_app.run(tmp_path / "a.db", "en") == 0
