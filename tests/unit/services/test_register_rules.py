"""Register rules checked against the laws (issue 9): the term-ended state, the age of minors,
maximum terms, coded removal, and the Kyrgyz risk level. Each test failed on the old code."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import register
from inspector_app.services.lists import RegisterList, RegisterQuery, register_categories
from inspector_app.services.people import add_person
from inspector_app.services.person_file import person_file
from inspector_app.services.session import Session, open_session
from inspector_app.services.today import today_digest
from inspector_app.store import report_queries, work_queries
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 20)


@pytest.fixture
def on_day(session: Session) -> Session:
    session.today_override = TODAY
    return session


@pytest.fixture
def kg(tmp_path: Path):
    opened = open_session(make_db(tmp_path, country="KG", name="kg.db"), "admin", PASSWORD, "en")
    opened.today_override = TODAY
    try:
        yield opened
    finally:
        opened.close()


def _order_past_its_end(session: Session) -> tuple[str, str]:
    """A protective order of 30 days from 30 August: it ended on 29 September, 52 days ago,
    with its weekly checks far behind."""
    person, _ = add_person(session, {"surname": "Сапаров", "name": "Марат"})
    entry = register.add_entry(
        session, person, "protective_order", "Защитное предписание №7", date(2026, 8, 30)
    )
    return person, entry


def test_an_order_past_its_end_is_term_ended_not_overdue_everywhere(on_day: Session) -> None:
    person, entry = _order_past_its_end(on_day)
    assert register.check_due(on_day, entry).status == "term_ended"
    # the register page's list and its category counts
    row = RegisterList(on_day, RegisterQuery()).page()[0]
    assert (row.status, row.days_overdue) == ("term_ended", 0)
    counts = {c.code: c for c in register_categories(on_day, RegisterQuery())}
    assert (counts["protective_order"].overdue, counts["protective_order"].term_ended) == (0, 1)
    # the person's file
    (shown,) = person_file(on_day, person).entries
    assert shown.status == "term_ended"
    # Today: listed to be removed or extended, not counted as an overdue check
    checks = today_digest(on_day).checks
    assert (checks.overdue, checks.term_ended) == (0, 1)
    assert [line.state for line in checks.lines] == ["term_ended"]
    assert checks.lines[0].due == date(2026, 9, 29)


def test_the_districts_overdue_counts_leave_an_ended_term_out(on_day: Session) -> None:
    _order_past_its_end(on_day)
    intervals = {c.code: 7 for c in on_day.refdata.categories}
    per_inspector = work_queries.overdue_checks_per_inspector(
        on_day.store, intervals, TODAY.isoformat()
    )
    assert sum(per_inspector.values()) == 0


def test_an_order_still_running_has_overdue_checks(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Ким"})
    entry = register.add_entry(on_day, person, "protective_order", "ЗП №8", date(2026, 11, 1))
    assert register.check_due(on_day, entry).status == "overdue"
    assert today_digest(on_day).checks.overdue == 1


def test_extending_an_order_within_its_maximum_brings_its_checks_back(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Ли"})
    entry = register.add_entry(on_day, person, "official_warning", "ОП №3", date(2026, 10, 1))
    assert register.check_due(on_day, entry).status == "term_ended"  # ended 31 October
    with pytest.raises(AppError) as too_long:
        register.extend_entry(on_day, entry, date(2026, 11, 25))
    assert too_long.value.code == "register.duration"
    with pytest.raises(AppError) as earlier:
        register.extend_entry(on_day, entry, date(2026, 10, 20))
    assert earlier.value.code == "register.extension_not_later"


@pytest.mark.parametrize(
    ("category", "days"), [("protective_order", 45), ("official_warning", 365)]
)
def test_terms_longer_than_the_law_allows_are_refused(
    on_day: Session, category: str, days: int
) -> None:
    person, _ = add_person(on_day, {"surname": "Омаров"})
    start = date(2026, 11, 1)
    with pytest.raises(AppError) as refused:
        register.add_entry(on_day, person, category, "№1", start, start + timedelta(days=days))
    assert refused.value.code == "register.duration"
    assert refused.value.params["maximum"] == 30
    register.add_entry(on_day, person, category, "№1", start, start + timedelta(days=30))


def test_an_adult_is_refused_into_minors(on_day: Session) -> None:
    adult, _ = add_person(on_day, {"surname": "Жаков", "birth_date": "2008-11-01"})
    with pytest.raises(AppError) as refused:
        register.add_entry(on_day, adult, "minors", "Постановление КДН", date(2026, 11, 2))
    assert refused.value.code == "register.too_old"
    assert refused.value.params == {"age": 18, "limit": 18}
    unknown, _ = add_person(on_day, {"surname": "Безымянов"})
    with pytest.raises(AppError) as no_birth:
        register.add_entry(on_day, unknown, "minors", "Постановление КДН", date(2026, 11, 2))
    assert no_birth.value.code == "register.birth_date_needed"
    # seventeen on the start day: a minor
    minor, _ = add_person(on_day, {"surname": "Жаков", "name": "Ali", "birth_date": "2009-01-10"})
    register.add_entry(on_day, minor, "minors", "Постановление КДН", date(2026, 11, 2))


def test_a_kyrgyz_protection_order_requires_its_risk_level(kg: Session) -> None:
    person, _ = add_person(kg, {"surname": "Асанов"})
    with pytest.raises(AppError) as refused:
        register.add_entry(kg, person, "protection_order", "Охранный ордер №4", TODAY)
    assert refused.value.code == "register.risk_level_required"
    register.add_entry(kg, person, "protection_order", "Охранный ордер №4", TODAY, None, "high")


def test_juvenile_offenders_in_kyrgyzstan_are_minors(kg: Session) -> None:
    adult, _ = add_person(kg, {"surname": "Беков", "birth_date": "1990-05-05"})
    with pytest.raises(AppError) as refused:
        register.add_entry(kg, adult, "juvenile_offenders", "ИДН", TODAY)
    assert refused.value.code == "register.too_old"


def _running_entry(session: Session) -> str:
    person, _ = add_person(session, {"surname": "Тен"})
    return register.add_entry(
        session, person, "outstanding_conviction", "Приговор суда", date(2025, 1, 10)
    )


def test_removal_takes_a_coded_reason(on_day: Session) -> None:
    entry = _running_entry(on_day)
    with pytest.raises(AppError) as free_text:
        register.end_entry(on_day, entry, TODAY, "x")
    assert free_text.value.code == "register.removal_reason_unknown"
    with pytest.raises(AppError) as no_words:
        register.end_entry(on_day, entry, TODAY, "other")
    assert no_words.value.code == "register.end_note_required"
    register.end_entry(on_day, entry, TODAY, "other", "  передан  в ИДН  ")
    stored = on_day.store.get("register_entry", entry)
    assert stored is not None
    assert (stored["end_reason"], stored["end_note"]) == ("other", "передан в ИДН")
    with pytest.raises(AppError) as twice:
        register.end_entry(on_day, entry, TODAY, "died")
    assert twice.value.code == "register.already_ended"


def test_removal_cannot_take_effect_in_the_future(on_day: Session) -> None:
    entry = _running_entry(on_day)
    with pytest.raises(AppError) as future:
        register.end_entry(on_day, entry, TODAY + timedelta(days=1), "moved_away")
    assert future.value.code == "register.end_in_future"
    assert register.check_due(on_day, entry).status != "none"  # the checks go on
    register.end_entry(on_day, entry, TODAY - timedelta(days=3), "moved_away")
    row = RegisterList(on_day, RegisterQuery(include_ended=True)).page()[0]
    assert (row.status, row.end_reason) == ("ended", "Moved away")


def test_reports_do_not_count_an_ended_term_as_overdue(on_day: Session) -> None:
    _order_past_its_end(on_day)
    own = on_day.own_precinct_id
    assert own is not None
    units = report_queries.Units((own,), own)
    window = report_queries.Window(
        "2026-11-01", "2026-11-30", "", "", TODAY.isoformat(), "", "+5 hours"
    )
    intervals = {"protective_order": 7}
    assert report_queries.overdue_by_category(on_day.store, units, window, intervals) == []
    assert report_queries.overdue_checks(on_day.store, units, window, intervals) == []
    # and no weekly check falls due in November, after the term
    (moved,) = report_queries.register_by_category(on_day.store, units, window, intervals)
    assert moved["checks_due"] == 0
    # the same order on its last day is still running, with its checks overdue
    window = report_queries.Window("2026-09-01", "2026-09-30", "", "", "2026-09-29", "", "+5 hours")
    (row,) = report_queries.overdue_by_category(on_day.store, units, window, intervals)
    assert row["n"] == 1
