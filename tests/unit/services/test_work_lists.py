"""The log, appeals and incidents lists page by key: every record once, newest first, however
many share a moment; and their filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from inspector_app.domain import local_time
from inspector_app.domain.errors import AppError
from inspector_app.domain.rules import add_months
from inspector_app.services import appeals, incidents, worklog
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 16)


@pytest.fixture
def demo(tmp_path: Path):
    session = open_session(make_db(tmp_path), "admin", PASSWORD, "en")
    session.today_override = TODAY
    fill_demo(session, DemoRequest(people=300, years=2, seed=4))
    try:
        yield session
    finally:
        session.close()


def _all_pages(fetch, size: int):
    rows, after = [], None
    while True:
        page = fetch(after, size)
        rows.extend(page)
        if len(page) < size:
            return rows
        after = page[-1].key


def test_log_pages_give_every_entry_once_even_at_one_moment(demo):
    moment = datetime(2026, 11, 10, 9, 30, tzinfo=UTC)
    for n in range(7):  # seven entries of the same second
        worklog.add_log_entry(demo, kind="round", at=moment, summary=f"обход {n}")
    flt = worklog.LogFilter()
    rows = _all_pages(lambda after, size: worklog.list_log_entries(demo, flt, after, size), 5)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)) == worklog.count_log_entries(demo, flt)
    assert len(ids) == demo.store.count("log_entry")
    keys = [r.key for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_log_filter_by_local_days_and_kind(demo):
    flt = worklog.LogFilter(start=TODAY - timedelta(days=90), end=TODAY, kind="talk")
    rows = worklog.list_log_entries(demo, flt, None, 1000)
    assert rows and all(r.kind == "talk" for r in rows)
    days = {local_time.local_date(r.at, "KZ") for r in rows}
    assert min(days) >= TODAY - timedelta(days=90) and max(days) <= TODAY
    assert worklog.count_log_entries(demo, flt) == len(rows)


def test_the_companion_rule_is_known_before_saving(demo):
    minor = demo.store.select(
        "SELECT id FROM person WHERE birth_date > ? LIMIT 1",
        [(TODAY - timedelta(days=3650)).isoformat()],
    )[0]["id"]
    adult = demo.store.select("SELECT id FROM person WHERE birth_date < '1990-01-01' LIMIT 1")[0][
        "id"
    ]
    assert worklog.companion_required(demo, "talk", [adult, minor], TODAY)
    assert not worklog.companion_required(demo, "talk", [adult], TODAY)
    assert not worklog.companion_required(demo, "round", [minor], TODAY)
    with pytest.raises(AppError) as refused:
        worklog.add_log_entry(
            demo,
            kind="talk",
            at=datetime.combine(TODAY, time(10)),
            summary="беседа",
            person_ids=[minor],
        )
    assert refused.value.code == "talk.minor_without_companion"


def test_appeal_states_and_pages(demo):
    rows = _all_pages(lambda after, size: appeals.list_appeals(demo, "all", None, after, size), 7)
    assert len(rows) == len({r.id for r in rows}) == appeals.count_appeals(demo, "all")
    open_rows = appeals.list_appeals(demo, "open", limit=1000)
    assert all(r.status in ("registered", "in_progress", "extended") for r in open_rows)
    for row in open_rows:
        assert row.days_left == demo.refdata.calendar().working_days_between(TODAY, row.deadline)
    closed = appeals.list_appeals(demo, "closed", limit=1000)
    assert all(
        r.state in ("decided", "forwarded", "cancelled") and r.days_left is None for r in closed
    )
    with pytest.raises(AppError):
        appeals.list_appeals(demo, "everything")


def test_an_extension_past_the_maximum_is_refused_with_the_latest_day(demo):
    received = TODAY - timedelta(days=5)
    made = appeals.register_appeal(
        demo,
        summary="s",
        channel="written",
        applicant_name="A",
        received_at=datetime.combine(received, time(10)),
    )
    latest = appeals.latest_extension(demo, made.id)
    assert latest == add_months(received, 2)  # two calendar months from receipt
    head = "Ахметов Н. Б., начальник ОП"
    with pytest.raises(AppError) as refused:
        appeals.extend_appeal(
            demo, made.id, latest + timedelta(days=1), "экспертиза", authorised_by=head
        )
    assert refused.value.code == "appeal.extension_too_long"
    appeals.extend_appeal(demo, made.id, latest, "экспертиза", authorised_by=head)
    history = appeals.appeal_history(demo, made.id)
    assert [e.kind for e in history] == ["registered", "extended"]
    assert history[1].new_deadline == latest and history[1].detail == "экспертиза"
    assert appeals.get_appeal(demo, made.id).deadline == latest


def test_incidents_numbered_with_people_and_roles(demo):
    people = [r["id"] for r in demo.store.select("SELECT id FROM person LIMIT 2")]
    data = incidents.IncidentInput(
        occurred_at=datetime.combine(TODAY, time(8)),
        kind="theft",
        summary="Кража велосипеда",
        external_number=" 261900031000123 ",
        people=[(people[0], "victim"), (people[1], "suspect")],
        register="erdr",
    )
    incident_id, number = incidents.add_incident(demo, data)
    assert number.startswith("12-05-26-")
    got = incidents.get_incident(demo, incident_id)
    assert got.external_number == "261900031000123"
    assert [(p.person.id, p.role) for p in got.people] == data.people
    data.people = [(people[0], "victim"), (people[0], "witness")]
    incidents.update_incident(demo, incident_id, data)
    got = incidents.get_incident(demo, incident_id)
    assert sorted((p.person.id, p.role) for p in got.people) == sorted(data.people)
    bad = incidents.IncidentInput(
        occurred_at=datetime.combine(TODAY + timedelta(days=1), time(8)),
        kind="theft",
        summary="x",
    )
    with pytest.raises(AppError) as refused:
        incidents.add_incident(demo, bad)
    assert refused.value.code == "incident.in_future"
    rows = _all_pages(
        lambda after, size: incidents.list_incidents(demo, incidents.IncidentFilter(), after, size),
        9,
    )
    assert len(rows) == len({r.id for r in rows}) == demo.store.count("incident")
