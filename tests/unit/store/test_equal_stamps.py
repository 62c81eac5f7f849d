"""Two changes with one stamp (a laptop restored from a backup issues a stamp again) are
ordered by change id: every import order gives the same records, and the loser is kept as an
open conflict instead of vanishing."""

from __future__ import annotations

import json

from inspector_app.store.verify import verify
from tests.changes_kit import PERSON, A, B, StoreFactory, apply_all, change, change_id, full, stamp


def _same_stamp_story() -> list:  # type: ignore[type-arg]
    a1, twice = stamp(1, A), stamp(5, B)
    created = full(surname="Иванов", notes="первая")
    return [
        change(1, PERSON, a1, created, dict.fromkeys(created)),
        change(2, PERSON, twice, {"notes": "до восстановления"}, {"notes": a1}),
        change(3, PERSON, twice, {"notes": "после восстановления"}, {"notes": a1}),
    ]


def test_equal_stamps_give_one_dump_whatever_the_order(fresh_store: StoreFactory) -> None:
    first, older, newer = _same_stamp_story()
    one_way = fresh_store()
    for piece in ([first], [older], [newer]):
        apply_all(one_way, piece)
    other_way = fresh_store()
    for piece in ([first], [newer], [older]):
        apply_all(other_way, piece)

    dump = apply_all(one_way, [])
    assert apply_all(other_way, []) == dump
    lines = [json.loads(line) for line in dump]
    (person,) = [r for r in lines if r["type"] == "record"]
    assert person["fields"]["notes"] == "после восстановления"  # the greater change id
    conflicts = [r for r in lines if r["type"] == "conflict"]
    assert [(c["field"], c["loser_change"], c["loser_value"]) for c in conflicts] == [
        ("notes", change_id(2), "до восстановления")
    ]
    assert verify(one_way.db).sound and verify(other_way.db).sound


def test_equal_stamps_in_one_package_too(fresh_store: StoreFactory) -> None:
    story = _same_stamp_story()
    assert apply_all(fresh_store(), story) == apply_all(fresh_store(), story[::-1])
