"""A change from a device with a newer model may carry fields this model does not know: the
change is stored as it came (and relayed so), and the merge and verify ignore those fields."""

from __future__ import annotations

import json

from inspector_app.store.verify import verify
from tests.changes_kit import PERSON, A, B, StoreFactory, apply_all, change, full, stamp


def test_fields_of_a_newer_model_are_kept_in_the_log_and_not_merged(
    fresh_store: StoreFactory,
) -> None:
    store = fresh_store()
    values = {**full(surname="Иванов"), "nickname": "Ваня"}
    created = change(1, PERSON, stamp(1, A), values, {})
    only_new = change(2, PERSON, stamp(2, B), {"eye_colour": "карие"}, {})
    dump = apply_all(store, [created, only_new])

    (record,) = [json.loads(line) for line in dump]
    assert record["fields"]["surname"] == "Иванов" and "nickname" not in record["fields"]
    assert record["version"] == stamp(1, A)  # an edit of unknown fields only changes nothing
    logged = [json.loads(r["values_json"]) for r in store.select("SELECT values_json FROM change")]
    assert logged == [values, {"eye_colour": "карие"}]
    assert verify(store.db).sound


def test_a_newer_models_change_alone_makes_no_record(fresh_store: StoreFactory) -> None:
    store = fresh_store()
    assert apply_all(store, [change(1, PERSON, stamp(1, A), {"eye_colour": "карие"}, {})]) == []
    assert verify(store.db).sound
