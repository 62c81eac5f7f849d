"""Everything about one person on one screen.

Left: the details, the household with its members (Enter opens one), and the register
entries with their checks and the next check due (overdue in red, with the words). Right: the
timeline of everything that happened to the person, newest first: register, checks, log
entries, appeals, incidents. Read from `services.person_file`; changes go through the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.people.person_actions import PersonActions
from inspector_app.gui.people.person_dialog import OPEN_EXISTING, PersonDialog
from inspector_app.gui.register.register_dialogs import CheckDialog, EndEntryDialog, EntryDialog
from inspector_app.gui.shared import record_text
from inspector_app.gui.shared.lazy_table_model import ID_ROLE, Column, RowsTableModel
from inspector_app.gui.shared.page_actions import key_action, say_key
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.services.person_file import Entry, Event, Member, PersonFile, person_file

CONTEXT = "PersonView"

EVENT_WORDS = {
    "register_start": QT_TRANSLATE_NOOP("PersonView", "Put on the register"),
    "register_end": QT_TRANSLATE_NOOP("PersonView", "Taken off the register"),
    "check": QT_TRANSLATE_NOOP("PersonView", "Home check"),
    "log": QT_TRANSLATE_NOOP("PersonView", "Preventive work"),
    "appeal": QT_TRANSLATE_NOOP("PersonView", "Appeal received"),
    "appeal_decided": QT_TRANSLATE_NOOP("PersonView", "Appeal decided"),
    "incident": QT_TRANSLATE_NOOP("PersonView", "Incident"),
}
ENTRY_ROLE = Qt.ItemDataRole.UserRole
MAX_MEMBER_ROWS = 6


def _event_what(event: Event) -> str:
    words = EVENT_WORDS.get(event.kind)
    # the words were marked with QT_TRANSLATE_NOOP where EVENT_WORDS is made
    what = QCoreApplication.translate(CONTEXT, words) if words else event.kind
    if event.kind == "check" and event.code:
        what = f"{what} ({record_text.word(record_text.CHECK_METHODS, event.code)})"
    subject = event.subject.strip()
    return f"{what}: {subject}" if subject else what


def _event_when(event: Event) -> str:
    return record_text.moment(event.at) if event.at else record_text.day(event.day)


def _member_age(member: Member) -> str:
    return "" if member.age is None else str(member.age)


def _event_text(event: Event) -> str:
    detail = event.detail.strip()
    return f"{_event_what(event)}\n{detail}" if detail else _event_what(event)


TIMELINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PersonView", "When"), CONTEXT, _event_when),
    Column(QT_TRANSLATE_NOOP("PersonView", "What happened"), CONTEXT, _event_text),
)
MEMBER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PersonView", "Member"), CONTEXT, lambda m: m.full_name),
    Column(
        QT_TRANSLATE_NOOP("PersonView", "Born"), CONTEXT, lambda m: record_text.day(m.birth_date)
    ),
    Column(QT_TRANSLATE_NOOP("PersonView", "Age"), CONTEXT, _member_age, align_right=True),
)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(style.scaled_font(label, 1.15, bold=True))
    return label


def _compact_table(model: RowsTableModel, name: str) -> QTableView:
    """A short table: rows one line high, the last column taking the room left."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 2 * style.GRID)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PersonView(QWidget):
    """One person's file. `back_requested`: the user wants the list again; `open_person`:
    another person (a household member, a duplicate recognised) should be shown."""

    back_requested = Signal()
    open_person = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personView")
        self.context = context
        self.session = context.session
        self.lang = context.lang
        self.person_id: str | None = None
        self.file: PersonFile | None = None

        self.back_button = QPushButton()
        self.edit_button = QPushButton()
        self.register_button = QPushButton()
        self.heading = style.heading("")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setProperty(style.VERBATIM, True)  # a name
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.details = QFormLayout()
        self.details.setHorizontalSpacing(style.SPACING)
        self.details.setVerticalSpacing(style.GRID)
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("phones", "address", "settlement", "workplace", "notes"):
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setProperty(style.VERBATIM, True)  # the person's data
            self.detail_labels[key] = (caption, value)
            self.details.addRow(caption, value)

        self.household_title = _section("")
        self.household_address = QLabel()
        self.household_address.setWordWrap(True)
        self.members_model = RowsTableModel(MEMBER_COLUMNS, self)
        self.members = _compact_table(self.members_model, "")
        self.members.horizontalHeader().setStretchLastSection(False)
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.members.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.members.activated.connect(self._member_activated)

        self.register_title = _section("")
        self.entries = QTreeWidget()
        # one column, each entry on two lines (its category and dates, then its next check in
        # words): it stays readable on a narrow screen, where columns would scroll away
        self.entries.setColumnCount(1)
        self.entries.setHeaderHidden(True)
        self.entries.setRootIsDecorated(True)
        self.entries.setAlternatingRowColors(True)
        self.entries.setUniformRowHeights(False)
        self.check_button = QPushButton()
        self.end_button = QPushButton()
        self.entries.currentItemChanged.connect(self._update_buttons)

        self.timeline_title = _section("")
        self.timeline_model = RowsTableModel(TIMELINE_COLUMNS, self)
        self.timeline = _compact_table(self.timeline_model, "")
        self.timeline.setWordWrap(True)
        timeline_header = self.timeline.horizontalHeader()
        timeline_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # rows as tall as their wrapped text, measured again when the width changes
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.timeline.resizeRowsToContents)
        timeline_header.sectionResized.connect(self._fit_timeline_rows)
        timeline_header.geometriesChanged.connect(self._fit_timeline_rows)

        top = QHBoxLayout()
        top.setSpacing(style.SPACING)
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.register_button)
        self.more = PersonActions(self, top)  # log entry, card, history: their own module

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(style.SPACING)
        left.addWidget(self.heading)
        left.addWidget(self.summary)
        left.addLayout(self.details)
        left.addSpacing(style.SPACING)
        left.addWidget(self.household_title)
        left.addWidget(self.household_address)
        left.addWidget(self.members)
        left.addSpacing(style.SPACING)
        left.addWidget(self.register_title)
        left.addWidget(self.entries, 2)
        entry_buttons = QHBoxLayout()
        entry_buttons.setSpacing(style.SPACING)
        entry_buttons.addWidget(self.check_button)
        entry_buttons.addWidget(self.end_button)
        entry_buttons.addStretch(1)
        left.addLayout(entry_buttons)
        left_panel = QWidget()
        left_panel.setLayout(left)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(style.SPACING)
        right.addWidget(self.timeline_title)
        right.addWidget(self.timeline, 1)
        right_panel = QWidget()
        right_panel.setLayout(right)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left_panel)
        self.splitter.addWidget(right_panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit_person)
        self.register_button.clicked.connect(self.put_on_register)
        self.check_button.clicked.connect(self.record_check)
        self.end_button.clicked.connect(self.end_entry)
        self.actions_ = {
            "back": key_action(self, "Esc", self.back_requested.emit),
            "back_alt": key_action(self, QKeySequence.StandardKey.Back, self.back_requested.emit),
            "edit": key_action(self, "Ctrl+E", self.edit_person),
            "check": key_action(
                self.entries, "C", self.record_check, Qt.ShortcutContext.WidgetShortcut
            ),
        }
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("PersonView", "← Back to the list"))
        self.actions_["back"].setText(QCoreApplication.translate("PersonView", "Back to the list"))
        self.actions_["edit"].setText(
            QCoreApplication.translate("PersonView", "Edit the person's details")
        )
        self.actions_["check"].setText(
            QCoreApplication.translate("PersonView", "Record a check of the selected entry")
        )
        say_key(self.back_button, self.actions_["back"])
        self.more.retranslate()
        self.edit_button.setText(QCoreApplication.translate("PersonView", "&Edit details…"))
        say_key(self.edit_button, self.actions_["edit"])
        self.register_button.setText(
            QCoreApplication.translate("PersonView", "&Put on the register…")
        )
        self.check_button.setText(QCoreApplication.translate("PersonView", "Record a &check…"))
        say_key(self.check_button, self.actions_["check"])
        self.end_button.setText(QCoreApplication.translate("PersonView", "&Take off the register…"))
        captions = {
            "phones": QCoreApplication.translate("PersonView", "Phones"),
            "address": QCoreApplication.translate("PersonView", "Address"),
            "settlement": QCoreApplication.translate("PersonView", "Settlement"),
            "workplace": QCoreApplication.translate("PersonView", "Workplace"),
            "notes": QCoreApplication.translate("PersonView", "Notes"),
        }
        for key, (caption, value) in self.detail_labels.items():
            caption.setText(captions[key])
            value.setAccessibleName(captions[key])
        self.household_title.setText(QCoreApplication.translate("PersonView", "Household"))
        self.members.setAccessibleName(
            QCoreApplication.translate("PersonView", "Members of the household")
        )
        self.register_title.setText(QCoreApplication.translate("PersonView", "Preventive register"))
        self.entries.setAccessibleName(
            QCoreApplication.translate("PersonView", "Register entries and their checks")
        )
        self.timeline_title.setText(QCoreApplication.translate("PersonView", "Timeline"))
        self.timeline.setAccessibleName(
            QCoreApplication.translate("PersonView", "Everything about the person, newest first")
        )
        self.members_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.timeline_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if self.file is not None:
            self._show(self.file)

    # --- showing --------------------------------------------------------------------------
    def show_person(self, person_id: str) -> None:
        self.person_id = person_id
        self.reload()
        if self.file is not None:  # the law on personal data: who saw whose page
            from inspector_app.services.access import record_view

            record_view(self.session, person_id, "window")

    def reload(self) -> None:
        if self.person_id is None:
            return
        try:
            found = person_file(self.session, self.person_id)
        except AppError as error:
            self.file = None
            self.error_label.setText(describe(error, self.lang))
            style.mark_error(self.error_label)
            self.error_label.show()
            return
        self.error_label.hide()
        self.file = found
        self._show(found)

    def _show(self, found: PersonFile) -> None:
        d = found.details
        self.heading.setText(d.full_name or QCoreApplication.translate("PersonView", "(no name)"))
        facts = []
        if d.birth_date:
            facts.append(
                QCoreApplication.translate("PersonView", "born %1 (%2)")
                .replace("%1", record_text.day(d.birth_date))
                .replace("%2", record_text.age(d.age))
            )
        if d.sex:
            facts.append(record_text.sex(d.sex))
        if d.id_number:
            id_word = (
                QCoreApplication.translate("PersonView", "PIN")
                if self.session.country == "KG"
                else QCoreApplication.translate("PersonView", "IIN")
            )
            facts.append(f"{id_word} {d.id_number}")
        self.summary.setText(", ".join(facts))
        values = {
            "phones": record_text.phones(d.phones),
            "address": d.address or "",
            "settlement": d.settlement or "",
            "workplace": d.workplace or "",
            "notes": d.notes or "",
        }
        for key, (caption, value) in self.detail_labels.items():
            value.setText(values[key])
            caption.setVisible(bool(values[key]))
            value.setVisible(bool(values[key]))

        household = found.household
        self.household_address.setProperty(style.VERBATIM, household is not None)
        if household is None:
            self.household_address.setText(
                QCoreApplication.translate("PersonView", "Not linked to a household.")
            )
            self.members_model.set_rows([])
            self.members.hide()
        else:
            parts = [household.settlement, household.street, household.house]
            if household.flat:
                parts.append(
                    QCoreApplication.translate("PersonView", "flat %1").replace(
                        "%1", household.flat
                    )
                )
            text = ", ".join(p for p in parts if p)
            if household.landmark:
                text += f" ({household.landmark})"
            self.household_address.setText(text)
            self.members_model.set_rows(list(household.members))
            self.members.show()
            self._fit_height(self.members, MAX_MEMBER_ROWS)

        self._fill_entries(found.entries)
        self.timeline_model.set_rows(list(found.timeline))
        self._fit_timeline_rows()
        self._update_buttons()

    @staticmethod
    def _fit_height(view: QTableView, max_rows: int) -> None:
        """As tall as its rows, up to max_rows (then it scrolls)."""
        rows = min(max(view.model().rowCount(), 1), max_rows)
        height = (
            view.horizontalHeader().height() + rows * view.verticalHeader().defaultSectionSize()
        )
        view.setFixedHeight(height + 2 * view.frameWidth())

    def _fit_timeline_rows(self, *_args: object) -> None:
        self._fit_timer.start()

    def _fill_entries(self, entries: tuple[Entry, ...]) -> None:
        today = self.session.today()
        self.entries.clear()
        first: QTreeWidgetItem | None = None
        for entry in entries:
            since = record_text.day(entry.start_date)
            if entry.end_date:
                since = f"{since} – {record_text.day(entry.end_date)}"
            state = record_text.check_state(entry.status, entry.due, today)
            if entry.due is not None:
                state = (
                    QCoreApplication.translate("PersonView", "Next check %1: %2")
                    .replace("%1", record_text.day(entry.due))
                    .replace("%2", state)
                )
            item = QTreeWidgetItem([f"{entry.category_name} ({since})\n{state}"])
            item.setData(0, ENTRY_ROLE, entry.id)
            tip = entry.category_name
            if entry.basis:
                tip += "\n" + entry.basis
            item.setToolTip(0, tip)
            color = record_text.check_color(entry.status)
            if color:
                item.setForeground(0, QBrush(QColor(color)))
            for check in entry.checks:
                how = record_text.word(record_text.CHECK_METHODS, check.method)
                text = f"{record_text.day(check.checked_on)}, {how}"
                if check.result:
                    text += f": {check.result}"
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                item.addChild(child)
            self.entries.addTopLevelItem(item)
            item.setExpanded(entry.end_date is None)
            if first is None:
                first = item
        if not entries:
            empty = QTreeWidgetItem(
                [QCoreApplication.translate("PersonView", "Not on the register.")]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.entries.addTopLevelItem(empty)
        if first is not None:
            # current (the buttons and C act on it) but not highlighted: its colour shows
            self.entries.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def current_entry(self) -> Entry | None:
        item = self.entries.currentItem()
        if item is None or self.file is None:
            return None
        parent = item.parent()
        while parent is not None:  # a check: its entry
            item, parent = parent, parent.parent()
        entry_id = item.data(0, ENTRY_ROLE)
        return next((e for e in self.file.entries if e.id == entry_id), None)

    def _update_buttons(self, *_args: object) -> None:
        entry = self.current_entry()
        open_entry = entry is not None and entry.end_date is None
        writable = self.session.can("record.write")
        self.check_button.setEnabled(open_entry and writable)
        self.end_button.setEnabled(open_entry and writable)
        self.register_button.setEnabled(writable and self.file is not None)
        self.edit_button.setEnabled(self.session.can("person.write") and self.file is not None)
        self.more.update()

    def _member_activated(self, index: object) -> None:
        person_id = self.members_model.data(index, ID_ROLE)  # type: ignore[arg-type]
        if person_id and person_id != self.person_id:
            self.open_person.emit(str(person_id))

    # --- actions --------------------------------------------------------------------------
    def edit_person(self) -> None:
        if self.person_id is None or not self.edit_button.isEnabled():
            return
        dialog = PersonDialog(self.session, self.lang, self.person_id, parent=self)
        result = self.context.dialogs.run(dialog)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.context.bus.announce("person")
            self.reload()
        elif result == OPEN_EXISTING and dialog.open_person_id:
            self.open_person.emit(dialog.open_person_id)

    def put_on_register(self) -> None:
        if self.file is None or not self.register_button.isEnabled():
            return
        dialog = EntryDialog(
            self.session,
            self.lang,
            person_id=self.file.details.id,
            person_name=self.file.details.full_name,
            parent=self,
        )
        if self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted:
            self.context.bus.announce("register_entry")
            self.reload()
        dialog.deleteLater()

    def _subject(self, entry: Entry) -> str:
        name = self.file.details.full_name if self.file else ""
        return f"{name}: {entry.category_name}"

    def record_check(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.check_button.isEnabled():
            return
        dialog = CheckDialog(self.session, self.lang, entry.id, self._subject(entry), parent=self)
        if self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted:
            self.context.bus.announce("register_check")
            self.reload()
        dialog.deleteLater()

    def end_entry(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.end_button.isEnabled():
            return
        dialog = EndEntryDialog(
            self.session, self.lang, entry.id, self._subject(entry), parent=self
        )
        if self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted:
            self.context.bus.announce("register_entry")
            self.reload()
        dialog.deleteLater()
