"""A change off the wire is checked before anything is written: shape, entity, fields, kinds
and bounds. A newer model's field is kept (and ignored by the merge); anything else malformed
is refused with a reason, never a KeyError."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from inspector_app.domain.change import Change
from inspector_app.domain.change_check import check_received
from inspector_app.domain.errors import AppError
from inspector_app.domain.model import MODEL_VERSION

DEVICE = "0123456789abcdef"
CHANGE_ID = "5b0f1f8e-3c1a-4d5e-9f00-0a1b2c3d4e5f"
LOSER = "6c1f1f8e-3c1a-4d5e-9f00-0a1b2c3d4e5f"
STAMP = f"1790000000000.00003.{DEVICE}"
BASE = "1789999999999.00000.fedcba9876543210"


def wire() -> dict[str, Any]:
    """A well-formed edit of a person, as a package carries it."""
    return {
        "id": CHANGE_ID,
        "entity": "person",
        "record": "11111111-1111-4111-8111-111111111111",
        "hlc": STAMP,
        "values": {
            "surname": "Қасымов",
            "birth_date": "1975-03-02",
            "phones": ["+77011234567"],
            "deleted": 0,
        },
        "bases": {"surname": BASE, "birth_date": None},
        "author": "a7c1c9a0-0000-4000-8000-000000000001",
        "device": DEVICE,
        "seen": {"surname": [LOSER]},
    }


def check(value: Any, model: int = MODEL_VERSION) -> Change:
    return check_received(value, sender_model_version=model)


def test_a_well_formed_change_is_read() -> None:
    change = check(wire())
    assert change == Change(
        CHANGE_ID,
        "person",
        "11111111-1111-4111-8111-111111111111",
        STAMP,
        wire()["values"],
        {"surname": BASE, "birth_date": None},
        "a7c1c9a0-0000-4000-8000-000000000001",
        DEVICE,
        {"surname": (LOSER,)},
    )


def test_seen_and_author_may_be_absent_or_empty() -> None:
    plain = wire()
    del plain["seen"]
    plain["author"] = None
    change = check(plain)
    assert change.seen == {} and change.author is None


@pytest.mark.parametrize(
    ("entity", "values"),
    [
        ("log_entry", {"at": "2026-10-05T07:30:00Z", "person_ids": [], "summary": "обход"}),
        ("household", {"latitude": 42.87, "longitude": 74, "house": None}),
        ("precinct", {"population": 1200, "settlement_ids": {"a": [1, 2]}}),
        ("user", {"is_admin": 1, "active": 0}),
        ("change_review", {"change_id": CHANGE_ID, "decision": "accept"}),
    ],
)
def test_every_kind_of_field_is_read(entity: str, values: dict[str, Any]) -> None:
    change = wire()
    change.update(entity=entity, values=values, bases={}, seen={})
    assert check(change).values == values


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(change: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = change
        for part in parents:
            target = target[part]
        target[last] = value

    return edit


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda change: change.pop(key)


def _log_entry(**values: Any) -> Callable[[dict[str, Any]], None]:
    def edit(change: dict[str, Any]) -> None:
        change.update(entity="log_entry", values=values, bases={}, seen={})

    return edit


MALFORMED: dict[str, Callable[[dict[str, Any]], None]] = {
    "id missing": _drop("id"),
    "values missing": _drop("values"),
    "an unknown key": _set("extra", 1),
    "id not a UUID": _set("id", "12345"),
    "id in capitals": _set("id", CHANGE_ID.upper()),
    "id a number": _set("id", 5),
    "entity unknown": _set("entity", "spaceship"),
    "entity not text": _set("entity", ["person"]),
    "record empty": _set("record", ""),
    "record too long": _set("record", "x" * 65),
    "record with a control character": _set("record", "abc\x00"),
    "record a number": _set("record", 7),
    "hlc not a stamp": _set("hlc", "yesterday"),
    "hlc with other digits": _set("hlc", f"١٧٩٠٠٠٠٠٠٠٠٠٠.00000.{DEVICE}"),
    "hlc with a sign": _set("hlc", f"+790000000000.00000.{DEVICE}"),
    "hlc of another device": _set("hlc", "1790000000000.00003.fedcba9876543210"),
    "device of another shape": _set("device", "laptop-1"),
    "author too long": _set("author", "u" * 65),
    "author empty": _set("author", ""),
    "values not an object": _set("values", ["surname"]),
    "values empty": _set("values", {}),
    "an unknown field": _set("values.colour", "red"),
    "text too long": _set("values.surname", "я" * 20_001),
    "text a number": _set("values.surname", 5),
    "date of another form": _set("values.birth_date", "02.03.1975"),
    "date that does not exist": _set("values.birth_date", "1975-02-30"),
    "date compact": _set("values.birth_date", "19750302"),
    "json a string": _set("values.phones", "+77011234567"),
    "json too deep": _set("values.phones", [[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]),
    "json too long": _set("values.phones", ["7" * 100_001]),
    "json with NaN": _set("values.phones", [float("nan")]),
    "json with a set": _set("values.phones", [{1, 2}]),
    "deleted 2": _set("values.deleted", 2),
    "deleted true": _set("values.deleted", True),
    "deleted null": _set("values.deleted", None),
    "time without a zone": _log_entry(at="2026-10-05T07:30:00"),
    "time with an offset": _log_entry(at="2026-10-05T07:30:00+06:00"),
    "time at hour 25": _log_entry(at="2026-10-05T25:30:00Z"),
    "ref empty": _log_entry(settlement_id=""),
    "ref a number": _log_entry(settlement_id=3),
    "int a float": lambda c: c.update(entity="precinct", values={"population": 1.5}, bases={}),
    "int a bool": lambda c: c.update(entity="precinct", values={"population": True}, bases={}),
    "int too big": lambda c: c.update(entity="precinct", values={"population": 2**63}, bases={}),
    "real infinite": lambda c: c.update(
        entity="household", values={"latitude": float("inf")}, bases={}
    ),
    "real text": lambda c: c.update(entity="household", values={"latitude": "42.8"}, bases={}),
    "bool 2": lambda c: c.update(entity="user", values={"active": 2}, bases={}),
    "bool true": lambda c: c.update(entity="user", values={"active": True}, bases={}),
    "bases not an object": _set("bases", None),
    "a base for a field not set": _set("bases.name", BASE),
    "a base not a stamp": _set("bases.surname", "earlier"),
    "seen not an object": _set("seen", ["x"]),
    "seen for a field not set": _set("seen.name", [LOSER]),
    "seen not a list": _set("seen.surname", LOSER),
    "seen not change ids": _set("seen.surname", ["loser"]),
    "seen twice": _set("seen.surname", [LOSER, LOSER]),
    "seen too many": _set(
        "seen.surname", [f"{n:08x}-0000-4000-8000-000000000000" for n in range(1001)]
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_change_is_refused_with_a_reason(case: str) -> None:
    change = copy.deepcopy(wire())
    MALFORMED[case](change)
    with pytest.raises(AppError) as caught:
        check(change)
    assert caught.value.code == "change.malformed"
    assert caught.value.params["reason"]


@pytest.mark.parametrize("value", [None, "text", 5, ["list"]])
def test_what_is_not_an_object_is_refused(value: Any) -> None:
    with pytest.raises(AppError) as caught:
        check(value)
    assert caught.value.code == "change.malformed" and caught.value.params["change"] is None


def test_the_refusal_names_the_change() -> None:
    change = wire()
    change["values"]["colour"] = "red"
    with pytest.raises(AppError) as caught:
        check(change)
    assert caught.value.params == {"reason": "values.colour: no such field", "change": CHANGE_ID}


def test_a_newer_models_field_is_kept() -> None:
    change = wire()
    change["values"]["nickname"] = "Ерке"
    change["values"]["eye_colour"] = {"left": "brown"}
    change["bases"]["nickname"] = None
    kept = check(change, MODEL_VERSION + 1)
    assert kept.values["nickname"] == "Ерке" and kept.values["eye_colour"] == {"left": "brown"}


def test_a_newer_models_field_is_still_bounded() -> None:
    change = wire()
    change["values"]["nickname"] = "x" * 100_001
    with pytest.raises(AppError):
        check(change, MODEL_VERSION + 1)


def test_a_newer_model_cannot_bring_an_unknown_entity() -> None:
    change = wire()
    change["entity"] = "drone"
    with pytest.raises(AppError):
        check(change, MODEL_VERSION + 1)
