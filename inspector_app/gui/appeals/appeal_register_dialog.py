"""Registering a citizen's appeal (ui/appeal_register_dialog.ui): when it was received, how,
who sent it (one of the people, found as one types, or a name), and what it is about. The
deadline in working days is set by the service from the country's calendar."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_appeal_register_dialog import Ui_AppealRegisterDialog
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import (
    PeopleSearch,
    add_data_item,
    date_reason,
    parse_day,
    person_line,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.appeals import Registered, officer_choices, register_appeal
from inspector_app.services.people import SearchHit

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "AppealRegisterDialog"


class AppealRegisterDialog(QDialog):
    """After it is accepted, `registered` holds the new appeal's id, number and deadline."""

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.registered: Registered | None = None
        self.applicant: SearchHit | None = None
        self._checked = False  # reasons show for every field once saving was tried
        self.ui = Ui_AppealRegisterDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.receivedEdit.setText(work_text.day(session.today()))
        for label in (ui.receivedMessage, ui.applicantMessage, ui.summaryMessage, ui.formMessage):
            label.hide()
        ui.applicantChosen.setProperty(style.VERBATIM, True)
        self._fill_channels()
        self._fill_choices()
        self._show_applicant()
        ui.anonymousCheck.toggled.connect(self._anonymous_toggled)
        self.search = PeopleSearch(ui.applicantSearch, session, lang)
        self.search.picked.connect(self._picked)
        ui.clearApplicantButton.clicked.connect(lambda: self._picked(None))
        ui.receivedEdit.textEdited.connect(lambda _t: self.check())
        ui.applicantNameEdit.textEdited.connect(lambda _t: self.check())
        ui.summaryEdit.textChanged.connect(self.check)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.channelCombo.setFocus()

    def _retranslate_own(self) -> None:
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(QCoreApplication.translate("AppealRegisterDialog", "&Register"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self._fill_channels()
        self._fill_choices()
        self._show_applicant()
        self.check()

    def _fill_channels(self) -> None:
        combo = self.ui.channelCombo
        keep = combo.currentData()
        combo.clear()
        refdata = self.session.refdata
        for kind in refdata.appeal_channels:
            add_data_item(
                combo, refdata.name_of("appeal_channels", kind.code, self.lang), kind.code
            )
        combo.setCurrentIndex(max(combo.findData(keep), 0))

    def _fill_choices(self) -> None:
        """The kinds of appeal the country's law names, the officers a complaint may be about,
        and the languages of the letters: Russian or the state language."""
        ui = self.ui
        refdata = self.session.refdata
        keep = ui.kindCombo.currentData()
        ui.kindCombo.clear()
        for kind in refdata.appeal_kinds:
            add_data_item(
                ui.kindCombo, refdata.name_of("appeal_kinds", kind.code, self.lang), kind.code
            )
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(keep), 0))
        keep = ui.officerCombo.currentData()
        ui.officerCombo.clear()
        ui.officerCombo.addItem(
            QCoreApplication.translate("AppealRegisterDialog", "not a complaint about an officer"),
            None,
        )
        for user_id, name in officer_choices(self.session):
            add_data_item(ui.officerCombo, name, user_id)
        ui.officerCombo.setCurrentIndex(max(ui.officerCombo.findData(keep), 0))
        keep = ui.languageCombo.currentData()
        ui.languageCombo.clear()
        state = {"KZ": "kk", "KG": "ky"}[self.session.country]
        ui.languageCombo.addItem(
            QCoreApplication.translate("AppealRegisterDialog", "Russian"), "ru"
        )
        ui.languageCombo.addItem(
            QCoreApplication.translate("AppealRegisterDialog", "the state language"), state
        )
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(keep), 0))

    def _anonymous_toggled(self, _on: bool) -> None:
        self._show_applicant()
        self.check()

    def _picked(self, hit: SearchHit | None) -> None:
        self.applicant = hit
        self._show_applicant()
        self.check()

    def _show_applicant(self) -> None:
        ui = self.ui
        chosen = self.applicant is not None
        ui.applicantChosen.setText(person_line(self.applicant) if self.applicant else "")
        ui.applicantChosen.setVisible(chosen)
        ui.clearApplicantButton.setVisible(chosen)
        anonymous = ui.anonymousCheck.isChecked()
        ui.applicantNameEdit.setEnabled(not chosen and not anonymous)
        ui.applicantSearch.setEnabled(not anonymous)

    def has_input(self) -> bool:
        ui = self.ui
        return bool(
            ui.summaryEdit.toPlainText().strip()
            or ui.applicantNameEdit.text().strip()
            or self.applicant
        )

    def check(self) -> bool:
        ui = self.ui
        reasons = {
            ui.receivedMessage: date_reason(
                ui.receivedEdit.text(), self.lang, required=True, latest=self.session.today()
            ),
            ui.applicantMessage: None
            if self.applicant
            or ui.applicantNameEdit.text().strip()
            or ui.anonymousCheck.isChecked()
            else QCoreApplication.translate(
                "AppealRegisterDialog", "Find the applicant among the people, or type their name."
            ),
            ui.summaryMessage: None
            if ui.summaryEdit.toPlainText().strip()
            else QCoreApplication.translate(
                "AppealRegisterDialog", "Say what the appeal is about."
            ),
        }
        for label, reason in reasons.items():
            # the received date is checked as typed; empty fields only once saving was tried
            visible = self._checked or label is ui.receivedMessage
            show_reason(label, reason if visible else None)
        return not any(reasons.values())

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        received = parse_day(ui.receivedEdit.text()) or self.session.today()
        # the day typed, at the time of day it is now (the appeal is being registered)
        now = self.session.now().time()
        moment = self.session.aware(datetime.combine(received, time(now.hour, now.minute)))
        try:
            self.registered = register_appeal(
                self.session,
                summary=ui.summaryEdit.toPlainText(),
                channel=str(ui.channelCombo.currentData()),
                applicant_name=None if self.applicant else ui.applicantNameEdit.text(),
                applicant_id=self.applicant.id if self.applicant else None,
                received_at=moment,
                kind=str(ui.kindCombo.currentData() or "application"),
                anonymous=ui.anonymousCheck.isChecked(),
                collective=ui.collectiveCheck.isChecked(),
                about_officer_id=ui.officerCombo.currentData(),
                language=ui.languageCombo.currentData(),
            )
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return
        super().accept()
