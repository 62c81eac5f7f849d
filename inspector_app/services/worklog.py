"""The log of preventive work: rounds, talks, receptions, meetings, raids."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from inspector_app.domain.dates import age_on
from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import is_future, utc_text
from inspector_app.domain.partnership import MEETING_KINDS, QUESTION_KINDS
from inspector_app.domain.people import full_name
from inspector_app.domain.rules import check_talk_companion
from inspector_app.services import partnership
from inspector_app.services._dated_lists import dated_count, dated_page, inspector_names
from inspector_app.services.register import CHECK_KIND, checks_from_log_entry
from inspector_app.services.session import Session
from inspector_app.store import queries, work_queries

MAX_TEXT = 4000


def add_log_entry(
    session: Session,
    *,
    kind: str,
    at: datetime,
    summary: str,
    person_ids: list[str] | None = None,
    companion: str | None = None,
    place: str | None = None,
    outcome: str | None = None,
    follow_up: str | None = None,
    attendance: int | None = None,
    police_speaker: str | None = None,
    questions: Sequence[str] = (),
) -> str:
    """A new entry; a talk with a minor is refused unless the parent, guardian or teacher
    present is named (KZ law 245-VIII, art. 50). A meeting, report to residents or council
    session records how many attended and who spoke for the police; each question raised there
    (or at a reception) becomes a tracked proposal (services.partnership)."""
    session.require("record.write")
    if kind not in {k.code for k in session.refdata.log_kinds}:
        raise AppError("kind.unknown", kind=kind)
    at = session.aware(at)
    if is_future(at, session.now()):
        raise AppError("log.in_future")
    gathering = _gathering(kind, attendance, police_speaker, questions)
    people = list(dict.fromkeys(person_ids or []))
    births = queries.birth_dates(session.store, people)
    missing = [p for p in people if p not in births]
    if missing:
        raise AppError("person.missing", id=missing[0])
    check_talk_companion(
        kind,
        [datetime.fromisoformat(b).date() if b else None for b in births.values()],
        companion,
        session.local_date(at),
    )
    text = " ".join(summary.split())
    if not text:
        raise AppError("field.required", field="summary")
    if len(text) > MAX_TEXT:
        raise AppError("field.too_long", field="summary", maximum=MAX_TEXT)
    values: dict[str, Any] = {
        "kind": kind,
        "at": utc_text(at),
        "place": place,
        "person_ids": people,
        "companion": (companion or "").strip() or None,
        "summary": text,
        "outcome": outcome,
        "follow_up": follow_up,
        "inspector_id": session.user_id,
        **gathering,
    }
    with session.store.transaction():
        log_id = session.create("log_entry", values, "log.add")
        if kind == CHECK_KIND:  # the check of each person on the register, typed once
            checks_from_log_entry(session, log_id, people, session.local_date(at), text)
        for proposal in partnership.question_rows(session, questions, log_id, at):
            session.create("proposal", proposal, "proposal.add")
        return log_id


MAX_ATTENDANCE = 100_000


def _gathering(
    kind: str, attendance: int | None, speaker: str | None, questions: Sequence[str]
) -> dict[str, Any]:
    """Attendance and speaker, for the kinds that gather residents only; questions also at a
    reception."""
    speaker = " ".join((speaker or "").split()) or None
    if (attendance is not None or speaker) and kind not in MEETING_KINDS:
        raise AppError("log.attendance_only_meetings")
    if questions and kind not in QUESTION_KINDS:
        raise AppError("log.attendance_only_meetings")
    if attendance is not None and not 0 <= attendance <= MAX_ATTENDANCE:
        raise AppError("figure.range", field="attendance", minimum=0, maximum=MAX_ATTENDANCE)
    if speaker and len(speaker) > 300:
        raise AppError("field.too_long", field="police_speaker", maximum=300)
    return {"attendance": attendance, "police_speaker": speaker}


# --- reading the log --------------------------------------------------------------------------

ADULT_AGE = 18
COUNT_CAP = 10_000  # lists count their rows up to this many
Key = tuple[str, str]


def parse_utc(text: str) -> datetime:
    """A stored UTC timestamp as an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class PersonRef:
    id: str
    full_name: str
    birth_date: str | None


def person_refs(session: Session, ids: Sequence[str]) -> dict[str, PersonRef]:
    """Names of these people; one not found shows as "?" (a record from a newer package)."""
    found = work_queries.people_by_id(session.store, ids)
    return {
        pid: PersonRef(
            pid,
            full_name(found[pid]) if pid in found else "?",
            found.get(pid, {}).get("birth_date"),
        )
        for pid in ids
    }


@dataclass(frozen=True)
class LogFilter:
    start: date | None = None  # local days, inclusive
    end: date | None = None
    kind: str | None = None
    inspector_id: str | None = None


@dataclass(frozen=True)
class LogRow:
    id: str
    kind: str
    at: datetime
    place: str | None
    people: tuple[PersonRef, ...]
    companion: str | None
    summary: str
    outcome: str | None
    follow_up: date | None
    inspector_id: str | None
    inspector_name: str
    key: Key
    cancel_reason: str | None = None  # a cancelled entry stays in the log, marked


def _log_rows(session: Session, rows: list[dict[str, Any]]) -> list[LogRow]:
    people_ids = [pid for r in rows for pid in json.loads(r["person_ids"] or "[]")]
    refs = person_refs(session, list(dict.fromkeys(people_ids)))
    users = inspector_names(session, rows)
    return [
        LogRow(
            id=r["id"],
            kind=r["kind"] or "",
            at=parse_utc(r["at"]),
            place=r["place"],
            people=tuple(refs[pid] for pid in json.loads(r["person_ids"] or "[]")),
            companion=r["companion"],
            summary=r["summary"] or "",
            outcome=r["outcome"],
            follow_up=date.fromisoformat(r["follow_up"]) if r["follow_up"] else None,
            inspector_id=r["inspector_id"],
            inspector_name=users.get(r["inspector_id"] or "", ""),
            key=(r["at"], r["id"]),
            cancel_reason=r.get("cancel_reason"),
        )
        for r in rows
        if r["at"]
    ]


def list_log_entries(
    session: Session, flt: LogFilter, after: Key | None = None, limit: int = 200
) -> list[LogRow]:
    """Entries matching the filter, newest first, `limit` at a time after the key `after`."""
    rows = dated_page(session, flt, work_queries.log_entries, after, limit)
    return _log_rows(session, rows)


def count_log_entries(session: Session, flt: LogFilter, cap: int = COUNT_CAP) -> int:
    """How many entries match, up to cap + 1 (more is said as "more than the cap")."""
    return dated_count(session, flt, work_queries.count_log_entries, cap)


def minors_among(session: Session, person_ids: Sequence[str], on: date) -> list[PersonRef]:
    """The people under 18 on `on` (those without a birth date are not assumed minors)."""
    refs = person_refs(session, list(dict.fromkeys(person_ids)))
    return [
        ref
        for ref in refs.values()
        if ref.birth_date and age_on(date.fromisoformat(ref.birth_date), on) < ADULT_AGE
    ]


def companion_required(session: Session, kind: str, person_ids: Sequence[str], on: date) -> bool:
    """True when a talk with these people needs a parent, guardian or teacher named."""
    return kind == "talk" and bool(minors_among(session, person_ids, on))
