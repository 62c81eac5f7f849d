"""A meeting with its questions, a proposal answered, an incident typed per register and a
coded removal from the register travel inspector -> chief -> HQ unchanged, and every
database still verifies (issue 9's records replicate like the others)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from inspector_app.services import partnership, register, worklog
from inspector_app.services.audit import verify
from inspector_app.services.incidents import IncidentInput, add_incident
from tests.sync.network import District


def _records(lines: list[str], entity: str) -> dict[str, dict[str, object]]:
    rows = (json.loads(line) for line in lines)
    return {r["id"]: r for r in rows if r["type"] == "record" and r["entity"] == entity}


def test_partnership_records_reach_the_chief_and_hq(district: District) -> None:
    first, chief, hq = district.first, district.chief, district.hq
    session = first.session
    session.today_override = date.today()
    log_id = worklog.add_log_entry(
        session,
        kind="public_council",
        at=datetime(2026, 3, 2, 6, 0, tzinfo=UTC),
        summary="Заседание общественного совета",
        attendance=11,
        police_speaker="УИП Нұрғалиев Е.",
        questions=["Рейды у магазина"],
    )
    (question,) = partnership.list_proposals(session, log_entry_id=log_id)
    partnership.set_proposal_status(session, question.id, "done", answer="Проведены рейды")
    add_incident(
        session,
        IncidentInput(
            occurred_at=datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
            kind="theft",
            summary="Кража",
            register="erdr",
            external_number="261500031000123",
            outcome="criminal_case",
        ),
    )
    person = first.add_person("Тен")
    entry = register.add_entry(
        session, person, "outstanding_conviction", "Приговор", date(2025, 1, 1)
    )
    register.end_entry(session, entry, date(2026, 3, 1), "other", "передан в ИДН")

    assert chief.take(first.export()).status == "imported"
    assert hq.take(chief.export(hq)).status == "imported"
    for entity in ("log_entry", "proposal", "incident", "register_entry"):
        at_first = _records(first.dump(), entity)
        assert _records(chief.dump(), entity) == at_first == _records(hq.dump(), entity), entity
    assert question.id in _records(hq.dump(), "proposal")
    for node in (first, chief, hq):
        assert verify(node.session).sound
