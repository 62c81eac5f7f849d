"""The first run: no database yet, so a wizard creates one, then the sign-in window follows.

Role and country; this computer's name and its district and precinct codes; the first user
(the database's admin) with the password typed twice; then the database is created on a worker
thread while a busy bar runs, and the recovery key is shown once, to be written down before
Finish. The pages are Designer forms (ui/wizard_*.ui).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QBoxLayout, QWidget, QWizard, QWizardPage

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_wizard_create import Ui_CreatePage
from inspector_app.gui.shell import style
from inspector_app.gui.shell.dialogs import DialogService
from inspector_app.gui.shell.tasks import TaskRunner, Work
from inspector_app.gui.start.first_run_pages import PlacePage, RecoveryPage, RolePage, UserPage
from inspector_app.gui.start.language_box import LanguageBox

if TYPE_CHECKING:
    from inspector_app.services.setup import InitResult, KdfParams

WIZARD_WIDTH = 160 * style.GRID  # 640 px
WIZARD_HEIGHT = 130 * style.GRID  # 520 px


def _preload_services() -> None:
    """Import the database code while the person reads the first page, so the first check
    of a password does not wait for it."""
    import inspector_app.services.setup  # noqa: F401


class CreatePage(QWizardPage):
    """Creates the database when entered, then moves on to the recovery key by itself."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_CreatePage()
        self.ui.setupUi(self)
        self._wizard = wizard
        self.result: InitResult | None = None
        self.busy = False
        self.ui.retryButton.hide()
        self.ui.retryButton.clicked.connect(self.start)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.ui.summary.setText(self._wizard.summary())
        self.start()

    def start(self) -> None:
        self.ui.status.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "Creating the database. This takes a few seconds…"
            )
        )
        style.mark_secondary(self.ui.status)
        self.ui.retryButton.hide()
        self.ui.busyBar.show()
        self.busy = True
        self._wizard.start_creating(self)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.result is not None

    def created(self, result: InitResult) -> None:
        self.busy = False
        self.result = result
        self.ui.busyBar.hide()
        self.ui.status.setText(
            QCoreApplication.translate("FirstRunWizard", "The database is ready.")
        )
        self.completeChanged.emit()
        self._wizard.refresh_buttons()
        self._wizard.next()

    def failed(self, text: str) -> None:
        self.busy = False
        self.ui.busyBar.hide()
        self.ui.status.setText(text)
        style.mark_error(self.ui.status)
        self.ui.retryButton.show()
        self.ui.retryButton.setFocus()
        self._wizard.refresh_buttons()


class FirstRunWizard(QWizard):
    """Emits `created(login)` once the database exists and the key has been written down."""

    created = Signal(str)
    language_chosen = Signal(str)  # chosen on the first page: the wizard is shown anew

    def __init__(
        self,
        db_path: Path,
        lang: str,
        dialogs: DialogService | None = None,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.lang = lang
        self._kdf = kdf
        self.dialogs = dialogs or DialogService()
        self.runner = TaskRunner(self.dialogs, language=lambda: self.lang, parent=self)
        self.setWindowTitle(
            QCoreApplication.translate("FirstRunWizard", "District inspector's log: first start")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            QCoreApplication.translate("FirstRunWizard", "&Create the database"),
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            QCoreApplication.translate("FirstRunWizard", "&Go to sign-in"),
        )
        self.role_page = RolePage()
        self.place_page = PlacePage(self.role_page)
        self.user_page = UserPage(lang)
        self.create_page = CreatePage(self)
        self.recovery_page = RecoveryPage()
        # the language, first of all, on the first page
        self.language_box = LanguageBox(lang)
        self.language_box.chosen.connect(self.language_chosen)
        first = self.role_page.layout()
        if isinstance(first, QBoxLayout):
            first.insertWidget(0, self.language_box)
        for page in (
            self.role_page,
            self.place_page,
            self.user_page,
            self.create_page,
            self.recovery_page,
        ):
            self.addPage(page)
        style.fit_to_screen(self, WIZARD_WIDTH, WIZARD_HEIGHT)
        self.currentIdChanged.connect(self._on_page)
        QTimer.singleShot(0, self, _preload_services)

    def summary(self) -> str:
        place = self.place_page.values()
        lines = [
            QCoreApplication.translate("FirstRunWizard", "File: %1").replace(
                "%1", str(self.db_path)
            ),
            QCoreApplication.translate("FirstRunWizard", "Computer: %1").replace(
                "%1", str(place["device_name"])
            ),
        ]
        if place["district_code"]:
            lines.append(
                QCoreApplication.translate("FirstRunWizard", "District: %1").replace(
                    "%1", str(place["district_code"])
                )
            )
        if place["precinct_code"]:
            precinct = str(place["precinct_code"])
            if place["precinct_name"]:
                precinct += f" ({place['precinct_name']})"
            lines.append(
                QCoreApplication.translate("FirstRunWizard", "Precinct: %1").replace("%1", precinct)
            )
        lines.append(
            QCoreApplication.translate("FirstRunWizard", "First user: %1").replace(
                "%1", self.user_page.ui.loginEdit.text().strip()
            )
        )
        return "\n".join(lines)

    def start_creating(self, page: CreatePage) -> None:
        from inspector_app.services.setup import InitRequest, init_database

        ui = self.user_page.ui
        place = self.place_page.values()
        request = InitRequest(
            path=self.db_path,
            role=self.role_page.role(),
            country=self.role_page.country(),
            device_name=str(place["device_name"]),
            login=ui.loginEdit.text().strip(),
            full_name=ui.fullNameEdit.text().strip(),
            password=ui.passwordEdit.text(),
            precinct_code=place["precinct_code"],
            precinct_name=place["precinct_name"],
            district_code=place["district_code"],
        )
        kdf = self._kdf

        def create(work: Work) -> InitResult:
            return init_database(request, kdf)

        def failed(error: BaseException) -> None:
            if isinstance(error, AppError):
                from inspector_app.messages import describe

                page.failed(describe(error, self.lang))
            else:
                page.failed(
                    QCoreApplication.translate(
                        "FirstRunWizard", "The database could not be created."
                    )
                )
                self.runner.show_failure(error, self)  # a bug: the crash dialog

        self.refresh_buttons()
        self.runner.start(
            create,
            title=QCoreApplication.translate("FirstRunWizard", "Creating the database"),
            parent=self,
            on_success=page.created,
            on_failure=failed,
            show_progress=False,
        )

    def refresh_buttons(self) -> None:
        """No Cancel while the database is being made, nor once it exists."""
        button = self.button(QWizard.WizardButton.CancelButton)
        if button is not None:
            button.setEnabled(not self.create_page.busy and self.create_page.result is None)

    def _on_page(self, page_id: int) -> None:
        if self.page(page_id) is self.recovery_page and self.create_page.result is not None:
            self.recovery_page.show_key(self.create_page.result)
        self.refresh_buttons()

    def accept(self) -> None:
        """Finish: the key has been written down; go to sign-in."""
        self.recovery_page.forget_key()
        super().accept()
        self.created.emit(self.user_page.ui.loginEdit.text().strip())

    def reject(self) -> None:
        # not while the database is being made, and not once it exists: Finish leads on
        if self.create_page.busy or self.create_page.result is not None:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.create_page.busy or self.create_page.result is not None:
            event.ignore()
            return
        super().closeEvent(event)
