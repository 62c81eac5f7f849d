"""The beat on the ground: settlements, streets and households (a landmark and coordinates for
the houses without a number), and the precinct passport with its objects."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.text import sort_key
from inspector_app.services.session import Session
from inspector_app.store import territory_queries

MAX_NAME = 200
MAX_TEXT = 2000
# Kinds of objects named in a precinct passport; the GUI gives each its words.
OBJECT_KINDS = (
    "school",
    "kindergarten",
    "medical",
    "shop",
    "cafe",
    "place_of_worship",
    "farm",
    "fuel_station",
    "administration",
    "other",
)
Key = tuple[str, str]


def _text(name: str, value: str | None, maximum: int, *, required: bool = False) -> str | None:
    cleaned = " ".join((value or "").split()) or None
    if required and not cleaned:
        raise AppError("field.required", field=name)
    if cleaned and len(cleaned) > maximum:
        raise AppError("field.too_long", field=name, maximum=maximum)
    return cleaned


@dataclass(frozen=True)
class PrecinctRef:
    id: str
    code: str
    name: str
    inspector_name: str
    inspector_id: str | None = None


def list_precincts(session: Session) -> list[PrecinctRef]:
    session.require("record.read")
    return [
        PrecinctRef(
            p["id"],
            p["code"] or "",
            p["name"] or p["code"] or "",
            p["inspector_name"] or "",
            p["inspector_id"],
        )
        for p in territory_queries.precincts(session.store)
    ]


def _precinct(session: Session, precinct_id: str) -> dict[str, Any]:
    found = territory_queries.precinct(session.store, precinct_id)
    if found is None:
        raise AppError("record.missing", id=precinct_id)
    return found


def _settlement_ids(precinct: dict[str, Any]) -> list[str]:
    return list(json.loads(precinct["settlement_ids"] or "[]"))


# --- settlements and streets ------------------------------------------------------------------


@dataclass(frozen=True)
class SettlementRow:
    id: str
    name: str
    code: str | None
    households: int
    residents: int


@dataclass(frozen=True)
class StreetRow:
    id: str | None  # None: the households known by a landmark only
    name: str
    households: int


def settlements(session: Session, precinct_id: str) -> list[SettlementRow]:
    """The precinct's settlements in alphabetical order, with households and residents."""
    session.require("record.read")
    ids = _settlement_ids(_precinct(session, precinct_id))
    found = territory_queries.territories(session.store, ids)
    figures = territory_queries.settlement_figures(session.store, list(found))
    rows = [
        SettlementRow(sid, found[sid]["name"] or "", found[sid]["code"], *figures[sid])
        for sid in ids
        if sid in found
    ]
    return sorted(rows, key=lambda r: (sort_key(r.name), r.id))


def streets(session: Session, settlement_id: str) -> list[StreetRow]:
    """A settlement's streets in alphabetical order, then (if any) the households without one."""
    session.require("record.read")
    counts = territory_queries.street_households(session.store, settlement_id)
    rows = sorted(
        (
            StreetRow(s["id"], s["name"] or "", counts.get(s["id"], 0))
            for s in territory_queries.children(session.store, settlement_id, "street")
        ),
        key=lambda r: (sort_key(r.name), r.id or ""),
    )
    if counts.get(None):
        rows.append(StreetRow(None, "", counts[None]))
    return rows


def add_settlement(session: Session, precinct_id: str, name: str, code: str | None = None) -> str:
    """A settlement of the precinct's district, added to the precinct passport."""
    session.require("territory.write")
    precinct = _precinct(session, precinct_id)
    values = {
        "kind": "settlement",
        "parent_id": precinct["district_id"],
        "name": _text("name", name, MAX_NAME, required=True),
        "code": _text("code", code, 40),
    }
    with session.store.transaction():
        settlement_id = session.create("territory", values, "territory.add")
        session.update(
            "precinct",
            precinct_id,
            {"settlement_ids": [*_settlement_ids(precinct), settlement_id]},
            "precinct.edit",
        )
    return settlement_id


