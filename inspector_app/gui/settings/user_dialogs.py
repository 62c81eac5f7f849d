"""Adding a user (an admin) and changing one's own password: Designer forms checked as typed.

A dialog stays open until the service has accepted what was typed; a refusal is shown under the
field it is about, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_add_user_dialog import Ui_AddUserDialog
from inspector_app.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from inspector_app.gui.shared.validation import FieldChecks, core_reason, core_words
from inspector_app.gui.shell import style
from inspector_app.gui.shell.words import USER_ROLES, role_word

# submit(values) -> None, or raises AppError
AddUser = Callable[[str, str, str, str, bool], None]
ChangePassword = Callable[[str, str], None]


def _busy(action: Callable[[], None]) -> None:
    """Run a short blocking call (a password's key derivation) under the wait cursor."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        action()
    finally:
        QApplication.restoreOverrideCursor()


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _login_reason(login: str, lang: str) -> str | None:
    if not login:
        return QCoreApplication.translate("AddUserDialog", "Type a user name.")
    from inspector_app.services.setup import check_login

    return core_reason(lambda: check_login(login), lambda: lang)


def _password_reason(password: str, lang: str, user_inputs: tuple[str, ...] = ()) -> str | None:
    """Why the password is weak (short, common, the user's own name...), in `lang`."""
    from inspector_app.services.setup import check_password

    return core_reason(lambda: check_password(password, user_inputs), lambda: lang)


class AddUserDialog(QDialog):
    def __init__(
        self, submit: AddUser, lang: str, roles: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self._lang = lang
        ui = self.ui
        for role in roles:
            ui.roleCombo.addItem(role_word(role), role)
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("AddUserDialog", "&Add"))
        style.mark_error(ui.formError)
        ui.formError.hide()
        self.checks = FieldChecks(self)
        self.checks.add(
            ui.loginEdit, ui.loginError, lambda: _login_reason(ui.loginEdit.text().strip(), lang)
        )
        self.checks.add(
            ui.fullNameEdit,
            ui.fullNameError,
            lambda: (
                None
                if ui.fullNameEdit.text().strip()
                else core_words("user.full_name_required", lang)
            ),
        )
        self.checks.add(
            ui.passwordEdit,
            ui.passwordError,
            lambda: _password_reason(
                ui.passwordEdit.text(), lang, (ui.loginEdit.text(), ui.fullNameEdit.text())
            ),
        )
        self.checks.add(
            ui.repeatEdit,
            ui.repeatError,
            lambda: (
                None
                if ui.repeatEdit.text() == ui.passwordEdit.text()
                else core_words("password.mismatch", lang)
            ),
            also=[ui.passwordEdit],
        )
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.loginEdit.setFocus()

    def accept(self) -> None:
        if not self.checks.show_all():
            return
        ui = self.ui
        try:
            _busy(
                lambda: self._submit(
                    ui.loginEdit.text().strip(),
                    ui.fullNameEdit.text().strip(),
                    str(ui.roleCombo.currentData()),
                    ui.passwordEdit.text(),
                    ui.adminCheck.isChecked(),
                )
            )
        except AppError as error:
            from inspector_app.messages import describe

            if error.code in ("user.exists", "login.invalid"):
                _show(ui.loginError, describe(error, self._lang))
                ui.loginEdit.setFocus()
            else:
                _show(ui.formError, describe(error, self._lang))
            return
        super().accept()


class ChangePasswordDialog(QDialog):
    def __init__(self, submit: ChangePassword, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self._lang = lang
        ui = self.ui
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("ChangePasswordDialog", "&Change"))
        style.mark_error(ui.formError)
        ui.formError.hide()
        self.checks = FieldChecks(self)
        self.checks.add(
            ui.currentEdit,
            ui.currentError,
            lambda: (
                None
                if ui.currentEdit.text()
                else QCoreApplication.translate(
                    "ChangePasswordDialog", "Type your current password."
                )
            ),
        )
        self.checks.add(
            ui.passwordEdit,
            ui.passwordError,
            lambda: _password_reason(ui.passwordEdit.text(), lang),
        )
        self.checks.add(
            ui.repeatEdit,
            ui.repeatError,
            lambda: (
                None
                if ui.repeatEdit.text() == ui.passwordEdit.text()
                else core_words("password.mismatch", lang)
            ),
            also=[ui.passwordEdit],
        )
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.currentEdit.setFocus()

    def accept(self) -> None:
        if not self.checks.show_all():
            return
        ui = self.ui
        try:
            _busy(lambda: self._submit(ui.currentEdit.text(), ui.passwordEdit.text()))
        except AppError as error:
            from inspector_app.messages import describe

            if error.code == "login.failed":
                _show(ui.currentError, core_words("password.wrong", self._lang))
                ui.currentEdit.clear()
                ui.currentEdit.setFocus()
            elif error.code == "login.locked":
                _show(ui.currentError, describe(error, self._lang))
            else:
                _show(ui.formError, describe(error, self._lang))
            return
        super().accept()


ROLES_ADDABLE = list(USER_ROLES)
