"""Merge is a function of the set of changes: any order, duplicates included, gives the same
records and the same open conflicts, and nothing typed is lost."""

from __future__ import annotations

import json
import random
import secrets
from pathlib import Path

from inspector_app.domain.hlc import Stamp
from inspector_app.store.changes import Change
from inspector_app.store.dump import dump_lines
from inspector_app.store.store import Store
from inspector_app.store.verify import verify
from tests.changes_kit import (
    NOW_MS,
    OTHER,
    PERSON,
    A,
    B,
    C,
    StoreFactory,
    apply_all,
    change,
    change_id,
    full,
    review,
    stamp,
)

CHIEF = "e" * 16
THIRD = "33333333-3333-4333-8333-333333333333"
DAY_MS = 24 * 60 * 60 * 1000


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


def whole_story() -> list[Change]:
    """The story, with a stamp issued twice, a conflict resolved, and changes from a laptop
    whose clock is two days ahead: one accepted by the chief, two superseded."""
    a1, a3, b1 = stamp(1, A), stamp(7, A), stamp(4, B)
    twice = stamp(9, B)  # B restored from a backup issues a stamp again
    ahead = NOW_MS + 2 * DAY_MS
    accepted = change(11, PERSON, str(Stamp(ahead, 0, C)), {"address": "Абая 1"}, {"address": a1})
    wrong = change(13, PERSON, str(Stamp(ahead, 1, C)), {"name": "Подделка"}, {"name": b1})
    ghost = full(surname="Призрак")
    made = change(15, THIRD, str(Stamp(ahead, 2, C)), ghost, dict.fromkeys(ghost))
    return [
        *story(),
        change(8, PERSON, twice, {"workplace": "школа"}, {"workplace": a1}),
        change(9, PERSON, twice, {"workplace": "акимат"}, {"workplace": a1}),
        # the chief keeps A's note, settling B's
        change(
            10,
            PERSON,
            stamp(20, CHIEF),
            {"notes": "заметка А"},
            {"notes": a3},
            seen={"notes": (change_id(4),)},
        ),
        accepted,
        review(12, accepted.change_id, "accept", stamp(21, CHIEF)),
        wrong,
        review(14, wrong.change_id, "superseded", stamp(22, CHIEF)),
        made,
        review(16, made.change_id, "superseded", stamp(23, CHIEF)),
    ]


def _orders(changes: list[Change], rng: random.Random, count: int) -> list[list[list[Change]]]:
    """Ways the changes may come: shuffled one per package with a duplicate thrown in, and
    shuffled all in one package."""
    ways = []
    for _ in range(count):
        shuffled = changes[:]
        rng.shuffle(shuffled)
        ways.append([[one] for one in [*shuffled, shuffled[0]]])
        rng.shuffle(shuffled)
        ways.append([shuffled])
    return ways


def test_any_order_gives_the_same_dump(fresh_store: StoreFactory) -> None:
    changes = story()
    expected = apply_all(fresh_store(), changes)
    for packages in _orders(changes, random.Random(7), 6):
        store = fresh_store()
        for package in packages:
            apply_all(store, package, now_ms=NOW_MS)
        assert list(dump_lines(store)) == expected
        assert verify(store.db).sound  # merged out of order, still what the log says


def test_any_order_of_ties_resolutions_and_reviews_gives_the_same_dump(
    fresh_store: StoreFactory,
) -> None:
    """Equal stamps, a resolution, held changes accepted and superseded: any order, on a
    device with a sane clock (which holds the laptop's changes until the chief decides) and
    on one whose clock is ahead too (which merges them at once, then folds the superseded
    ones out), gives the same records and open conflicts."""
    changes = whole_story()
    expected = apply_all(fresh_store(), changes, now_ms=NOW_MS)
    rng = random.Random(11)
    for now_ms in (NOW_MS, NOW_MS + 3 * DAY_MS):
        for packages in _orders(changes, rng, 5):
            store = fresh_store()
            for package in packages:
                apply_all(store, package, now_ms=now_ms)
            assert list(dump_lines(store)) == expected
            report = verify(store.db)
            assert report.sound, report.problems


def test_what_the_merge_keeps(fresh_store: StoreFactory) -> None:
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
    # nothing typed is lost: the losing note is kept for review, under an id every device
    # gives it (the first 16 hex digits of the SHA-256 of entity, record, field, loser)
    conflicts = [r for r in lines if r["type"] == "conflict"]
    assert conflicts == [
        {
            "type": "conflict",
            "id": "9e04ce2ee9eb8a0b",
            "entity": "person",
            "record_id": PERSON,
            "field": "notes",
            "loser_change": story()[3].change_id,
            "loser_value": "заметка Б",
        }
    ]


def test_what_the_whole_story_keeps(fresh_store: StoreFactory) -> None:
    lines = [json.loads(x) for x in apply_all(fresh_store(), whole_story(), now_ms=NOW_MS)]
    records = {(r["entity"], r["id"]): r for r in lines if r["type"] == "record"}
    person = records[("person", PERSON)]["fields"]
    assert person["address"] == "Абая 1"  # accepted by the chief
    assert person["name"] == "Иван-Б"  # the superseded edit is not applied
    assert person["notes"] == "заметка А" and person["workplace"] == "акимат"
    assert ("person", THIRD) not in records  # made only by a superseded change
    assert sum(1 for entity, _ in records if entity == "change_review") == 3
    conflicts = [(r["field"], r["loser_change"]) for r in lines if r["type"] == "conflict"]
    assert conflicts == [("workplace", change_id(8))]  # the notes conflict is settled


def test_an_edit_made_on_top_of_another_is_no_conflict(fresh_store: StoreFactory) -> None:
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


def test_a_hidden_conflict_is_found(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, story())
    assert verify(store.db).sound
    store.db.conn.execute("DELETE FROM conflict")
    store.db.conn.commit()
    problems = {code for code, _ in verify(store.db).problems}
    assert problems == {"verify.conflict_altered"}


def test_a_duplicate_change_changes_nothing(fresh_store: StoreFactory) -> None:
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