def add_street(session: Session, settlement_id: str, name: str) -> str:
    session.require("territory.write")
    if not territory_queries.territories(session.store, [settlement_id]):
        raise AppError("record.missing", id=settlement_id)
    values = {
        "kind": "street",
        "parent_id": settlement_id,
        "name": _text("name", name, MAX_NAME, required=True),
        "code": None,
    }
    with session.store.transaction():
        return session.create("territory", values, "territory.add")


# --- households -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    settlement_id: str
    street_id: str | None
    house: str | None
    flat: str | None
    landmark: str | None
    latitude: float | None
    longitude: float | None
    notes: str | None
    residents: int
    key: Key


@dataclass
class HouseholdInput:
    settlement_id: str
    street_id: str | None = None
    house: str | None = None
    flat: str | None = None
    landmark: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


def _household_row(r: dict[str, Any]) -> HouseholdRow:
    return HouseholdRow(
        id=r["id"],
        settlement_id=r["settlement_id"],
        street_id=r["street_id"],
        house=r["house"],
        flat=r["flat"],
        landmark=r["landmark"],
        latitude=r["latitude"],
        longitude=r["longitude"],
        notes=r["notes"],
        residents=int(r.get("residents") or 0),
        key=(r["house_key"], r["id"]),
    )


def list_households(
    session: Session,
    settlement_id: str,
    street_id: str | None,
    after: Key | None = None,
    limit: int = 200,
) -> list[HouseholdRow]:
    """Households of a street (None: of the settlement, without a street) in house order."""
    session.require("record.read")
    rows = territory_queries.households(session.store, settlement_id, street_id, after, limit)
    return [_household_row(r) for r in rows]


def count_households(
    session: Session, settlement_id: str, street_id: str | None, cap: int = 10_000
) -> int:
    """Households of a street (None: of the settlement, without one), up to cap + 1."""
    session.require("record.read")
    return territory_queries.count_households(session.store, settlement_id, street_id, cap)


def get_household(session: Session, household_id: str) -> HouseholdRow:
    session.require("record.read")
    row = territory_queries.household(session.store, household_id)
    if row is None:
        raise AppError("record.missing", id=household_id)
    return _household_row(row)


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    """Both or neither, as decimal degrees on the globe."""
    if (latitude is None) != (longitude is None):
        raise AppError("household.coordinates")
    if latitude is None or longitude is None:
        return
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise AppError("household.coordinates")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise AppError("household.coordinates")


def _household_values(session: Session, data: HouseholdInput) -> dict[str, Any]:
    found = territory_queries.territories(
        session.store, [i for i in (data.settlement_id, data.street_id) if i]
    )
    if data.settlement_id not in found:
        raise AppError("record.missing", id=data.settlement_id)
    if data.street_id is not None and (
        data.street_id not in found or found[data.street_id]["parent_id"] != data.settlement_id
    ):
        raise AppError("record.missing", id=data.street_id)
    house = _text("house", data.house, 20)
    landmark = _text("landmark", data.landmark, MAX_TEXT)
    if not house and not landmark:
        raise AppError("household.address_required")
    check_coordinates(data.latitude, data.longitude)
    return {
        "settlement_id": data.settlement_id,
        "street_id": data.street_id,
        "house": house,
        "flat": _text("flat", data.flat, 20),
        "landmark": landmark,
        "latitude": data.latitude,
        "longitude": data.longitude,
        "notes": _text("notes", data.notes, MAX_TEXT),
    }


def add_household(session: Session, data: HouseholdInput) -> str:
    session.require("territory.write")
    values = _household_values(session, data)
    with session.store.transaction():
        return session.create("household", values, "household.add")


def update_household(session: Session, household_id: str, data: HouseholdInput) -> None:
    session.require("territory.write")
    if territory_queries.household(session.store, household_id) is None:
        raise AppError("record.missing", id=household_id)
    values = _household_values(session, data)
    with session.store.transaction():
        session.update("household", household_id, values, "household.edit")


# --- the precinct passport --------------------------------------------------------------------


@dataclass(frozen=True)
class PrecinctObject:
    id: str
    kind: str
    name: str
    address: str | None
    contact: str | None
    notes: str | None


