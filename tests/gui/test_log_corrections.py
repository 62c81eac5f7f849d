"""Correcting the work log in the window: an entry opens with Enter or a double-click into the
form, is changed and saved, or cancelled with a reason (never deleted); its history lists both
values and sets an earlier one back; a new entry is dated when it is saved unless a time is
typed, and a time in the future is refused."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from inspector_app.domain import local_time
from inspector_app.gui.log.log_cancel_dialog import LogCancelDialog
from inspector_app.gui.log.log_page import LogPage
from inspector_app.gui.shared.history_dialog import HistoryDialog
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.work_support import make_context, show_page, type_text

inspector_template = work_support.inspector_template
demo_session = work_support.demo_session


def _row_of(page: LogPage, entry_id: str) -> int:
    row = page.model.fetch_until(entry_id, 1000)
    assert row >= 0
    return row


def _choose_first(qtbot, page: LogPage) -> str:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.setFocus()
    page.table.selectRow(0)
    return page.model.row(0).id


def _stored(session: Session, entry_id: str) -> dict:
    row = session.store.get("log_entry", entry_id)
    assert row is not None
    return row


def test_enter_opens_an_entry_and_ctrl_s_saves_the_correction(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    entry_id = _choose_first(qtbot, page)
    old_summary = _stored(demo_session, entry_id)["summary"]

    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    qtbot.waitUntil(lambda: form.editing is not None)
    assert form.editing.id == entry_id
    assert form.ui.summaryEdit.toPlainText() == old_summary
    assert page.form_box.title().startswith("Entry of ")
    assert not page.has_unsaved_input()  # opened, not yet changed

    form.ui.summaryEdit.selectAll()
    form.ui.summaryEdit.setFocus()
    type_text(form.ui.summaryEdit, "Обход исправлен")
    assert page.has_unsaved_input()
    qtbot.keyClick(form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: form.editing is None)
    assert _stored(demo_session, entry_id)["summary"] == "Обход исправлен"
    assert form.ui.formMessage.text() == "The changes are saved."
    assert page.form_box.title() == "New entry (Ctrl+N)"
    count = demo_session.store.scalar("SELECT count(*) FROM log_entry WHERE id = ?", [entry_id])
    assert count == 1  # changed in place, not added again


def test_a_double_click_opens_it_and_the_history_sets_a_value_back(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, LogPage(context))
    entry_id = _choose_first(qtbot, page)
    old_summary = _stored(demo_session, entry_id)["summary"]
    rect = page.table.visualRect(page.model.index(0, 1))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.form.editing is not None)
    page.form.ui.summaryEdit.setPlainText("Сначала так")
    assert page.form.save()

    def set_back(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        table = dialog.table
        rows = [r for r in range(table.rowCount()) if table.item(r, 1).text() == "Summary"]
        assert [table.item(r, 2).text() for r in rows] == [old_summary, "Сначала так"]
        assert table.item(rows[-1], 3).text() == "Нұрғалиев Ерлан Серікұлы"
        table.selectRow(rows[-1])
        assert not dialog.set_back_button.isEnabled()  # the value it has now
        table.selectRow(rows[0])
        qtbot.mouseClick(dialog.set_back_button, Qt.MouseButton.LeftButton)
        summaries = [v.value for v in dialog.versions if v.field == "summary"]
        assert summaries == [old_summary, "Сначала так", old_summary]

    context.dialogs.expect(set_back)
    page.table.selectRow(_row_of(page, entry_id))
    page.show_history()
    assert _stored(demo_session, entry_id)["summary"] == old_summary
    actions = demo_session.store.select("SELECT action FROM journal WHERE action = 'log.edit'")
    assert len(actions) == 2


def test_an_entry_is_cancelled_with_a_reason_and_stays(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, LogPage(context))
    entry_id = _choose_first(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form.editing is not None)
    assert page.form.cancelEntryButton.isVisible()

    def no_reason_then_one(dialog: QDialog) -> None:
        assert isinstance(dialog, LogCancelDialog)
        dialog.accept()  # no reason yet: refused, the dialog stays
        assert dialog.isVisible() and "Say why" in dialog.message.text()
        dialog.reason_edit.setFocus()
        type_text(dialog.reason_edit, "Записано дважды")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    context.dialogs.expect(no_reason_then_one)
    qtbot.mouseClick(page.form.cancelEntryButton, Qt.MouseButton.LeftButton)

    assert _stored(demo_session, entry_id)["cancel_reason"] == "Записано дважды"
    assert _stored(demo_session, entry_id)["deleted"] == 0
    assert page.form.editing is None
    page.reload()
    row = _row_of(page, entry_id)
    assert page.model.index(row, 4).data().startswith("CANCELLED (Записано дважды):")
    # opened again, a cancelled entry is shown but cannot be saved or cancelled again
    page.table.selectRow(row)
    page.open_entry()
    assert page.form.editing is not None and page.form.editing.id == entry_id
    assert not page.form.ui.saveButton.isVisible()
    assert not page.form.cancelEntryButton.isVisible()
    assert "Cancelled: Записано дважды" in page.form.ui.formMessage.text()


def test_leaving_a_changed_correction_asks_first(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, LogPage(context))
    entry_id = _choose_first(qtbot, page)
    page.open_entry()
    page.form.ui.placeEdit.setText("ул. Новая, 1")
    context.dialogs.answers.append(Answer.CANCEL)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.editing is not None  # stayed: nothing lost
    context.dialogs.answers.append(Answer.SAVE)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.editing is None
    assert _stored(demo_session, entry_id)["place"] == "ул. Новая, 1"
    assert [kind for kind, _text in context.dialogs.messages] == ["ask_save", "ask_save"]


def _newest(session: Session) -> dict:
    return session.store.select(
        "SELECT * FROM log_entry WHERE deleted = 0 ORDER BY created_version DESC LIMIT 1"
    )[0]


def test_a_new_entry_is_dated_when_saved_unless_a_time_is_typed(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    form = page.form
    form._show_when(datetime(2026, 11, 16, 8, 0))  # the form was cleared long ago
    form.ui.summaryEdit.setPlainText("Приём граждан")
    assert form.save()
    # the fixed day of the test ends at 23:59: the moment of saving
    assert _newest(demo_session)["at"] == local_time.utc_text(demo_session.now())

    form.ui.timeEdit.setFocus()
    form.ui.timeEdit.setTime(QTime(9, 15))  # typed
    form.ui.summaryEdit.setPlainText("Рейд")
    assert form.save()
    assert _newest(demo_session)["at"] == "2026-11-16T04:15:00Z"  # 09:15 in Kazakhstan


def test_a_time_later_today_is_refused(qtbot, demo_session):
    demo_session.today_override = None  # the real clock
    now = demo_session.now()
    if now.hour >= 22:
        pytest.skip("too close to midnight for a time later today")
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    form = page.form
    before = _newest(demo_session)["id"]
    later = now + timedelta(hours=1)
    form.ui.timeEdit.setTime(QTime(later.hour, later.minute))
    form.ui.summaryEdit.setPlainText("Ещё не было")
    assert not form.save()
    assert form.ui.formMessage.text() == "A log entry cannot be dated in the future."
    assert _newest(demo_session)["id"] == before
