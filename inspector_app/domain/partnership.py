"""Partnership with residents: meetings, the report to residents, and the questions and
proposals raised there, tracked until they are answered."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

from inspector_app.domain.errors import AppError

# Log kinds that gather residents: they record attendance and who spoke for the police.
MEETING_KINDS = ("meeting", "public_council", "report_to_residents")
# Where questions are raised and taken into work: those, and a reception of citizens.
QUESTION_KINDS = (*MEETING_KINDS, "reception")

PROPOSAL_STATUSES = ("received", "in_work", "done", "declined")
OPEN_STATUSES = ("received", "in_work")
# done and declined are final: a proposal answered is not answered again
_NEXT: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "received": frozenset({"in_work", "done", "declined"}),
        "in_work": frozenset({"done", "declined"}),
        "done": frozenset(),
        "declined": frozenset(),
    }
)


def check_proposal_step(old: str, new: str, answer: str | None) -> None:
    """Refuse a step the tracking does not allow; done needs the answer, declined its reason."""
    if new not in PROPOSAL_STATUSES:
        raise AppError("proposal.status_unknown", status=new)
    if old in ("done", "declined"):
        raise AppError("proposal.closed", status=old)
    if new not in _NEXT.get(old, frozenset()):
        raise AppError("proposal.status_unknown", status=new)
    if new == "done" and not answer:
        raise AppError("proposal.answer_required")
    if new == "declined" and not answer:
        raise AppError("proposal.decline_reason")


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the last day of a shorter month)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def proposal_due(raised_on: date, answer_days: int | None) -> date | None:
    """When a question raised orally is to be answered; None where no term is known."""
    return raised_on + timedelta(days=answer_days) if answer_days is not None else None


def report_due(last_report: date | None, months: int | None, today: date) -> date | None:
    """When the next report to residents is due: `months` after the last one; with none
    recorded, it is due now. None where reference data sets no interval."""
    if months is None:
        return None
    return add_months(last_report, months) if last_report is not None else today
