"""Settlements, streets and households, and the precinct passport."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import territory
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.people import add_person
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db


@pytest.fixture
def demo(tmp_path: Path):
    session = open_session(make_db(tmp_path), "admin", PASSWORD, "en")
    fill_demo(session, DemoRequest(people=200, years=1, seed=6))
    try:
        yield session
    finally:
        session.close()


def test_counts_leave_out_people_merged_or_tombstoned(demo):
    precinct = territory.list_precincts(demo)[0]
    settlement = territory.settlements(demo, precinct.id)[0]
    person = demo.store.select(
        "SELECT id FROM person WHERE settlement_id = ? LIMIT 2", [settlement.id]
    )
    demo.update("person", person[0]["id"], {"deleted": 1}, "test")
    demo.update("person", person[1]["id"], {"merged_into": person[0]["id"]}, "test")
    after = territory.settlements(demo, precinct.id)[0]
    assert after.residents == settlement.residents - 2
    assert territory.passport(demo, precinct.id).residents == 198


def test_households_page_by_house_order(demo):
    precinct = territory.list_precincts(demo)[0]
    settlement = territory.settlements(demo, precinct.id)[0]
    street = next(s for s in territory.streets(demo, settlement.id) if s.id is not None)
    for house in ("2", "10", "2А", "1"):
        territory.add_household(
            demo, territory.HouseholdInput(settlement.id, street.id, house=f"9{house}")
        )
    rows, after = [], None
    while True:
        page = territory.list_households(demo, settlement.id, street.id, after, 3)
        rows += page
        if len(page) < 3:
            break
        after = page[-1].key
    assert (
        len(rows)
        == len({r.id for r in rows})
        == territory.count_households(demo, settlement.id, street.id)
    )
    mine = [r.house for r in rows if r.house and r.house.startswith("9")]
    numbers = [int("".join(ch for ch in h if ch.isdigit())) for h in mine]
    assert numbers == sorted(numbers)
    assert mine.index("92") < mine.index("92А") < mine.index("910")


def test_a_household_needs_a_house_or_a_landmark_and_sane_coordinates(demo):
    precinct = territory.list_precincts(demo)[0]
    settlement = territory.settlements(demo, precinct.id)[0]
    for data, code in (
        (territory.HouseholdInput(settlement.id), "household.address_required"),
        (
            territory.HouseholdInput(settlement.id, landmark="у моста", latitude=43.2),
            "household.coordinates",
        ),
        (
            territory.HouseholdInput(settlement.id, landmark="у моста", latitude=95, longitude=7),
            "household.coordinates",
        ),
        (territory.HouseholdInput(settlement.id, "no-such-street", house="1"), "record.missing"),
    ):
        with pytest.raises(AppError) as refused:
            territory.add_household(demo, data)
        assert refused.value.code == code
    made = territory.add_household(
        demo,
        territory.HouseholdInput(settlement.id, landmark="у моста", latitude=43.2, longitude=76.9),
    )
    streets = territory.streets(demo, settlement.id)
    assert streets[-1].id is None and streets[-1].households >= 1
    assert made in {h.id for h in territory.list_households(demo, settlement.id, None, None, 1000)}


def test_settlements_streets_and_the_passport(demo):
    precinct = territory.list_precincts(demo)[0]
    village = territory.add_settlement(demo, precinct.id, "Жаңаталап", "195243100")
    stored = demo.store.get("precinct", precinct.id)
    assert village in stored["settlement_ids"]
    street = territory.add_street(demo, village, "ул. Абая")
    assert [s.id for s in territory.streets(demo, village)] == [street]
    household = territory.add_household(demo, territory.HouseholdInput(village, street, house="5"))
    add_person(demo, {"surname": "Абаев", "name": "Нұрлан"})
    demo.update(
        "person",
        demo.store.select("SELECT id FROM person WHERE surname = 'Абаев'")[0]["id"],
        {"household_id": household, "settlement_id": village},
        "test",
    )
    row = territory.list_households(demo, village, street)[0]
    assert row.residents == 1
    territory.update_passport(
        demo,
        precinct.id,
        post_address="ул. Абая, 1",
        population=250,
        households_count=60,
        notes=None,
    )
    territory.add_object(demo, precinct.id, territory.ObjectInput("shop", "Магазин «Береке»"))
    territory.add_object(demo, precinct.id, territory.ObjectInput("school", "Школа № 1"))
    passport = territory.passport(demo, precinct.id)
    assert passport.post_address == "ул. Абая, 1" and passport.population == 250
    assert [o.kind for o in passport.objects] == ["school", "shop"]
    assert any(s.id == village for s in passport.settlements)
    with pytest.raises(AppError):
        territory.add_object(demo, precinct.id, territory.ObjectInput("zoo", "x"))
    with pytest.raises(AppError) as refused:
        territory.update_passport(
            demo, precinct.id, post_address=None, population=-1, households_count=None, notes=None
        )
    assert refused.value.code == "figure.range"
