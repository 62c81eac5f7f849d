"""Partnership with residents (issue 9): meetings record attendance, the police speaker and the
questions raised; each question is tracked to done or declined with the reason; overdue items
and the yearly report to residents show on Today."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import partnership, worklog
from inspector_app.services.appeals import register_appeal
from inspector_app.services.people import add_person
from inspector_app.services.session import Session
from inspector_app.services.today import today_digest

TODAY = date(2026, 11, 20)
MEETING_AT = datetime(2026, 10, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def on_day(session: Session) -> Session:
    session.today_override = TODAY
    return session


def _meeting(session: Session, *questions: str, kind: str = "meeting") -> str:
    return worklog.add_log_entry(
        session,
        kind=kind,
        at=MEETING_AT,
        summary="Сход жителей с. Егінсу",
        place="Дом культуры",
        attendance=64,
        police_speaker="УИП капитан полиции Нұрғалиев Е.С.",
        questions=list(questions),
    )


def test_a_meeting_keeps_attendance_speaker_and_its_questions(on_day: Session) -> None:
    log_id = _meeting(on_day, "Установить освещение у школы", "Отлов бродячих собак")
    stored = on_day.store.get("log_entry", log_id)
    assert stored is not None
    assert (stored["attendance"], stored["police_speaker"]) == (
        64,
        "УИП капитан полиции Нұрғалиев Е.С.",
    )
    items = partnership.list_proposals(on_day, log_entry_id=log_id)
    assert sorted(p.text for p in items) == ["Отлов бродячих собак", "Установить освещение у школы"]
    first = items[0]
    # raised on the meeting's local day, to be answered within the reference data's 30 days
    assert (first.status, first.raised_on, first.due) == (
        "received",
        date(2026, 10, 1),
        date(2026, 10, 31),
    )
    assert first.overdue and first.days_left == -20
    assert first.log_kind == "meeting" and first.log_place == "Дом культуры"


def test_attendance_is_for_gatherings_of_residents_only(on_day: Session) -> None:
    with pytest.raises(AppError) as refused:
        worklog.add_log_entry(on_day, kind="round", at=MEETING_AT, summary="Обход", attendance=3)
    assert refused.value.code == "log.attendance_only_meetings"
    # a question brought to a reception is tracked too
    log_id = worklog.add_log_entry(
        on_day, kind="reception", at=MEETING_AT, summary="Приём", questions=["Свет на улице"]
    )
    assert [p.text for p in partnership.list_proposals(on_day, log_entry_id=log_id)] == [
        "Свет на улице"
    ]


def test_a_proposal_goes_from_received_to_done_or_declined_with_reason(on_day: Session) -> None:
    log_id = _meeting(on_day, "Камеры на перекрёстке", "Рейды у магазина")
    cameras, raids = sorted(
        partnership.list_proposals(on_day, log_entry_id=log_id), key=lambda p: p.text
    )
    partnership.set_proposal_status(on_day, raids.id, "in_work", assignee="УИП")
    with pytest.raises(AppError) as no_answer:
        partnership.set_proposal_status(on_day, raids.id, "done")
    assert no_answer.value.code == "proposal.answer_required"
    partnership.set_proposal_status(
        on_day, raids.id, "done", answer="Проведены два рейда", on=date(2026, 11, 2)
    )
    with pytest.raises(AppError) as no_reason:
        partnership.set_proposal_status(on_day, cameras.id, "declined")
    assert no_reason.value.code == "proposal.decline_reason"
    with pytest.raises(AppError) as future:
        partnership.set_proposal_status(
            on_day, cameras.id, "declined", answer="Нет средств", on=date(2026, 11, 21)
        )
    assert future.value.code == "date.in_future"
    partnership.set_proposal_status(on_day, cameras.id, "declined", answer="Нет средств")
    with pytest.raises(AppError) as closed:
        partnership.set_proposal_status(on_day, cameras.id, "in_work")
    assert closed.value.code == "proposal.closed"
    done = partnership.get_proposal(on_day, raids.id)
    declined = partnership.get_proposal(on_day, cameras.id)
    assert (done.status, done.answer, done.answered_on, done.assignee) == (
        "done",
        "Проведены два рейда",
        date(2026, 11, 2),
        "УИП",
    )
    assert (declined.status, declined.answer, declined.overdue) == (
        "declined",
        "Нет средств",
        False,
    )


def test_a_proposal_needs_its_source_and_who_raised_it(on_day: Session) -> None:
    with pytest.raises(AppError) as nothing:
        partnership.add_proposal(on_day, text="Освещение")
    assert nothing.value.code == "proposal.source_required"
    assembly = partnership.add_proposal(
        on_day, text="Освещение", raised_by="сход жителей с. Егінсу", raised_on=date(2026, 11, 18)
    )
    row = partnership.get_proposal(on_day, assembly)
    assert (row.raised_by, row.due, row.overdue) == (
        "сход жителей с. Егінсу",
        date(2026, 12, 18),
        False,
    )
    person, _ = add_person(on_day, {"surname": "Ахметова", "name": "Гүлнар"})
    by_person = partnership.add_proposal(on_day, text="Лавки у остановки", person_id=person)
    assert partnership.get_proposal(on_day, by_person).raised_by == "Ахметова Гүлнар"


def test_a_written_proposal_links_its_appeal_and_keeps_the_legal_deadline(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Ким", "name": "Олег"})
    done = register_appeal(
        on_day,
        applicant_id=person,
        received_at=datetime(2026, 11, 16, 5, 0, tzinfo=UTC),
        channel="written",
        kind="proposal",
        summary="Предлагаю установить лежачих полицейских",
    )
    stored = on_day.store.get("appeal", done.id)
    assert stored is not None
    proposal_id = partnership.add_proposal(
        on_day, text="Лежачие полицейские на ул. Абая", appeal=stored["number"]
    )
    row = partnership.get_proposal(on_day, proposal_id)
    assert row.appeal_number == stored["number"]
    assert row.due == date.fromisoformat(stored["deadline"])  # the appeal's, not 30 days
    assert row.raised_by == "Ким Олег" and row.raised_on == date(2026, 11, 16)


def test_only_an_appeal_of_kind_proposal_links_to_a_proposal(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Ким", "name": "Олег"})
    done = register_appeal(
        on_day,
        applicant_id=person,
        received_at=datetime(2026, 11, 16, 5, 0, tzinfo=UTC),
        channel="written",
        kind="application",
        summary="Прошу разобраться с соседом",
    )
    with pytest.raises(AppError) as refused:
        partnership.add_proposal(on_day, text="Разобраться с соседом", appeal=done.number)
    assert refused.value.code == "proposal.appeal_kind"
    assert refused.value.params["number"] == done.number


def test_overdue_proposals_and_the_report_to_residents_show_on_today(on_day: Session) -> None:
    _meeting(on_day, "Установить освещение у школы")
    section = today_digest(on_day).proposals
    kinds = [(line.entity, line.state) for line in section.lines]
    # never reported to residents: due now; the question is 20 days overdue
    assert kinds == [("report_to_residents", "due_soon"), ("proposal", "overdue")]
    assert (section.overdue, section.soon) == (1, 1)
    worklog.add_log_entry(
        on_day,
        kind="report_to_residents",
        at=datetime(2025, 11, 1, 6, 0, tzinfo=UTC),
        summary="Отчёт перед населением за 2025 год",
        attendance=120,
    )
    report = partnership.report_to_residents(on_day, None)
    assert (report.last, report.due, report.state) == (
        date(2025, 11, 1),
        date(2026, 11, 1),
        "overdue",
    )


def test_a_cancelled_meeting_or_report_to_residents_counts_nowhere(on_day: Session) -> None:
    """A log entry cancelled as written in error (the log corrections) leaves the meetings'
    list and the last report to residents, as it leaves every other figure."""
    from inspector_app.services.log_corrections import cancel_log_entry

    kept = _meeting(on_day)
    wrong = _meeting(on_day)
    report = worklog.add_log_entry(
        on_day,
        kind="report_to_residents",
        at=datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
        summary="Отчёт перед населением",
        attendance=80,
    )
    assert partnership.report_to_residents(on_day, None).last == date(2026, 9, 1)
    cancel_log_entry(on_day, wrong, "записано ошибочно")
    cancel_log_entry(on_day, report, "записано ошибочно")
    assert [m.id for m in partnership.list_meetings(on_day)] == [kept]
    assert partnership.report_to_residents(on_day, None).last is None
