"""Appeals through the services as the law has them: extensions only by a head's decision
before the deadline, late steps only with a reason and shown late, indicators that never count
a late appeal as on time, registration delays, cancellations, and complaints about officers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import appeals
from inspector_app.services.reports import ReportRequest, build_model
from inspector_app.services.session import Session
from tests.conftest import PASSWORD

HEAD = "Ахметов Нұрлан Бекұлы, начальник отдела полиции"
TODAY = date(2026, 11, 20)


@pytest.fixture
def on_day(session: Session) -> Session:
    session.today_override = TODAY
    return session


def _register(session: Session, received: date, **extra: object) -> appeals.Registered:
    values: dict[str, object] = {
        "summary": "Спор о меже",
        "channel": "written",
        "applicant_name": "Сейітова Г.",
        "received_at": datetime(received.year, received.month, received.day, 6, tzinfo=UTC),
    }
    values.update(extra)
    return appeals.register_appeal(session, **values)  # type: ignore[arg-type]


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(AppError) as caught:
        call()
    return caught.value.code


def test_an_extension_after_the_deadline_has_passed_is_refused(on_day: Session) -> None:
    # received 1 October: the deadline (22 October) passed a month ago
    made = _register(on_day, date(2026, 10, 1))
    assert made.deadline < TODAY
    new = date(2026, 11, 30)
    assert (
        _code(lambda: appeals.extend_appeal(on_day, made.id, new, "экспертиза", authorised_by=HEAD))
        == "appeal.extension_after_deadline"
    )
    stored = on_day.store.get("appeal", made.id)
    assert stored is not None and stored["extended_to"] is None and stored["status"] == "registered"


def test_an_extension_to_a_past_day_is_refused(on_day: Session) -> None:
    # received 9 November, deadline 30 November; the head decided on 12 November, entered
    # today with a new deadline that has passed already
    made = _register(on_day, date(2026, 11, 9))
    code = _code(
        lambda: appeals.extend_appeal(
            on_day,
            made.id,
            date(2026, 11, 19),
            "x",
            authorised_by=HEAD,
            decided_on=date(2026, 11, 12),
        )
    )
    # 19 November is before the deadline too; a later past day is the other refusal
    assert code in ("appeal.extension_in_past", "appeal.extension_not_later")
    from inspector_app.domain.rules import AppealRule, check_extension

    rule = AppealRule(date(2021, 7, 1), 15, None, 3, 3, None, 2)
    with pytest.raises(AppError) as caught:
        check_extension(
            date(2026, 10, 1),
            date(2026, 10, 22),
            date(2026, 11, 10),
            rule,
            decided_on=date(2026, 10, 20),
            today=TODAY,
        )
    assert caught.value.code == "appeal.extension_in_past"


def test_an_extension_records_who_authorised_it_and_a_late_entry(on_day: Session) -> None:
    made = _register(on_day, date(2026, 11, 2))  # deadline 23 November
    assert made.deadline == date(2026, 11, 23)
    with pytest.raises(AppError) as nameless:
        appeals.extend_appeal(
            on_day, made.id, date(2026, 12, 30), "экспертиза", authorised_by="Ахметов"
        )
    assert nameless.value.code == "appeal.authorised_by_format"
    with pytest.raises(AppError) as future:
        appeals.extend_appeal(
            on_day, made.id, date(2026, 12, 30), "экспертиза",
            authorised_by=HEAD, decided_on=date(2026, 11, 21),
        )  # fmt: skip
    assert future.value.code == "appeal.step_in_future"

    late = appeals.extend_appeal(
        on_day, made.id, date(2026, 12, 30), "нужна экспертиза",
        authorised_by=HEAD, decided_on=date(2026, 11, 18),
    )  # fmt: skip

    assert late  # decided on the 18th, entered on the 20th
    row = appeals.get_appeal(on_day, made.id)
    assert (row.extended_on, row.extension_authorised_by) == (date(2026, 11, 18), HEAD)
    assert row.extension_late_entry and row.deadline == date(2026, 12, 30)
    event = appeals.appeal_history(on_day, made.id)[-1]
    assert (event.kind, event.authorised_by, event.on, event.late) == (
        "extended",
        HEAD,
        date(2026, 11, 18),
        True,
    )


def test_notification_late_only_with_a_reason_and_shown_late(on_day: Session) -> None:
    made = _register(on_day, date(2026, 11, 2))
    assert _code(lambda: appeals.notify_appeal(on_day, made.id, TODAY)) == "appeal.not_extended"
    appeals.extend_appeal(
        on_day, made.id, date(2026, 12, 30), "экспертиза",
        authorised_by=HEAD, decided_on=date(2026, 11, 13),
    )  # fmt: skip
    # three working days after Friday 13 November: Wednesday 18 November
    row = appeals.get_appeal(on_day, made.id)
    assert row.notify_limit == date(2026, 11, 18) and row.notify_late  # not told yet
    assert _code(lambda: appeals.notify_appeal(on_day, made.id, TODAY)) == (
        "appeal.late_needs_reason"
    )
    assert appeals.notify_appeal(on_day, made.id, TODAY, late_reason="заявитель в отъезде")
    row = appeals.get_appeal(on_day, made.id)
    assert row.notified_on == TODAY and row.notify_late
    assert row.notify_late_reason == "заявитель в отъезде"


def test_notification_in_time_is_not_late(on_day: Session) -> None:
    made = _register(on_day, date(2026, 11, 2))
    appeals.extend_appeal(
        on_day, made.id, date(2026, 12, 30), "экспертиза",
        authorised_by=HEAD, decided_on=date(2026, 11, 18),
    )  # fmt: skip
    assert not appeals.notify_appeal(on_day, made.id, date(2026, 11, 19))
    assert not appeals.get_appeal(on_day, made.id).notify_late


def test_forwarding_after_three_working_days_needs_a_reason_and_is_late(on_day: Session) -> None:
    # received Monday 2 November: forwarded by Thursday 5 November
    made = _register(on_day, date(2026, 11, 2))
    assert (
        _code(lambda: appeals.forward_appeal(on_day, made.id, "Акимат", on=TODAY))
        == "appeal.late_needs_reason"
    )
    assert appeals.forward_appeal(on_day, made.id, "Акимат", on=TODAY, late_reason="ошибка")
    row = appeals.get_appeal(on_day, made.id)
    assert row.forward_limit == date(2026, 11, 5)
    assert row.forward_late and row.forward_late_reason == "ошибка"
    in_time = _register(on_day, date(2026, 11, 17))
    assert not appeals.forward_appeal(on_day, in_time.id, "Акимат", on=date(2026, 11, 19))
    assert not appeals.get_appeal(on_day, in_time.id).forward_late


def test_a_late_appeal_is_never_counted_on_time(on_day: Session) -> None:
    """An extension entered after the deadline (by an older version, or from elsewhere) must
    not turn a late decision into one on time: in the list, the indicators and the report."""
    made = _register(on_day, date(2026, 10, 1))  # deadline 22 October
    with on_day.store.transaction():
        on_day.update(
            "appeal",
            made.id,
            {"status": "extended", "extended_to": "2026-11-30", "extended_on": "2026-11-02"},
            "test",
        )
    row = appeals.get_appeal(on_day, made.id)
    assert row.deadline == date(2026, 10, 22) and not row.extension_counts
    assert row.state == "overdue"
    assert [r.id for r in appeals.list_appeals(on_day, "overdue")] == [made.id]
    appeals.decide_appeal(on_day, made.id, "Разъяснено", on=date(2026, 11, 10))
    assert appeals.get_appeal(on_day, made.id).decided_late
    model = build_model(on_day, ReportRequest("activity", period="2026-11"))
    figures = model.figures.appeals  # type: ignore[attr-defined]
    assert (figures.on_time, figures.late) == (0, 1)


def test_a_timely_extension_still_counts(on_day: Session) -> None:
    made = _register(on_day, date(2026, 10, 1))
    with on_day.store.transaction():  # decided on the deadline day
        on_day.update(
            "appeal",
            made.id,
            {"extended_to": "2026-11-30", "extended_on": "2026-10-22", "status": "extended"},
            "test",
        )
    appeals.decide_appeal(on_day, made.id, "Разъяснено", on=date(2026, 11, 10))
    model = build_model(on_day, ReportRequest("activity", period="2026-11"))
    figures = model.figures.appeals  # type: ignore[attr-defined]
    assert (figures.on_time, figures.late) == (1, 0)


def test_kyrgyz_registration_within_one_working_day_is_tracked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from inspector_app.services.session import open_session
    from tests.conftest import make_db

    session = open_session(make_db(tmp_path, country="KG"), "admin", PASSWORD, "en")
    session.today_override = TODAY  # Friday 20 November
    try:
        late = _register(session, date(2026, 11, 17))  # Tuesday: three working days before
        timely = _register(session, date(2026, 11, 19))
        row = appeals.get_appeal(session, late.id)
        assert (row.registration_delay, row.registration_late) == (3, True)
        row = appeals.get_appeal(session, timely.id)
        assert (row.registration_delay, row.registration_late) == (1, False)
        assert row.registered_at is not None and row.registered_at.astimezone().date() == TODAY
    finally:
        session.close()


def test_cancel_keeps_the_appeal_with_its_reason(on_day: Session) -> None:
    made = _register(on_day, date(2026, 11, 16))
    assert _code(lambda: appeals.cancel_appeal(on_day, made.id, "  ")) == "field.required"
    appeals.cancel_appeal(on_day, made.id, "введено дважды")
    row = appeals.get_appeal(on_day, made.id)
    assert (row.status, row.cancel_reason, row.cancelled_on) == (
        "cancelled",
        "введено дважды",
        TODAY,
    )
    assert row.number == made.number
    assert [r.id for r in appeals.list_appeals(on_day, "closed")] == [made.id]
    assert _code(lambda: appeals.decide_appeal(on_day, made.id, "x")) == "appeal.bad_transition"


def test_no_service_deletes_or_backdates_an_appeal(on_day: Session) -> None:
    made = _register(on_day, date(2026, 11, 16))
    before = on_day.store.get("appeal", made.id)
    assert before is not None
    for field, value in (
        ("number", "12-05-2026-000099"),
        ("registered_at", "2026-11-01T00:00:00Z"),
        ("received_at", "2026-11-01T00:00:00Z"),
        ("deadline", "2027-01-01"),
        ("deleted", 1),
    ):
        assert (
            _code(lambda f=field, v=value: appeals.correct_appeal(on_day, made.id, {f: v}))
            == "appeal.not_correctable"
        )
    appeals.correct_appeal(on_day, made.id, {"summary": "Спор о меже с соседом"})
    after = on_day.store.get("appeal", made.id)
    assert after is not None and after["summary"] == "Спор о меже с соседом"
    for field in ("number", "registered_at", "received_at", "deadline", "deleted"):
        assert after[field] == before[field]
    assert not [name for name in dir(appeals) if "delete" in name or "remove" in name]


def test_a_complaint_about_an_officer_is_the_chiefs_alone(on_day: Session) -> None:
    def user(login: str, role: str) -> str:
        with on_day.store.transaction():
            return on_day.create(
                "user",
                {"login": login, "full_name": login, "role": role, "active": 1,
                 "device_id": on_day.device_id},
                "user.add",
            )  # fmt: skip

    officer = user("serik", "inspector")
    user("bastyq", "chief")
    made = _register(on_day, date(2026, 11, 16), kind="complaint", about_officer_id=officer)
    assert appeals.get_appeal(on_day, made.id).about_officer_id == officer
    from inspector_app.services.session import session_for

    as_officer = session_for(on_day.store, "serik")
    as_officer.today_override = TODAY
    for step in (
        lambda: appeals.decide_appeal(as_officer, made.id, "Отказано"),
        lambda: appeals.cancel_appeal(as_officer, made.id, "ошибка"),
        lambda: appeals.correct_appeal(as_officer, made.id, {"summary": "иное"}),
        lambda: appeals.take_appeal(as_officer, made.id),
    ):
        assert _code(step) == "appeal.about_officer"
    # the admin of this laptop is an inspector too: not the chief either
    assert _code(lambda: appeals.decide_appeal(on_day, made.id, "x")) == "appeal.about_officer"
    chief = session_for(on_day.store, "bastyq")
    chief.today_override = TODAY
    appeals.decide_appeal(chief, made.id, "Проверено, факты не подтвердились")
    assert appeals.get_appeal(on_day, made.id).status == "decided"


def test_kinds_anonymous_collective_and_repeated_appeals(on_day: Session) -> None:
    first = _register(on_day, date(2026, 11, 2), kind="proposal", collective=True)
    again = _register(on_day, date(2026, 11, 16), kind="complaint", earlier_id=first.id)
    anonymous = appeals.register_appeal(
        on_day, summary="Продают спиртное ночью", channel="phone", anonymous=True
    )
    assert _code(lambda: _register(on_day, date(2026, 11, 16), kind="letter")) == (
        "appeal.kind_unknown"
    )
    rows = {r.id: r for r in appeals.list_appeals(on_day)}
    assert (rows[first.id].kind, rows[first.id].collective) == ("proposal", True)
    assert (rows[again.id].kind, rows[again.id].earlier_id) == ("complaint", first.id)
    assert rows[anonymous.id].anonymous and rows[anonymous.id].applicant == ""


def test_numbers_continue_past_those_received_and_a_restore_starts_a_new_series(
    on_day: Session,
) -> None:
    # a replacement laptop provisioned from the chief's copy holds the old laptop's appeals
    with on_day.store.transaction():
        for n in (1, 2, 3):
            on_day.create(
                "appeal", {"number": f"12-05-2026-{n:06d}", "summary": "с прежнего"}, "sync"
            )
    made = _register(on_day, date(2026, 11, 16))
    assert made.number == "12-05-2026-000004"
    with on_day.store.transaction():  # what a restore from a backup does
        on_day.store.set_meta("epoch", "1796673787")
    after_restore = _register(on_day, date(2026, 11, 16))
    assert after_restore.number == "12-05.TPOYD7-2026-000001"
    from inspector_app.services.appeal_numbering import numbering_findings

    assert [(f.kind, f.expected) for f in numbering_findings(on_day)] == [("new_series", True)]


def test_the_chiefs_accountability_counts_every_appeal(on_day: Session) -> None:
    from inspector_app.services.appeal_accountability import accountability
    from inspector_app.services.session import session_for

    with pytest.raises(AppError):  # an inspector's figures are the chief's to read
        accountability(on_day)
    late = _register(on_day, date(2026, 10, 1))
    appeals.decide_appeal(on_day, late.id, "Разъяснено", on=date(2026, 11, 10))
    extended = _register(on_day, date(2026, 11, 2))
    appeals.extend_appeal(
        on_day, extended.id, date(2026, 12, 30), "экспертиза",
        authorised_by=HEAD, decided_on=date(2026, 11, 18),
    )  # fmt: skip
    cancelled = _register(on_day, date(2026, 11, 19))
    appeals.cancel_appeal(on_day, cancelled.id, "дубль")
    with on_day.store.transaction():
        on_day.create(
            "user",
            {"login": "bastyq", "full_name": "Бастық", "role": "chief", "active": 1},
            "user.add",
        )
    chief = session_for(on_day.store, "bastyq")
    chief.today_override = TODAY
    (account,) = accountability(chief)
    assert (account.registered, account.decided, account.decided_late) == (3, 1, 1)
    assert (account.extended, account.extension_late_entries, account.cancelled) == (1, 1, 1)
    assert account.notified_late == 0  # three working days after the 18th: until the 23rd
    kinds = {(n.number, n.kind) for n in account.notes}
    assert (extended.number, "extension") in kinds and (cancelled.number, "cancellation") in kinds
    assert any(HEAD in n.text for n in account.notes)
