"""What can be done about the person shown, without leaving their page: a work-log entry about
them, a check of their register entry, their card printed or saved, the history of their
record. Each has a key, so Help → Keyboard shortcuts (F1) lists it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QPushButton, QToolButton

from inspector_app.gui.people.person_card import PersonCard
from inspector_app.gui.people.person_log_dialog import PersonLogDialog
from inspector_app.gui.shared.page_actions import key_action, say_key

if TYPE_CHECKING:
    from inspector_app.gui.people.person_view import PersonView


class PersonActions(QObject):
    def __init__(self, view: PersonView, row: QHBoxLayout) -> None:
        super().__init__(view)
        self.view = view
        self.card = PersonCard(view.context, view)
        self.log_button = QPushButton()
        self.log_button.setObjectName("personLogButton")
        self.more_button = QToolButton()
        self.more_button.setObjectName("personMoreButton")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more_button)
        self.more_button.setMenu(self.menu)
        row.addWidget(self.log_button)
        row.addWidget(self.more_button)
        self.actions_ = {
            "log": key_action(view, "Ctrl+J", self.add_log_entry),
            "check": key_action(view, "Ctrl+K", view.record_check),
            "print": key_action(view, QKeySequence.StandardKey.Print, self.print_card),
            "save": key_action(view, "Ctrl+Shift+S", self.save_card),
        }
        self.log_button.clicked.connect(self.add_log_entry)
        for name in ("print", "save"):
            self.menu.addAction(self.actions_[name])

    def retranslate(self) -> None:
        self.log_button.setText(QCoreApplication.translate("PersonActions", "&Log entry…"))
        self.actions_["log"].setText(
            QCoreApplication.translate("PersonActions", "Add a work log entry about the person")
        )
        say_key(self.log_button, self.actions_["log"])
        self.actions_["check"].setText(
            QCoreApplication.translate("PersonActions", "Record a check of the register entry")
        )
        self.actions_["print"].setText(
            QCoreApplication.translate("PersonActions", "&Print the person card…")
        )
        self.actions_["save"].setText(
            QCoreApplication.translate("PersonActions", "&Save the person card as PDF…")
        )
        self.more_button.setText(QCoreApplication.translate("PersonActions", "&More"))
        self.more_button.setAccessibleName(
            QCoreApplication.translate("PersonActions", "More actions")
        )

    def update(self) -> None:
        shown = self.view.file is not None
        self.log_button.setEnabled(shown and self.view.session.can("record.write"))
        self.actions_["log"].setEnabled(self.log_button.isEnabled())
        for name in ("print", "save"):
            self.actions_[name].setEnabled(shown and self.view.session.can("report.make"))

    # --- the actions ----------------------------------------------------------------------
    def _person(self) -> tuple[str, str] | None:
        found = self.view.file
        if found is None:
            return None
        return found.details.id, found.details.full_name

    def add_log_entry(self) -> None:
        person = self._person()
        if person is None or not self.log_button.isEnabled():
            return
        view = self.view
        dialog = PersonLogDialog(view.session, view.lang, *person, parent=view)
        if view.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted:
            view.context.bus.announce("log_entry")
            view.reload()
        dialog.deleteLater()

    def print_card(self) -> None:
        person = self._person()
        if person is not None and self.actions_["print"].isEnabled():
            self.card.print_card(*person)

    def save_card(self) -> None:
        person = self._person()
        if person is not None and self.actions_["save"].isEnabled():
            self.card.save_card(person[0])
