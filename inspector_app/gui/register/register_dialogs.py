"""The dialogs of the preventive register: record a home check, put a person on the register,
take an entry off it (ui/check_dialog.ui, ui/entry_dialog.ui, ui/end_entry_dialog.ui).

Each checks its fields as they are typed and again in accept(), calls the service there, and
stays open on a refusal with the reason in words, so nothing typed is lost. Opened through
`DialogService.run`.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from inspector_app.domain.dates import parse_date
from inspector_app.domain.errors import AppError
from inspector_app.domain.refdata import FALLBACK_LANGUAGE, Category
from inspector_app.domain.rules import planned_end
from inspector_app.gui.forms.ui_check_dialog import Ui_CheckDialog
from inspector_app.gui.forms.ui_end_entry_dialog import Ui_EndEntryDialog
from inspector_app.gui.forms.ui_entry_dialog import Ui_EntryDialog
from inspector_app.gui.shared import record_text
from inspector_app.gui.shared.field_messages import fit_height, follow_width
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.people import search_people
from inspector_app.services.register import add_entry, end_entry, record_check

if TYPE_CHECKING:
    from inspector_app.services.session import Session

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20


def _say(label: QLabel, text: str | None, *, warning: bool = False) -> None:
    """Show a field's message (red, or amber for a caution), or hide it."""
    if not text:
        label.clear()
        label.hide()
        return
    label.setText(text)
    if warning:
        style.mark_warning(label)
    else:
        style.mark_error(label)
    label.show()
    fit_height(label)


def _read_date(edit: QLineEdit, label: QLabel, lang: str, *, required: bool) -> date | None:
    """The date typed in `edit`, or None; a refusal is said in `label` (AppError raised)."""
    text = edit.text().strip()
    if not text:
        if required:
            error = AppError("field.required", field=_field_name(edit))
            _say(label, describe(error, lang))
            raise error
        _say(label, None)
        return None
    try:
        value = parse_date(text)
    except AppError as error:
        _say(label, describe(error, lang))
        raise
    _say(label, None)
    return value


def _field_name(edit: QWidget) -> str:
    return edit.accessibleName() or edit.objectName()


def _required_day(edit: QLineEdit, label: QLabel, lang: str) -> date | None:
    """The day typed in `edit`; None (the refusal said, the field focused) when there is none."""
    try:
        value = _read_date(edit, label, lang, required=True)
    except AppError:
        edit.setFocus()
        return None
    assert value is not None  # required: no day raises
    return value


def _required_text(combo: QComboBox, label: QLabel, lang: str) -> str | None:
    """The words chosen or typed in `combo`, spaces tidied; None (and "required" said in
    `label`) when there are none."""
    text = " ".join(combo.currentText().split())
    if not text:
        _say(label, describe(AppError("field.required", field=_field_name(combo)), lang))
        return None
    _say(label, None)
    return text


