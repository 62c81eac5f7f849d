"""The Conflicts tab of the Sync page: one field edited on two computers without either seeing
the other's edit. Each conflict shows the value shown now and the other value side by side, with
one button under each to keep it; "Open" goes to the record. Resolving is a change like any other
(services.conflicts): it travels in the next package and closes the conflict everywhere."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import Task, TaskRunner
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.services.conflicts import (
    KEEP_CURRENT,
    KEEP_OTHER,
    ConflictLine,
    list_conflicts,
    resolve_conflict,
)
from inspector_app.services.people import show_person

SHOWN_AT_MOST = 100  # conflict cards built at once; the rest wait for these to be resolved
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
ENTITY_WORDS = {
    "territory": QT_TRANSLATE_NOOP("ConflictsTab", "Place"),
    "household": QT_TRANSLATE_NOOP("ConflictsTab", "Household"),
    "precinct": QT_TRANSLATE_NOOP("ConflictsTab", "Precinct"),
    "precinct_object": QT_TRANSLATE_NOOP("ConflictsTab", "Object of the precinct"),
    "person": QT_TRANSLATE_NOOP("ConflictsTab", "Person"),
    "register_entry": QT_TRANSLATE_NOOP("ConflictsTab", "Register entry"),
    "register_check": QT_TRANSLATE_NOOP("ConflictsTab", "Register check"),
    "log_entry": QT_TRANSLATE_NOOP("ConflictsTab", "Log entry"),
    "appeal": QT_TRANSLATE_NOOP("ConflictsTab", "Appeal"),
    "appeal_event": QT_TRANSLATE_NOOP("ConflictsTab", "Step of an appeal"),
    "incident": QT_TRANSLATE_NOOP("ConflictsTab", "Incident"),
    "incident_person": QT_TRANSLATE_NOOP("ConflictsTab", "Person in an incident"),
    "notice": QT_TRANSLATE_NOOP("ConflictsTab", "Wanted notice"),
    "task": QT_TRANSLATE_NOOP("ConflictsTab", "Task"),
    "notice_ack": QT_TRANSLATE_NOOP("ConflictsTab", "Acknowledgement of a notice"),
    "user": QT_TRANSLATE_NOOP("ConflictsTab", "User"),
    "reference": QT_TRANSLATE_NOOP("ConflictsTab", "Reference data"),
}
FIELD_WORDS = {
    "surname": QT_TRANSLATE_NOOP("ConflictsTab", "surname"),
    "name": QT_TRANSLATE_NOOP("ConflictsTab", "name"),
    "patronymic": QT_TRANSLATE_NOOP("ConflictsTab", "patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("ConflictsTab", "date of birth"),
    "sex": QT_TRANSLATE_NOOP("ConflictsTab", "sex"),
    "id_number": QT_TRANSLATE_NOOP("ConflictsTab", "ID number"),
    "phones": QT_TRANSLATE_NOOP("ConflictsTab", "phones"),
    "address": QT_TRANSLATE_NOOP("ConflictsTab", "address"),
    "workplace": QT_TRANSLATE_NOOP("ConflictsTab", "workplace"),
    "notes": QT_TRANSLATE_NOOP("ConflictsTab", "notes"),
    "house": QT_TRANSLATE_NOOP("ConflictsTab", "house"),
    "flat": QT_TRANSLATE_NOOP("ConflictsTab", "flat"),
    "summary": QT_TRANSLATE_NOOP("ConflictsTab", "summary"),
    "status": QT_TRANSLATE_NOOP("ConflictsTab", "status"),
    "decision": QT_TRANSLATE_NOOP("ConflictsTab", "decision"),
    "deadline": QT_TRANSLATE_NOOP("ConflictsTab", "deadline"),
    "place": QT_TRANSLATE_NOOP("ConflictsTab", "place"),
    "title": QT_TRANSLATE_NOOP("ConflictsTab", "title"),
    "body": QT_TRANSLATE_NOOP("ConflictsTab", "text"),
    "category": QT_TRANSLATE_NOOP("ConflictsTab", "category"),
    "basis": QT_TRANSLATE_NOOP("ConflictsTab", "grounds"),
    "end_date": QT_TRANSLATE_NOOP("ConflictsTab", "end date"),
    "result": QT_TRANSLATE_NOOP("ConflictsTab", "result"),
    "report": QT_TRANSLATE_NOOP("ConflictsTab", "report"),
    "inspector_id": QT_TRANSLATE_NOOP("ConflictsTab", "inspector"),
    "precinct_id": QT_TRANSLATE_NOOP("ConflictsTab", "precinct"),
    "household_id": QT_TRANSLATE_NOOP("ConflictsTab", "household"),
}


def _words(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("ConflictsTab", table[code]) if code in table else code


def value_text(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value in ("", []):
        return QCoreApplication.translate("ConflictsTab", "(empty)")
    if isinstance(value, bool):
        yes = QCoreApplication.translate("ConflictsTab", "yes")
        return yes if value else QCoreApplication.translate("ConflictsTab", "no")
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    day = ISO_DAY.match(text)
    if day:
        return f"{day[3]}.{day[2]}.{day[1]}"
    return text


class ConflictCard(QFrame):
    """One conflict: what it concerns, the two values side by side, a button under each."""

    keep = Signal(str, str)  # conflict id, "current" / "other"
    open_record = Signal(str, str)  # entity, record id

    def __init__(self, line: ConflictLine, subject: str, can_resolve: bool) -> None:
        super().__init__()
        self.line = line
        self.setObjectName("conflictCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        head = QLabel(subject)
        head.setObjectName("conflictSubject")
        head.setWordWrap(True)
        head.setProperty(style.VERBATIM, True)  # a record's own name, and translated words
        head.setFont(style.scaled_font(head, 1.0, bold=True))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Go to the record"))
        self.open_button.clicked.connect(lambda: self.open_record.emit(line.entity, line.record_id))
        top = QHBoxLayout()
        top.setSpacing(style.SPACING)
        top.addWidget(head, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

        other = line.others[0].value if line.others else None
        self.shown_value = self._value(value_text(line.shown), "shownValue")
        self.other_value = self._value(value_text(other), "otherValue")
        shown_title, other_title = QLabel(self.tr("Shown now")), QLabel(self.tr("The other value"))
        for title in (shown_title, other_title):
            style.mark_secondary(title)
        self.keep_shown = QPushButton(self.tr("Keep this"))
        self.keep_shown.setObjectName("keepShown")
        self.keep_shown.clicked.connect(lambda: self.keep.emit(line.id, KEEP_CURRENT))
        self.keep_other = QPushButton(self.tr("Keep the other"))
        self.keep_other.setObjectName("keepOther")
        self.keep_other.clicked.connect(lambda: self.keep.emit(line.id, KEEP_OTHER))
        for button in (self.keep_shown, self.keep_other):
            button.setVisible(can_resolve)
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.GROUP_SPACING)
        grid.setVerticalSpacing(style.GRID)
        grid.addWidget(shown_title, 0, 0)
        grid.addWidget(other_title, 0, 1)
        grid.addWidget(self.shown_value, 1, 0)
        grid.addWidget(self.other_value, 1, 1)
        grid.addWidget(self.keep_shown, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.keep_other, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(3 * style.GRID,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addLayout(top)
        layout.addLayout(grid)

    @staticmethod
    def _value(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty(style.VERBATIM, True)  # what someone typed
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(
            f"QLabel {{ border: 1px solid {style.SECONDARY_COLOR};"
            f" border-radius: {style.GRID}px; padding: {2 * style.GRID}px; }}"
        )
        return label

    def set_busy(self, busy: bool) -> None:
        self.keep_shown.setEnabled(not busy)
        self.keep_other.setEnabled(not busy)


class ConflictsTab(QWidget):
    resolved = Signal(str)  # the entity of the record whose conflict was settled

    def __init__(self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.lines: list[ConflictLine] = []
        self.cards: list[ConflictCard] = []
        self.running: list[Task] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        style.mark_secondary(self.intro)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("conflictsEmpty")
        self.empty_label.setWordWrap(True)
        style.mark_secondary(self.empty_label)
        self.message = QLabel()
        self.message.setObjectName("conflictsMessage")
        self.message.setWordWrap(True)
        self.message.setProperty(style.VERBATIM, True)
        self.message.hide()
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        style.mark_secondary(self.more_label)
        self.more_label.hide()
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, style.SPACING, 0)
        self.list_layout.setSpacing(style.SPACING)
        self.list_layout.addStretch(1)
        self.area = QScrollArea()
        self.area.setObjectName("conflictList")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.SPACING,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.more_label)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The same field was changed on two computers, neither seeing the other's change. "
                "Both values are kept: choose the right one. The choice goes out with the next "
                "package and settles the conflict on every computer."
            )
        )
        self.empty_label.setText(
            self.tr(
                "No conflicts: every change received so far merged on its own. Conflicts "
                "appear here after a package is read."
            )
        )
        self.area.setAccessibleName(self.tr("Conflicts"))
        if self.lines:
            self._show(self.lines)

    def count(self) -> int:
        return len(self.lines)

    def reload(self) -> None:
        try:
            lines = list_conflicts(self.context.session)
        except AppError as error:
            self._say(describe(error, self.context.lang), error=True)
            lines = []
        self._show(lines)

    def _subject(self, line: ConflictLine) -> str:
        entity = _words(ENTITY_WORDS, line.entity)
        if line.entity == "person":
            try:
                name = show_person(self.context.session, line.record_id)["full_name"]
            except AppError:  # a person removed since: the entity word alone
                name = None
            if name:
                entity += f" «{name}»"
        return f"{entity} — {_words(FIELD_WORDS, line.field)}"

    def _show(self, lines: list[ConflictLine]) -> None:
        self.lines = lines
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        can_resolve = self.context.session.can("conflict.resolve")
        for line in lines[:SHOWN_AT_MOST]:
            card = ConflictCard(line, self._subject(line), can_resolve)
            card.keep.connect(self.keep)
            card.open_record.connect(self.context.bus.open_record)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        self.empty_label.setVisible(not lines)
        self.area.setVisible(bool(lines))
        self.intro.setVisible(bool(lines))
        rest = len(lines) - SHOWN_AT_MOST
        self.more_label.setVisible(rest > 0)
        if rest > 0:
            self.more_label.setText(
                QCoreApplication.translate(
                    "ConflictsTab",
                    "%n more conflict(s) appear here as these are resolved.",
                    None,
                    rest,
                )
            )

    def card(self, conflict_id: str) -> ConflictCard | None:
        return next((c for c in self.cards if c.line.id == conflict_id), None)

    def keep(self, conflict_id: str, keep: str) -> Task | None:
        card = self.card(conflict_id)
        if card is None or self.running:
            return None
        card.set_busy(True)
        entity = card.line.entity
        task = self.tasks.start(
            lambda work: resolve_conflict(work.session, conflict_id, keep),
            title=self.tr("Settling the conflict"),
            parent=self.window(),
            on_success=lambda _change: self._resolved(entity),
            on_failure=self._failed,
        )
        self.running.append(task)
        task.finished.connect(lambda: self._finished(task, conflict_id))
        return task

    def _resolved(self, entity: str) -> None:
        self._say(self.tr("The conflict is settled; the choice goes out with the next package."))
        self.resolved.emit(entity)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AppError):
            self._say(describe(error, self.context.lang), error=True)
        else:
            self.tasks.show_failure(error, self)

    def _finished(self, task: Task, conflict_id: str) -> None:
        if task in self.running:
            self.running.remove(task)
        card = self.card(conflict_id)
        if card is not None:
            card.set_busy(False)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        if error:
            style.mark_error(self.message)
        else:
            self.message.setStyleSheet(f"color: {style.DONE_COLOR};")
        self.message.show()

    @property
    def busy(self) -> bool:
        return bool(self.running)
