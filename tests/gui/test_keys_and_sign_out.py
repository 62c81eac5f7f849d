"""Keys and the File and Help menus: each page has the same key for every role (Ctrl+2 was
People for an inspector but District for a chief), Reports and Sync have keys, F1 lists the
page's own keys (Ctrl+N of the Log page was missing); sign out and switch user go back to the
sign-in screen; About says the version."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from inspector_app import __version__
from inspector_app.gui.app import AppFlow
from inspector_app.gui.main_window import MainWindow
from inspector_app.gui.shell import page_registry as registry
from inspector_app.gui.shell.shortcuts_dialog import ShortcutsDialog
from inspector_app.gui.start.login_window import LoginWindow
from tests.conftest import PASSWORD, make_db
from tests.gui.drive import open_main_window, press, type_text
from tests.gui.fakes import FakeDialogs


def _keys(window: MainWindow) -> dict[str, str]:
    return {
        entry.page_id: action.shortcut().toString()
        for entry, action in zip(window.entries, window.page_actions, strict=True)
    }


def test_a_page_has_the_same_key_for_every_role(qtbot, tmp_path, translators):
    inspector = open_main_window(qtbot, make_db(tmp_path, name="i.db"), translators)
    chief = open_main_window(qtbot, make_db(tmp_path, role="chief", name="c.db"), translators)
    mine, theirs = _keys(inspector), _keys(chief)
    for page in set(mine) & set(theirs):
        assert mine[page] == theirs[page], page
    assert mine["people"] == theirs["people"] == "Ctrl+2"
    assert mine["reports"] == "Ctrl+R" and mine["sync"] == "Ctrl+Shift+S"
    assert theirs["district"] == "Ctrl+9"
    press(qtbot, chief, "Ctrl+2")
    assert chief.stack.currentWidget() is chief.page("people")
    press(qtbot, chief, "Ctrl+Shift+S")
    assert chief.stack.currentWidget() is chief.page("sync")
    assert mine["partnership"] == theirs["partnership"] == "Ctrl+Shift+M"
    press(qtbot, chief, "Ctrl+Shift+M")
    assert chief.stack.currentWidget() is chief.page("partnership")


def test_f1_on_the_log_page_lists_its_own_keys(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    shown: list[list[tuple[str, str]]] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog.rows())
        return QDialog.DialogCode.Rejected

    dialogs.on_run.append(look)
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    press(qtbot, window, registry.PAGE_KEYS["log"])
    assert window.stack.currentWidget() is window.page("log")
    press(qtbot, window, "F1")
    rows = shown[0]
    assert ("New log entry", "Ctrl+N") in rows
    assert ("Save the entry", "Ctrl+S") in rows
    assert ("Reports", "Ctrl+R") in rows


def test_about_says_the_version(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    window.about_action.trigger()
    (kind, title, text) = dialogs.shown[-1]
    assert (kind, title) == ("inform", "About")
    assert f"Version {__version__}" in text


def test_sign_out_and_switch_user_go_back_to_sign_in(qtbot, db_path, translators):
    translators.switch("en")
    flow = AppFlow(db_path, "en", translators, dialogs=FakeDialogs())
    flow.start()
    login = flow.window
    assert isinstance(login, LoginWindow)
    form = login.login_form
    form.login_edit.setText("admin")
    type_text(form.password_edit, PASSWORD)
    form.submit()
    qtbot.waitUntil(lambda: isinstance(flow.window, MainWindow), timeout=20_000)
    main = flow.window
    assert isinstance(main, MainWindow)
    titles = [a.text() for a in main.file_menu.actions() if a.text()]
    assert "Sign &out" in titles and "S&witch user…" in titles

    main.sign_out_action.trigger()
    again = flow.window
    assert isinstance(again, LoginWindow)
    assert again.login_form.login_edit.text() == "admin"  # the same person, password asked
    assert main.session is None and not main.isVisible()  # the session let go

    type_text(again.login_form.password_edit, PASSWORD)
    again.login_form.submit()
    qtbot.waitUntil(lambda: isinstance(flow.window, MainWindow), timeout=20_000)
    second = flow.window
    assert isinstance(second, MainWindow)
    second.switch_user_action.trigger()
    third = flow.window
    assert isinstance(third, LoginWindow)
    assert third.login_form.login_edit.text() == ""  # someone else signs in
    third.close()
