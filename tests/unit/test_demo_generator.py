"""The demo generator: deterministic, shaped exactly like the model, and believable."""

from __future__ import annotations

import json
import random
import re
import uuid
from collections import Counter, defaultdict
from datetime import date
from itertools import pairwise
from typing import Any

import phonenumbers
import pytest

from inspector_app.domain.ids import validate_id_number
from inspector_app.domain.model import ENTITIES
from inspector_app.domain.refdata import ReferenceData
from inspector_app.domain.rules import (
    APPEAL_STATUSES,
    appeal_deadline,
    check_talk_companion,
    check_transition,
    next_check_due,
    pick_rule,
)
from inspector_app.resources import resource_path
from inspector_app.services.demo.generator import (
    BATCH_SIZE,
    ENTITY_ORDER,
    DemoSpec,
    _Generator,
    feminine,
    generate,
    russian_patronymic,
)

TODAY = date(2026, 11, 20)
Rows = dict[str, list[dict[str, Any]]]


def make_spec(country: str, people: int = 800, seed: int = 7, **extra: Any) -> DemoSpec:
    """A spec built the way the application builds it: from the country's reference data."""
    with resource_path("refdata", f"{country}.json").open(encoding="utf-8") as f:
        ref = ReferenceData.from_json(json.load(f))
    calendar = ref.calendar()

    def deadline(received: date) -> date:
        return appeal_deadline(received, pick_rule(ref.appeal_rules, received), calendar)

    values: dict[str, Any] = {
        "country": country,
        "people": people,
        "years": 3,
        "seed": seed,
        "today": TODAY,
        "categories": [(c.code, c.check_interval_days, c.duration_days) for c in ref.categories],
        "log_kinds": [k.code for k in ref.log_kinds],
        "incident_kinds": [k.code for k in ref.incident_kinds],
        "channels": [k.code for k in ref.appeal_channels],
        "appeal_deadline": deadline,
        "number_prefix": "07-03",
    }
    values.update(extra)
    return DemoSpec(**values)


def collect(spec: DemoSpec) -> Rows:
    rows: Rows = defaultdict(list)
    for name, batch in generate(spec):
        rows[name].extend(batch)
    return rows


@pytest.fixture(scope="module", params=["KZ", "KG"])
def country_rows(request: pytest.FixtureRequest) -> tuple[str, Rows]:
    return request.param, collect(make_spec(request.param))


def test_same_seed_same_rows_other_seed_other_rows() -> None:
    first = list(generate(make_spec("KZ", people=200)))
    again = list(generate(make_spec("KZ", people=200)))
    other = list(generate(make_spec("KZ", people=200, seed=8)))
    assert first == again
    assert first != other


def test_ids_are_the_seeded_uuid4() -> None:
    gen = _Generator(make_spec("KZ"))
    replay = random.Random()
    replay.setstate(gen.rng.getstate())
    for _ in range(50):
        assert gen.uuid() == str(uuid.UUID(int=replay.getrandbits(128), version=4))


