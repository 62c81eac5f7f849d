"""The language is chosen before signing in: on the sign-in screen and on the first page of
the first-run wizard; the window speaks it at once, and it is kept for the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from inspector_app.gui.app import AppFlow
from inspector_app.gui.shell import preferences
from inspector_app.gui.start.first_run_wizard import FirstRunWizard
from inspector_app.gui.start.login_window import LoginWindow
from tests.gui.fakes import FakeDialogs


def _choose(qtbot, combo, lang: str) -> None:
    """Pick a language with the keyboard, as a person would."""
    combo.setFocus()
    while combo.currentData() != lang:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    # a QComboBox tells `activated` for a choice made by the user
    combo.activated.emit(combo.currentIndex())


def test_the_sign_in_screen_switches_language_and_keeps_the_login(qtbot, db_path, translators):
    translators.switch("ru")
    flow = AppFlow(db_path, "ru", translators, dialogs=FakeDialogs())
    flow.start()
    first = flow.window
    assert isinstance(first, LoginWindow)
    assert first.login_form.sign_in_button.text() == "Войти"
    qtbot.keyClicks(first.login_form.login_edit, "admin")

    _choose(qtbot, first.language_box.combo, "ky")

    again = flow.window
    assert isinstance(again, LoginWindow) and again is not first
    assert again.login_form.sign_in_button.text() != "Войти"
    assert again.language_box.label.text() == "&Тил"
    assert again.login_form.login_edit.text() == "admin"  # nothing typed is lost
    assert preferences.saved_language() == "ky"
    assert flow.lang == "ky"
    again.close()


def test_the_wizard_asks_the_language_on_its_first_page(qtbot, tmp_path, translators):
    translators.switch("ru")
    flow = AppFlow(tmp_path / "a.db", "ru", translators, dialogs=FakeDialogs())
    flow.start()
    wizard = flow.window
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.language_box.isVisible()
    next_ru = wizard.button(QWizard.WizardButton.NextButton).text()

    _choose(qtbot, wizard.language_box.combo, "kk")

    again = flow.window
    assert isinstance(again, FirstRunWizard) and again is not wizard
    assert again.language_box.combo.currentData() == "kk"
    assert again.button(QWizard.WizardButton.NextButton).text() != next_ru
    assert preferences.saved_language() == "kk"
    again.close()
