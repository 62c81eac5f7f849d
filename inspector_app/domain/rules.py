"""Rules of the inspector's work: register checks, appeal deadlines, talks with minors.

Every figure (intervals, durations, deadlines) comes from reference data: the laws changed in
2026 and will change again, so nothing here hard-codes a number of days.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from inspector_app.domain.calendar import WorkingCalendar
from inspector_app.domain.dates import age_on
from inspector_app.domain.errors import AppError

# --- preventive register ----------------------------------------------------------------------


def next_check_due(
    start_date: date, last_check: date | None, interval_days: int | None
) -> date | None:
    """When the next home check of a registered person is due; None without periodic checks.

    The first check is due `interval_days` after registration, each later one that long after
    the last check. A check recorded before the start (from an earlier entry) does not count.
    """
    if interval_days is None:
        return None
    if interval_days <= 0:
        raise ValueError(f"a check interval must be positive, not {interval_days}")
    base = start_date if last_check is None else max(start_date, last_check)
    return base + timedelta(days=interval_days)


def check_status(due: date | None, today: date, soon_days: int = 7) -> str:
    """Return "overdue" (due before today), "due_soon" (within soon_days), "ok" or "none"."""
    if due is None:
        return "none"
    if due < today:
        return "overdue"
    if due <= today + timedelta(days=soon_days):
        return "due_soon"
    return "ok"


def term_ended(planned_end: date | None, end_date: date | None, today: date) -> bool:
    """A fixed-term measure (a protective order, a warning) past its last day and still on
    the register: it is to be taken off or extended, and no check on it is overdue."""
    return end_date is None and planned_end is not None and planned_end < today


def register_state(
    end_date: date | None, planned_end: date | None, due: date | None, today: date
) -> str:
    """The state of an entry: "ended" (off the register), "term_ended" (past its planned end:
    remove or extend), else the state of its next check (check_status)."""
    if end_date is not None:
        return "ended"
    if term_ended(planned_end, end_date, today):
        return "term_ended"
    return check_status(due, today)


def planned_end(start: date, duration_days: int | None) -> date | None:
    """The day a fixed-term measure ends: a 30-day order from 1 March ends on 31 March.

    A period in days starts running the day after the event, so its last day is start + n.
    """
    if duration_days is None:
        return None
    return start + timedelta(days=duration_days)


# --- appeals ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppealRule:
    """The law on appeals as in force from `valid_from`; None where the law sets nothing."""

    valid_from: date
    deadline_working_days: int
    max_extension_days: int | None  # calendar days from receipt; None: no limit known
    notify_extension_working_days: int | None
    forward_working_days: int | None
    register_working_days: int | None
    # calendar months from receipt (Kazakhstan: two); wins over max_extension_days when set
    max_extension_months: int | None = None


def pick_rule(rules: Sequence[AppealRule], on: date) -> AppealRule:
    """The rule in force on `on`: the newest one that had started by then."""
    in_force = [rule for rule in rules if rule.valid_from <= on]
    if not in_force:
        raise AppError("appeal.no_rule", on=on.isoformat())
    return max(in_force, key=lambda rule: rule.valid_from)


def appeal_deadline(received: date, rule: AppealRule, calendar: WorkingCalendar) -> date:
    """The last day to decide: the n-th working day after the day of receipt."""
    return calendar.add_working_days(received, rule.deadline_working_days)


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later; the month's last day where it is shorter
    (31 December + 2 months is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def extension_cap(received: date, rule: AppealRule) -> date | None:
    """The latest day the law lets a deadline be extended to; None where it sets no limit."""
    if rule.max_extension_months is not None:
        return add_months(received, rule.max_extension_months)
    if rule.max_extension_days is not None:
        return received + timedelta(days=rule.max_extension_days)
    return None


def check_extension(
    received: date,
    current_deadline: date,
    new_deadline: date,
    rule: AppealRule,
    *,
    decided_on: date | None = None,
    today: date | None = None,
) -> None:
    """Refuse an extension the law does not allow: decided after the deadline had passed (the
    law allows none then) or on a day still to come, to a day already past, not later than
    the current deadline, or past the law's maximum."""
    if today is not None and decided_on is not None and decided_on > today:
        raise AppError("appeal.step_in_future", on=decided_on.isoformat())
    if decided_on is not None and decided_on > current_deadline:
        raise AppError(
            "appeal.extension_after_deadline",
            deadline=current_deadline.isoformat(),
            on=decided_on.isoformat(),
        )
    if today is not None and new_deadline < today:
        raise AppError("appeal.extension_in_past", new=new_deadline.isoformat())
    if new_deadline <= current_deadline:
        raise AppError(
            "appeal.extension_not_later",
            current=current_deadline.isoformat(),
            new=new_deadline.isoformat(),
        )
    latest = extension_cap(received, rule)
    if latest is not None and new_deadline > latest:
        raise AppError(
            "appeal.extension_too_long", max=latest.isoformat(), days=(latest - received).days
        )


def step_limit(start: date, working_days: int | None, calendar: WorkingCalendar) -> date | None:
    """The last day for a step the law gives `working_days` for (None: no limit)."""
    if working_days is None:
        return None
    return calendar.add_working_days(start, working_days)


def is_late(on: date, limit: date | None) -> bool:
    return limit is not None and on > limit


def effective_deadline(
    deadline: date,
    extended_to: date | None,
    extended_on: date | None,
    extended_from: date | None,
) -> date:
    """The deadline that counts: an extension counts only when the day the head decided it is
    known and was not after the deadline it moved; otherwise the appeal keeps its deadline,
    and a decision after it is late (store.appeal_sql.DUE says the same in SQL)."""
    if extended_to is None or extended_on is None:
        return deadline
    if extended_on > (extended_from or deadline):
        return deadline
    return extended_to


APPEAL_STATUSES = ("registered", "in_progress", "extended", "forwarded", "decided", "cancelled")
CLOSED_APPEAL_STATUSES = frozenset({"forwarded", "decided", "cancelled"})

# Forwarded (sent to the competent body), decided and cancelled (a mistaken entry, with its
# reason) are final. An extended appeal may be extended again, within the rule's maximum.
allowed_transitions: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "registered": frozenset({"in_progress", "extended", "forwarded", "decided", "cancelled"}),
        "in_progress": frozenset({"extended", "forwarded", "decided", "cancelled"}),
        "extended": frozenset({"extended", "forwarded", "decided", "cancelled"}),
        "forwarded": frozenset(),
        "decided": frozenset(),
        "cancelled": frozenset(),
    }
)


def check_transition(old: str, new: str) -> None:
    """Refuse a status change the appeal procedure does not allow."""
    if new not in allowed_transitions.get(old, frozenset()):
        raise AppError("appeal.bad_transition", old=old, new=new)


# --- preventive talks -------------------------------------------------------------------------

_ADULT_AGE = 18


def check_talk_companion(
    kind: str, participant_birth_dates: Sequence[date | None], companion: str | None, on: date
) -> None:
    """A talk with a minor needs a parent, guardian or teacher present (KZ law 245-VIII, art. 50).

    Participants without a known birth date are not assumed to be minors.
    """
    if kind != "talk" or (companion and companion.strip()):
        return
    for born in participant_birth_dates:
        if born is not None and age_on(born, on) < _ADULT_AGE:
            raise AppError("talk.minor_without_companion")
