"""The wanted notices tab of the Notices and tasks page: the notices newest first, one's text
below the list; an inspector acknowledges a notice (Alt+A), with a word on what was done; a chief
or HQ writes notices (Ctrl+N) and sees who acknowledged them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.notices.notice_dialog import NoticeDialog
from inspector_app.gui.notices.work_list_tab import WorkListTab
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import Column
from inspector_app.gui.shared.record_list import fill_states, show_empty
from inspector_app.gui.shared.work_widgets import (
    error_words,
    inspector_of,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.notices import (
    NoticeRow,
    acknowledge_notice,
    acknowledgements,
    count_notices,
    list_notices,
)

CONTEXT = "NoticesTab"
STATES = (
    ("valid", QT_TRANSLATE_NOOP("NoticesTab", "Standing notices")),
    ("unread", QT_TRANSLATE_NOOP("NoticesTab", "Not read yet")),
    ("all", QT_TRANSLATE_NOOP("NoticesTab", "All notices")),
)


def _state(row: NoticeRow) -> str:
    return work_text.notice_state(row.acknowledged_at, row.expired)


def _acknowledged_by(row: NoticeRow) -> str:
    if not row.acknowledgements:
        return QCoreApplication.translate("NoticesTab", "No one yet")
    return QCoreApplication.translate(
        "NoticesTab", "Acknowledged by %n", None, row.acknowledgements
    )


class NoticesTab(WorkListTab[NoticeRow]):
    row_type = NoticeRow
    default_state = "valid"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        session = context.session
        # an inspector's laptop reads notices; a chief's or HQ's database writes them
        self.reader = session.device_role == "inspector" and session.can("notice.ack")
        super().__init__(
            context,
            list_name="notice",
            stretch=2,
            widths=(14, 11, 40, 11, 24),
            detail_height=1000,
            parent=parent,
        )

    def _action_box(self) -> QWidget:
        self.report_label, self.report_edit = QLabel(), QLineEdit()
        self.report_label.setBuddy(self.report_edit)
        self.report_edit.setMaxLength(4000)
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.acknowledge)
        self.report_edit.returnPressed.connect(self.acknowledge)
        ack_row = QHBoxLayout()
        ack_row.setSpacing(style.SPACING)
        ack_row.addWidget(self.report_label)
        ack_row.addWidget(self.report_edit, 1)
        ack_row.addWidget(self.ack_button)
        self.ack_box = QWidget()
        self.ack_box.setLayout(ack_row)
        ack_row.setContentsMargins(0, 0, 0, 0)
        self.ack_box.setVisible(self.reader)
        return self.ack_box

    def _columns(self) -> list[Column]:
        reader = self.reader
        return [
            Column(QT_TRANSLATE_NOOP("NoticesTab", "Number"), CONTEXT, lambda r: r.number),
            Column(
                QT_TRANSLATE_NOOP("NoticesTab", "Issued"),
                CONTEXT,
                lambda r: work_text.day(r.issued_on),
            ),
            Column(
                QT_TRANSLATE_NOOP("NoticesTab", "Title"),
                CONTEXT,
                lambda r: r.title,
                tooltip=lambda r: r.body,
            ),
            Column(
                QT_TRANSLATE_NOOP("NoticesTab", "Valid until"),
                CONTEXT,
                lambda r: work_text.day(r.valid_until),
            ),
            Column(
                QT_TRANSLATE_NOOP("NoticesTab", "State"),
                CONTEXT,
                lambda r: (
                    work_text.notice_state_text(r.acknowledged_at, r.expired)
                    if reader
                    else _acknowledged_by(r)
                ),
                color=lambda r: work_text.state_color(_state(r)) if reader else None,
            ),
        ]

    def retranslate(self) -> None:
        self.state_label.setText(self.tr("&Show"))
        self.state_combo.setAccessibleName(self.tr("Which notices to show"))
        fill_states(self.state_combo, STATES, CONTEXT)
        self.new_button.setText(self.tr("&New notice…"))
        self.new_button.setToolTip(self.tr("Write a wanted notice (Ctrl+N)"))
        self.table.setAccessibleName(self.tr("Wanted notices"))
        self.text.setAccessibleName(self.tr("Text of the notice"))
        self.report_label.setText(self.tr("&What was done"))
        self.report_edit.setAccessibleName(self.tr("What was done about the notice"))
        self.report_edit.setPlaceholderText(self.tr("Optional: checked, not seen in the precinct"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_count()
        self._selected()

    # --- the list -------------------------------------------------------------------------
    def _page(self, after: object, limit: int) -> list[NoticeRow]:
        key = after if isinstance(after, tuple) else None
        return list_notices(
            self.context.session, self.state(), inspector_of(self.context), key, limit
        )

    def _show_count(self) -> None:
        try:
            count = count_notices(self.context.session, self.state(), inspector_of(self.context))
        except AppError as error:
            self._failed(error)
            return
        self.count_label.setText(
            QCoreApplication.translate("NoticesTab", "Notices: %n", None, count)
        )
        if not show_empty(self.table, self.empty_label, count):
            return
        if self.context.session.can("notice.write"):
            self.empty_label.setText(self.tr("No notices here. To write one, press Ctrl+N."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No notices here. Wanted notices arrive from the chief with sync packages; "
                    "choose “All notices” to see the old ones."
                )
            )

    def _selected(self, *_args: object) -> None:
        notice = self.current()
        self.ack_box.setEnabled(notice is not None)
        if notice is None:
            self.text.setText(self.tr("Choose a notice to read it."))
            self.ack_button.setText(self.tr("&Acknowledge"))
            return
        lines = [notice.title, notice.body, ""]
        where = (
            self.tr("precincts %1").replace("%1", ", ".join(notice.precinct_codes))
            if notice.precinct_codes
            else self.tr("every precinct")
        )
        lines.append(
            self.tr("Issued %1 by %2, for %3.")
            .replace("%1", work_text.day(notice.issued_on))
            .replace("%2", notice.issued_by_name or work_text.DASH)
            .replace("%3", where)
        )
        if notice.valid_until:
            lines.append(
                self.tr("Valid until %1.").replace("%1", work_text.day(notice.valid_until))
            )
        if self.reader:
            if notice.acknowledged_at:
                lines.append(work_text.notice_state_text(notice.acknowledged_at, False) + ".")
        else:
            try:
                acks = acknowledgements(self.context.session, notice.id)
            except AppError as error:
                self._failed(error)
                acks = []
            for ack in acks:
                lines.append(
                    f"• {ack.user_name} — {work_text.moment(ack.at)}"
                    + (f": {ack.report}" if ack.report else "")
                )
            if not acks:
                lines.append(self.tr("No one has acknowledged it yet."))
        self.text.setText("\n".join(lines))
        self.ack_button.setText(
            self.tr("Save the &answer") if notice.acknowledged_at else self.tr("&Acknowledge")
        )

    # --- actions --------------------------------------------------------------------------
    def acknowledge(self) -> None:
        notice = self.current()
        if notice is None or not self.reader:
            return
        try:
            acknowledge_notice(self.context.session, notice.id, self.report_edit.text())
        except AppError as error:
            show_reason(self.message, error_words(error, self.context.lang))
            return
        self.report_edit.clear()
        self.message.hide()
        self.context.bus.announce("notice_ack")

    def new_record(self) -> None:
        self.new_notice()

    def new_notice(self) -> None:
        if not self.context.session.can("notice.write"):
            return
        dialog = NoticeDialog(self.context.session, self.context.lang, self)
        accepted = self.context.dialogs.run(dialog) == NoticeDialog.DialogCode.Accepted
        saved = dialog.saved_id
        dialog.deleteLater()
        if accepted and saved is not None:
            self.context.bus.announce("notice")
            self.show_record(saved)
