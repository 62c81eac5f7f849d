"""Screens, list filters and deadlines use the clock of the database's country, not the
computer's time zone (a laptop set to another zone was 5 hours off from the reports)."""

from __future__ import annotations

import time as system_time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inspector_app.domain import local_time
from inspector_app.services import appeals, worklog
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db


@pytest.fixture
def far_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own zone set ten hours behind UTC."""
    monkeypatch.setenv("TZ", "Pacific/Honolulu")
    system_time.tzset()
    yield
    monkeypatch.undo()
    system_time.tzset()


@pytest.fixture
def session(tmp_path: Path, far_zone: None) -> Iterator[Session]:
    s = open_session(make_db(tmp_path, country="KZ"), "admin", PASSWORD, "en")
    try:
        yield s
    finally:
        s.close()


def test_today_is_the_countrys_day(session: Session) -> None:
    assert session.today() == local_time.today("KZ")
    assert session.now().utcoffset() == timedelta(hours=5)


def test_a_typed_time_is_stored_as_the_countrys_local_time(session: Session) -> None:
    yesterday = session.today() - timedelta(days=1)
    typed = datetime.combine(yesterday, datetime.min.time()).replace(hour=1, minute=30)
    entry = worklog.add_log_entry(session, kind="round", at=typed, summary="Обход")
    stored = session.store.get("log_entry", entry)
    assert stored is not None
    expected = datetime.combine(yesterday - timedelta(days=1), datetime.min.time())
    assert stored["at"] == f"{expected:%Y-%m-%d}T20:30:00Z"


def test_the_log_filter_takes_the_countrys_local_days(session: Session) -> None:
    day = session.today() - timedelta(days=3)
    # 01:30 local on `day` is 20:30 UTC the day before
    at = datetime.combine(day, datetime.min.time()).replace(hour=1, minute=30)
    entry = worklog.add_log_entry(session, kind="round", at=at, summary="Обход")
    found = worklog.list_log_entries(session, worklog.LogFilter(start=day, end=day))
    assert [r.id for r in found] == [entry]
    before = day - timedelta(days=1)
    assert worklog.list_log_entries(session, worklog.LogFilter(start=before, end=before)) == []


def test_an_appeal_late_in_the_evening_in_utc_is_the_next_local_day(session: Session) -> None:
    day = session.today() - timedelta(days=2)
    received = datetime.combine(day - timedelta(days=1), datetime.min.time(), UTC).replace(hour=21)
    done = appeals.register_appeal(
        session, summary="Шум", channel="in_person", applicant_name="Ахметов", received_at=received
    )
    row = appeals.get_appeal(session, done.id)
    assert session.local_date(row.received_at) == day
