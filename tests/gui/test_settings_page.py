"""Settings as a person uses them: the language changes at once without losing typing, the
idle time is kept, an admin adds a user, anyone changes their own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.domain.errors import AppError
from inspector_app.gui.settings.settings_page import SettingsPage, UsersModel
from inspector_app.gui.settings.user_dialogs import AddUserDialog, ChangePasswordDialog
from inspector_app.gui.shell import preferences
from inspector_app.services.auth import verify_password
from inspector_app.services.session import open_session, open_session_with_key
from inspector_app.services.users import UserLine, add_user, list_users
from tests.conftest import PASSWORD, make_db
from tests.gui.draft_page import DraftPage, with_draft_page
from tests.gui.drive import open_main_window, type_text
from tests.gui.fakes import FakeDialogs


def settings_of(window) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def ok_button(dialog: QDialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_the_language_changes_at_once_and_typing_stays(qtbot, db_path, translators, monkeypatch):
    with_draft_page(monkeypatch, first=True)
    window = open_main_window(qtbot, db_path, translators, lang="en")
    draft = window.stack.currentWidget()
    assert isinstance(draft, DraftPage)
    type_text(draft.edit, "Заявление Петровой")
    page = settings_of(window)
    combo = page.ui.languageCombo
    assert combo.currentText() == "English"

    combo.setFocus()
    with qtbot.waitSignal(window.context.bus.language_changed) as changed:
        combo.setCurrentIndex(combo.findData("ru"))  # as choosing it from the list

    assert changed.args == ["ru"]
    assert window.context.lang == "ru" and window.session.lang == "ru"
    assert draft.edit.text() == "Заявление Петровой"  # nothing typed is lost
    assert draft.languages[-1] == "ru"  # the page was retranslated
    assert draft.label.text() == "Сегодня"
    assert page.ui.heading.text() == "Настройки"
    assert window.side_bar.item(0).text() == "Draft"
    assert window.side_bar.item(1).text() == "Сегодня"
    assert window.file_menu.title() == "&Файл"
    assert "Журнал участкового инспектора" in window.windowTitle()
    assert preferences.saved_language() == "ru"  # the next start speaks Russian too
    assert combo.currentText() == "Русский"

    combo.setCurrentIndex(combo.findData("kk"))
    assert window.side_bar.item(1).text() == "Бүгін"
    assert draft.edit.text() == "Заявление Петровой"


def test_the_idle_time_is_kept_and_followed(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators)
    page = settings_of(window)
    spin = page.ui.idleSpin
    assert spin.value() == 10
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert preferences.idle_minutes() == 25
    assert window.lock.watcher.timeout_ms == 25 * 60_000


def test_an_admin_adds_a_user_who_can_then_sign_in(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    checked: list[str] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, AddUserDialog)
        ui = dialog.ui
        with qtbot.waitExposed(dialog):
            dialog.show()
        qtbot.keyClicks(ui.loginEdit, "sadykov")
        type_text(ui.fullNameEdit, "Садыков Бауыржан")
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("assistant"))
        qtbot.keyClicks(ui.passwordEdit, "short")
        checked.append(ui.passwordError.text())
        qtbot.keyClicks(ui.passwordEdit, "-but-now-long")
        qtbot.keyClicks(ui.repeatEdit, "short-but-now-long")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    dialogs.on_run.append(fill)
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    page = settings_of(window)
    assert page.ui.usersGroup.isVisible() and page.ui.addUserButton.isVisible()
    assert page.users_model.rowCount() == 1

    qtbot.mouseClick(page.ui.addUserButton, Qt.MouseButton.LeftButton)

    assert checked == ["The password must have at least 8 characters."]
    assert page.users_model.rowCount() == 2  # the list follows (bus: "user")
    assert page.ui.usersCount.text() == "2 users"
    logins = {user.login: user for user in list_users(window.session)}
    assert logins["sadykov"].role == "assistant" and not logins["sadykov"].is_admin
    open_session(db_path, "sadykov", "short-but-now-long").close()


def test_adding_an_existing_login_says_so_under_the_field(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    said: list[str] = []

    def fill(dialog: QDialog) -> int:
        ui = dialog.ui
        with qtbot.waitExposed(dialog):
            dialog.show()
        qtbot.keyClicks(ui.loginEdit, "admin")
        type_text(ui.fullNameEdit, "Ещё один")
        qtbot.keyClicks(ui.passwordEdit, "river-stone-123")
        qtbot.keyClicks(ui.repeatEdit, "river-stone-123")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        said.append(ui.loginError.text())
        assert dialog.isVisible() and ui.fullNameEdit.text() == "Ещё один"  # kept, open
        dialog.reject()
        return dialog.result()

    dialogs.on_run.append(fill)
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    settings_of(window).add_user()
    assert said == ["The user admin exists already."]
    assert len(list_users(window.session)) == 1


def test_anyone_changes_their_own_password(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    said: list[str] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ChangePasswordDialog)
        ui = dialog.ui
        with qtbot.waitExposed(dialog):
            dialog.show()
        qtbot.keyClicks(ui.currentEdit, "not-it")
        qtbot.keyClicks(ui.passwordEdit, "brand-new-pass")
        qtbot.keyClicks(ui.repeatEdit, "brand-new-pass")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        said.append(ui.currentError.text())
        assert ui.passwordEdit.text() == "brand-new-pass"  # kept
        qtbot.keyClicks(ui.currentEdit, PASSWORD)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    dialogs.on_run.append(fill)
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    qtbot.mouseClick(settings_of(window).ui.changePasswordButton, Qt.MouseButton.LeftButton)

    assert said == ["Wrong password. Type it again, minding the keyboard layout."]
    assert dialogs.shown[-1][1] == "Password changed"
    verify_password(window.session, "brand-new-pass")
    with pytest.raises(AppError):
        verify_password(window.session, PASSWORD)


def test_a_user_who_is_not_an_admin_sees_no_users(qtbot, tmp_path, translators):
    path = make_db(tmp_path)
    session, key = open_session_with_key(path, "admin", PASSWORD, "en")
    try:
        add_user(
            session, "kasymov", "Касымов Ерлан", "inspector", "river-stone-nine", master_key=key
        )
    finally:
        session.close()
    window = open_main_window(
        qtbot, path, translators, login="kasymov", password="river-stone-nine"
    )
    page = settings_of(window)
    assert not page.ui.usersGroup.isVisible()
    assert page.ui.changePasswordButton.isVisible()


def test_the_users_model_is_a_well_behaved_table(qtmodeltester):
    model = UsersModel()
    model.set_users(
        [
            UserLine("u1", "admin", "Иванов Иван", "inspector", True, True),
            UserLine("u2", "kasymov", "Касымов Ерлан", "assistant", False, False),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(5)] == [
        "kasymov",
        "Касымов Ерлан",
        "Assistant district inspector",
        "no",
        "no",
    ]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "User name"
