"""Appeals, the register and the work log through the services, with real calendars."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import appeals, register, worklog
from inspector_app.services.people import add_person
from inspector_app.services.session import Session


@pytest.fixture
def on_day(session: Session) -> Session:
    session.today_override = date(2026, 11, 20)
    return session


def test_kz_deadline_skips_the_nauryz_holidays(on_day: Session) -> None:
    # received Wednesday 18 March 2026; 21-25 March are Nauryz days off: 15 working days
    # after the 18th, counted by hand on the calendar, end on Monday 13 April
    received = datetime(2026, 3, 18, 10, 0, tzinfo=UTC)
    done = appeals.register_appeal(
        on_day,
        summary="Соседский скот портит огород",
        channel="in_person",
        applicant_name="Ахметов Б.",
        received_at=received,
    )
    assert done.deadline == date(2026, 4, 13)
    stored = on_day.store.get("appeal", done.id)
    assert stored is not None and stored["deadline"] == "2026-04-13"
    # the precinct prefix, the year of registration, a gapless six-digit sequence
    assert stored["status"] == "registered" and stored["number"] == "12-05-2026-000001"
    second = appeals.register_appeal(
        on_day, summary="Шум", channel="phone", applicant_name="Б.", received_at=received
    )
    assert second.number == "12-05-2026-000002"


def test_appeal_workflow_keeps_its_history(on_day: Session) -> None:
    done = appeals.register_appeal(
        on_day,
        summary="Спор о меже",
        channel="written",
        applicant_name="Сейітова Г.",
        received_at=datetime(2026, 11, 2, tzinfo=UTC),
    )
    head = "Ахметов Н. Б., начальник ОП"
    with pytest.raises(AppError) as too_long:  # two calendar months from receipt in KZ
        appeals.extend_appeal(
            on_day, done.id, date(2027, 1, 3), "нужна экспертиза", authorised_by=head
        )
    assert too_long.value.code == "appeal.extension_too_long"
    appeals.extend_appeal(
        on_day, done.id, date(2026, 12, 30), "нужна экспертиза", authorised_by=head
    )
    appeals.decide_appeal(on_day, done.id, "Разъяснено, межа восстановлена")
    with pytest.raises(AppError) as final:
        appeals.forward_appeal(on_day, done.id, "Акимат")
    assert final.value.code == "appeal.bad_transition"
    stored = on_day.store.get("appeal", done.id)
    assert stored is not None
    assert (stored["status"], stored["extended_to"], stored["decided_on"]) == (
        "decided",
        "2026-12-30",
        "2026-11-20",
    )
    events = on_day.store.select(
        "SELECT kind FROM appeal_event WHERE appeal_id = ? ORDER BY created_version", [done.id]
    )
    assert [e["kind"] for e in events] == ["registered", "extended", "decided"]


def test_working_days_left_is_negative_when_overdue(on_day: Session) -> None:
    done = appeals.register_appeal(
        on_day,
        summary="x",
        channel="online",
        applicant_name="y",
        received_at=datetime(2026, 10, 1, tzinfo=UTC),
    )
    appeal = on_day.store.get("appeal", done.id)
    assert appeal is not None and appeals.working_days_left(on_day, appeal) < 0


def test_register_check_due_and_overdue(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Қасымов", "name": "Ерлан"})
    start = date(2026, 11, 1)
    entry = register.add_entry(
        on_day, person, "protective_order", "Защитное предписание №12", start
    )
    stored = on_day.store.get("register_entry", entry)
    assert stored is not None and stored["planned_end"] == "2026-12-01"  # 30 days
    due = register.check_due(on_day, entry)
    assert (due.due, due.status) == (date(2026, 11, 8), "overdue")  # weekly, none made
    register.record_check(on_day, entry, date(2026, 11, 19), "visit", "дома, трезв")
    due = register.check_due(on_day, entry)
    assert (due.due, due.status) == (date(2026, 11, 26), "due_soon")
    with pytest.raises(AppError) as future:
        register.record_check(on_day, entry, date(2026, 11, 21), "visit", "x")
    assert future.value.code == "register.check_in_future"


def test_court_set_duration_is_checked(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Ким"})
    start = date(2026, 6, 1)
    with pytest.raises(AppError) as short:
        register.add_entry(
            on_day,
            person,
            "behaviour_requirements",
            "Решение суда",
            start,
            start + timedelta(days=30),
        )
    assert short.value.code == "register.duration"
    register.add_entry(
        on_day, person, "behaviour_requirements", "Решение суда", start, start + timedelta(days=180)
    )
    with pytest.raises(AppError) as unknown:
        register.add_entry(on_day, person, "no_such_category", "x", start)
    assert unknown.value.code == "category.unknown"


def test_a_talk_with_a_minor_needs_a_companion(on_day: Session) -> None:
    minor, _ = add_person(on_day, {"surname": "Бекова", "name": "Дана", "birth_date": "05.05.2012"})
    adult, _ = add_person(on_day, {"surname": "Беков", "name": "Марат", "birth_date": "05.05.1980"})
    at = datetime(2026, 11, 19, 15, 0, tzinfo=UTC)
    with pytest.raises(AppError) as refused:
        worklog.add_log_entry(
            on_day, kind="talk", at=at, summary="О поведении в школе", person_ids=[minor]
        )
    assert refused.value.code == "talk.minor_without_companion"
    worklog.add_log_entry(
        on_day,
        kind="talk",
        at=at,
        summary="О поведении в школе",
        person_ids=[minor],
        companion="мать, Бекова А.",
    )
    worklog.add_log_entry(
        on_day, kind="talk", at=at, summary="О бытовых ссорах", person_ids=[adult]
    )
    worklog.add_log_entry(
        on_day, kind="round", at=at, summary="Обход улицы Абая", person_ids=[minor]
    )
    assert on_day.store.count("log_entry") == 3


def test_records_typed_on_an_inspectors_laptop_belong_to_its_precinct(on_day: Session) -> None:
    precinct = on_day.own_precinct_id
    assert precinct is not None
    person, _ = add_person(on_day, {"surname": "Омаров"})
    entry = register.add_entry(
        on_day, person, "official_warning", "Предостережение №3", date(2026, 11, 10)
    )
    log = worklog.add_log_entry(
        on_day, kind="round", summary="Обход", at=datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    )
    done = appeals.register_appeal(
        on_day,
        summary="x",
        channel="phone",
        applicant_name="y",
        received_at=datetime(2026, 11, 19, tzinfo=UTC),
    )
    for entity, record_id in (
        ("person", person),
        ("register_entry", entry),
        ("log_entry", log),
        ("appeal", done.id),
    ):
        record = on_day.store.get(entity, record_id)
        assert record is not None and record["precinct_id"] == precinct, entity
