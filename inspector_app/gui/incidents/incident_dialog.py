"""An incident note, new or changed (ui/incident_dialog.ui): when, what kind, where, the number
in the national register (КУИ/ЕРДР in Kazakhstan, ЕРПП in Kyrgyzstan), what happened, the
measures taken, and the people with their roles (found as one types)."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_incident_dialog import Ui_IncidentDialog
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import (
    ID_ROLE,
    PeopleSearch,
    add_data_item,
    date_reason,
    parse_day,
    person_line,
    shortcut,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.incidents import (
    IncidentInput,
    IncidentRow,
    add_incident,
    external_register,
    update_incident,
)
from inspector_app.services.people import SearchHit

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "IncidentDialog"
ROLE_ROLE = ID_ROLE + 1  # the role code of a person in the list


class IncidentDialog(QDialog):
    """After it is accepted, `saved_id` is the incident and `number` its number."""

    def __init__(
        self,
        session: Session,
        lang: str,
        incident: IncidentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.incident = incident
        self.saved_id: str | None = None
        self.number: str | None = None
        self._checked = False
        self.ui = Ui_IncidentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (ui.dateMessage, ui.summaryMessage, ui.formMessage):
            label.hide()
        ui.peopleList.setProperty(style.VERBATIM, True)
        self._fill_lists()
        if incident is None:
            ui.dateEdit.setText(work_text.day(session.today()))
            now = self.session.now().time()
            ui.timeEdit.setTime(QTime(now.hour, now.minute))
        else:
            self._load(incident)
        self.search = PeopleSearch(ui.peopleSearch, session, lang)
        self.search.picked.connect(self._picked)
        ui.removePersonButton.clicked.connect(self._remove)
        ui.registerCombo.currentIndexChanged.connect(lambda _i: self._example())
        # the registers' full names are long: the number beside them keeps its room
        ui.registerCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.registerCombo.setMinimumContentsLength(18)
        shortcut(ui.peopleList, "Delete", self._remove)
        ui.dateEdit.textEdited.connect(lambda _t: self.check())
        ui.summaryEdit.textChanged.connect(self.check)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._retranslate_own()
        ui.dateEdit.setFocus()

    # --- texts ----------------------------------------------------------------------------
    def _retranslate_own(self) -> None:
        ui = self.ui
        if self.incident is None:
            self.setWindowTitle(QCoreApplication.translate("IncidentDialog", "New incident"))
        else:
            self.setWindowTitle(
                QCoreApplication.translate("IncidentDialog", "Incident %1").replace(
                    "%1", self.incident.number
                )
            )
        label = work_text.external_register_label(external_register(self.session))
        ui.externalLabel.setText(label)
        ui.externalEdit.setAccessibleName(label)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(QCoreApplication.translate("IncidentDialog", "Sa&ve"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()
        self._fill_lists()
        self._relabel_people()
        self.check()

    def _fill_lists(self) -> None:
        refdata = self.session.refdata
        for combo, name, kinds in (
            (self.ui.kindCombo, "incident_kinds", refdata.incident_kinds),
            (self.ui.roleCombo, "incident_roles", refdata.incident_roles),
        ):
            keep = combo.currentData()
            combo.clear()
            for kind in kinds:
                add_data_item(combo, refdata.name_of(name, kind.code, self.lang), kind.code)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        # the register and the outcome may be left unset: "not registered", "not known yet"
        for combo, name, codes, none in (
            (
                self.ui.registerCombo,
                "incident_registers",
                [r.code for r in refdata.incident_registers],
                QCoreApplication.translate("IncidentDialog", "Not registered"),
            ),
            (
                self.ui.outcomeCombo,
                "incident_outcomes",
                [k.code for k in refdata.incident_outcomes],
                QCoreApplication.translate("IncidentDialog", "Not known yet"),
            ),
        ):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(none, None)
            for code in codes:
                add_data_item(combo, refdata.name_of(name, code, self.lang), code)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        self._example()

    def _example(self) -> None:
        """The register's example number as the field's placeholder: the form to type."""
        code = self.ui.registerCombo.currentData()
        example = ""
        for register in self.session.refdata.incident_registers:
            if register.code == code:
                example = register.example
        self.ui.externalEdit.setPlaceholderText(example)

    def _load(self, incident: IncidentRow) -> None:
        ui = self.ui
        local = self.session.local(incident.occurred_at)
        ui.dateEdit.setText(work_text.day(local.date()))
        ui.timeEdit.setTime(QTime(local.hour, local.minute))
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(incident.kind), 0))
        ui.placeEdit.setText(incident.place or "")
        ui.externalEdit.setText(incident.external_number or "")
        ui.registerCombo.setCurrentIndex(max(ui.registerCombo.findData(incident.register), 0))
        ui.outcomeCombo.setCurrentIndex(max(ui.outcomeCombo.findData(incident.outcome), 0))
        ui.summaryEdit.setPlainText(incident.summary)
        ui.measuresEdit.setPlainText(incident.measures or "")
        for link in incident.people:
            self._add(link.person.id, link.person.full_name, link.role)

    # --- people ---------------------------------------------------------------------------
    def _role_name(self, code: str) -> str:
        return self.session.refdata.name_of("incident_roles", code, self.lang)

    def _add(self, person_id: str, text: str, role: str) -> None:
        for row in range(self.ui.peopleList.count()):
            item = self.ui.peopleList.item(row)
            if item.data(ID_ROLE) == person_id and item.data(ROLE_ROLE) == role:
                return
        item = QListWidgetItem(f"{text} — {self._role_name(role)}")
        item.setData(ID_ROLE, person_id)
        item.setData(ROLE_ROLE, role)
        item.setData(ID_ROLE + 2, text)
        item.setData(style.VERBATIM_ROLE, True)
        self.ui.peopleList.addItem(item)

    def _relabel_people(self) -> None:
        for row in range(self.ui.peopleList.count()):
            item = self.ui.peopleList.item(row)
            item.setText(f"{item.data(ID_ROLE + 2)} — {self._role_name(item.data(ROLE_ROLE))}")

    def _picked(self, hit: SearchHit) -> None:
        self._add(hit.id, person_line(hit), str(self.ui.roleCombo.currentData()))

    def _remove(self) -> None:
        row = self.ui.peopleList.currentRow()
        if row >= 0:
            self.ui.peopleList.takeItem(row)

    def people(self) -> list[tuple[str, str]]:
        ui = self.ui
        return [
            (str(ui.peopleList.item(r).data(ID_ROLE)), str(ui.peopleList.item(r).data(ROLE_ROLE)))
            for r in range(ui.peopleList.count())
        ]

    # --- checks and saving ----------------------------------------------------------------
    def has_input(self) -> bool:
        ui = self.ui
        return bool(ui.summaryEdit.toPlainText().strip() or ui.placeEdit.text().strip())

    def check(self) -> bool:
        ui = self.ui
        date_problem = date_reason(
            ui.dateEdit.text(), self.lang, required=True, latest=self.session.today()
        )
        summary_problem = (
            None
            if ui.summaryEdit.toPlainText().strip()
            else QCoreApplication.translate("IncidentDialog", "Say what happened.")
        )
        show_reason(ui.dateMessage, date_problem)
        show_reason(ui.summaryMessage, summary_problem if self._checked else None)
        return date_problem is None and summary_problem is None

    def accept(self) -> None:
        ui = self.ui
        self._checked = True
        ui.formMessage.hide()
        if not self.check():
            return
        day = parse_day(ui.dateEdit.text()) or self.session.today()
        clock = ui.timeEdit.time()
        data = IncidentInput(
            occurred_at=self.session.aware(
                datetime.combine(day, time(clock.hour(), clock.minute()))
            ),
            kind=str(ui.kindCombo.currentData()),
            summary=ui.summaryEdit.toPlainText(),
            place=ui.placeEdit.text(),
            measures=ui.measuresEdit.toPlainText(),
            external_number=ui.externalEdit.text(),
            settlement_id=self.incident.settlement_id if self.incident else None,
            people=self.people(),
            register=ui.registerCombo.currentData(),
            outcome=ui.outcomeCombo.currentData(),
        )
        try:
            if self.incident is None:
                self.saved_id, self.number = add_incident(self.session, data)
            else:
                update_incident(self.session, self.incident.id, data)
                self.saved_id, self.number = self.incident.id, self.incident.number
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return
        super().accept()
