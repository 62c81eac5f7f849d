"""The quick-entry form of the work log (ui/log_entry_form.ui): the kind, when, where, who took
part (names complete as one types), the summary, the outcome and a follow-up date.

Each field is checked as it is typed and says why it is refused. A talk with a minor needs a
parent, guardian or teacher present (KZ law 245-VIII, art. 50): the form names the minor and
says so as soon as it applies, and the service refuses the entry until the companion is named.
A refusal never clears what was typed.

The same form corrects an entry opened from the list (`edit`): saving then changes it, and
"Cancel entry…" cancels it with a reason (never deleted). A new entry's time is the moment
it is saved unless the date or time was typed.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_log_entry_form import Ui_LogEntryForm
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import (
    ChosenPeople,
    PeopleSearch,
    add_data_item,
    date_reason,
    parse_day,
    person_line,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.log_corrections import edit_log_entry
from inspector_app.services.people import SearchHit
from inspector_app.services.worklog import LogRow, add_log_entry, minors_among

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "LogEntryForm"
CLOCK_MS = 20_000


class LogEntryForm(QWidget):
    """`saved` carries the id of each entry saved or corrected; `cancel_requested` the entry
    the user asks to cancel; `mode_changed` fires when the form turns from a new entry to a
    correction and back."""

    saved = Signal(str)
    cancel_requested = Signal(str)
    mode_changed = Signal()

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.ui = Ui_LogEntryForm()
        self.ui.setupUi(self)
        self._touched: set[str] = set()
        self.editing: LogRow | None = None  # the entry being corrected, if any
        self._when_typed = False  # a new entry is dated when saved unless this is set
        self.cancelEntryButton = QPushButton()
        self.cancelEntryButton.setObjectName("cancelEntryButton")
        self.cancelEntryButton.hide()
        # its own row: three buttons in one would widen the form and squeeze the list
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancelEntryButton)
        self.ui.column.addLayout(cancel_row)
        for label in self._messages():
            label.hide()
        self.ui.formMessage.hide()
        self.people = ChosenPeople(self.ui.peopleList)
        self.search = PeopleSearch(self.ui.peopleSearch, session, lang)
        self.search.picked.connect(self._picked)
        self._fill_kinds()
        self._reset_when()

        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.check())
        ui.dateEdit.textEdited.connect(lambda _t: self._touch("date"))
        ui.dateEdit.textEdited.connect(lambda _t: self._typed_when())
        ui.timeEdit.timeChanged.connect(lambda _t: self._typed_when())
        self.cancelEntryButton.clicked.connect(self._ask_cancel)
        # the time shown keeps up with the clock until one is typed
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        ui.followUpEdit.textEdited.connect(lambda _t: self._touch("follow_up"))
        ui.summaryEdit.textChanged.connect(lambda: self._touch("summary"))
        ui.companionEdit.textEdited.connect(lambda _t: self.check())
        self.people.changed.connect(self.check)
        ui.removePersonButton.clicked.connect(self.people.remove)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.clear)
        self.setFocusProxy(ui.kindCombo)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.cancelEntryButton.setText(QCoreApplication.translate("LogEntryForm", "Cance&l entry…"))
        if self.editing is not None:
            self.ui.saveButton.setText(QCoreApplication.translate("LogEntryForm", "Save &changes"))
            self.ui.clearButton.setText(QCoreApplication.translate("LogEntryForm", "&New entry"))
        self._fill_kinds()
        self.check()

    def _fill_kinds(self) -> None:
        combo = self.ui.kindCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for kind in self.session.refdata.log_kinds:
            add_data_item(
                combo, self.session.refdata.name_of("log_kinds", kind.code, self.lang), kind.code
            )
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _reset_when(self) -> None:
        self._show_when(self.session.now().replace(tzinfo=None))
        self._when_typed = False

    def _show_when(self, local: datetime) -> None:
        self.ui.timeEdit.blockSignals(True)
        self.ui.dateEdit.setText(work_text.day(local.date()))
        self.ui.timeEdit.setTime(QTime(local.hour, local.minute))
        self.ui.timeEdit.blockSignals(False)

    def _typed_when(self) -> None:
        self._when_typed = True

    def _tick(self) -> None:
        if self.editing is None and not self._when_typed:
            self._show_when(self.session.now().replace(tzinfo=None))

    def _messages(self) -> list[QLabel]:
        ui = self.ui
        return [ui.dateMessage, ui.companionMessage, ui.summaryMessage, ui.followUpMessage]

    # --- what was typed -------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData() or "")

    def has_input(self) -> bool:
        ui = self.ui
        return bool(
            ui.summaryEdit.toPlainText().strip()
            or ui.placeEdit.text().strip()
            or ui.outcomeEdit.text().strip()
            or ui.companionEdit.text().strip()
            or ui.followUpEdit.text().strip()
            or self.people.ids()
        )

    def _picked(self, hit: SearchHit) -> None:
        self.people.add(hit.id, person_line(hit))

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self.check()

    def _day(self) -> date | None:
        try:
            return parse_day(self.ui.dateEdit.text())
        except AppError:
            return None

    # --- checks ---------------------------------------------------------------------------
    def check(self, every: bool = False) -> bool:
        """Show why fields are refused (only fields typed in, unless `every`); True when the
        entry may be saved."""
        ui = self.ui
        shown = self._touched if not every else {"date", "summary", "follow_up"}
        today = self.session.today()
        reasons = {
            "date": date_reason(ui.dateEdit.text(), self.lang, required=True, latest=today),
            "follow_up": date_reason(ui.followUpEdit.text(), self.lang),
            "summary": None
            if ui.summaryEdit.toPlainText().strip()
            else QCoreApplication.translate("LogEntryForm", "Say in a few words what was done."),
        }
        show_reason(ui.dateMessage, reasons["date"] if "date" in shown else None)
        show_reason(ui.followUpMessage, reasons["follow_up"] if "follow_up" in shown else None)
        show_reason(ui.summaryMessage, reasons["summary"] if "summary" in shown else None)
        companion = self._companion_reason()
        show_reason(ui.companionMessage, companion, warning=not every)
        return not any(reasons.values()) and companion is None

    def _companion_reason(self) -> str | None:
        """Why a companion must be named, or None (the rule does not apply, or one is)."""
        if self.kind() != "talk" or self.ui.companionEdit.text().strip():
            return None
        on = self._day() or self.session.today()
        minors = minors_among(self.session, self.people.ids(), on)
        if not minors:
            return None
        names = ", ".join(m.full_name for m in minors)
        return QCoreApplication.translate(
            "LogEntryForm",
            "%1 is under 18: a talk with a minor needs a parent, guardian or teacher present "
            "(law 245-VIII, art. 50). Name who was there.",
            None,
            len(minors),
        ).replace("%1", names)

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        ui = self.ui
        ui.formMessage.hide()
        if not self.check(every=True):
            first = next((m for m in self._messages() if m.isVisible()), None)
            if first is ui.companionMessage:
                ui.companionEdit.setFocus()
            elif first is ui.summaryMessage:
                ui.summaryEdit.setFocus()
            elif first is ui.dateMessage:
                ui.dateEdit.setFocus()
            return False
        on = self._day() or self.session.today()
        clock = ui.timeEdit.time()
        at = self.session.aware(datetime.combine(on, time(clock.hour(), clock.minute())))
        if self.editing is None and not self._when_typed:
            at = self.session.now().replace(second=0, microsecond=0)  # the moment it is saved
        follow = parse_day(ui.followUpEdit.text())
        if self.editing is not None:
            return self._save_changes(at, follow)
        try:
            entry_id = add_log_entry(
                self.session,
                kind=self.kind(),
                at=at,
                summary=ui.summaryEdit.toPlainText(),
                person_ids=self.people.ids(),
                companion=ui.companionEdit.text(),
                place=ui.placeEdit.text().strip() or None,
                outcome=ui.outcomeEdit.text().strip() or None,
                follow_up=follow.isoformat() if follow else None,
            )
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return False
        self.clear()
        ui.formMessage.setText(QCoreApplication.translate("LogEntryForm", "The entry is saved."))
        style.mark_secondary(ui.formMessage)
        ui.formMessage.show()
        self.saved.emit(entry_id)
        return True

    def _save_changes(self, at: datetime, follow: date | None) -> bool:
        ui = self.ui
        assert self.editing is not None
        entry_id = self.editing.id
        try:
            edit_log_entry(
                self.session,
                entry_id,
                {
                    "kind": self.kind(),
                    "at": at,
                    "summary": ui.summaryEdit.toPlainText(),
                    "person_ids": self.people.ids(),
                    "companion": ui.companionEdit.text(),
                    "place": ui.placeEdit.text(),
                    "outcome": ui.outcomeEdit.text(),
                    "follow_up": follow,
                },
            )
        except AppError as error:
            ui.formMessage.setText(describe(error, self.lang))
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
            return False
        self.clear()
        ui.formMessage.setText(QCoreApplication.translate("LogEntryForm", "The changes are saved."))
        style.mark_secondary(ui.formMessage)
        ui.formMessage.show()
        self.saved.emit(entry_id)
        return True

    # --- correcting -----------------------------------------------------------------------
    def edit(self, row: LogRow) -> None:
        """Show an entry to correct it; a cancelled one is shown, not changed."""
        ui = self.ui
        self.clear()
        self.editing = row
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(row.kind), 0))
        self._show_when(self.session.local(row.at))
        self._when_typed = True
        ui.placeEdit.setText(row.place or "")
        for person in row.people:
            self.people.add(person.id, person.full_name)
        ui.companionEdit.setText(row.companion or "")
        ui.summaryEdit.setPlainText(row.summary)
        ui.outcomeEdit.setText(row.outcome or "")
        ui.followUpEdit.setText(work_text.day(row.follow_up))
        for edit in (ui.placeEdit, ui.companionEdit, ui.outcomeEdit):
            edit.setCursorPosition(0)  # the start of a long text, as one reads it
        self._touched.clear()
        for label in self._messages():
            label.hide()
        cancelled = row.cancel_reason is not None
        for widget in (ui.saveButton, self.cancelEntryButton):
            widget.setVisible(not cancelled)
        if cancelled:
            ui.formMessage.setText(
                QCoreApplication.translate("LogEntryForm", "Cancelled: %1").replace(
                    "%1", row.cancel_reason or ""
                )
            )
            style.mark_error(ui.formMessage)
            ui.formMessage.show()
        self.retranslate()
        self.mode_changed.emit()

    def _ask_cancel(self) -> None:
        if self.editing is not None:
            self.cancel_requested.emit(self.editing.id)

    def is_changed(self) -> bool:
        """Typed into: a new entry with anything in it, or a correction that differs."""
        if self.editing is None:
            return self.has_input()
        row, ui = self.editing, self.ui
        return (
            self.kind() != row.kind
            or ui.summaryEdit.toPlainText() != row.summary
            or ui.placeEdit.text() != (row.place or "")
            or ui.outcomeEdit.text() != (row.outcome or "")
            or ui.companionEdit.text() != (row.companion or "")
            or ui.followUpEdit.text() != work_text.day(row.follow_up)
            or self.people.ids() != [p.id for p in row.people]
        )

    def clear(self) -> None:
        """Empty the form for the next entry; the kind stays."""
        ui = self.ui
        was_editing = self.editing is not None
        self.editing = None
        ui.saveButton.show()
        self.cancelEntryButton.hide()
        for edit in (ui.placeEdit, ui.companionEdit, ui.outcomeEdit, ui.followUpEdit):
            edit.clear()
        ui.summaryEdit.clear()
        ui.peopleSearch.clear()
        self.people.clear()
        self._reset_when()
        self._touched.clear()
        for label in self._messages():
            label.hide()
        ui.formMessage.hide()
        if was_editing:
            self.retranslate()
            self.mode_changed.emit()