class CheckDialog(QDialog):
    """Record a home check of one register entry: the date is today and the method a home
    visit unless changed, so Enter saves at once."""

    def __init__(
        self,
        session: Session,
        lang: str,
        entry_id: str,
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.entry_id = entry_id
        self.saved_id: str | None = None
        self.ui = Ui_CheckDialog()
        self.ui.setupUi(self)
        self.ui.subjectLabel.setText(subject)
        self.ui.subjectLabel.setProperty(style.VERBATIM, True)  # a name and a category
        for label in (self.ui.dateMessage, self.ui.resultMessage, self.ui.formMessage):
            label.hide()
        follow_width(
            [self.ui.subjectLabel, self.ui.dateMessage, self.ui.resultMessage, self.ui.formMessage],
            self,
        )
        self.ui.dateEdit.setText(record_text.day(session.today()))
        self.ui.methodCombo.setCurrentIndex(0)
        self.ui.resultCombo.setCurrentIndex(0)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.dateEdit.textEdited.connect(self._check_date)
        self.ui.dateEdit.setFocus()
        self.ui.dateEdit.selectAll()

    def _check_date(self) -> None:
        with contextlib.suppress(AppError):  # the refusal is said under the field
            _read_date(self.ui.dateEdit, self.ui.dateMessage, self.lang, required=True)

    def method(self) -> str:
        return record_text.METHOD_CODES[max(0, self.ui.methodCombo.currentIndex())]

    def accept(self) -> None:
        _say(self.ui.formMessage, None)
        checked_on = _required_day(self.ui.dateEdit, self.ui.dateMessage, self.lang)
        if checked_on is None:
            return
        result = _required_text(self.ui.resultCombo, self.ui.resultMessage, self.lang)
        if result is None:
            self.ui.resultCombo.setFocus()
            return
        try:
            self.saved_id = record_check(
                self.session,
                self.entry_id,
                checked_on,
                self.method(),
                result,
                self.ui.notesEdit.text().strip() or None,
            )
        except AppError as error:
            _say(self.ui.formMessage, describe(error, self.lang))
            return
        super().accept()


class EndEntryDialog(QDialog):
    """Take a person off the register: the day (today unless changed) and the reason."""

    def __init__(
        self,
        session: Session,
        lang: str,
        entry_id: str,
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.entry_id = entry_id
        self.ui = Ui_EndEntryDialog()
        self.ui.setupUi(self)
        self.ui.subjectLabel.setText(subject)
        self.ui.subjectLabel.setProperty(style.VERBATIM, True)  # a name and a category
        for label in (self.ui.dateMessage, self.ui.reasonMessage, self.ui.formMessage):
            label.hide()
        follow_width(
            [self.ui.subjectLabel, self.ui.dateMessage, self.ui.reasonMessage, self.ui.formMessage],
            self,
        )
        self.ui.dateEdit.setText(record_text.day(session.today()))
        # the reasons the reference data codes, in its order ("term ended" first)
        for reason in session.refdata.removal_reasons:
            self.ui.reasonCombo.addItem(
                session.refdata.name_of("removal_reasons", reason.code, lang), reason.code
            )
            self.ui.reasonCombo.setItemData(
                self.ui.reasonCombo.count() - 1, True, style.VERBATIM_ROLE
            )
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reasonCombo.setFocus()

    def choose_reason(self, code: str) -> None:
        self.ui.reasonCombo.setCurrentIndex(self.ui.reasonCombo.findData(code))

    def accept(self) -> None:
        _say(self.ui.formMessage, None)
        _say(self.ui.reasonMessage, None)
        end = _required_day(self.ui.dateEdit, self.ui.dateMessage, self.lang)
        if end is None:
            return
        reason = self.ui.reasonCombo.currentData()
        if not isinstance(reason, str):
            _say(
                self.ui.reasonMessage,
                describe(AppError("field.required", field="end_reason"), self.lang),
            )
            return
        note = self.ui.noteEdit.text().strip() or None
        try:
            end_entry(self.session, self.entry_id, end, reason, note)
        except AppError as error:
            target = self.ui.reasonMessage if error.code.startswith("register.end_note") else None
            _say(target or self.ui.formMessage, describe(error, self.lang))
            if target is not None:
                self.ui.noteEdit.setFocus()
            return
        super().accept()


class EntryDialog(QDialog):
    """Put a person on the register. The person is given (from their page) or found by
    typing; the planned end follows from the category unless a court set it."""

    def __init__(
        self,
        session: Session,
        lang: str,
        *,
        person_id: str | None = None,
        person_name: str | None = None,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.person_id = person_id
        self.saved_id: str | None = None
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        messages = (
            ui.personMessage,
            ui.basisMessage,
            ui.startMessage,
            ui.endMessage,
            ui.formMessage,
        )
        for label in messages:
            label.hide()
        follow_width(messages, self)
        self.categories: list[Category] = list(session.refdata.categories)
        for c in self.categories:
            ui.categoryCombo.addItem(session.refdata.name_of("categories", c.code, lang), c.code)
            ui.categoryCombo.setItemData(ui.categoryCombo.count() - 1, True, style.VERBATIM_ROLE)
        if category is not None:
            ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(category)))
        ui.startEdit.setText(record_text.day(session.today()))
        if person_id is not None:
            ui.personEdit.setText(person_name or "")
            ui.personEdit.setReadOnly(True)
            ui.personList.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_person)
        ui.personEdit.textEdited.connect(self._person_typed)
        ui.personList.currentItemChanged.connect(self._person_chosen)
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.startEdit.textEdited.connect(self._update_end_hint)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._category_changed()
        (ui.categoryCombo if person_id else ui.personEdit).setFocus()

    # --- the person -----------------------------------------------------------------------
    def _person_typed(self) -> None:
        self.person_id = None
        self._timer.start()

    def search_person(self) -> None:
        self._timer.stop()
        self.ui.personList.clear()
        text = self.ui.personEdit.text().strip()
        if not text:
            return
        try:
            hits = search_people(self.session, text, limit=SEARCH_LIMIT)
        except AppError as error:
            _say(self.ui.personMessage, describe(error, self.lang))
            return
        for hit in hits:
            born = record_text.day(_iso(hit.birth_date))
            item = QListWidgetItem(", ".join(p for p in (hit.full_name, born) if p))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setData(style.VERBATIM_ROLE, True)
            self.ui.personList.addItem(item)
        if not hits:
            _say(
                self.ui.personMessage,
                QCoreApplication.translate(
                    "RegisterDialogs", "No one found. Add the person on the People page first."
                ),
            )
        else:
            _say(self.ui.personMessage, None)
            self.ui.personList.setCurrentRow(0)

    def _person_chosen(self, item: QListWidgetItem | None) -> None:
        self.person_id = str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    # --- the category ---------------------------------------------------------------------
    def category(self) -> Category:
        return self.categories[max(0, self.ui.categoryCombo.currentIndex())]

    def _category_changed(self) -> None:
        spec = self.category()
        self.ui.riskCombo.clear()
        if spec.risk_level_required:  # assessed for each order: no level is chosen for the user
            self.ui.riskCombo.addItem(
                QCoreApplication.translate("RegisterDialogs", "Choose the risk level"), None
            )
        for level in spec.risk_levels:
            name = level.names.get(self.lang) or level.names.get(FALLBACK_LANGUAGE) or level.code
            self.ui.riskCombo.addItem(name, level.code)
            self.ui.riskCombo.setItemData(self.ui.riskCombo.count() - 1, True, style.VERBATIM_ROLE)
        has_risk = bool(spec.risk_levels)
        self.ui.riskCombo.setVisible(has_risk)
        self.ui.riskLabel.setVisible(has_risk)
        # a fixed duration sets the end; a court-set range (or none) lets the user type it
        fixed = spec.duration_days is not None
        self.ui.endEdit.setReadOnly(fixed)
        self._update_end_hint()

    def _update_end_hint(self) -> None:
        spec = self.category()
        start = self._start_or_none()
        hint = ""
        if spec.duration_days is not None:
            end = planned_end(start, spec.duration_days) if start else None
            self.ui.endEdit.setText(record_text.day(end))
            hint = QCoreApplication.translate(
                "RegisterDialogs", "This measure lasts %n day(s).", None, spec.duration_days
            )
        elif spec.min_days is not None or spec.max_days is not None:
            hint = (
                QCoreApplication.translate(
                    "RegisterDialogs", "A court sets from %1 to %2 days: type the end it set."
                )
                .replace("%1", str(spec.min_days or 1))
                .replace("%2", str(spec.max_days or "…"))
            )
        _say(self.ui.endMessage, None)
        if hint:
            self.ui.endMessage.setText(hint)
            style.mark_secondary(self.ui.endMessage)
            self.ui.endMessage.show()
            fit_height(self.ui.endMessage)

    def _start_or_none(self) -> date | None:
        try:
            return parse_date(self.ui.startEdit.text())
        except AppError:
            return None

    # --- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        ui = self.ui
        _say(ui.formMessage, None)
        if self.person_id is None:
            _say(
                ui.personMessage,
                QCoreApplication.translate(
                    "RegisterDialogs", "Choose the person: type their name and pick them."
                ),
            )
            ui.personEdit.setFocus()
            return
        basis = ui.basisEdit.text().strip()
        if not basis:
            _say(
                ui.basisMessage,
                describe(AppError("field.required", field=_field_name(ui.basisEdit)), self.lang),
            )
            ui.basisEdit.setFocus()
            return
        _say(ui.basisMessage, None)
        try:
            start = _read_date(ui.startEdit, ui.startMessage, self.lang, required=True)
        except AppError:
            ui.startEdit.setFocus()
            return
        spec = self.category()
        end: date | None = None
        if spec.duration_days is None:
            try:
                end = _read_date(ui.endEdit, ui.endMessage, self.lang, required=False)
            except AppError:
                ui.endEdit.setFocus()
                return
        assert start is not None
        risk = ui.riskCombo.currentData() if spec.risk_levels else None
        try:
            self.saved_id = add_entry(
                self.session, self.person_id, spec.code, basis, start, end, risk
            )
        except AppError as error:
            _say(ui.formMessage, describe(error, self.lang))
            return
        super().accept()


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
