"""Notices and tasks: a chief writes a wanted notice and a task; an inspector reads, acknowledges
and reports, and the data says so afterwards."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.domain import local_time
from inspector_app.gui.notices.notice_dialog import NoticeDialog
from inspector_app.gui.notices.notices_page import NoticesPage
from inspector_app.gui.notices.task_dialog import TaskDialog
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.work_support import (
    TODAY,
    make_context,
    show_page,
    type_text,
)

# the shared fixtures of the work pages' tests
chief_session = work_support.chief_session
chief_template = work_support.chief_template
demo_session = work_support.demo_session
inspector_template = work_support.inspector_template


def _save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox, "buttons").button(
        QDialogButtonBox.StandardButton.Save
    ).click()


def _press(qtbot, page, key: Qt.Key, modifier=Qt.KeyboardModifier.AltModifier) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    target = page.focusWidget() or page
    qtbot.keyClick(target, key, modifier)
    if modifier == Qt.KeyboardModifier.AltModifier:
        qtbot.wait(200)  # a button's mnemonic clicks it a moment later


def _arrive(session: Session, entity: str, values: dict) -> str:
    """A record as it comes from the chief's database (made on another device)."""
    return session.store.create(entity, values, author=None, device="chief-laptop", action="import")


def test_a_chief_writes_a_notice_for_one_precinct(qtbot, chief_session):
    context = make_context(chief_session)
    page = show_page(qtbot, NoticesPage(context))
    assert page.notices.new_button.isVisible() and not page.notices.ack_box.isVisible()
    precinct = chief_session.store.select("SELECT code FROM precinct ORDER BY code LIMIT 1")[0]
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeDialog)
        ui = dialog.ui
        type_text(ui.titleEdit, "Розыск: Тасболатов Ерлан, 1990 г.р.")
        ui.bodyEdit.setFocus()
        type_text(ui.bodyEdit, "Рост 180, шрам на левой щеке. Сообщить в дежурную часть.")
        ui.validEdit.setFocus()
        qtbot.keyClicks(ui.validEdit, "01.11.2026")
        seen["valid"] = ui.validMessage.text()
        ui.validEdit.clear()
        qtbot.keyClicks(ui.validEdit, "31.12.2026")
        ui.precinctList.item(0).setCheckState(Qt.CheckState.Checked)
        _save(dialog)

    context.dialogs.expect(fill)
    page.notices.table.setFocus()
    qtbot.keyClick(page.notices.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert seen["valid"] == "The date is earlier than 16.11.2026."
    notice = chief_session.store.select("SELECT * FROM notice WHERE deleted = 0")[0]
    assert notice["title"] == "Розыск: Тасболатов Ерлан, 1990 г.р."
    assert notice["valid_until"] == "2026-12-31"
    assert json.loads(notice["precinct_codes"]) == [precinct["code"]]
    assert notice["issued_by"] == chief_session.user_id and notice["number"]
    chosen = page.notices.current()
    assert chosen is not None and chosen.id == notice["id"]
    assert page.notices.model.index(0, 4).data() == "No one yet"
    assert "No one has acknowledged it yet." in page.notices.text.text()


def test_a_chief_gives_an_inspector_a_task(qtbot, chief_session):
    context = make_context(chief_session)
    page = show_page(qtbot, NoticesPage(context))
    inspector = chief_session.store.select(
        "SELECT u.id, u.full_name, p.id AS precinct FROM user u JOIN precinct p"
        " ON p.inspector_id = u.id WHERE u.role = 'inspector' ORDER BY u.full_name LIMIT 1"
    )[0]

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        ui = dialog.ui
        ui.assigneeCombo.setCurrentIndex(ui.assigneeCombo.findData(inspector["id"]))
        _save(dialog)  # no title: said, and the dialog stays
        assert ui.titleMessage.text() == "Say in a few words what is to be done."
        type_text(ui.titleEdit, "Проверить пункт приёма металлолома")
        ui.dueEdit.setFocus()
        qtbot.keyClicks(ui.dueEdit, "20.11.2026")
        _save(dialog)

    context.dialogs.expect(fill)
    page.tasks.table.setFocus()
    qtbot.keyClick(page.tasks.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    task = chief_session.store.select("SELECT * FROM task WHERE deleted = 0")[0]
    assert task["assignee_id"] == inspector["id"]
    assert task["precinct_id"] == inspector["precinct"]
    assert task["due"] == "2026-11-20" and task["status"] == "new"
    assert page.tabs.currentWidget() is page.tasks
    row = page.tasks.current()
    assert row is not None and row.id == task["id"]
    assert page.tasks.model.index(0, 2).data() == "Due in 4 day(s)"
    assert page.tasks.model.index(0, 3).data() == inspector["full_name"]


def test_an_inspector_acknowledges_a_notice_for_the_precinct(qtbot, qtmodeltester, demo_session):
    mine = _arrive(
        demo_session,
        "notice",
        {
            "number": "12-26-00007",
            "issued_on": (TODAY - timedelta(days=1)).isoformat(),
            "title": "Розыск: угнанный трактор МТЗ-82",
            "body": "Госномер 123ABC05, синий.",
            "precinct_codes": ["05"],
        },
    )
    _arrive(
        demo_session,
        "notice",
        {
            "number": "12-26-00008",
            "issued_on": TODAY.isoformat(),
            "title": "Для другого участка",
            "body": "—",
            "precinct_codes": ["07"],
        },
    )
    context = make_context(demo_session)
    page = show_page(qtbot, NoticesPage(context))
    tab = page.notices
    assert not tab.new_button.isVisible() and tab.ack_box.isVisible()
    assert tab.model.rowCount() == 1  # the other precinct's notice is not shown
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 4).data() == "Not read yet"
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a5300"
    tab.table.selectRow(0)
    assert "Госномер 123ABC05, синий." in tab.text.text()
    tab.report_edit.setFocus()
    type_text(tab.report_edit, "Проверил гаражи на ул. Абая, не обнаружен")
    _press(qtbot, page, Qt.Key.Key_A)

    acks = demo_session.store.select("SELECT * FROM notice_ack WHERE deleted = 0")
    assert len(acks) == 1
    assert acks[0]["notice_id"] == mine and acks[0]["user_id"] == demo_session.user_id
    assert acks[0]["report"] == "Проверил гаражи на ул. Абая, не обнаружен"
    today = local_time.today("KZ")
    assert tab.model.index(0, 4).data() == f"Acknowledged {today:%d.%m.%Y}"
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1e7b34"


def test_an_inspector_takes_a_task_and_reports_it_done(qtbot, qtmodeltester, demo_session):
    task_id = _arrive(
        demo_session,
        "task",
        {
            "title": "Провести сход граждан в с. Егінсу",
            "body": "Тема: кражи скота.",
            "due": (TODAY - timedelta(days=2)).isoformat(),
            "assignee_id": demo_session.user_id,
            "status": "new",
        },
    )
    context = make_context(demo_session)
    page = show_page(qtbot, NoticesPage(context))
    page.tabs.setCurrentWidget(page.tasks)
    tab = page.tasks
    assert not tab.new_button.isVisible()
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 2).data() == "Overdue by 2 day(s)"
    tab.table.selectRow(0)
    tab.table.setFocus()
    _press(qtbot, page, Qt.Key.Key_T)
    stored = demo_session.store.get("task", task_id)
    assert stored["status"] == "acknowledged" and stored["acknowledged_at"]

    tab.report_button.click()  # nothing written: said, nothing changes
    assert tab.message.text() == "Write what was done, then report."
    assert demo_session.store.get("task", task_id)["status"] == "acknowledged"
    tab.report_edit.setFocus()
    type_text(tab.report_edit, "Сход проведён 14.11, присутствовало 40 человек")
    _press(qtbot, page, Qt.Key.Key_R)
    stored = demo_session.store.get("task", task_id)
    assert stored["status"] == "done"
    assert stored["report"] == "Сход проведён 14.11, присутствовало 40 человек"
    assert tab.model.rowCount() == 0  # the open list lets it go
    assert tab.empty_label.isVisible()
