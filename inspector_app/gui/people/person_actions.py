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
from inspector_app.gui.shared.record_history_dialog import show_history

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
            "history": key_action(view, "Ctrl+H", self.person_history),
            "household_history": key_action(view, "Ctrl+Shift+H", self.household_history),
        }
        self.log_button.clicked.connect(self.add_log_entry)
        for name in ("print", "save"):
            self.menu.addAction(self.actions_[name])
        self.menu.addSeparator()
        for name in ("history", "household_history"):
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
        self.actions_["history"].setText(
            QCoreApplication.translate("PersonActions", "&History of the person's record…")
        )
        self.actions_["household_history"].setText(
            QCoreApplication.translate("PersonActions", "History of the &household…")
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
        self.actions_["history"].setEnabled(shown)
        household = self.view.file.household if self.view.file is not None else None
        self.actions_["household_history"].setEnabled(household is not None)

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

    def person_history(self) -> None:
        person = self._person()
        if person is not None:
            self._history("person", person[0])

    def household_history(self) -> None:
        found = self.view.file
        if found is not None and found.household is not None:
            self._history("household", found.household.id)

    def _history(self, entity: str, record_id: str) -> None:
        view = self.view
        if show_history(
            view.context.dialogs, view.session, view.lang, entity, record_id, parent=view
        ):
            view.context.bus.announce(entity)
            view.reload()
