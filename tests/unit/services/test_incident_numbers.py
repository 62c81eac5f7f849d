"""Incidents name the external register their number is in (КУИ/ЕРДР in Kazakhstan, КУП/ЕРПП
in Kyrgyzstan), in the form reference data gives it, and their outcome (issue 9)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.incidents import (
    IncidentInput,
    add_incident,
    get_incident,
    update_incident,
)
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db

WHEN = datetime(2026, 11, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def on_day(session: Session) -> Session:
    session.today_override = date(2026, 11, 20)
    return session


def _note(**extra: object) -> IncidentInput:
    return IncidentInput(occurred_at=WHEN, kind="theft", summary="Кража велосипеда", **extra)  # type: ignore[arg-type]


def test_a_number_needs_its_register_and_its_form(on_day: Session) -> None:
    with pytest.raises(AppError) as free:
        add_incident(on_day, _note(external_number="КУИ 2026-000123"))
    assert free.value.code == "incident.number_without_register"
    with pytest.raises(AppError) as wrong:
        add_incident(on_day, _note(register="erdr", external_number="12345"))
    assert wrong.value.code == "incident.number_format"
    assert wrong.value.params["example"] == "261500031000123"
    with pytest.raises(AppError) as unknown:
        add_incident(on_day, _note(register="erpp", external_number="261500031000123"))
    assert unknown.value.code == "incident.register_unknown"  # a Kyrgyz register in Kazakhstan
    with pytest.raises(AppError) as no_number:
        add_incident(on_day, _note(register="kui"))
    assert no_number.value.code == "field.required"
    incident_id, _ = add_incident(
        on_day,
        _note(register="erdr", external_number="26 1500 031 000123", outcome="criminal_case"),
    )
    row = get_incident(on_day, incident_id)
    assert (row.register, row.external_number, row.outcome) == (
        "erdr",
        "261500031000123",
        "criminal_case",
    )


def test_the_outcome_comes_from_reference_data(on_day: Session) -> None:
    with pytest.raises(AppError) as bad:
        add_incident(on_day, _note(outcome="solved_somehow"))
    assert bad.value.code == "incident.outcome_unknown"
    incident_id, _ = add_incident(on_day, _note(register="kui", external_number="1234"))
    update_incident(
        on_day, incident_id, _note(register="kui", external_number="1234", outcome="no_offence")
    )
    assert get_incident(on_day, incident_id).outcome == "no_offence"


def test_kyrgyz_incidents_are_in_the_kup_or_the_erpp(tmp_path: Path) -> None:
    kg = open_session(make_db(tmp_path, country="KG", name="kg.db"), "admin", PASSWORD, "en")
    kg.today_override = date(2026, 11, 20)
    try:
        with pytest.raises(AppError) as kazakh:
            add_incident(kg, _note(register="kui", external_number="1234"))
        assert kazakh.value.code == "incident.register_unknown"
        first, _ = add_incident(kg, _note(register="kup", external_number="77"))
        second, _ = add_incident(kg, _note(register="erpp", external_number="260100120000123"))
        assert [get_incident(kg, i).register for i in (first, second)] == ["kup", "erpp"]
    finally:
        kg.close()


def test_a_number_kept_as_free_text_may_stay_while_the_note_is_edited(on_day: Session) -> None:
    incident_id, _ = add_incident(on_day, _note())
    with on_day.store.transaction():  # a note written before registers were typed
        on_day.update("incident", incident_id, {"external_number": "КУИ 2025-000017"}, "test")
    update_incident(on_day, incident_id, _note(external_number="КУИ 2025-000017", outcome="joined"))
    row = get_incident(on_day, incident_id)
    assert (row.external_number, row.register, row.outcome) == ("КУИ 2025-000017", None, "joined")
    with pytest.raises(AppError) as changed:
        update_incident(on_day, incident_id, _note(external_number="КУИ 2025-000018"))
    assert changed.value.code == "incident.number_without_register"
