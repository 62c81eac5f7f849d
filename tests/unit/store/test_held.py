"""A received change stamped more than a day ahead of this device's clock is held: kept, not
merged, not moving the clock, journaled as held, recognised when it comes again; the chief's
review accepts it (merged then, whenever the review comes) or supersedes it (never merged;
folded out again where a device with a clock ahead too had merged it)."""

from __future__ import annotations

import json

from inspector_app.domain.hlc import Stamp
from inspector_app.store.changes import Change
from inspector_app.store.dump import dump_lines
from inspector_app.store.search import search_people
from inspector_app.store.store import Store
from inspector_app.store.verify import verify
from tests.changes_kit import (
    HERE,
    NOW_MS,
    PERSON,
    A,
    C,
    StoreFactory,
    apply_all,
    change,
    change_id,
    full,
    review,
    stamp,
)

DAY_MS = 24 * 60 * 60 * 1000
CHIEF = "e" * 16


def _person(store: Store) -> dict[str, object]:
    record = store.get("person", PERSON)
    assert record is not None
    return record


def _created() -> Change:
    values = full(surname="Иванов", notes="первая")
    return change(1, PERSON, stamp(1, A), values, dict.fromkeys(values))


def _from_2038(n: int = 2, **values: object) -> Change:
    """An edit of the notes from a laptop whose clock says 2038."""
    return change(
        n,
        PERSON,
        str(Stamp(2_145_000_000_000, 0, C)),
        values or {"notes": "из будущего"},
        {"notes": stamp(1, A)},
    )


def _journal_actions(store: Store) -> list[tuple[str, dict[str, object]]]:
    return [
        (r["action"], json.loads(r["detail"]))
        for r in store.select("SELECT action, detail FROM journal ORDER BY seq")
    ]


def test_a_change_far_ahead_is_held_not_merged(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, [_created()], now_ms=NOW_MS)
    before = list(dump_lines(store))
    clock = store.tick(HERE)
    future = _from_2038()

    with store.transaction():
        result = store.apply([future], user_id=None, device=HERE, action="t", now_ms=NOW_MS)

    assert result.held == [future] and not result.applied
    assert list(dump_lines(store)) == before
    assert _person(store)["notes"] == "первая"
    assert store.scalar("SELECT count(*) FROM change WHERE change_id = ?", [future.change_id]) == 0
    assert store.scalar("SELECT hlc FROM held_change") == future.hlc
    assert store.tick(HERE).wall_ms < clock.wall_ms + DAY_MS  # the clock did not jump to 2038
    action, detail = _journal_actions(store)[-1]
    assert action == "change.held" and detail["held"] == future.change_id
    assert "change" not in detail
    assert verify(store.db).sound


def test_a_held_change_that_comes_again_is_a_duplicate(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, [_created(), _from_2038()], now_ms=NOW_MS)
    with store.transaction():
        again = store.apply([_from_2038()], user_id=None, device=HERE, action="t", now_ms=NOW_MS)
    assert again.duplicates == 1 and not again.held and not again.applied
    assert store.scalar("SELECT count(*) FROM held_change") == 1


def test_a_day_ahead_is_not_yet_held(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, [_created()], now_ms=NOW_MS)
    edit = change(2, PERSON, str(Stamp(NOW_MS + DAY_MS, 0, C)), {"notes": "завтра"}, {})
    with store.transaction():
        result = store.apply([edit], user_id=None, device=HERE, action="t", now_ms=NOW_MS)
    assert result.applied == [edit] and _person(store)["notes"] == "завтра"


def test_this_devices_own_changes_are_never_held(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    own = change(1, PERSON, str(Stamp(NOW_MS + 9 * DAY_MS, 0, HERE)), full(surname="Сам"), {})
    apply_all(store, [own], now_ms=NOW_MS)
    assert _person(store)["surname"] == "Сам"


def test_accepted_after_it_was_held_it_is_merged_and_moves_the_clock(
    fresh_store: StoreFactory,
) -> None:
    store = fresh_store()
    future = _from_2038()
    apply_all(store, [_created(), future], now_ms=NOW_MS)

    with store.transaction():
        result = store.apply(
            [review(3, future.change_id, "accept", stamp(9, CHIEF))],
            user_id=None,
            device=HERE,
            action="t",
            now_ms=NOW_MS,
        )

    assert [c.change_id for c in result.applied] == [change_id(3), future.change_id]
    assert _person(store)["notes"] == "из будущего"
    assert store.scalar("SELECT count(*) FROM held_change") == 0
    assert store.tick(HERE) > Stamp.parse(future.hlc)
    assert verify(store.db).sound


def test_accepted_before_it_arrives_it_is_merged_on_arrival(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    future = _from_2038()
    apply_all(store, [_created(), review(3, future.change_id, "accept", stamp(9, CHIEF))])
    with store.transaction():
        result = store.apply([future], user_id=None, device=HERE, action="t", now_ms=NOW_MS)
    assert result.applied == [future] and not result.held
    assert _person(store)["notes"] == "из будущего"


def test_superseded_it_is_never_merged_in_any_order(fresh_store: StoreFactory) -> None:
    future = _from_2038()
    decision = review(3, future.change_id, "superseded", stamp(9, CHIEF))
    dumps = set()
    for order in ([future, decision], [decision, future]):
        for now_ms in (NOW_MS, 2_145_000_000_000):  # a sane clock; one as far ahead
            store = fresh_store()
            apply_all(store, [_created()], now_ms=now_ms)
            for one in order:
                apply_all(store, [one], now_ms=now_ms)
            assert _person(store)["notes"] == "первая"
            assert store.scalar("SELECT count(*) FROM conflict") == 0
            assert verify(store.db).sound
            dumps.add(tuple(dump_lines(store)))
    assert len(dumps) == 1


def test_a_record_made_only_by_a_superseded_change_goes(fresh_store: StoreFactory) -> None:
    """A device whose clock was ahead too merged the change that made the record: when the
    chief supersedes it, the record is folded from nothing and removed, index included."""
    store = fresh_store()
    values = full(surname="Призраков")
    made = change(1, PERSON, str(Stamp(2_145_000_000_000, 0, C)), values, {})
    apply_all(store, [made], now_ms=2_145_000_000_000)
    assert [hit.id for hit in search_people(store.db, "Призраков")] == [PERSON]
    apply_all(store, [review(2, made.change_id, "superseded", stamp(9, CHIEF))])
    assert store.get("person", PERSON) is None
    assert search_people(store.db, "Призраков") == []
    assert verify(store.db).sound


def test_a_held_change_altered_is_found(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, [_created(), _from_2038()], now_ms=NOW_MS)
    store.db.conn.execute('UPDATE held_change SET values_json = \'{"notes":"подлог"}\'')
    store.db.conn.commit()
    assert {code for code, _ in verify(store.db).problems} == {"verify.change_altered"}


def test_a_held_change_removed_is_found(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, [_created(), _from_2038()], now_ms=NOW_MS)
    store.db.conn.execute("DELETE FROM held_change")
    store.db.conn.commit()
    assert {code for code, _ in verify(store.db).problems} == {"verify.change_missing"}


def test_held_by_default_against_the_wall_clock(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    apply_all(store, [_created()])
    with store.transaction():
        result = store.apply([_from_2038()], user_id=None, device=HERE, action="t")
    assert result.held and not result.applied
