"""A received change moves this device's clock past its stamp, so a local edit made after an
import always wins over what was imported, even from a laptop whose clock runs ahead."""

from __future__ import annotations

import time

from inspector_app.domain.hlc import Stamp
from tests.changes_kit import HERE, PERSON, A, StoreFactory, apply_all, change, full


def test_a_local_edit_after_an_import_from_a_clock_ahead_wins(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    ahead = str(Stamp(int(time.time() * 1000) + 60_000, 0, A))  # that laptop runs 60 s ahead
    created = full(surname="Иванов", notes="с ноутбука")
    apply_all(store, [change(1, PERSON, ahead, created, dict.fromkeys(created))])

    with store.transaction():
        store.update("person", PERSON, {"notes": "здесь"}, author=None, device=HERE, action="t")

    record = store.get("person", PERSON)
    assert record is not None and record["notes"] == "здесь"
    assert record["version"] > ahead and record["origin"] == HERE


def test_applying_moves_the_clock_past_the_newest_stamp(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    far = Stamp(int(time.time() * 1000) + 3_600_000, 7, A)  # an hour ahead: not held
    created = full(surname="Петров")
    apply_all(store, [change(1, PERSON, str(far), created, dict.fromkeys(created))])
    with store.transaction():
        assert store.tick(HERE) > Stamp(far.wall_ms, far.counter, HERE)
