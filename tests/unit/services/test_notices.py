"""Wanted notices and tasks: who may write them, who reads which, acknowledgement and report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import notices
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 16)


@pytest.fixture
def chief(tmp_path: Path):
    session = open_session(make_db(tmp_path, role="chief"), "admin", PASSWORD, "en")
    session.today_override = TODAY
    fill_demo(session, DemoRequest(people=50, years=1, seed=1, precincts=3))
    try:
        yield session
    finally:
        session.close()


def _as(session: Session, user_id: str) -> Session:
    """The same database seen by another of its users (an inspector on the chief's data)."""
    user = session.store.get("user", user_id)
    assert user is not None
    return replace(session, user=user)


def _inspectors(session: Session) -> list[dict]:
    return session.store.select(
        "SELECT u.id, p.code, p.id AS precinct FROM user u JOIN precinct p ON p.inspector_id = u.id"
        " ORDER BY p.code"
    )


def test_a_notice_reaches_the_precincts_it_names(chief):
    first, second, third = _inspectors(chief)
    for_two = notices.write_notice(
        chief, title="Розыск", body="Приметы", codes=[first["code"], second["code"]]
    )
    for_all = notices.write_notice(chief, title="Ориентировка всем", body="Текст")
    seen = {
        i["id"]: {n.id for n in notices.list_notices(chief, "unread", i["id"])}
        for i in (first, second, third)
    }
    assert seen[first["id"]] == seen[second["id"]] == {for_two, for_all}
    assert seen[third["id"]] == {for_all}
    # the chief's own notices are not "unread" for the chief
    assert notices.count_notices(chief, "unread") == 0
    assert notices.count_notices(chief, "all") == 2


def test_only_a_chief_or_hq_writes_and_acknowledging_is_once(chief):
    first = _inspectors(chief)[0]
    inspector = _as(chief, first["id"])
    with pytest.raises(AppError) as refused:
        notices.write_notice(inspector, title="x", body="y")
    assert refused.value.code == "role.forbidden"
    notice = notices.write_notice(chief, title="Розыск", body="Приметы")
    ack = notices.acknowledge_notice(inspector, notice)
    again = notices.acknowledge_notice(inspector, notice, "Проверил, не обнаружен")
    assert ack == again
    acks = notices.acknowledgements(chief, notice)
    assert len(acks) == 1 and acks[0].report == "Проверил, не обнаружен"
    assert notices.get_notice(inspector, notice).acknowledged_at is not None
    with pytest.raises(AppError) as past:
        notices.write_notice(chief, title="x", body="y", valid_until=TODAY - timedelta(days=1))
    assert past.value.code == "date.in_past"
    with pytest.raises(AppError) as unknown:
        notices.write_notice(chief, title="x", body="y", codes=["99-99"])
    assert unknown.value.code == "kind.unknown"


def test_a_task_is_taken_reported_and_then_closed(chief):
    first, second, _ = _inspectors(chief)
    task = notices.write_task(
        chief,
        title="Проверить склад",
        body="",
        assignee_id=first["id"],
        due=TODAY + timedelta(days=2),
    )
    stored = chief.store.get("task", task)
    assert stored["precinct_id"] == first["precinct"] and stored["status"] == "new"
    inspector = _as(chief, first["id"])
    assert [t.id for t in notices.list_tasks(chief, "open", first["id"])] == [task]
    assert notices.list_tasks(chief, "open", second["id"]) == []
    row = notices.get_task(chief, task)
    assert row.state == "due_soon"
    notices.acknowledge_task(inspector, task)
    assert notices.get_task(chief, task).status == "acknowledged"
    with pytest.raises(AppError) as empty:
        notices.report_task(inspector, task, "  ")
    assert empty.value.code == "field.required"
    notices.report_task(inspector, task, "Проверено, нарушений нет")
    done = notices.get_task(chief, task)
    assert done.status == "done" and done.state == "done" and done.done_at is not None
    with pytest.raises(AppError) as closed:
        notices.report_task(inspector, task, "ещё раз")
    assert closed.value.code == "task.closed"
    assert notices.count_tasks(chief, "open") == 0 and notices.count_tasks(chief, "done") == 1
    with pytest.raises(AppError) as nobody:
        notices.write_task(chief, title="x", body="", assignee_id="no-such-user")
    assert nobody.value.code == "record.missing"
