"""`--as-of T` makes the report made at T again (only what had happened by T, as the change
log had it then); periods not begun and an as-of before the period are refused; who may make
which report of whose data."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.reports.model import ActivityReport, AppealsRegister
from inspector_app.services import appeals, partnership, worklog
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.reports import ReportRequest, build_model, make_report, scope_choices
from inspector_app.services.reports.make import report_kinds
from inspector_app.services.session import Session
from tests.conftest import make_db
from tests.reports.conftest import AS_OF, _open, made_on_today
from tests.reports.expected import Tables, local_day


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("inspector_app.store.store._now_ms", lambda: int(moment.timestamp() * 1000))
        yield


@pytest.fixture
def own_db(tmp_path: Path) -> Path:
    """A small inspector's database of its own: the test writes to it after AS_OF."""
    with made_on_today():
        path = make_db(tmp_path)
        session = _open(path)
        try:
            fill_demo(session, DemoRequest(people=120, years=1, seed=3))
        finally:
            session.close()
    return path


def test_as_of_gives_the_same_report_after_later_edits(own_db: Path) -> None:
    october = ReportRequest("activity", period="2026-10", as_of=AS_OF)
    register = ReportRequest("appeals", period="2026-10", as_of=AS_OF)
    session = _open(own_db)
    try:
        before, before_register = make_report(session, october), make_report(session, register)
        model = build_model(session, october)
        assert isinstance(model, ActivityReport)
        # later (after AS_OF): an appeal and a talk typed in for October, an open appeal decided
        with clock_at(datetime(2026, 11, 25, 9, 0, tzinfo=UTC)):
            appeals.register_appeal(
                session,
                summary="Бродячие собаки",
                channel="written",
                applicant_name="Сейтқали Дана",
                received_at=datetime(2026, 10, 20, 5, 0, tzinfo=UTC),
            )
            worklog.add_log_entry(
                session, kind="talk", at=datetime(2026, 10, 21, 9, 0, tzinfo=UTC), summary="x"
            )
            still_open = session.store.select(
                "SELECT id FROM appeal WHERE decided_on IS NULL AND forwarded_on IS NULL"
                " AND deleted = 0 AND received_at < '2026-10-30' LIMIT 1"
            )
            if still_open:
                appeals.decide_appeal(
                    session, still_open[0]["id"], "Разъяснено", on=date(2026, 10, 30)
                )
        now = build_model(session, ReportRequest("activity", period="2026-10"))
        assert isinstance(now, ActivityReport)
        assert now.figures.appeals.received == model.figures.appeals.received + 1
        assert now.figures.work_count("talk") == model.figures.work_count("talk") + 1
        # the same request as of AS_OF: the very same bytes, before and after
        assert make_report(session, october).pdf == before.pdf
        assert make_report(session, register).pdf == before_register.pdf
    finally:
        session.close()


def test_as_of_inside_the_period_counts_only_what_had_happened(inspector: Session) -> None:
    cutoff = datetime(2026, 10, 15, 12, 0)  # local time
    model = build_model(inspector, ReportRequest("activity", period="2026-10", as_of=cutoff))
    whole = build_model(inspector, ReportRequest("activity", period="2026-10", as_of=AS_OF))
    assert isinstance(model, ActivityReport) and isinstance(whole, ActivityReport)
    tables = Tables(inspector)
    limit = "2026-10-15T07:00:00Z"  # 12:00 in Kazakhstan
    received = [
        a
        for a in tables.rows["appeal"]
        if date(2026, 10, 1) <= local_day(a["received_at"], "KZ")
        and a["received_at"] < limit
        and a["created_at"] < limit
    ]
    assert model.figures.appeals.received == len(received)
    assert model.figures.appeals.received < whole.figures.appeals.received
    assert model.header.as_of == date(2026, 10, 15)


def test_the_register_of_appeals_honours_as_of(inspector: Session) -> None:
    """An appeal decided after the as-of day is listed as still being considered, and one
    received after it is not listed."""
    tables = Tables(inspector)
    decided = sorted(
        (a for a in tables.rows["appeal"] if a["decided_on"] and a["received_at"] > "2026-01"),
        key=lambda a: a["received_at"],
    )
    pick = next(
        a
        for a in decided
        if local_day(a["received_at"], "KZ") < date.fromisoformat(a["decided_on"])
    )
    received = local_day(pick["received_at"], "KZ")
    cutoff = datetime.combine(received, datetime.min.time()).replace(hour=23)
    period = f"{received:%Y-%m}"
    model = build_model(inspector, ReportRequest("appeals", period=period, as_of=cutoff))
    assert isinstance(model, AppealsRegister)
    assert all(r.received <= received for r in model.rows)
    assert all(r.closed_on is None or r.closed_on <= received for r in model.rows)
    [line] = [r for r in model.rows if r.number == pick["number"]]
    assert line.status in ("registered", "in_progress", "extended") and line.closed_on is None
    whole = build_model(inspector, ReportRequest("appeals", period=period, as_of=AS_OF))
    assert isinstance(whole, AppealsRegister)
    assert [r.status for r in whole.rows if r.number == pick["number"]] == ["decided"]


