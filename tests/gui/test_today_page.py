"""The Today page on a demo database with a fixed today: what is overdue or due soon, each line
opening its record, and empty lists that say what to do."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.gui.today.today_page import TodayPage
from inspector_app.services import notices
from inspector_app.services.appeals import register_appeal
from inspector_app.services.register import check_due
from inspector_app.services.session import Session
from inspector_app.services.today import TodayLine
from tests.gui import work_support
from tests.gui.work_support import (
    TODAY,
    make_context,
    show_page,
)

# the shared fixtures of the work pages' tests
chief_session = work_support.chief_session
chief_template = work_support.chief_template
demo_session = work_support.demo_session
inspector_template = work_support.inspector_template


def _open_entries(session: Session) -> list[str]:
    return [
        r["id"]
        for r in session.store.select(
            "SELECT id FROM register_entry WHERE deleted = 0 AND end_date IS NULL"
        )
    ]


def _received(day: date) -> datetime:
    return datetime.combine(day, time(10, 0))


def test_checks_and_appeals_due_are_listed_with_words_and_counts(qtbot, demo_session):
    late = register_appeal(
        demo_session,
        summary="Шум по ночам",
        channel="written",
        applicant_name="Ким Ольга",
        received_at=_received(TODAY - timedelta(days=40)),
    )
    calendar = demo_session.refdata.calendar()
    soon = register_appeal(
        demo_session,
        summary="Потерялась корова",
        channel="in_person",
        applicant_name="Әбдірахманов Серік",
        received_at=_received(calendar.add_working_days(TODAY, -13)),
    )
    page = show_page(qtbot, TodayPage(make_context(demo_session)))
    # what the register service says of each open entry, one by one
    dues = [check_due(demo_session, entry) for entry in _open_entries(demo_session)]
    overdue = sum(1 for d in dues if d.due is not None and d.due < TODAY)
    this_week = sum(
        1 for d in dues if d.due is not None and TODAY <= d.due <= TODAY + timedelta(days=6)
    )
    assert overdue > 0

    checks = page.sections["checks"]
    assert checks.count.text().startswith(f"Overdue: {overdue}. Due this week: {this_week}.")
    assert checks.model.rowCount() == min(overdue + this_week, 100)
    first: TodayLine = checks.model.index(0, 0).data(ROW_ROLE)
    assert first.state == "overdue" and first.entity == "person"
    days = (TODAY - first.due).days
    assert checks.model.index(0, 0).data() == f"Overdue by {days} day(s)"
    assert checks.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == (
        "#b3261e"
    )
    # soonest first: the most overdue check leads
    dates = [checks.model.index(r, 0).data(ROW_ROLE).due for r in range(checks.model.rowCount())]
    assert dates == sorted(dates)

    appeals = page.sections["appeals"]
    lines = [appeals.model.index(r, 0).data(ROW_ROLE) for r in range(appeals.model.rowCount())]
    by_id = {line.record_id: line for line in lines}
    assert by_id[late.id].state == "overdue" and by_id[late.id].days < 0
    assert by_id[soon.id].state == "due_soon" and by_id[soon.id].days == 2
    row = lines.index(by_id[soon.id])
    assert appeals.model.index(row, 0).data() == "2 working day(s) left"
    assert appeals.model.index(row, 2).data() == f"{soon.number} Әбдірахманов Серік"
    assert all(line.entity == "appeal" and line.days <= 3 for line in lines)
    assert {line.state for line in lines} <= {"overdue", "due_soon"}


def test_enter_on_a_line_opens_its_record(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, TodayPage(context))
    view = page.sections["checks"].view
    view.setFocus()
    last = view.model().rowCount() - 1
    view.setCurrentIndex(view.model().index(last, 0))
    line: TodayLine = view.model().index(last, 0).data(ROW_ROLE)
    with qtbot.waitSignal(context.bus.open_record) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["person", line.record_id]

    register_appeal(
        demo_session,
        summary="Шум",
        channel="written",
        applicant_name="Ким Ольга",
        received_at=_received(TODAY - timedelta(days=40)),
    )
    context.bus.announce("appeal")
    appeals = page.sections["appeals"].view
    appeals.setFocus()
    appeals.setCurrentIndex(appeals.model().index(0, 2))
    with qtbot.waitSignal(context.bus.open_record) as opened:
        qtbot.keyClick(appeals, Qt.Key.Key_Enter)
    assert opened.args[0] == "appeal"


def test_an_empty_database_says_what_to_do(qtbot, session):
    page = show_page(qtbot, TodayPage(make_context(session)))
    for kind, words in (
        ("checks", "Register page"),
        ("appeals", "press Ctrl+N"),
        ("tasks", "No open tasks"),
        ("notices", "No unread wanted notices"),
    ):
        section = page.sections[kind]
        assert section.empty.isVisible() and not section.view.isVisible()
        assert words in section.empty.text()


def test_a_notice_and_a_task_from_the_chief_show_until_acknowledged(qtbot, demo_session):
    session = demo_session
    # as they arrive from the chief's database: made elsewhere, addressed to this precinct
    notice_id = session.store.create(
        "notice",
        {
            "number": "12-26-00001",
            "issued_on": (TODAY - timedelta(days=2)).isoformat(),
            "title": "Розыск: Серікбаев Нұрлан",
            "body": "Рост 175, тёмная куртка.",
            "precinct_codes": ["05"],
        },
        author=None,
        device="chief-device",
        action="import",
    )
    session.store.create(
        "task",
        {
            "title": "Проверить склад",
            "due": (TODAY - timedelta(days=1)).isoformat(),
            "assignee_id": session.user_id,
            "status": "new",
        },
        author=None,
        device="chief-device",
        action="import",
    )
    context = make_context(session)
    page = show_page(qtbot, TodayPage(context))
    notices_section = page.sections["notices"]
    assert notices_section.model.rowCount() == 1
    assert notices_section.model.index(0, 2).data() == "12-26-00001 Розыск: Серікбаев Нұрлан"
    assert notices_section.model.index(0, 0).data() == "Not read yet"
    tasks_section = page.sections["tasks"]
    assert tasks_section.model.index(0, 0).data() == "Overdue by 1 day(s)"
    assert tasks_section.count.text() == "Overdue: 1. Other open tasks: 0."

    notices.acknowledge_notice(session, notice_id)
    context.bus.announce("notice_ack")
    assert notices_section.model.rowCount() == 0
    assert notices_section.empty.isVisible()


def test_a_chief_sees_every_inspector_and_can_look_at_one(qtbot, chief_session):
    context = make_context(chief_session)
    page = show_page(qtbot, TodayPage(context))
    checks = page.sections["checks"]
    assert not checks.view.isColumnHidden(4)
    names = {checks.model.index(r, 4).data() for r in range(checks.model.rowCount())}
    assert len(names) > 1
    one = checks.model.index(0, 0).data(ROW_ROLE)
    inspector = next(
        u["id"]
        for u in chief_session.store.select("SELECT id, full_name FROM user")
        if u["full_name"] == one.inspector_name
    )
    context.inspector_filter = inspector
    context.bus.filter_changed.emit(inspector)
    names = {checks.model.index(r, 4).data() for r in range(checks.model.rowCount())}
    assert names == {one.inspector_name}


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, demo_session):
    page = show_page(qtbot, TodayPage(make_context(demo_session)))
    for section in page.sections.values():
        qtmodeltester.check(section.model)
