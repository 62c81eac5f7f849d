"""Adding a person or changing their details (ui/person_dialog.ui).

Each field is checked as it is typed, by the same service that saves it
(`services.people.parse_person`), and a refusal is said in words under the field. A caution
(the ID number disagrees with the birth date) is shown in amber and lets the user save. Before a
new person is created, likely duplicates are shown with "open this person" and "create anyway".
The dialog stays open on any refusal, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QWidget

from inspector_app.domain.errors import AppError, Caution
from inspector_app.gui.forms.ui_person_dialog import Ui_PersonDialog
from inspector_app.gui.shared import record_text
from inspector_app.gui.shared.field_messages import fit_height, follow_width
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.lists import people_briefs
from inspector_app.services.people import (
    add_person,
    find_duplicates,
    parse_person,
    set_person,
    show_person,
)

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CHECK_DELAY_MS = 150  # check a field after a short pause in typing
SEX_CODES = (None, "M", "F")  # the order of the sex list
OPEN_EXISTING = 2  # the dialog's result when the user chose to open a duplicate


class PersonDialog(QDialog):
    """New person (person_id None) or the details of one. After it is accepted, `saved_id`
    is the person saved; when it finishes with OPEN_EXISTING, `open_person_id` is the person
    the user recognised among the duplicates."""

    def __init__(
        self,
        session: Session,
        lang: str,
        person_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.person_id = person_id
        self.saved_id: str | None = None
        self.open_person_id: str | None = None
        self.cautions: list[Caution] = []
        self._force = False  # the user said the duplicates found are someone else
        self._duplicates_shown: tuple[str, ...] = ()
        self._touched: set[str] = set()
        self._problems: set[str] = set()
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.ui.duplicatePanel.hide()
        self.ui.formMessage.hide()
        for message in self._messages().values():
            message.hide()
        follow_width([*self._messages().values(), self.ui.formMessage], self)
        self._retranslate_own()

        self._original: dict[str, str] = {}
        if person_id is not None:
            self._load(person_id)
        self._original = self.raw_text()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_fields)
        for name, edit in self._line_edits().items():
            edit.textEdited.connect(self._edited(name))
        self.ui.sexCombo.currentIndexChanged.connect(self._edited("sex"))
        self.ui.notesEdit.textChanged.connect(self._edited("notes"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.openExistingButton.clicked.connect(self._open_existing)
        self.ui.createAnywayButton.clicked.connect(self._create_anyway)
        self.ui.duplicateList.itemActivated.connect(lambda _item: self._open_existing())
        self.ui.surnameEdit.setFocus()

    # --- texts ----------------------------------------------------------------------------
    def _retranslate_own(self) -> None:
        if self.person_id is None:
            self.setWindowTitle(QCoreApplication.translate("PersonDialog", "New person"))
        else:
            self.setWindowTitle(QCoreApplication.translate("PersonDialog", "Person's details"))
        if self.session.country == "KG":
            self.ui.idNumberLabel.setText(QCoreApplication.translate("PersonDialog", "&PIN"))
            self.ui.idNumberEdit.setAccessibleName(
                QCoreApplication.translate("PersonDialog", "PIN")
            )
            self.ui.idNumberEdit.setPlaceholderText(
                QCoreApplication.translate("PersonDialog", "14 digits")
            )
        else:
            self.ui.idNumberLabel.setText(QCoreApplication.translate("PersonDialog", "&IIN"))
            self.ui.idNumberEdit.setAccessibleName(
                QCoreApplication.translate("PersonDialog", "IIN")
            )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self.check_fields()

    # --- the fields -----------------------------------------------------------------------
    def _line_edits(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "surname": ui.surnameEdit,
            "name": ui.nameEdit,
            "patronymic": ui.patronymicEdit,
            "birth_date": ui.birthDateEdit,
            "id_number": ui.idNumberEdit,
            "phones": ui.phonesEdit,
            "address": ui.addressEdit,
            "workplace": ui.workplaceEdit,
        }

    def _messages(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "surname": ui.surnameMessage,
            "birth_date": ui.birthDateMessage,
            "id_number": ui.idNumberMessage,
            "phones": ui.phonesMessage,
        }

    def _load(self, person_id: str) -> None:
        shown = show_person(self.session, person_id)
        for name, edit in self._line_edits().items():
            value = shown.get(name)
            if name == "birth_date":
                text = record_text.day(_iso_date(value))
            elif name == "phones":
                text = ", ".join(value or [])
            else:
                text = str(value) if value else ""
            edit.setText(text)
        self.ui.sexCombo.setCurrentIndex(SEX_CODES.index(shown.get("sex")))
        self.ui.notesEdit.setPlainText(shown.get("notes") or "")

    def raw_text(self) -> dict[str, str]:
        """Every field as typed (the sex as its code, "" when not given)."""
        raw = {name: edit.text() for name, edit in self._line_edits().items()}
        raw["sex"] = SEX_CODES[self.ui.sexCombo.currentIndex()] or ""
        raw["notes"] = self.ui.notesEdit.toPlainText()
        return raw

    def has_input(self) -> bool:
        """Typing not saved yet."""
        return self.raw_text() != self._original

    def _edited(self, name: str) -> Callable[..., None]:
        def mark(*_args: object) -> None:
            self._touched.add(name)
            if name in ("surname", "name", "birth_date", "id_number"):
                self._force = False  # another person now: look for duplicates again
            self._timer.start()

        return mark

    # --- checking as one types ------------------------------------------------------------
    def check_fields(self, every: bool = False) -> bool:
        """Check each field on its own and say why one is refused; True when all may be
        saved. Fields not touched yet say nothing unless `every`."""
        self._timer.stop()
        raw = self.raw_text()
        today = self.session.today()
        country = self.session.country
        problems: dict[str, AppError] = {}
        cautions: list[Caution] = []

        def check(name: str, fields: Mapping[str, str | None]) -> None:
            try:
                cautions.extend(parse_person(fields, country, today=today, partial=True).cautions)
            except AppError as error:
                problems[name] = error

        check("surname", {"surname": raw["surname"]})
        check("birth_date", {"birth_date": raw["birth_date"]})
        check("phones", {"phones": raw["phones"]})
        id_fields: dict[str, str | None] = {"id_number": raw["id_number"], "sex": raw["sex"]}
        if "birth_date" not in problems:
            id_fields["birth_date"] = raw["birth_date"]
        check("id_number", id_fields)

        for name, label in self._messages().items():
            error = problems.get(name)
            shown = error is not None and (every or name in self._touched)
            if shown and error is not None:
                label.setText(describe(error, self.lang))
                style.mark_error(label)
                label.show()
            elif name == "id_number" and cautions and not problems.get(name):
                label.setText(
                    QCoreApplication.translate("PersonDialog", "Check: %1").replace(
                        "%1", " ".join(describe(c, self.lang) for c in cautions)
                    )
                )
                style.mark_warning(label)
                label.show()
            else:
                label.clear()
                label.hide()
            fit_height(label)
        self.cautions = cautions
        self._problems = set(problems)
        return not problems

    def first_problem(self) -> QWidget | None:
        """The first field refused by the last check, to put the cursor in."""
        edits = self._line_edits()
        for name in self._messages():
            if name in self._problems:
                widget: QWidget = edits[name]
                return widget
        return None

    # --- saving ---------------------------------------------------------------------------
    def _raw_for_service(self) -> dict[str, str | None]:
        raw = self.raw_text()
        if self.person_id is None:
            # left empty, the birth date and sex are read from the ID number by the service
            return {k: v for k, v in raw.items() if v.strip()}
        return {k: (v if v.strip() else None) for k, v in raw.items() if v != self._original.get(k)}

    def _show_form_message(self, text: str) -> None:
        self.ui.formMessage.setText(text)
        style.mark_error(self.ui.formMessage)
        self.ui.formMessage.show()
        fit_height(self.ui.formMessage)

    def accept(self) -> None:
        self.ui.formMessage.hide()
        if not self.check_fields(every=True):
            problem = self.first_problem()
            if problem is not None:
                problem.setFocus()
            return
        raw = self._raw_for_service()
        try:
            if self.person_id is None:
                if not self._force and self._show_duplicates(raw):
                    return
                saved, _cautions = add_person(self.session, raw, force=self._force)
            else:
                if raw:
                    set_person(self.session, self.person_id, raw)
                saved = self.person_id
        except AppError as error:
            self._show_form_message(describe(error, self.lang))
            return
        self.saved_id = saved
        self._original = self.raw_text()
        super().accept()

    def _show_duplicates(self, raw: Mapping[str, str | None]) -> bool:
        """Show the people this one may be; True when there are some to decide about."""
        parsed = parse_person(raw, self.session.country, today=self.session.today())
        found = tuple(find_duplicates(self.session, parsed.values))
        if not found:
            self.ui.duplicatePanel.hide()
            return False
        self._duplicates_shown = found
        self.ui.duplicateList.clear()
        for brief in people_briefs(self.session, list(found)):
            parts = [brief.full_name, record_text.day(brief.birth_date)]
            if brief.id_number:
                parts.append(brief.id_number)
            if brief.address:
                parts.append(brief.address)
            item = QListWidgetItem(", ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, brief.id)
            item.setData(style.VERBATIM_ROLE, True)
            self.ui.duplicateList.addItem(item)
        self.ui.duplicateList.setCurrentRow(0)
        self.ui.duplicatePanel.show()
        self.ui.openExistingButton.setDefault(True)
        self.ui.openExistingButton.setFocus()
        return True

    def _open_existing(self) -> None:
        item = self.ui.duplicateList.currentItem()
        if item is None:
            return
        self.open_person_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.done(OPEN_EXISTING)

    def _create_anyway(self) -> None:
        self._force = True
        self.ui.duplicatePanel.hide()
        self.accept()


def _iso_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