@dataclass(frozen=True)
class Passport:
    id: str
    code: str
    name: str
    inspector_name: str
    post_address: str | None
    population: int | None  # as the passport states it
    households_count: int | None
    residents: int  # people in the database
    notes: str | None
    settlements: tuple[SettlementRow, ...]
    objects: tuple[PrecinctObject, ...]


def _object_order(item: PrecinctObject) -> tuple[int, str]:
    rank = OBJECT_KINDS.index(item.kind) if item.kind in OBJECT_KINDS else len(OBJECT_KINDS)
    return rank, sort_key(item.name)


def passport(session: Session, precinct_id: str) -> Passport:
    session.require("record.read")
    p = _precinct(session, precinct_id)
    objects = sorted(
        (
            PrecinctObject(
                o["id"],
                o["kind"] or "other",
                o["name"] or "",
                o["address"],
                o["contact"],
                o["notes"],
            )
            for o in territory_queries.precinct_objects(session.store, precinct_id)
        ),
        key=_object_order,
    )
    return Passport(
        id=p["id"],
        code=p["code"] or "",
        name=p["name"] or "",
        inspector_name=p["inspector_name"] or "",
        post_address=p["post_address"],
        population=p["population"],
        households_count=p["households_count"],
        residents=territory_queries.precinct_residents(session.store, precinct_id),
        notes=p["notes"],
        settlements=tuple(settlements(session, precinct_id)),
        objects=tuple(objects),
    )


def update_passport(
    session: Session,
    precinct_id: str,
    *,
    post_address: str | None,
    population: int | None,
    households_count: int | None,
    notes: str | None,
    phone: str | None = None,
    reception_hours: str | None = None,
) -> None:
    """The passport's figures; the point's phone and reception hours when given."""
    session.require("territory.write")
    _precinct(session, precinct_id)
    for name, figure in (("population", population), ("households_count", households_count)):
        if figure is not None and not 0 <= figure <= 10_000_000:
            raise AppError("figure.range", field=name, minimum=0, maximum=10_000_000)
    with session.store.transaction():
        session.update(
            "precinct",
            precinct_id,
            {
                "post_address": _text("post_address", post_address, MAX_TEXT),
                "population": population,
                "households_count": households_count,
                "notes": _text("notes", notes, MAX_TEXT),
                **{
                    name: _text(name, text, MAX_TEXT)
                    for name, text in (("phone", phone), ("reception_hours", reception_hours))
                    if text is not None
                },
            },
            "precinct.edit",
        )


@dataclass
class ObjectInput:
    kind: str
    name: str
    address: str | None = None
    contact: str | None = None
    notes: str | None = None


def _object_values(data: ObjectInput) -> dict[str, Any]:
    if data.kind not in OBJECT_KINDS:
        raise AppError("kind.unknown", kind=data.kind)
    return {
        "kind": data.kind,
        "name": _text("name", data.name, MAX_NAME, required=True),
        "address": _text("address", data.address, MAX_TEXT),
        "contact": _text("contact", data.contact, MAX_NAME),
        "notes": _text("notes", data.notes, MAX_TEXT),
    }


def add_object(session: Session, precinct_id: str, data: ObjectInput) -> str:
    session.require("territory.write")
    _precinct(session, precinct_id)
    values = _object_values(data)
    values["precinct_id"] = precinct_id
    with session.store.transaction():
        return session.create("precinct_object", values, "precinct.object")


def update_object(session: Session, object_id: str, data: ObjectInput) -> None:
    session.require("territory.write")
    current = session.store.get("precinct_object", object_id)
    if current is None or current["deleted"]:
        raise AppError("record.missing", id=object_id)
    with session.store.transaction():
        session.update("precinct_object", object_id, _object_values(data), "precinct.object")


def remove_object(session: Session, object_id: str) -> None:
    session.require("territory.write")
    current = session.store.get("precinct_object", object_id)
    if current is None or current["deleted"]:
        raise AppError("record.missing", id=object_id)
    with session.store.transaction():
        session.update("precinct_object", object_id, {"deleted": 1}, "precinct.object")
