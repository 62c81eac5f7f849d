"""The first run as a person meets it: no database, a wizard that asks what it needs, checks it
as it is typed, creates the database without freezing, shows the recovery key once, then the
sign-in window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from inspector_app.gui.app import AppFlow
from inspector_app.gui.start.first_run_wizard import FirstRunWizard
from inspector_app.gui.start.login_window import LoginWindow
from inspector_app.services.session import open_session
from inspector_app.services.users import recover_password
from inspector_app.services.workplace import workplace
from tests.conftest import FAST_KDF
from tests.gui.drive import show_active, type_text
from tests.gui.fakes import FakeDialogs

RECOVERY_KEY = re.compile(r"^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$")


def open_wizard(qtbot, path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(path, "en", FakeDialogs(), kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    return wizard


def next_button(wizard: QWizard):
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    assert button.isVisible()
    return button


def tick(qtbot, button) -> None:
    """Click a radio button or check box on its mark, as a person does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def click_next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def fill_user(qtbot, wizard: FirstRunWizard, password: str = "strong-pass-1") -> None:
    ui = wizard.user_page.ui
    qtbot.keyClicks(ui.loginEdit, "nurgaliev")
    type_text(ui.fullNameEdit, "Нұрғалиев Ерлан Серікұлы")
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClicks(ui.repeatEdit, password)


def test_an_inspector_creates_the_database_and_writes_the_key_down(qtbot, tmp_path):
    path = tmp_path / "data" / "inspector.db"
    wizard = open_wizard(qtbot, path)
    assert wizard.currentPage() is wizard.role_page
    assert wizard.role_page.ui.inspectorRadio.isChecked()  # the usual case is the default
    tick(qtbot, wizard.role_page.ui.kgRadio)
    click_next(qtbot, wizard)

    place = wizard.place_page.ui
    assert wizard.currentPage() is wizard.place_page
    assert place.precinctCodeEdit.isVisible() and place.districtEdit.isVisible()
    place.deviceEdit.selectAll()
    type_text(place.deviceEdit, "Ноутбук участка 5")
    qtbot.keyClicks(place.districtEdit, "12")
    qtbot.keyClicks(place.precinctCodeEdit, "05")
    type_text(place.precinctNameEdit, "Ак-Суу")
    click_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.user_page
    fill_user(qtbot, wizard)
    assert next_button(wizard).text() == "&Create the database"
    click_next(qtbot, wizard)

    # created on a worker while the busy bar runs, then the key, once
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    key = wizard.recovery_page.ui.keyLabel.text()
    assert RECOVERY_KEY.match(key)
    assert path.exists()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    wizard.reject()  # Escape does not skip the key
    assert wizard.isVisible()

    tick(qtbot, wizard.recovery_page.ui.writtenCheck)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert created.args == ["nurgaliev"]
    assert wizard.recovery_page.ui.keyLabel.text() == ""  # not kept on screen

    session = open_session(path, "nurgaliev", "strong-pass-1")
    try:
        place_now = workplace(session)
        assert (place_now.role, place_now.country) == ("inspector", "KG")
        assert (place_now.precinct_code, place_now.precinct_name) == ("05", "Ак-Суу")
        assert place_now.district_code == "12"
        assert place_now.full_name == "Нұрғалиев Ерлан Серікұлы"
        assert session.is_admin
        assert session.store.get("device", session.device_id)["name"] == "Ноутбук участка 5"
    finally:
        session.close()
    recover_password(path, "nurgaliev", key, "another-pass-2")  # the key shown is the real one
    open_session(path, "nurgaliev", "another-pass-2").close()


def test_a_password_easy_to_guess_is_refused_saying_why(qtbot, tmp_path):
    wizard = open_wizard(qtbot, tmp_path / "a.db")
    click_next(qtbot, wizard)
    place = wizard.place_page.ui
    qtbot.keyClicks(place.precinctCodeEdit, "5")
    qtbot.keyClicks(place.districtEdit, "12")
    click_next(qtbot, wizard)
    user = wizard.user_page.ui
    qtbot.keyClicks(user.loginEdit, "nurgaliev")
    qtbot.keyClicks(user.passwordEdit, "aaaaaaaa")  # was accepted: eight characters
    assert user.passwordError.text().startswith(
        "The password is too easy to guess: it repeats the same characters"
    )
    user.passwordEdit.clear()
    qtbot.keyClicks(user.passwordEdit, "nurgaliev2026")
    assert user.passwordError.text().startswith(
        "The password is too easy to guess: it holds the user's login or name."
    )
    qtbot.keyClicks(user.repeatEdit, "nurgaliev2026")
    type_text(user.fullNameEdit, "Нұрғалиев Ерлан")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.user_page  # refused: nothing is created
    assert not (tmp_path / "a.db").exists()