def test_an_as_of_before_the_period_is_refused(inspector: Session) -> None:
    with pytest.raises(AppError) as caught:
        build_model(
            inspector, ReportRequest("activity", period="2026-10", as_of=datetime(2026, 9, 30))
        )
    assert caught.value.code == "report.as_of_before_period"


def test_a_period_not_begun_is_refused(inspector: Session) -> None:
    for period in ("2099", "2026-12", "2027-Q1"):  # today is 20.11.2026
        with pytest.raises(AppError) as caught:
            build_model(inspector, ReportRequest("activity", period=period))
        assert caught.value.code == "report.period_future"


def _as(session: Session, role: str) -> Session:
    return dataclasses.replace(session, user={**session.user, "role": role})


def test_an_inspector_makes_only_reports_of_their_own_precinct(
    inspector: Session, hq: Session
) -> None:
    for kind, period in (("district", "2026"), ("hq", "2026")):
        with pytest.raises(AppError) as caught:
            build_model(inspector, ReportRequest(kind, period=period, as_of=AS_OF))
        assert caught.value.code == "role.report_kind"
    assert {k.code for k in report_kinds(inspector)} == {
        "activity",
        "appeals",
        "person-card",
        "public",
        "passport",
    }
    # an inspector on a database holding other precincts: none of them is theirs
    stranger = _as(hq, "inspector")
    code = hq.store.select("SELECT code FROM precinct ORDER BY code")[0]["code"]
    with pytest.raises(AppError) as caught:
        build_model(stranger, ReportRequest("activity", period="2026", precinct=code, as_of=AS_OF))
    assert caught.value.code == "role.report_scope"
    person = hq.store.select("SELECT id FROM person WHERE deleted = 0 LIMIT 1")[0]["id"]
    with pytest.raises(AppError) as caught:
        build_model(stranger, ReportRequest("person-card", person=person, as_of=AS_OF))
    assert caught.value.code == "role.report_scope"
    assert scope_choices(stranger) == []


def test_a_chief_makes_district_reports_of_their_district_never_hq(
    chief: Session, hq: Session
) -> None:
    with pytest.raises(AppError) as caught:
        build_model(chief, ReportRequest("hq", period="2026", as_of=AS_OF))
    assert caught.value.code == "role.report_kind"
    assert build_model(chief, ReportRequest("district", period="2026", as_of=AS_OF))
    # a chief on HQ's database has no district of their own there
    with pytest.raises(AppError) as caught:
        build_model(_as(hq, "chief"), ReportRequest("district", period="2026", as_of=AS_OF))
    assert caught.value.code == "role.report_scope"
    assert build_model(hq, ReportRequest("hq", period="2026", as_of=AS_OF))


def test_as_of_counts_a_proposal_declined_later_as_in_work(own_db: Path) -> None:
    """Proposals are history too: one declined after the as-of moment (answered with an
    October day) is still in work in the report made as of then, and not declined."""
    october = ReportRequest("activity", period="2026-10", as_of=AS_OF)
    session = _open(own_db)
    try:
        with clock_at(datetime(2026, 11, 19, 9, 0, tzinfo=UTC)):
            proposal_id = partnership.add_proposal(
                session,
                text="Освещение у клуба",
                raised_by="Сход села",
                raised_on=date(2026, 10, 12),
            )
        before = build_model(session, october)
        assert isinstance(before, ActivityReport)
        with clock_at(datetime(2026, 11, 25, 9, 0, tzinfo=UTC)):
            partnership.set_proposal_status(
                session, proposal_id, "declined", answer="Нет средств", on=date(2026, 10, 30)
            )
        now = build_model(session, ReportRequest("activity", period="2026-10"))
        assert isinstance(now, ActivityReport)
        assert now.figures.proposals.declined == before.figures.proposals.declined + 1
        assert now.figures.proposals.in_work == before.figures.proposals.in_work - 1
        again = build_model(session, october)
        assert isinstance(again, ActivityReport)
        assert again.figures.proposals == before.figures.proposals
    finally:
        session.close()
