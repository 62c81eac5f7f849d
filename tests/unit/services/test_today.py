"""What is due today, checked against the register service entry by entry, on a demo database
with a fixed today."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from inspector_app.services.appeals import register_appeal
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.register import check_due
from inspector_app.services.session import Session, open_session
from inspector_app.services.today import today_digest
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 16)


@pytest.fixture
def demo(tmp_path: Path):
    session = open_session(make_db(tmp_path), "admin", PASSWORD, "en")
    session.today_override = TODAY
    fill_demo(session, DemoRequest(people=400, years=2, seed=9))
    try:
        yield session
    finally:
        session.close()


def _dues(session: Session) -> list[date]:
    entries = session.store.select(
        "SELECT id FROM register_entry WHERE deleted = 0 AND end_date IS NULL"
    )
    return [d for d in (check_due(session, e["id"]).due for e in entries) if d is not None]


def test_checks_due_match_the_register_service_entry_by_entry(demo):
    digest = today_digest(demo)
    dues = _dues(demo)
    week_end = TODAY + timedelta(days=6)
    assert digest.week_end == week_end
    assert digest.checks.overdue == sum(d < TODAY for d in dues)
    assert digest.checks.soon == sum(TODAY <= d <= week_end for d in dues)
    listed = sorted(d for d in dues if d <= week_end)
    assert [line.due for line in digest.checks.lines] == listed[:100]
    assert all(line.entity == "person" and line.title for line in digest.checks.lines)


def test_a_check_recorded_today_takes_the_entry_off_the_list(demo):
    from inspector_app.services.register import record_check

    first = today_digest(demo).checks
    entry = demo.store.select(
        "SELECT e.id FROM register_entry e WHERE e.deleted = 0 AND e.end_date IS NULL"
        " AND e.person_id = ?",
        [first.lines[0].record_id],
    )[0]["id"]
    record_check(demo, entry, TODAY, "visit", "at home")
    after = today_digest(demo).checks
    assert after.overdue + after.soon == first.overdue + first.soon - 1


def test_appeals_overdue_and_due_within_three_working_days(demo):
    calendar = demo.refdata.calendar()

    def received(day: date) -> datetime:
        return datetime.combine(day, time(9))

    late = register_appeal(
        demo,
        summary="a",
        channel="written",
        applicant_name="A",
        received_at=received(TODAY - timedelta(days=30)),
    )
    near = register_appeal(
        demo,
        summary="b",
        channel="written",
        applicant_name="B",
        received_at=received(calendar.add_working_days(TODAY, -12)),
    )
    far = register_appeal(
        demo, summary="c", channel="written", applicant_name="C", received_at=received(TODAY)
    )
    digest = today_digest(demo)
    shown = {line.record_id: line for line in digest.appeals.lines}
    assert shown[late.id].state == "overdue" and shown[late.id].days < 0
    assert shown[near.id].state == "due_soon" and shown[near.id].days == 3
    assert far.id not in shown
    assert digest.appeals_until == calendar.add_working_days(TODAY, 3)


def test_an_inspector_filter_on_a_chief_database(tmp_path: Path):
    session = open_session(make_db(tmp_path, role="chief"), "admin", PASSWORD, "en")
    try:
        session.today_override = TODAY
        fill_demo(session, DemoRequest(people=200, years=2, seed=2, precincts=2))
        everyone = today_digest(session)
        inspectors = [
            r["id"] for r in session.store.select("SELECT id FROM user WHERE role = 'inspector'")
        ]
        parts = [today_digest(session, i).checks for i in inspectors]
        assert sum(p.overdue for p in parts) == everyone.checks.overdue
        assert sum(p.soon for p in parts) == everyone.checks.soon
    finally:
        session.close()
