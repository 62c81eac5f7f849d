"""A home check is typed once: recorded on the Register page it is also the work log's entry,
and a work log entry of kind "register check" is the check of the person on the register;
cancelling the entry takes its check back."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inspector_app.gui.log.log_page import LogPage
from inspector_app.gui.register.register_page import RegisterPage
from inspector_app.services import log_corrections
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.work_support import make_context, show_page, type_text

inspector_template = work_support.inspector_template
demo_session = work_support.demo_session
LEFT = Qt.MouseButton.LeftButton


def _register_rows(page: RegisterPage) -> list[Any]:
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    return [page.model.row(r) for r in range(page.model.rowCount())]


def test_a_check_on_the_register_page_is_the_log_entry(qtbot, demo_session: Session) -> None:
    context = make_context(demo_session)
    register = show_page(qtbot, RegisterPage(context))
    log = LogPage(context)
    qtbot.addWidget(log)
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    before = log.model.rowCount()
    late = register.selected_entry()
    assert late is not None and late.status == "overdue"

    save = QDialogButtonBox.StandardButton.Save
    context.dialogs.expect(lambda d: qtbot.mouseClick(d.ui.buttons.button(save), LEFT))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is register)  # keys reach it
    register.table.setFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_C)
    assert not context.dialogs.handlers, "C did not open the check dialog"

    (check,) = demo_session.store.select(
        "SELECT * FROM register_check WHERE entry_id = ? AND checked_on = ?",
        [late.id, demo_session.today().isoformat()],
    )
    entry = demo_session.store.get("log_entry", check["log_entry_id"])
    assert entry is not None
    assert entry["kind"] == "register_check"
    assert entry["person_ids"] == [late.person_id]
    assert entry["summary"] == check["result"]
    # the log page heard of it and lists the entry without being asked
    qtbot.waitUntil(lambda: log.model.rowCount() == before + 1)
    assert log.model.fetch_until(entry["id"], 1000) >= 0


def test_a_register_check_in_the_log_is_the_check(qtbot, demo_session: Session) -> None:
    context = make_context(demo_session)
    log = show_page(qtbot, LogPage(context))
    register = RegisterPage(context)
    qtbot.addWidget(register)
    late = next(r for r in _register_rows(register) if r.status == "overdue")
    form = log.form
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("register_check"))
    form.people.add(late.person_id, late.full_name)
    form.ui.summaryEdit.setFocus()
    type_text(form.ui.summaryEdit, "Дома, замечаний нет")
    qtbot.keyClick(form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    entry = demo_session.store.select(
        "SELECT * FROM log_entry ORDER BY created_version DESC LIMIT 1"
    )[0]
    assert json.loads(entry["person_ids"]) == [late.person_id]
    checks = demo_session.store.select(
        "SELECT * FROM register_check WHERE log_entry_id = ? AND deleted = 0", [entry["id"]]
    )
    assert [(c["entry_id"], c["checked_on"], c["result"]) for c in checks] == [
        (late.id, demo_session.today().isoformat(), "Дома, замечаний нет")
    ]
    # the register page follows: the person is checked in time now
    qtbot.waitUntil(
        lambda: next(r for r in _register_rows(register) if r.id == late.id).status != "overdue"
    )

    log_corrections.cancel_log_entry(demo_session, entry["id"], "Не тот человек")
    context.bus.announce("log_entry")
    gone = demo_session.store.select(
        "SELECT deleted FROM register_check WHERE log_entry_id = ?", [entry["id"]]
    )
    assert [g["deleted"] for g in gone] == [1]
    qtbot.waitUntil(
        lambda: next(r for r in _register_rows(register) if r.id == late.id).status == "overdue"
    )
