"""For the chief, per inspector: how appeals were registered (delays after receipt), decided
within the deadline or not, extended (and who authorised each extension), told late, and
cancelled (with the reasons). Nothing is hidden: cancelled and late appeals are counted."""

from __future__ import annotations

from dataclasses import dataclass, field

from inspector_app.services.appeals import AppealRow, list_appeals
from inspector_app.services.session import Session

PAGE = 1000


@dataclass
class InspectorAccount:
    inspector_id: str | None
    inspector_name: str
    registered: int = 0
    registered_late: int = 0  # later than the law's limit after receipt
    longest_delay: int = 0  # working days from receipt to registration, the longest
    decided: int = 0
    decided_in_time: int = 0
    decided_late: int = 0
    extended: int = 0
    extension_late_entries: int = 0
    notified_late: int = 0
    forwarded_late: int = 0
    cancelled: int = 0
    # what the chief reads one by one: extensions with who authorised them, cancellations
    # with their reasons, late steps with theirs
    notes: list[AccountNote] = field(default_factory=list)


@dataclass(frozen=True)
class AccountNote:
    number: str
    kind: str  # extension, cancellation, notified_late, forwarded_late
    text: str


def _all_appeals(session: Session) -> list[AppealRow]:
    rows: list[AppealRow] = []
    after = None
    while True:
        page = list_appeals(session, "all", after=after, limit=PAGE)
        rows += page
        if len(page) < PAGE:
            return rows
        after = page[-1].key


def accountability(session: Session) -> list[InspectorAccount]:
    """One account per inspector with appeals, by name."""
    session.require("district.view")
    accounts: dict[str | None, InspectorAccount] = {}
    for r in _all_appeals(session):
        a = accounts.setdefault(r.inspector_id, InspectorAccount(r.inspector_id, r.inspector_name))
        a.registered += 1
        a.registered_late += r.registration_late
        a.longest_delay = max(a.longest_delay, r.registration_delay)
        if r.decided_on is not None:
            a.decided += 1
            a.decided_late += r.decided_late
            a.decided_in_time += not r.decided_late
        if r.extended_to is not None:
            a.extended += 1
            a.extension_late_entries += r.extension_late_entry
            who = r.extension_authorised_by or "—"
            day = f"{r.extended_on:%d.%m.%Y}" if r.extended_on else "—"
            a.notes.append(
                AccountNote(r.number, "extension", f"{who}, {day}: {r.extension_reason or ''}")
            )
        if r.notify_late:
            a.notified_late += 1
            a.notes.append(AccountNote(r.number, "notified_late", r.notify_late_reason or ""))
        if r.forward_late:
            a.forwarded_late += 1
            a.notes.append(AccountNote(r.number, "forwarded_late", r.forward_late_reason or ""))
        if r.status == "cancelled":
            a.cancelled += 1
            a.notes.append(AccountNote(r.number, "cancellation", r.cancel_reason or ""))
    return sorted(accounts.values(), key=lambda a: (a.inspector_name, a.inspector_id or ""))
