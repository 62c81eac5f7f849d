"""The pages of the first-run wizard that ask (Designer forms ui/wizard_*.ui) and the one that
shows the recovery key. The wizard itself, and the page that creates the database, are in
gui/start/first_run_wizard.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSysInfo
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QWidget, QWizardPage

from inspector_app.gui.forms.ui_wizard_place import Ui_PlacePage
from inspector_app.gui.forms.ui_wizard_recovery import Ui_RecoveryPage
from inspector_app.gui.forms.ui_wizard_role import Ui_RolePage
from inspector_app.gui.forms.ui_wizard_user import Ui_UserPage
from inspector_app.gui.shared.validation import FieldChecks, core_reason, core_words
from inspector_app.gui.shell import style

if TYPE_CHECKING:
    from inspector_app.services.setup import InitResult

CODE = re.compile(r"^[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+$")


class RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RolePage()
        self.ui.setupUi(self)
        for hint in (self.ui.inspectorHint, self.ui.chiefHint, self.ui.hqHint):
            style.mark_secondary(hint)

    def role(self) -> str:
        if self.ui.chiefRadio.isChecked():
            return "chief"
        if self.ui.hqRadio.isChecked():
            return "hq"
        return "inspector"

    def country(self) -> str:
        return "KG" if self.ui.kgRadio.isChecked() else "KZ"


class PlacePage(QWizardPage):
    def __init__(self, role_page: RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlacePage()
        self.ui.setupUi(self)
        self._role_page = role_page
        self.ui.deviceEdit.setText(QSysInfo.machineHostName()[:80])
        self.checks = FieldChecks(self)
        self.checks.add(self.ui.deviceEdit, self.ui.deviceError, self._device_reason)
        self.checks.add(
            self.ui.districtEdit, self.ui.districtError, lambda: self._code_reason("district")
        )
        self.checks.add(
            self.ui.precinctCodeEdit,
            self.ui.precinctCodeError,
            lambda: self._code_reason("precinct"),
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        role = self._role_page.role()
        ui = self.ui
        shown = {
            ui.precinctCodeEdit: role == "inspector",
            ui.precinctNameEdit: role == "inspector",
            ui.districtEdit: role != "hq",
        }
        errors = {ui.precinctCodeEdit: ui.precinctCodeError, ui.districtEdit: ui.districtError}
        for edit, visible in shown.items():
            ui.form.setRowVisible(edit, visible)
            error = errors.get(edit)
            if error is not None:
                # the row of the reason follows its field; the reason itself shows when there is one
                ui.form.setRowVisible(error, visible)
                error.setVisible(visible and bool(error.text()))
        ui.deviceEdit.setFocus()

    def _device_reason(self) -> str | None:
        if not self.ui.deviceEdit.text().strip():
            return QCoreApplication.translate("FirstRunWizard", "Type a name for this computer.")
        return None

    def _code_reason(self, which: str) -> str | None:
        edit = self.ui.districtEdit if which == "district" else self.ui.precinctCodeEdit
        text = edit.text().strip()
        if not text:
            if which == "precinct":
                return QCoreApplication.translate("FirstRunWizard", "Type the precinct number.")
            return QCoreApplication.translate("FirstRunWizard", "Type the district code.")
        if not CODE.match(text):
            return QCoreApplication.translate(
                "FirstRunWizard", "Use letters and digits only, without spaces or signs."
            )
        return None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.checks.show_all()

    def values(self) -> dict[str, str | None]:
        role = self._role_page.role()

        def text(edit: Any) -> str | None:
            return str(edit.text()).strip() or None

        return {
            "device_name": self.ui.deviceEdit.text().strip(),
            "district_code": text(self.ui.districtEdit) if role != "hq" else None,
            "precinct_code": text(self.ui.precinctCodeEdit) if role == "inspector" else None,
            "precinct_name": text(self.ui.precinctNameEdit) if role == "inspector" else None,
        }


class UserPage(QWizardPage):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserPage()
        self.ui.setupUi(self)
        self._lang = lang
        style.mark_secondary(self.ui.passwordHint)
        ui = self.ui
        self.checks = FieldChecks(self)
        self.checks.add(ui.loginEdit, ui.loginError, self._login_reason)
        self.checks.add(ui.fullNameEdit, ui.fullNameError, self._full_name_reason)
        self.checks.add(ui.passwordEdit, ui.passwordError, self._password_reason)
        self.checks.add(ui.repeatEdit, ui.repeatError, self._repeat_reason, also=[ui.passwordEdit])
        self.setCommitPage(True)  # its Next creates the database: no way back after it

    def _login_reason(self) -> str | None:
        login = self.ui.loginEdit.text().strip()
        if not login:
            return QCoreApplication.translate("FirstRunWizard", "Type a user name.")
        from inspector_app.services.setup import check_login

        return core_reason(lambda: check_login(login), lambda: self._lang)

    def _full_name_reason(self) -> str | None:
        if not self.ui.fullNameEdit.text().strip():
            return core_words("user.full_name_required", self._lang)
        return None

    def _password_reason(self) -> str | None:
        from inspector_app.services.setup import check_password

        password = self.ui.passwordEdit.text()
        # the login and the name are the first things a guesser tries
        known = (self.ui.loginEdit.text(), self.ui.fullNameEdit.text())
        return core_reason(lambda: check_password(password, known), lambda: self._lang)

    def _repeat_reason(self) -> str | None:
        if self.ui.repeatEdit.text() != self.ui.passwordEdit.text():
            return core_words("password.mismatch", self._lang)
        return None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.ui.loginEdit.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.checks.show_all()


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryPage()
        self.ui.setupUi(self)
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        key_font.setBold(True)
        self.ui.keyLabel.setFont(key_font)
        self.ui.keyLabel.setProperty("verbatim", True)  # the key itself: never translated
        self.ui.keyLabel.setMargin(style.GROUP_SPACING)
        self.ui.keyLabel.setFrameShape(QFrame.Shape.StyledPanel)
        style.mark_secondary(self.ui.fingerprintLabel)
        self.ui.writtenCheck.toggled.connect(self.completeChanged)

    def show_key(self, result: InitResult) -> None:
        self.ui.keyLabel.setText(result.recovery_key)
        self.ui.fingerprintLabel.setText(
            QCoreApplication.translate(
                "FirstRunWizard",
                "This computer's fingerprint, which the chief compares when enrolling it: %1",
            ).replace("%1", result.fingerprint)
        )

    def forget_key(self) -> None:
        self.ui.keyLabel.clear()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.ui.writtenCheck.isChecked()