def test_rows_have_exactly_the_model_fields(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    assert set(rows) == set(ENTITY_ORDER)
    for name, entity_rows in rows.items():
        expected = {"id", "created_at", *ENTITIES[name].field_names}
        for row in entity_rows:
            assert set(row) == expected, name


def test_values_have_the_kind_of_their_field(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    day = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    moment = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    for name, entity_rows in rows.items():
        for row in entity_rows:
            assert moment.match(row["created_at"])
            for f in ENTITIES[name].fields:
                value = row[f.name]
                if value is None:
                    continue
                if f.kind == "date":
                    assert day.match(value), (name, f.name, value)
                elif f.kind == "time":
                    assert moment.match(value), (name, f.name, value)
                elif f.kind == "bool":
                    assert value in (0, 1)
                elif f.kind == "json":
                    assert isinstance(value, list | dict)
                elif f.kind == "int":
                    assert isinstance(value, int)
                elif f.kind == "real":
                    assert isinstance(value, float)
                else:
                    assert isinstance(value, str), (name, f.name, value)


def test_ids_are_unique_uuids(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    ids = [row["id"] for entity_rows in rows.values() for row in entity_rows]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_references_point_at_generated_rows(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    ids = {name: {row["id"] for row in entity_rows} for name, entity_rows in rows.items()}
    for name, entity_rows in rows.items():
        refs = [f for f in ENTITIES[name].fields if f.kind == "ref" and f.ref != "device"]
        for row in entity_rows:
            for f in refs:
                assert f.ref is not None
                if row[f.name] is not None:
                    assert row[f.name] in ids[f.ref], (name, f.name)
    for entry in rows["log_entry"]:
        assert set(entry["person_ids"]) <= ids["person"]
    for precinct in rows["precinct"]:
        assert set(precinct["settlement_ids"]) <= ids["territory"]
    # every person is where the household is
    households = {h["id"]: h for h in rows["household"]}
    for person in rows["person"]:
        assert households[person["household_id"]]["settlement_id"] == person["settlement_id"]


def test_nothing_is_entered_or_happens_after_today(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    latest = f"{TODAY.isoformat()}T23:59:59Z"
    for name, entity_rows in rows.items():
        times = [f.name for f in ENTITIES[name].fields if f.kind == "time"]
        for row in entity_rows:
            assert row["created_at"] <= latest
            for t in times:
                assert row[t] is None or row[t] <= row["created_at"]
                assert row[t] is None or row[t] <= latest
    for person in rows["person"]:
        assert person["birth_date"] <= TODAY.isoformat()
        assert person["birth_date"] <= person["created_at"][:10]


def test_id_numbers_validate_and_are_unique(country_rows: tuple[str, Rows]) -> None:
    country, rows = country_rows
    numbers = [p["id_number"] for p in rows["person"] if p["id_number"]]
    assert len(numbers) >= 0.96 * len(rows["person"])
    assert len(numbers) == len(set(numbers))
    for person in rows["person"]:
        if person["id_number"]:
            check = validate_id_number(
                country,
                person["id_number"],
                date.fromisoformat(person["birth_date"]),
                person["sex"],
                today=TODAY,
            )
            assert check.cautions == ()


def test_phones_are_valid_e164_of_the_country(country_rows: tuple[str, Rows]) -> None:
    country, rows = country_rows
    with_phone = 0
    for person in rows["person"]:
        for phone in person["phones"]:
            number = phonenumbers.parse(phone, None)
            assert phonenumbers.is_valid_number(number), phone
            assert phonenumbers.region_code_for_number(number) == country
            assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone
        with_phone += bool(person["phones"])
    adults = sum(1 for p in rows["person"] if p["birth_date"] < "2008-11-20")
    assert 0.5 * adults < with_phone < 0.9 * adults


def test_names_are_written_as_in_the_country(country_rows: tuple[str, Rows]) -> None:
    country, rows = country_rows
    people = rows["person"]
    names = " ".join(f"{p['surname']} {p['name']} {p['patronymic'] or ''}" for p in people)
    if country == "KZ":
        assert re.search("[әғқңөұүһі]", names)
        assert "ұлы" in names and "қызы" in names  # Kazakh patronymics
        assert re.search(r"\w+ович\b", names)  # and the Russian style of older papers
    else:
        assert re.search("[ңөү]", names)
        assert any(p["surname"].endswith((" уулу", " кызы")) for p in people)
        assert any((p["patronymic"] or "").endswith((" уулу", " кызы")) for p in people)
    # family members share the surname, in its gendered form
    by_household: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in people:
        if not p["surname"].endswith((" уулу", " кызы")):
            by_household[p["household_id"]].append(p)
    for members in by_household.values():
        men = {p["surname"] for p in members if p["sex"] == "M"}
        assert len(men) <= 1
        for man in men:
            assert all(p["surname"] in (man, feminine(man)) for p in members)


def test_households_and_ages_look_like_a_village(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    sizes = Counter(p["household_id"] for p in rows["person"])
    assert max(sizes.values()) <= 8
    assert 3.0 <= len(rows["person"]) / len(rows["household"]) <= 4.0
    years = [int(p["birth_date"][:4]) for p in rows["person"]]
    children = sum(1 for y in years if y > 2008)
    assert 0.15 * len(years) < children < 0.5 * len(years)
    assert sum(1 for y in years if 1950 <= y <= 2015) > 0.65 * len(years)
    assert any(h["landmark"] and not h["house"] for h in rows["household"])
    assert any(h["latitude"] is not None for h in rows["household"])
    kinds = Counter(t["kind"] for t in rows["territory"])
    assert set(kinds) == {"region", "district", "rural_district", "settlement", "street"}
    assert kinds["region"] == 1


def test_register_checks_follow_entries_and_some_are_overdue(
    country_rows: tuple[str, Rows],
) -> None:
    _, rows = country_rows
    entries = {e["id"]: e for e in rows["register_entry"]}
    adults = sum(1 for p in rows["person"] if p["birth_date"] < "2008-11-20")
    assert 0.015 * adults < len(entries) < 0.05 * adults
    ended = sum(1 for e in entries.values() if e["end_date"])
    assert 0.1 < ended / len(entries) < 0.9
    assert all(e["end_reason"] for e in entries.values() if e["end_date"])
    last: dict[str, str] = {}
    for c in rows["register_check"]:
        entry = entries[c["entry_id"]]
        assert c["person_id"] == entry["person_id"]
        assert entry["start_date"] <= c["checked_on"] <= (entry["end_date"] or TODAY.isoformat())
        last[entry["id"]] = max(last.get(entry["id"], ""), c["checked_on"])
    intervals = {c[0]: c[1] for k in ("KZ", "KG") for c in make_spec(k).categories}
    overdue = 0
    for e in entries.values():
        due = next_check_due(
            date.fromisoformat(e["start_date"]),
            date.fromisoformat(last[e["id"]]) if e["id"] in last else None,
            intervals[e["category"]],
        )
        overdue += e["end_date"] is None and due is not None and due < TODAY
    assert overdue > 0


def test_log_covers_every_kind_and_talks_with_minors_have_company(
    country_rows: tuple[str, Rows],
) -> None:
    _, rows = country_rows
    log = rows["log_entry"]
    assert {e["kind"] for e in log} == set(make_spec("KZ").log_kinds)
    per_year = len(log) / 3 / len(rows["person"]) * 1000
    assert 200 < per_year < 400
    born = {p["id"]: date.fromisoformat(p["birth_date"]) for p in rows["person"]}
    minors = 0
    for e in log:
        on = date.fromisoformat(e["at"][:10])
        ages = [born[p] for p in e["person_ids"]]
        check_talk_companion(e["kind"], ages, e["companion"], on)  # raises when missing
        minors += e["companion"] is not None
    assert minors > 0


def test_appeals_in_every_status_with_their_history(country_rows: tuple[str, Rows]) -> None:
    _, rows = country_rows
    appeals = rows["appeal"]
    assert {a["status"] for a in appeals} == set(APPEAL_STATUSES) - {"cancelled"}
    assert 0.03 * 3 * len(rows["person"]) < len(appeals) < 0.05 * 3 * len(rows["person"])
    numbers = [a["number"] for a in appeals]
    assert len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(r"07-03-\d{4}-\d{6}", n) for n in numbers)
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in rows["appeal_event"]:
        events[e["appeal_id"]].append(e)
    late = 0
    for a in appeals:
        steps = sorted(events[a["id"]], key=lambda e: e["at"])
        assert steps[0]["kind"] == "registered"
        assert steps[0]["at"] == a["received_at"]
        for old, new in pairwise(steps):
            check_transition(old["kind"], new["kind"])
        assert steps[-1]["kind"] == a["status"]
        assert a["deadline"] > a["received_at"][:10]
        if a["status"] == "decided":
            assert a["decided_on"] and a["decision"]
            late += a["decided_on"] > (a["extended_to"] or a["deadline"])
        if a["extended_to"]:  # decided by the head before the deadline, and who it was
            assert a["extended_on"] <= a["extended_from"] == a["deadline"]
            assert a["extension_authorised_by"]
        if a["status"] == "cancelled":
            assert a["cancel_reason"] and a["cancelled_on"]
        if a["status"] == "forwarded":
            assert a["forwarded_to"] and a["forwarded_on"]
        if a["extended_to"]:
            assert a["extended_to"] > a["deadline"]
            received = date.fromisoformat(a["received_at"][:10])
            assert (date.fromisoformat(a["extended_to"]) - received).days <= 30
            assert any(s["kind"] == "extended" for s in steps)
    decided = sum(1 for a in appeals if a["status"] == "decided")
    assert 0 < late < 0.2 * decided


def test_incidents_have_people_and_numbers(country_rows: tuple[str, Rows]) -> None:
    country, rows = country_rows
    incidents = rows["incident"]
    assert 0.015 * 3 * len(rows["person"]) < len(incidents) < 0.035 * 3 * len(rows["person"])
    assert {i["kind"] for i in incidents} <= set(make_spec(country).incident_kinds)
    numbered = [i for i in incidents if i["external_number"]]
    assert numbered and all(i["register"] for i in numbered)
    registers = ReferenceData.from_json(
        json.loads(resource_path("refdata", f"{country}.json").read_text("utf-8"))
    )
    assert {i["register"] for i in numbered} == {r.code for r in registers.incident_registers}
    for i in numbered:  # each number in the form its register has
        assert registers.incident_register(i["register"]).accepts(i["external_number"]), i
    outcomes = {k.code for k in registers.incident_outcomes}
    assert {i["outcome"] for i in incidents} - {None} <= outcomes
    roles = Counter(p["role"] for p in rows["incident_person"])
    assert set(roles) <= {"victim", "suspect", "witness", "applicant", "other"}
    assert roles["victim"] and roles["suspect"]


def test_chief_gets_three_precincts_with_their_inspectors() -> None:
    rows = collect(make_spec("KG", people=150, precincts=3))
    precincts = rows["precinct"]
    users = rows["user"]
    assert len(precincts) == 3
    assert len(users) == 3
    assert {u["role"] for u in users} == {"inspector"}
    assert len({u["login"] for u in users}) == 3
    assert all(u["rank"].endswith("милиции") for u in users)
    assert {p["inspector_id"] for p in precincts} == {u["id"] for u in users}
    people = Counter(p["precinct_id"] for p in rows["person"])
    households = Counter(h["id"] for h in rows["household"])
    assert {p["id"]: p["population"] for p in precincts} == dict(people)
    assert sum(p["households_count"] for p in precincts) == len(households)
    prefixes = {a["number"].rsplit("-", 2)[0] for a in rows["appeal"]}
    assert len(prefixes) == 3  # each precinct numbers its own appeals


def test_hq_districts_and_batches() -> None:
    spec = make_spec("KZ", people=100, precincts=2, districts=2)
    seen: list[str] = []
    for name, batch in generate(spec):
        assert 0 < len(batch) <= BATCH_SIZE
        if name not in seen:
            seen.append(name)
    assert seen == [n for n in ENTITY_ORDER if n in seen]
    rows = collect(spec)
    assert len(rows["precinct"]) == 4
    assert Counter(t["kind"] for t in rows["territory"])["district"] == 2


def test_without_reference_lists_defaults_are_used() -> None:
    rows = collect(DemoSpec(country="KZ", people=300, years=2, seed=3, today=TODAY))
    assert not rows.get("register_entry")
    assert {a["deadline"] for a in rows["appeal"]}
    assert {e["kind"] for e in rows["log_entry"]} >= {"round", "talk", "reception"}


def test_gendered_surnames_and_patronymics() -> None:
    assert feminine("Иванов") == "Иванова"
    assert feminine("Нұрғалиев") == "Нұрғалиева"
    assert feminine("Белый") == "Белая"
    assert feminine("Толстой") == "Толстая"
    assert feminine("Высоцкий") == "Высоцкая"
    assert feminine("Ковальчук") == "Ковальчук"
    assert feminine("Цой") == "Цой"
    assert russian_patronymic("Илья", True) == "Ильич"
    assert russian_patronymic("Илья", False) == "Ильинична"
    assert russian_patronymic("Никита", False) == "Никитична"
    assert russian_patronymic("Нұрлан", True) == "Нурланович"
    assert russian_patronymic("Асан", False) == "Асановна"
    assert russian_patronymic("Мұса", True) == "Мусаевич"
    assert russian_patronymic("Сүйүнбай", True) == "Суйунбаевич"
