"""Merge is a function of the set of changes: any order, duplicates included, gives the same
records and the same open conflicts, and nothing typed is lost."""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from inspector_app.domain.hlc import Stamp
from inspector_app.store.changes import Change
from inspector_app.store.dump import dump_lines
from inspector_app.store.store import Store
from inspector_app.store.verify import verify

A, B = "a" * 16, "b" * 16
PERSON = "11111111-1111-4111-8111-111111111111"
OTHER = "22222222-2222-4222-8222-222222222222"


def stamp(wall: int, device: str, counter: int = 0) -> str:
    return str(Stamp(1_790_000_000_000 + wall, counter, device))


def change(
    n: int, record: str, hlc: str, values: dict[str, object], bases: dict[str, str | None]
) -> Change:
    device = hlc.rsplit(".", 1)[1]
    return Change(
        f"00000000-0000-4000-8000-{n:012d}",
        "person",
        record,
        hlc,
        values,
        bases,
        "user-" + device[0],
        device,
    )


def full(**values: object) -> dict[str, object]:
    base: dict[str, object] = dict.fromkeys(
        (
            "surname",
            "name",
            "patronymic",
            "birth_date",
            "sex",
            "id_number",
            "phones",
            "address",
            "household_id",
            "settlement_id",
            "workplace",
            "notes",
            "precinct_id",
            "merged_into",
        )
    )
    base.update(values)
    base["deleted"] = 0
    return base


def story() -> list[Change]:
    a1, a2, a3 = stamp(1, A), stamp(5, A), stamp(7, A)
    b1, b2, b3 = stamp(4, B), stamp(6, B), stamp(2, B)
    created = full(surname="Иванов", name="Иван", notes="первая запись", phones=["+77011234567"])
    nobody = dict.fromkeys(created)
    return [
        change(1, PERSON, a1, created, nobody),
        # B edits the name, A the surname: different fields of one record merge
        change(2, PERSON, b1, {"name": "Иван-Б"}, {"name": a1}),
        change(3, PERSON, a2, {"surname": "Иванов-А"}, {"surname": a1}),
        # both edit the notes from the same base: a conflict, the higher stamp wins
        change(4, PERSON, b2, {"notes": "заметка Б"}, {"notes": a1}),
        change(5, PERSON, a3, {"notes": "заметка А"}, {"notes": a1}),
        # another record created on B and deleted there
        change(6, OTHER, b3, full(surname="Петров"), dict.fromkeys(created)),
        change(7, OTHER, stamp(8, B), {"deleted": 1}, {"deleted": b3}),
    ]


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    stores: list[Store] = []

    def make() -> Store:
        store = Store.open(tmp_path / f"{len(stores)}.db", secrets.token_bytes(32), create=True)
        stores.append(store)
        return store

    yield make  # type: ignore[misc]
    for store in stores:
        store.close()


def apply_all(store: Store, changes: Sequence[Change]) -> list[str]:
    with store.transaction():
        store.apply(changes, user_id=None, device="cccccccccccccccc", action="test")
    return list(dump_lines(store))


def test_any_order_gives_the_same_dump(fresh_store) -> None:  # type: ignore[no-untyped-def]
    changes = story()
    expected = apply_all(fresh_store(), changes)
    rng = random.Random(7)
    for _ in range(12):
        shuffled = changes[:]
        rng.shuffle(shuffled)
        # one at a time, as separate packages would bring them, with a duplicate thrown in
        store = fresh_store()
        for one in [*shuffled, shuffled[0]]:
            apply_all(store, [one])
        assert list(dump_lines(store)) == expected
        assert verify(store.db).sound  # merged out of order, still what the log says


def test_what_the_merge_keeps(fresh_store) -> None:  # type: ignore[no-untyped-def]
    lines = [json.loads(line) for line in apply_all(fresh_store(), story())]
    records = {(r["entity"], r["id"]): r for r in lines if r["type"] == "record"}
    person = records[("person", PERSON)]
    assert person["fields"]["surname"] == "Иванов-А"
    assert person["fields"]["name"] == "Иван-Б"
    assert person["fields"]["notes"] == "заметка А"  # the higher stamp
    assert person["fields"]["phones"] == ["+77011234567"]
    assert person["created_by"] == "user-a" and person["updated_by"] == "user-a"
    assert person["version"] == stamp(7, A)
    other = records[("person", OTHER)]
    assert other["deleted"] is True and other["fields"]["surname"] == "Петров"
    # nothing typed is lost: the losing note is kept for review
    conflicts = [r for r in lines if r["type"] == "conflict"]
    assert conflicts == [
        {
            "type": "conflict",
            "entity": "person",
            "record_id": PERSON,
            "field": "notes",
            "loser_change": story()[3].change_id,
            "loser_value": "заметка Б",
        }
    ]


def test_an_edit_made_on_top_of_another_is_no_conflict(fresh_store) -> None:  # type: ignore[no-untyped-def]
    first = story()[0]
    a1 = first.hlc
    b1 = stamp(4, B)
    edits = [
        first,
        change(2, PERSON, b1, {"notes": "Б"}, {"notes": a1}),
        change(3, PERSON, stamp(5, A), {"notes": "А после Б"}, {"notes": b1}),
    ]
    for order in (edits, [edits[0], edits[2], edits[1]], edits[::-1]):
        lines = apply_all(fresh_store(), order)
        assert not [line for line in lines if '"type":"conflict"' in line]
        assert any('"notes":"А после Б"' in line for line in lines)


def test_a_hidden_conflict_is_found(fresh_store) -> None:  # type: ignore[no-untyped-def]
    store = fresh_store()
    apply_all(store, story())
    assert verify(store.db).sound
    store.db.conn.execute("DELETE FROM conflict")
    store.db.conn.commit()
    problems = {code for code, _ in verify(store.db).problems}
    assert problems == {"verify.conflict_altered"}


def test_a_duplicate_change_changes_nothing(fresh_store) -> None:  # type: ignore[no-untyped-def]
    store = fresh_store()
    first = apply_all(store, story())
    with store.transaction():
        result = store.apply(story(), user_id=None, device="cccccccccccccccc", action="test")
    assert result.duplicates == len(story()) and not result.applied
    assert list(dump_lines(store)) == first


def test_more_rows_in_one_bulk_write_than_a_millisecond_holds(tmp_path: Path) -> None:
    """Rows entered "now" take the device clock, which rolls into the next millisecond when
    its counter is full; rows with a past moment get distinct stamps at that moment."""
    store = Store.open(tmp_path / "bulk.db", secrets.token_bytes(32), create=True)
    try:
        count = 100_010
        rows = [{"id": f"p{n:06d}", "surname": "Иванов"} for n in range(count)]
        past = [
            {"id": f"q{n:06d}", "surname": "Петров", "created_at": "2025-01-02T03:04:05Z"}
            for n in range(count)
        ]
        with store.transaction():
            store.bulk_create("person", rows, author=None, device=A, action="test")
            store.bulk_create("person", past, author=None, device=A, action="test")
        stamps = [r["version"] for r in store.select("SELECT version FROM person")]
        assert len(set(stamps)) == 2 * count
        assert all(len(s.split(".")[1]) == 5 for s in stamps)
        dates = {
            r["created_at"]
            for r in store.select("SELECT created_at FROM person WHERE id LIKE 'q%'")
        }
        assert dates <= {"2025-01-02T03:04:05Z", "2025-01-02T03:04:06Z"}
    finally:
        store.close()