def test_fields_are_checked_as_typed_and_say_why(qtbot, tmp_path):
    wizard = open_wizard(qtbot, tmp_path / "a.db")
    click_next(qtbot, wizard)
    place = wizard.place_page.ui
    place.deviceEdit.clear()
    click_next(qtbot, wizard)  # empty fields: the reasons show, the page stays
    assert wizard.currentPage() is wizard.place_page
    assert place.deviceError.text() == "Type a name for this computer."
    assert place.precinctCodeError.text() == "Type the precinct number."
    qtbot.keyClicks(place.precinctCodeEdit, "5 a")
    assert place.precinctCodeError.text() == "Use letters and digits only, without spaces or signs."
    qtbot.keyClick(place.precinctCodeEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(place.precinctCodeEdit, Qt.Key.Key_Backspace)
    assert place.precinctCodeError.isHidden()
    qtbot.keyClicks(place.deviceEdit, "pc")
    qtbot.keyClicks(place.districtEdit, "12")
    click_next(qtbot, wizard)

    user = wizard.user_page.ui
    assert user.loginError.isHidden()  # nothing said before anything is typed
    qtbot.keyClicks(user.loginEdit, "ivan ov")
    assert user.loginError.text() == (
        "The login ivan ov may hold only letters, digits, dots, dashes and underscores."
    )
    for _ in range(3):
        qtbot.keyClick(user.loginEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(user.loginEdit, "ov")
    assert user.loginError.isHidden()
    qtbot.keyClicks(user.passwordEdit, "short")
    assert user.passwordError.text() == "The password must have at least 8 characters."
    qtbot.keyClicks(user.passwordEdit, "-enough")
    assert user.passwordError.isHidden()
    qtbot.keyClicks(user.repeatEdit, "short-enoug")
    assert user.repeatError.text() == "The two passwords differ."
    qtbot.keyClicks(user.repeatEdit, "h")
    assert user.repeatError.isHidden()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.user_page  # the full name is still missing
    assert user.fullNameError.text() == "The full name is required."
    qtbot.waitUntil(user.fullNameEdit.hasFocus)
    assert user.passwordEdit.text() == "short-enough"  # nothing typed is lost


@pytest.mark.parametrize(
    ("role", "precinct", "district"), [("chief", False, True), ("hq", False, False)]
)
def test_a_chief_and_hq_are_asked_only_what_they_need(qtbot, tmp_path, role, precinct, district):
    path = tmp_path / f"{role}.db"
    wizard = open_wizard(qtbot, path)
    radio = wizard.role_page.ui.chiefRadio if role == "chief" else wizard.role_page.ui.hqRadio
    tick(qtbot, radio)
    click_next(qtbot, wizard)
    place = wizard.place_page.ui
    assert place.precinctCodeEdit.isVisible() == precinct
    assert place.precinctNameEdit.isVisible() == precinct
    assert place.districtEdit.isVisible() == district
    if district:
        qtbot.keyClicks(place.districtEdit, "12")
    click_next(qtbot, wizard)
    fill_user(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    session = open_session(path, "nurgaliev", "strong-pass-1")
    try:
        assert session.device_role == role
        assert workplace(session).district_code == ("12" if district else None)
    finally:
        session.close()


def test_a_failure_is_said_in_words_and_may_be_tried_again(qtbot, tmp_path):
    path = tmp_path / "a.db"
    wizard = open_wizard(qtbot, path)
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.place_page.ui.districtEdit, "12")
    qtbot.keyClicks(wizard.place_page.ui.precinctCodeEdit, "05")
    click_next(qtbot, wizard)
    fill_user(qtbot, wizard)
    path.write_bytes(b"someone else's file")  # appears while the person was typing
    click_next(qtbot, wizard)

    status = wizard.create_page.ui.status
    qtbot.waitUntil(wizard.create_page.ui.retryButton.isVisible, timeout=20_000)
    assert status.text() == f"{path} exists already; a database is never overwritten."
    assert path.read_bytes() == b"someone else's file"  # never overwritten
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()

    path.unlink()
    qtbot.mouseClick(wizard.create_page.ui.retryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    assert path.exists()


def test_after_the_wizard_comes_sign_in_then_the_main_window(qtbot, tmp_path, translators):
    path = tmp_path / "a.db"
    translators.switch("en")
    flow = AppFlow(path, "en", translators, dialogs=FakeDialogs())
    flow.start()
    try:
        wizard = flow.window
        assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
        wizard._kdf = FAST_KDF  # weak, for speed: tests only
        click_next(qtbot, wizard)
        qtbot.keyClicks(wizard.place_page.ui.districtEdit, "12")
        qtbot.keyClicks(wizard.place_page.ui.precinctCodeEdit, "05")
        click_next(qtbot, wizard)
        fill_user(qtbot, wizard)
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
        tick(qtbot, wizard.recovery_page.ui.writtenCheck)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

        login = flow.window
        assert isinstance(login, LoginWindow) and login.isVisible()
        assert not wizard.isVisible()
        form = login.login_form
        assert form.login_edit.text() == "nurgaliev"  # the user just made
        qtbot.keyClicks(form.password_edit, "strong-pass-1")
        qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)

        qtbot.waitUntil(lambda: type(flow.window).__name__ == "MainWindow", timeout=20_000)
        main = flow.window
        assert main.isVisible() and not (shiboken6.isValid(login) and login.isVisible())
        assert "Нұрғалиев Ерлан Серікұлы" in main.windowTitle()
    finally:
        if flow.window is not None:
            flow.window.close()
