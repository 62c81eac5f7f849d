"""Register checks, appeal deadlines and statuses, talks with minors."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.domain.calendar import WorkingCalendar
from inspector_app.domain.errors import AppError
from inspector_app.domain.rules import (
    APPEAL_STATUSES,
    AppealRule,
    allowed_transitions,
    appeal_deadline,
    check_extension,
    check_status,
    check_talk_companion,
    check_transition,
    next_check_due,
    pick_rule,
    planned_end,
)

KZ_RULE = AppealRule(date(2021, 7, 1), 15, 60, 3, 3, None)
KG_RULE = AppealRule(date(2007, 5, 4), 14, 30, None, None, 1)

# --- register ---------------------------------------------------------------------------------


def test_first_check_is_due_one_interval_after_registration() -> None:
    assert next_check_due(date(2026, 3, 2), None, 7) == date(2026, 3, 9)


def test_later_checks_are_due_one_interval_after_the_last() -> None:
    assert next_check_due(date(2026, 3, 2), date(2026, 3, 12), 7) == date(2026, 3, 19)


def test_a_check_before_registration_does_not_count() -> None:
    assert next_check_due(date(2026, 3, 2), date(2026, 2, 1), 30) == date(2026, 4, 1)


def test_no_interval_means_no_periodic_check() -> None:
    assert next_check_due(date(2026, 3, 2), date(2026, 3, 5), None) is None


@pytest.mark.parametrize("interval", [0, -7])
def test_a_non_positive_interval_is_a_programming_error(interval: int) -> None:
    with pytest.raises(ValueError):
        next_check_due(date(2026, 3, 2), None, interval)


@pytest.mark.parametrize(
    ("due", "status"),
    [
        (None, "none"),
        (date(2026, 4, 9), "overdue"),
        (date(2026, 4, 10), "due_soon"),  # due today is not yet late
        (date(2026, 4, 17), "due_soon"),
        (date(2026, 4, 18), "ok"),
    ],
)
def test_check_status(due: date | None, status: str) -> None:
    assert check_status(due, date(2026, 4, 10)) == status


def test_check_status_with_other_warning_window() -> None:
    assert check_status(date(2026, 4, 12), date(2026, 4, 10), soon_days=1) == "ok"
    assert check_status(date(2026, 4, 10), date(2026, 4, 10), soon_days=0) == "due_soon"


def test_planned_end() -> None:
    assert planned_end(date(2026, 3, 1), 30) == date(2026, 3, 31)
    assert planned_end(date(2026, 3, 1), 3) == date(2026, 3, 4)
    assert planned_end(date(2026, 3, 1), None) is None


# --- appeal rules -----------------------------------------------------------------------------


def test_pick_rule_takes_the_newest_in_force() -> None:
    old = AppealRule(date(2007, 5, 4), 14, 30, None, None, 1)
    new = AppealRule(date(2026, 7, 1), 10, 30, None, None, 1)
    rules = [new, old]  # order of the data does not matter
    assert pick_rule(rules, date(2026, 6, 30)) is old
    assert pick_rule(rules, date(2026, 7, 1)) is new
    assert pick_rule(rules, date(2030, 1, 1)) is new


def test_pick_rule_before_any_rule_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        pick_rule([KZ_RULE], date(2021, 6, 30))
    assert caught.value.code == "appeal.no_rule"
    with pytest.raises(AppError, match=r"appeal\.no_rule"):
        pick_rule([], date(2026, 1, 1))


def test_kz_appeal_deadline_across_nauryz() -> None:
    assert appeal_deadline(date(2026, 3, 19), KZ_RULE, WorkingCalendar("KZ")) == date(2026, 4, 14)


def test_kz_appeal_received_on_friday() -> None:
    # Friday 3 April 2026: 15 working days, no holidays in between, three weekends
    assert appeal_deadline(date(2026, 4, 3), KZ_RULE, WorkingCalendar("KZ")) == date(2026, 4, 24)


def test_kg_appeal_deadline_across_may_holidays() -> None:
    assert appeal_deadline(date(2026, 4, 30), KG_RULE, WorkingCalendar("KG")) == date(2026, 5, 29)


def test_extension_within_two_months_is_allowed() -> None:
    check_extension(date(2026, 3, 19), date(2026, 4, 14), date(2026, 4, 15), KZ_RULE)
    check_extension(date(2026, 3, 19), date(2026, 4, 14), date(2026, 5, 4), KZ_RULE)


def test_extension_to_the_last_allowed_day_is_allowed() -> None:
    check_extension(date(2026, 3, 19), date(2026, 4, 14), date(2026, 5, 18), KZ_RULE)
    assert date(2026, 3, 19).toordinal() + 60 == date(2026, 5, 18).toordinal()


def test_extension_past_the_maximum_is_refused() -> None:
    with pytest.raises(AppError) as caught:
        check_extension(date(2026, 3, 19), date(2026, 4, 14), date(2026, 5, 19), KZ_RULE)
    assert caught.value.code == "appeal.extension_too_long"
    assert caught.value.params == {"max": "2026-05-18", "days": 60}


@pytest.mark.parametrize("new", [date(2026, 4, 14), date(2026, 4, 10)])
def test_extension_not_later_than_the_deadline_is_refused(new: date) -> None:
    with pytest.raises(AppError) as caught:
        check_extension(date(2026, 3, 19), date(2026, 4, 14), new, KZ_RULE)
    assert caught.value.code == "appeal.extension_not_later"


def test_extension_without_a_maximum_only_needs_to_be_later() -> None:
    rule = AppealRule(date(2007, 5, 4), 14, None, None, None, 1)
    check_extension(date(2026, 1, 5), date(2026, 1, 23), date(2027, 1, 1), rule)


# --- appeal statuses --------------------------------------------------------------------------


def test_every_status_has_its_transitions() -> None:
    assert set(allowed_transitions) == set(APPEAL_STATUSES)
    for targets in allowed_transitions.values():
        assert targets <= set(APPEAL_STATUSES)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("registered", "in_progress"),
        ("registered", "decided"),
        ("registered", "forwarded"),
        ("registered", "extended"),
        ("in_progress", "extended"),
        ("in_progress", "decided"),
        ("in_progress", "forwarded"),
        ("extended", "extended"),
        ("extended", "decided"),
        ("extended", "forwarded"),
    ],
)
def test_allowed_transitions(old: str, new: str) -> None:
    check_transition(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("decided", "in_progress"),
        ("decided", "extended"),
        ("decided", "decided"),
        ("forwarded", "in_progress"),
        ("forwarded", "decided"),
        ("in_progress", "registered"),
        ("extended", "in_progress"),
        ("registered", "registered"),
        ("registered", "lost"),
        ("lost", "decided"),
    ],
)
def test_refused_transitions(old: str, new: str) -> None:
    with pytest.raises(AppError) as caught:
        check_transition(old, new)
    assert (caught.value.code, caught.value.params) == (
        "appeal.bad_transition",
        {"old": old, "new": new},
    )


def test_final_statuses_lead_nowhere() -> None:
    assert allowed_transitions["decided"] == frozenset()
    assert allowed_transitions["forwarded"] == frozenset()


def test_transitions_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        allowed_transitions["decided"] = frozenset({"registered"})  # type: ignore[index]


# --- talks ------------------------------------------------------------------------------------

ON = date(2026, 4, 10)
MINOR = date(2010, 5, 1)
ADULT = date(1990, 5, 1)


def test_talk_with_a_minor_needs_a_companion() -> None:
    with pytest.raises(AppError) as caught:
        check_talk_companion("talk", [ADULT, MINOR], None, ON)
    assert caught.value.code == "talk.minor_without_companion"


@pytest.mark.parametrize("companion", ["", "   "])
def test_a_blank_companion_is_no_companion(companion: str) -> None:
    with pytest.raises(AppError, match=r"talk\.minor_without_companion"):
        check_talk_companion("talk", [MINOR], companion, ON)


def test_talk_with_a_minor_and_a_parent_is_allowed() -> None:
    check_talk_companion("talk", [MINOR], "мать, Асанова Г.", ON)


def test_talk_with_adults_or_unknown_ages_is_allowed() -> None:
    check_talk_companion("talk", [ADULT, None], None, ON)
    check_talk_companion("talk", [], None, ON)


def test_eighteenth_birthday_makes_an_adult() -> None:
    check_talk_companion("talk", [date(2008, 4, 10)], None, ON)
    with pytest.raises(AppError):
        check_talk_companion("talk", [date(2008, 4, 11)], None, ON)


def test_other_log_kinds_need_no_companion() -> None:
    check_talk_companion("round", [MINOR], None, ON)
    check_talk_companion("warning", [MINOR], None, ON)
