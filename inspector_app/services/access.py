"""Who saw or exported whose data, and everything stored about one person.

Kazakhstan wants a breach reported within one working day: `access_log` lists, for a period,
every view of a person's page, every export and print of a report that names people, every
dump and person export, each with who did it (admin or chief only). Kyrgyzstan wants a
resident's request answered within a week: `export_person` gives everything stored about one
person. Both are journaled, as is each view of a person's page (`record_view`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError
from inspector_app.services.session import Session
from inspector_app.store.access_queries import access_entries, person_everything, person_name

# journal actions that show or hand out personal data
ACCESS_ACTIONS = (
    "person.view",
    "person.export",
    "report.export",
    "report.print",
    "dump",
    "access.log",
)
MAX_DAYS = 3660


@dataclass(frozen=True)
class AccessLine:
    at: str
    login: str
    action: str
    person: str  # the person's id, or "" when the action concerns many
    name: str  # the person's name as stored now
    detail: dict[str, Any]


def record_view(session: Session, person_id: str, via: str) -> None:
    """Journal that the signed-in user was shown the person's data (`via`: window, cli)."""
    with session.store.transaction():
        session.event("person.view", person=person_id, via=via)


def _stamp(local: datetime) -> str:
    """A moment as the UTC stamp the journal is written in."""
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def access_log(session: Session, first: date, last: date) -> list[AccessLine]:
    """Every access to personal data journaled from `first` to `last` (whole local days)."""
    session.require("access.log")
    if last < first:
        raise AppError("access.period", first=first.isoformat(), last=last.isoformat())
    if (last - first).days > MAX_DAYS:
        raise AppError("access.period_long", days=MAX_DAYS)
    start = _stamp(datetime.combine(first, time()).astimezone())
    end = _stamp(datetime.combine(last + timedelta(days=1), time()).astimezone())
    with session.store.transaction():  # the log itself shows who saw whom: journaled first
        session.event("access.log", first=first.isoformat(), last=last.isoformat())
    lines = []
    for entry in access_entries(session.store, ACCESS_ACTIONS, start, end):
        detail = dict(entry.detail)
        person = str(detail.pop("person", "") or "")
        lines.append(
            AccessLine(
                entry.at,
                entry.login,
                entry.action,
                person,
                person_name(session.store, person) if person else "",
                detail,
            )
        )
    return lines


def export_person(session: Session, person_id: str) -> str:
    """Everything stored about the person as one canonical JSON text; journaled before it is
    given."""
    session.require("person.read")
    found = person_everything(session.store, person_id)
    if found is None:
        raise AppError("person.missing", id=person_id)
    with session.store.transaction():
        session.event("person.export", person=person_id)
    return canonical_json(
        {
            "person": person_id,
            "exported_by": session.user["login"],
            "device": session.device_id,
            **found,
        }
    )
