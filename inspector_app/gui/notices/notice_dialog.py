"""A chief or HQ writes a wanted notice (ui/notice_dialog.ui): the title, the text, how long it
stands, and the precincts it is for (none ticked: every precinct)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from inspector_app.gui.forms.ui_notice_dialog import Ui_NoticeDialog
from inspector_app.gui.notices.send_dialog import name_send_button, send
from inspector_app.gui.shared.work_widgets import ID_ROLE, date_reason, parse_day, show_reason
from inspector_app.gui.shell import style
from inspector_app.services.notices import precinct_codes, write_notice

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "NoticeDialog"


class NoticeDialog(QDialog):
    """After it is accepted, `saved_id` is the new notice."""

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.saved_id: str | None = None
        self._checked = False
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (ui.titleMessage, ui.bodyMessage, ui.validMessage, ui.formMessage):
            label.hide()
        style.mark_secondary(ui.precinctHint)
        ui.precinctList.setProperty(style.VERBATIM, True)
        for code, name in precinct_codes(session):
            item = QListWidgetItem(f"{code} — {name}" if name != code else code)
            item.setData(ID_ROLE, code)
            item.setData(style.VERBATIM_ROLE, True)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.precinctList.addItem(item)
        ui.titleEdit.textEdited.connect(lambda _t: self.check())
        ui.bodyEdit.textChanged.connect(self.check)
        ui.validEdit.textEdited.connect(lambda _t: self.check())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.titleEdit.setFocus()

    def _retranslate_own(self) -> None:
        name_send_button(self.ui.buttons, QCoreApplication.translate("NoticeDialog", "&Send"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self.check()

    def codes(self) -> list[str]:
        items = (self.ui.precinctList.item(r) for r in range(self.ui.precinctList.count()))
        return [str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def has_input(self) -> bool:
        return bool(self.ui.titleEdit.text().strip() or self.ui.bodyEdit.toPlainText().strip())

    def check(self) -> bool:
        ui = self.ui
        reasons = {
            ui.titleMessage: None
            if ui.titleEdit.text().strip()
            else QCoreApplication.translate("NoticeDialog", "Give the notice a title."),
            ui.bodyMessage: None
            if ui.bodyEdit.toPlainText().strip()
            else QCoreApplication.translate(
                "NoticeDialog", "Write who or what is sought, and the signs."
            ),
            ui.validMessage: date_reason(
                ui.validEdit.text(), self.lang, earliest=self.session.today()
            ),
        }
        for label, reason in reasons.items():
            show_reason(label, reason if (self._checked or label is ui.validMessage) else None)
        return not any(reasons.values())

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        self.saved_id = send(
            ui.formMessage,
            self.lang,
            lambda: write_notice(
                self.session,
                title=ui.titleEdit.text(),
                body=ui.bodyEdit.toPlainText(),
                valid_until=parse_day(ui.validEdit.text()),
                codes=self.codes(),
            ),
        )
        if self.saved_id is None:
            return
        super().accept()
