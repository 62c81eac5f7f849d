"""`person-card`: one person's register card, with the checks and the history around them."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import local_day
from inspector_app.domain.rules import next_check_due
from inspector_app.reports.model import CheckLine, EntryCard, HistoryLine, PersonCard
from inspector_app.services.reports.context import Context
from inspector_app.store import report_lookups as lookups


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _risk_name(ctx: Context, category: str, code: str | None) -> str:
    if not code:
        return ""
    for spec in ctx.session.refdata.categories:
        if spec.code == category:
            for level in spec.risk_levels:
                if level.code == code:
                    return level.names.get(ctx.lang) or level.names.get("ru") or code
    return code


def build(ctx: Context) -> PersonCard:
    person_id = ctx.request.person
    if not person_id:
        raise AppError("report.person_required")
    store = ctx.session.store
    person = lookups.person(store, person_id)
    if person is None:
        raise AppError("person.missing", id=person_id)
    checks: dict[str, list[CheckLine]] = defaultdict(list)
    for c in lookups.register_checks(store, person_id):
        checks[c["entry_id"]].append(
            CheckLine(date.fromisoformat(c["checked_on"]), c["method"] or "", c["result"] or "")
        )
    entries = []
    for e in lookups.register_entries(store, person_id):
        start = date.fromisoformat(e["start_date"])
        end = _day(e["end_date"])
        done = [c.on for c in checks[e["id"]] if start <= c.on <= ctx.as_of]
        interval = ctx.intervals.get(e["category"])
        running = start <= ctx.as_of and (end is None or end > ctx.as_of)
        entries.append(
            EntryCard(
                category=ctx.name("categories", e["category"]),
                basis=e["basis"] or "",
                start=start,
                planned_end=_day(e["planned_end"]),
                end=end,
                end_reason=ctx.session.refdata.removal_words(
                    e["end_reason"], e["end_note"], ctx.lang
                ),
                risk_level=_risk_name(ctx, e["category"], e["risk_level"]),
                next_due=next_check_due(start, max(done, default=None), interval)
                if running
                else None,
                checks=tuple(checks[e["id"]]),
            )
        )
    window = ctx.window if ctx.period else None
    work = lookups.work_with_person(
        store, person_id, window.start_utc if window else None, window.end_utc if window else None
    )
    incidents = lookups.incidents_of_person(store, person_id)
    appeals = lookups.appeals_of_person(store, person_id)
    country = ctx.country
    return PersonCard(
        header=ctx.header("person-card"),
        surname=person["surname"] or "",
        name=person["name"] or "",
        patronymic=person["patronymic"] or "",
        birth_date=_day(person["birth_date"]),
        sex=person["sex"] or "",
        id_number=person["id_number"] or "",
        phones=tuple(json.loads(person["phones"] or "[]")),
        address=person["address"] or "",
        workplace=person["workplace"] or "",
        notes=person["notes"] or "",
        entries=tuple(entries),
        work=tuple(
            HistoryLine(
                local_day(w["at"], country), ctx.name("log_kinds", w["kind"]), w["summary"] or ""
            )
            for w in work
        ),
        incidents=tuple(
            HistoryLine(
                local_day(i["occurred_at"], country),
                f"{ctx.name('incident_kinds', i['kind'])}:"
                f" {ctx.name('incident_roles', i['role'] or '')}",
                i["number"] or "",
            )
            for i in incidents
        ),
        appeals=tuple(
            HistoryLine(
                local_day(a["received_at"], country),
                a["status"] or "",
                f"{a['number'] or ''} {a['summary'] or ''}".strip(),
            )
            for a in appeals
        ),
    )
