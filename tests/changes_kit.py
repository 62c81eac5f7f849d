"""Builders for tests of the change log and merge: stamps, changes and fresh stores."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from inspector_app.domain.hlc import Stamp
from inspector_app.store.changes import Change
from inspector_app.store.dump import dump_lines
from inspector_app.store.store import Store

A, B, C = "a" * 16, "b" * 16, "c" * 16
HERE = "d" * 16  # the device the tests' stores are
PERSON = "11111111-1111-4111-8111-111111111111"
OTHER = "22222222-2222-4222-8222-222222222222"
EPOCH_MS = 1_790_000_000_000  # 2026-09-21: the wall time of wall=0 in `stamp`
NOW_MS = EPOCH_MS + 3_600_000  # "now" for the stores of these tests: an hour later
PERSON_FIELDS = (
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


def stamp(wall: int, device: str, counter: int = 0) -> str:
    return str(Stamp(EPOCH_MS + wall, counter, device))


def change_id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def change(
    n: int,
    record: str,
    hlc: str,
    values: Mapping[str, Any],
    bases: Mapping[str, str | None],
    **extra: Any,
) -> Change:
    """Change number n of a person, made on the device its stamp names."""
    device = hlc.rsplit(".", 1)[1]
    entity = extra.pop("entity", "person")
    return Change(
        change_id(n),
        entity,
        record,
        hlc,
        dict(values),
        dict(bases),
        "user-" + device[0],
        device,
        **extra,
    )


def full(**values: Any) -> dict[str, Any]:
    """Every field of a new person: those given, the others empty."""
    base: dict[str, Any] = dict.fromkeys(PERSON_FIELDS)
    base.update(values)
    base["deleted"] = 0
    return base


StoreFactory = Callable[[], Store]


def store_factory(folder: Path) -> Iterator[StoreFactory]:
    stores: list[Store] = []

    def make() -> Store:
        store = Store.open(folder / f"{len(stores)}.db", secrets.token_bytes(32), create=True)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


def apply_all(store: Store, changes: Sequence[Change], **options: Any) -> list[str]:
    """Apply the changes as received from other devices, in one transaction; returns the dump."""
    with store.transaction():
        store.apply(changes, user_id=None, device=HERE, action="test", **options)
    return list(dump_lines(store))


def review(n: int, target: str, decision: str, hlc: str) -> Change:
    """The chief's decision on a held change, as the change that records it."""
    values = {"change_id": target, "decision": decision, "note": None, "deleted": 0}
    return change(n, target, hlc, values, dict.fromkeys(values), entity="change_review")
