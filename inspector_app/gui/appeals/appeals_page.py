"""The register of appeals: number, received, applicant, status, deadline and the working days
left (overdue in red with the words that say so). Ctrl+N registers an appeal; Alt+E, Alt+F and
Alt+D extend, forward and decide the selected one; its history shows beside the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.appeals.appeal_accountability_dialog import AppealAccountabilityDialog
from inspector_app.gui.appeals.appeal_register_dialog import AppealRegisterDialog
from inspector_app.gui.appeals.appeal_step_dialog import AppealStepDialog
from inspector_app.gui.appeals.applicant_letters import ApplicantLetters
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.history_action import HistoryAction, id_of
from inspector_app.gui.shared.lazy_table_model import (
    Column,
    LazyTableModel,
    RowsTableModel,
    TableMemory,
)
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.record_list import (
    choose_record,
    chosen_row,
    fill_states,
    say_failure,
    show_empty,
)
from inspector_app.gui.shared.work_widgets import (
    COUNT_CAP,
    fit_columns,
    inspector_of,
    setup_table,
    shortcut,
    show_reason,
    source_factory,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.appeals import (
    AppealEvent,
    AppealRow,
    appeal_history,
    can_step,
    count_appeals,
    list_appeals,
    take_appeal,
)

CONTEXT = "AppealsPage"
STATES = (
    ("all", QT_TRANSLATE_NOOP("AppealsPage", "All appeals")),
    ("open", QT_TRANSLATE_NOOP("AppealsPage", "Open")),
    ("overdue", QT_TRANSLATE_NOOP("AppealsPage", "Overdue")),
    ("closed", QT_TRANSLATE_NOOP("AppealsPage", "Decided or forwarded")),
)
EVENTS = {
    "registered": QT_TRANSLATE_NOOP("AppealsPage", "Registered"),
    "in_progress": QT_TRANSLATE_NOOP("AppealsPage", "Taken into work"),
    "extended": QT_TRANSLATE_NOOP("AppealsPage", "Deadline extended"),
    "forwarded": QT_TRANSLATE_NOOP("AppealsPage", "Forwarded"),
    "decided": QT_TRANSLATE_NOOP("AppealsPage", "Decided"),
    "notified": QT_TRANSLATE_NOOP("AppealsPage", "Applicant told"),
    "cancelled": QT_TRANSLATE_NOOP("AppealsPage", "Cancelled"),
    "corrected": QT_TRANSLATE_NOOP("AppealsPage", "Corrected"),
}
LATE_STEPS = {
    "registration_late": QT_TRANSLATE_NOOP("AppealsPage", "registered late (%1 working days)"),
    "extension_late_entry": QT_TRANSLATE_NOOP("AppealsPage", "extension entered late"),
    "notify_late": QT_TRANSLATE_NOOP("AppealsPage", "applicant told late"),
    "forward_late": QT_TRANSLATE_NOOP("AppealsPage", "forwarded late"),
    "decided_late": QT_TRANSLATE_NOOP("AppealsPage", "decided after the deadline"),
}
FIND_LIMIT = 5000  # rows fetched at most to show a record asked for


def _event_word(code: str) -> str:
    return QCoreApplication.translate("AppealsPage", EVENTS[code]) if code in EVENTS else code


def late_steps(row: AppealRow) -> str:
    """The steps of an appeal that came late, in words, one a line; empty when none did."""
    words = [
        QCoreApplication.translate("AppealsPage", text).replace("%1", str(row.registration_delay))
        for flag, text in LATE_STEPS.items()
        if getattr(row, flag)
    ]
    return "\n".join(words)


def _time_left(row: AppealRow) -> str:
    return work_text.appeal_state_text(row.state, row.days_left, row.closed_on)


class AppealsPage(Page):
    page_id = "appeals"
    watches = ("appeal", "appeal_event", "person")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        session = context.session
        self.heading = style.heading("")
        self.state_label = QLabel()
        self.state_combo = QComboBox()
        self.state_label.setBuddy(self.state_combo)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        style.mark_secondary(self.count_label)
        self.register_button = QPushButton()
        self.extend_button = QPushButton()
        self.forward_button = QPushButton()
        self.decide_button = QPushButton()
        self.take_button = QPushButton()
        self.notify_button = QPushButton()
        self.cancel_button = QPushButton()
        self.account_button = QPushButton()
        self.take_button.clicked.connect(self.take)
        self.notify_button.clicked.connect(lambda: self.step("notify"))
        self.cancel_button.clicked.connect(lambda: self.step("cancel"))
        self.account_button.clicked.connect(self.show_accountability)
        self.account_button.setVisible(session.can("district.view"))
        self.register_button.clicked.connect(self.register)
        self.extend_button.clicked.connect(lambda: self.step("extend"))
        self.forward_button.clicked.connect(lambda: self.step("forward"))
        self.decide_button.clicked.connect(lambda: self.step("decide"))
        writer = session.can("record.write")
        for button in (
            self.register_button,
            self.take_button,
            self.extend_button,
            self.notify_button,
            self.forward_button,
            self.decide_button,
            self.cancel_button,
        ):
            button.setVisible(writer)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.letters = ApplicantLetters(context, self, self.current, self.message)

        top = QHBoxLayout()
        top.setSpacing(style.SPACING)
        top.addWidget(self.state_label)
        top.addWidget(self.state_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.letters.button)
        top.addWidget(self.account_button)
        # the steps in a row of their own: with the filter beside them they do not fit 1280 px
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(style.SPACING)
        for button in (
            self.register_button,
            self.take_button,
            self.extend_button,
            self.notify_button,
            self.forward_button,
            self.decide_button,
            self.cancel_button,
        ):
            self.steps_row.addWidget(button)
        self.steps_row.addStretch(1)

        self.model = LazyTableModel(self._columns(), source_factory(self._page), parent=self)
        self.model.fetched.connect(self._show_count)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._selected)
        self.table = QTableView()
        self.table.setObjectName("appealList")
        self.table.setModel(self.model)
        setup_table(self.table, stretch=2)
        if session.can("report.make"):  # the papers on the list's context menu too
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.table.addActions(list(self.letters.actions.values()))
        fit_columns(self.table, (16, 11, 30, 20, 18, 11, 26, 28))
        self.table.setColumnHidden(7, session.device_role == "inspector")
        self.memory = TableMemory(self.table, self.page_id)
        self.memory.restore()
        selection = self.table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._selected)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        style.mark_secondary(self.empty_label)

        self.detail = self._detail_panel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([2000, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(self.steps_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        shortcut(
            self, "Ctrl+N", self.register, QT_TRANSLATE_NOOP("Shortcuts", "Register an appeal")
        )
        context.bus.filter_changed.connect(lambda _inspector: self.reload())
        self.history_action = HistoryAction(
            self, context, "appeal", lambda: id_of(self.current()), self.table
        )
        self.setFocusProxy(self.table)
        self.retranslate()
        self._selected()

    def _columns(self) -> list[Column]:
        refdata = self.context.session.refdata
        return [
            Column(QT_TRANSLATE_NOOP("AppealsPage", "Number"), CONTEXT, lambda r: r.number),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Received"),
                CONTEXT,
                lambda r: work_text.day(self.context.session.local_date(r.received_at)),
            ),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Applicant"),
                CONTEXT,
                lambda r: r.applicant,
                tooltip=lambda r: r.summary,
            ),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Channel"),
                CONTEXT,
                lambda r: refdata.name_of("appeal_channels", r.channel, self.context.lang),
            ),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Status"),
                CONTEXT,
                lambda r: work_text.word(work_text.APPEAL_STATUSES, r.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Deadline"),
                CONTEXT,
                lambda r: work_text.day(r.deadline),
            ),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Time left"),
                CONTEXT,
                _time_left,
                color=lambda r: work_text.state_color(r.state),
            ),
            Column(
                QT_TRANSLATE_NOOP("AppealsPage", "Inspector"), CONTEXT, lambda r: r.inspector_name
            ),
        ]

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setProperty(style.VERBATIM, True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QFormLayout()
        self.facts.setSpacing(style.SPACING)
        # long values (an extension with who authorised it, the late steps) wrap, never cut
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "deadline",
            "registration",
            "extension",
            "authorised",
            "late",
            "forwarded",
            "decision",
        ):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setProperty(style.VERBATIM, True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(name, value)
            self.fact_labels[key] = (name, value)
        self.history_label = QLabel()
        self.history_model = RowsTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("AppealsPage", "When"),
                    CONTEXT,
                    lambda e: work_text.moment(e.at),
                ),
                Column(
                    QT_TRANSLATE_NOOP("AppealsPage", "Step"), CONTEXT, lambda e: _event_word(e.kind)
                ),
                Column(
                    QT_TRANSLATE_NOOP("AppealsPage", "Detail"),
                    CONTEXT,
                    lambda e: e.detail or "",
                    tooltip=lambda e: e.detail,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AppealsPage", "New deadline"),
                    CONTEXT,
                    lambda e: work_text.day(e.new_deadline),
                ),
                Column(QT_TRANSLATE_NOOP("AppealsPage", "By"), CONTEXT, lambda e: e.author),
            ],
            panel,
        )
        self.history = QTableView()
        self.history.setObjectName("appealHistory")
        self.history.setModel(self.history_model)
        setup_table(self.history, stretch=2)
        fit_columns(self.history, (17, 18, 20, 12, 18))
        self.history_label.setBuddy(self.history)
        about = QVBoxLayout()
        about.setSpacing(style.SPACING)
        about.addWidget(self.summary_label)
        about.addLayout(self.facts)
        about.addStretch(1)
        history = QVBoxLayout()
        history.setSpacing(style.SPACING)
        history.addWidget(self.history_label)
        history.addWidget(self.history, 1)
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, style.SPACING, 0, 0)
        row.setSpacing(style.GROUP_SPACING)
        row.addLayout(about, 2)
        row.addLayout(history, 3)
        return panel

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Appeals")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.state_label.setText(self.tr("&Show"))
        self.state_combo.setAccessibleName(self.tr("Which appeals to show"))
        fill_states(self.state_combo, STATES, "AppealsPage")
        self.register_button.setText(self.tr("&New appeal…"))
        self.register_button.setToolTip(self.tr("Register an appeal (Ctrl+N)"))
        self.extend_button.setText(self.tr("&Extend…"))
        self.forward_button.setText(self.tr("&Forward…"))
        self.decide_button.setText(self.tr("&Decide…"))
        self.take_button.setText(self.tr("&Take into work"))
        self.notify_button.setText(self.tr("&Told…"))
        self.notify_button.setToolTip(self.tr("The day the applicant was told of the extension"))
        self.cancel_button.setText(self.tr("Ca&ncel…"))
        self.cancel_button.setToolTip(self.tr("Cancel a mistaken entry, with the reason"))
        self.letters.retranslate()
        self.account_button.setText(self.tr("&Accountability…"))
        self.account_button.setToolTip(
            self.tr("Appeals by inspector: delays, extensions, late steps")
        )
        self.table.setAccessibleName(self.tr("Appeals"))
        self.history.setAccessibleName(self.tr("History of the appeal"))
        self.history_label.setText(self.tr("&History"))
        names = {
            "deadline": self.tr("Deadline"),
            "registration": self.tr("Registered"),
            "extension": self.tr("Extension"),
            "authorised": self.tr("Authorised by"),
            "late": self.tr("Late"),
            "forwarded": self.tr("Forwarded to"),
            "decision": self.tr("Decision"),
        }
        for key, (name, _value) in self.fact_labels.items():
            name.setText(names[key])
        for model in (self.model, self.history_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._show_count()
        self._selected()

    def refresh(self) -> None:
        keep = self.current()
        self.reload()
        if keep is not None:
            self._select(keep.id)

    # --- the list -------------------------------------------------------------------------
    def state(self) -> str:
        return str(self.state_combo.currentData() or "all")

    def _page(self, after: object, limit: int) -> list[AppealRow]:
        key = after if isinstance(after, tuple) else None
        return list_appeals(
            self.context.session, self.state(), inspector_of(self.context), key, limit
        )

    def reload(self) -> None:
        self.model.reset()

    def _show_count(self) -> None:
        try:
            count = count_appeals(self.context.session, self.state(), inspector_of(self.context))
        except AppError as error:
            self._failed(error)
            return
        if count > COUNT_CAP:
            self.count_label.setText(
                self.tr("Appeals: more than %1").replace("%1", QLocale().toString(COUNT_CAP))
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("AppealsPage", "Appeals: %n", None, count)
            )
        if not show_empty(self.table, self.empty_label, count):
            return
        if self.state() == "all":
            self.empty_label.setText(self.tr("No appeals yet: press Ctrl+N to register one."))
        else:
            self.empty_label.setText(
                self.tr("No appeals in this list. Choose “All appeals” to see every one.")
            )

    def _failed(self, error: object) -> None:
        say_failure(self.message, error, self.context.lang)

    def current(self) -> AppealRow | None:
        return chosen_row(self.table, AppealRow)

    def show_record(self, entity: str, record_id: str) -> bool:
        """Select an appeal (Today asks for one); all appeals are listed if it is not in the
        current list."""
        if entity != "appeal":
            return False
        if self._select(record_id):
            return True
        if self.state() != "all":
            self.state_combo.setCurrentIndex(0)
        return self._select(record_id)

    def _select(self, record_id: str) -> bool:
        """Select a record of the current list, fetching pages until it is there."""
        return choose_record(self.table, self.model, record_id, FIND_LIMIT, focus=True)

    def _selected(self, *_args: QItemSelection) -> None:
        appeal = self.current()
        writer = self.context.session.can("record.write")
        self.extend_button.setEnabled(
            writer and appeal is not None and can_step(appeal.status, "extended")
        )
        self.forward_button.setEnabled(
            writer and appeal is not None and can_step(appeal.status, "forwarded")
        )
        self.decide_button.setEnabled(
            writer and appeal is not None and can_step(appeal.status, "decided")
        )
        self.take_button.setEnabled(
            writer and appeal is not None and can_step(appeal.status, "in_progress")
        )
        self.notify_button.setEnabled(
            writer
            and appeal is not None
            and appeal.extended_on is not None
            and appeal.status == "extended"
        )
        self.cancel_button.setEnabled(
            writer and appeal is not None and can_step(appeal.status, "cancelled")
        )
        self.letters.update(appeal)
        self.detail.setEnabled(appeal is not None)
        if appeal is None:
            self.summary_label.setText(self.tr("Choose an appeal to see its history."))
            for _name, value in self.fact_labels.values():
                value.clear()
            self.history_model.set_rows([])
            return
        self.summary_label.setText(f"{appeal.number} · {appeal.applicant}\n{appeal.summary}")
        deadline = self.fact_labels["deadline"][1]
        deadline.setText(f"{work_text.day(appeal.deadline)} — {_time_left(appeal)}")
        color = work_text.state_color(appeal.state)
        deadline.setStyleSheet(f"color: {color};" if color else "")
        self.fact_labels["registration"][1].setText(self._registration_text(appeal))
        self.fact_labels["extension"][1].setText(self._extension_text(appeal))
        self.fact_labels["authorised"][1].setText(appeal.extension_authorised_by or work_text.DASH)
        late = late_steps(appeal)
        if not appeal.extension_counts:
            late = "\n".join(
                x
                for x in (self.tr("the extension does not count: decided after the deadline"), late)
                if x
            )
        late_label = self.fact_labels["late"][1]
        late_label.setText(late or work_text.DASH)
        late_label.setStyleSheet(f"color: {style.ERROR_COLOR};" if late else "")
        self.fact_labels["forwarded"][1].setText(appeal.forwarded_to or work_text.DASH)
        decision = appeal.decision or work_text.DASH
        if appeal.status == "cancelled":
            decision = self.tr("Cancelled: %1").replace("%1", appeal.cancel_reason or "")
        self.fact_labels["decision"][1].setText(decision)
        try:
            events: list[AppealEvent] = appeal_history(self.context.session, appeal.id)
        except AppError as error:
            self._failed(error)
            events = []
        self.history_model.set_rows(events)

    def _registration_text(self, appeal: AppealRow) -> str:
        if appeal.registered_at is None:
            return work_text.DASH
        return (
            self.tr("%1, %2 working day(s) after receipt")
            .replace("%1", work_text.moment(appeal.registered_at))
            .replace("%2", str(appeal.registration_delay))
        )

    def _extension_text(self, appeal: AppealRow) -> str:
        if appeal.extended_to is None:
            return work_text.DASH
        return (
            self.tr("to %1, decided %2")
            .replace("%1", work_text.day(appeal.extended_to))
            .replace("%2", work_text.day(appeal.extended_on))
        )

    # --- actions --------------------------------------------------------------------------
    def register(self) -> None:
        if not self.context.session.can("record.write"):
            return
        dialog = AppealRegisterDialog(self.context.session, self.context.lang, self)
        accepted = self.context.dialogs.run(dialog) == AppealRegisterDialog.DialogCode.Accepted
        registered = dialog.registered
        dialog.deleteLater()
        if not accepted or registered is None:
            return
        self.context.bus.announce("appeal", "appeal_event")
        self.show_record("appeal", registered.id)
        show_reason(
            self.message,
            self.tr("Appeal %1 is registered; it must be decided by %2.")
            .replace("%1", registered.number)
            .replace("%2", work_text.day(registered.deadline)),
            warning=False,
        )
        style.mark_secondary(self.message)

    def step(self, step: str) -> None:
        appeal = self.current()
        if appeal is None or not self.context.session.can("record.write"):
            return
        status = {
            "extend": "extended",
            "forward": "forwarded",
            "decide": "decided",
            "cancel": "cancelled",
            "notify": "extended",
        }[step]
        if step != "notify" and not can_step(appeal.status, status):
            return
        dialog = AppealStepDialog(self.context.session, self.context.lang, step, appeal, self)
        accepted = self.context.dialogs.run(dialog) == AppealStepDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.message.hide()
            self.context.bus.announce("appeal", "appeal_event")

    def take(self) -> None:
        appeal = self.current()
        if appeal is None or not self.context.session.can("record.write"):
            return
        try:
            take_appeal(self.context.session, appeal.id)
        except AppError as error:
            self._failed(error)
            return
        self.message.hide()
        self.context.bus.announce("appeal", "appeal_event")

    def show_accountability(self) -> None:
        try:
            dialog = AppealAccountabilityDialog(self.context.session, self.context.lang, self)
        except AppError as error:
            self._failed(error)
            return
        self.context.dialogs.run(dialog)
        dialog.deleteLater()
