"""`demo` fills a real database: deterministic, valid, and checked by `verify` like any other."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.ids import validate_id_number
from inspector_app.domain.rules import APPEAL_STATUSES
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.session import Session, open_session
from inspector_app.store.verify import verify
from tests.conftest import PASSWORD, make_db


def _people(session: Session) -> Counter[tuple[str, str, str]]:
    rows = session.store.select("SELECT surname, name, birth_date FROM person")
    return Counter((r["surname"], r["name"], r["birth_date"]) for r in rows)


def test_same_seed_same_people_and_counts(tmp_path: Path) -> None:
    results = []
    for name in ("a.db", "b.db"):
        session = open_session(make_db(tmp_path, name=name), "admin", PASSWORD)
        try:
            counts = fill_demo(session, DemoRequest(people=300, years=2, seed=7))
            results.append((counts, _people(session)))
        finally:
            session.close()
    assert results[0] == results[1]
    assert results[0][0]["person"] == 300
    other = open_session(make_db(tmp_path, name="c.db"), "admin", PASSWORD)
    try:
        fill_demo(other, DemoRequest(people=300, years=2, seed=8))
        assert _people(other) != results[0][1]
    finally:
        other.close()


def test_an_inspectors_demo_uses_the_existing_precinct(session: Session) -> None:
    counts = fill_demo(session, DemoRequest(people=400, years=1, seed=1))
    precincts = session.store.select("SELECT id, code, population FROM precinct")
    assert len(precincts) == 1 and precincts[0]["code"] == "05"
    assert precincts[0]["population"] == 400
    assert (
        session.store.scalar(
            "SELECT count(*) FROM person WHERE precinct_id = ?", [precincts[0]["id"]]
        )
        == 400
    )
    assert session.store.scalar("SELECT count(*) FROM user") == 1
    assert counts["appeal"] > 0 and counts["log_entry"] > 0 and counts["register_entry"] > 0
    numbers = [
        r["id_number"]
        for r in session.store.select("SELECT id_number FROM person WHERE id_number IS NOT NULL")
    ]
    assert len(numbers) > 380 and len(set(numbers)) == len(numbers)
    for number in numbers:
        validate_id_number("KZ", number)
    assert verify(session.store.db).sound
    statuses = {r["status"] for r in session.store.select("SELECT DISTINCT status FROM appeal")}
    # the demo cancels none: the reports' balance of appeals does not count cancellations yet
    assert statuses == set(APPEAL_STATUSES) - {"cancelled"}


def test_demo_goes_only_into_an_empty_database(session: Session) -> None:
    fill_demo(session, DemoRequest(people=50, years=0))
    with pytest.raises(AppError) as refused:
        fill_demo(session, DemoRequest(people=50, years=0))
    assert refused.value.code == "demo.not_empty"


@pytest.mark.parametrize(
    ("role", "request_", "precincts", "inspectors"),
    [
        ("chief", DemoRequest(people=60, years=0, precincts=3), 3, 3),
        ("hq", DemoRequest(people=40, years=0, precincts=2, districts=2), 4, 4),
    ],
)
def test_chief_and_hq_get_precincts_with_inspectors(
    tmp_path: Path, role: str, request_: DemoRequest, precincts: int, inspectors: int
) -> None:
    session = open_session(make_db(tmp_path, role=role), "admin", PASSWORD)
    try:
        counts = fill_demo(session, request_)
        assert counts["precinct"] == precincts
        assert (
            session.store.scalar("SELECT count(*) FROM user WHERE role = 'inspector'") == inspectors
        )
        assert counts["person"] == request_.people * precincts
    finally:
        session.close()


def test_kyrgyz_demo(tmp_path: Path) -> None:
    session = open_session(make_db(tmp_path, country="KG"), "admin", PASSWORD)
    try:
        fill_demo(session, DemoRequest(people=200, years=1))
        for row in session.store.select("SELECT id_number FROM person WHERE id_number IS NOT NULL"):
            assert len(row["id_number"]) == 14
            validate_id_number("KG", row["id_number"])
    finally:
        session.close()


def test_numbers_after_the_demo_are_not_the_demos(tmp_path: Path) -> None:
    """The first appeal and incident typed after `demo` once got a demo record's number."""
    from datetime import UTC, datetime, timedelta

    from inspector_app.services import appeals, incidents

    session = open_session(make_db(tmp_path), "admin", PASSWORD, "en")
    try:
        fill_demo(session, DemoRequest(people=300, years=1, seed=2))
        before = {r["number"] for r in session.store.select("SELECT number FROM appeal")}
        made = appeals.register_appeal(session, summary="Шум", channel="phone", applicant_name="Б.")
        assert made.number not in before
        numbers = sorted(before | {made.number})
        year = str(session.today().year)
        series = sorted(int(n[-6:]) for n in numbers if n.split("-")[-2] == year)
        assert series == list(range(1, len(series) + 1))  # gapless, the new one last
        known = {r["number"] for r in session.store.select("SELECT number FROM incident")}
        _id, number = incidents.add_incident(
            session,
            incidents.IncidentInput(
                occurred_at=datetime.now(UTC) - timedelta(hours=1),
                kind="theft",
                summary="Кража",
                people=[],
            ),
        )
        assert number not in known
    finally:
        session.close()
