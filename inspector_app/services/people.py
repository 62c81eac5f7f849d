"""People of the beat: add, change, show, search, and duplicates found before a second is made."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from inspector_app.domain.dates import parse_date, parse_sex
from inspector_app.domain.errors import AppError, Caution
from inspector_app.domain.ids import validate_id_number
from inspector_app.domain.model import ENTITIES
from inspector_app.domain.people import duplicate_key, full_name
from inspector_app.domain.phones import parse_phones
from inspector_app.domain.text import invisible_characters
from inspector_app.services.session import Session
from inspector_app.store import queries

# Fields a person may set by text (CLI `person set`, imports, forms).
TEXT_FIELDS = (
    "surname",
    "name",
    "patronymic",
    "birth_date",
    "sex",
    "id_number",
    "phone",
    "phones",
    "address",
    "workplace",
    "notes",
)
MAX_TEXT = 2000
# Fields that make the duplicate key: an invisible character in them would hide a duplicate.
NAME_FIELDS = ("surname", "name", "patronymic")


@dataclass
class PersonInput:
    """A person's fields checked and normalised, with the cautions that let the user go on."""

    values: dict[str, Any]
    cautions: list[Caution] = field(default_factory=list)


def _clean_text(name: str, text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_TEXT:
        raise AppError("field.too_long", field=name, maximum=MAX_TEXT)
    # one way to write each letter: a "й" typed as и plus a combining breve is the same "й"
    cleaned = unicodedata.normalize("NFC", cleaned)
    if name in NAME_FIELDS:
        hidden = invisible_characters(cleaned)
        if hidden:
            raise AppError("person.invisible_characters", field=name, characters=", ".join(hidden))
    return cleaned or None


def parse_person(
    raw: Mapping[str, str | None], country: str, *, today: date, partial: bool = False
) -> PersonInput:
    """Check typed or imported text. `partial` is for `person set`: only the given fields."""
    unknown = set(raw) - set(TEXT_FIELDS)
    if unknown:
        raise AppError(
            "person.unknown_field", field=sorted(unknown)[0], known=", ".join(TEXT_FIELDS)
        )
    values: dict[str, Any] = {}
    cautions: list[Caution] = []
    for name in ("surname", "name", "patronymic", "address", "workplace", "notes"):
        if name in raw:
            values[name] = _clean_text(name, raw[name])
    if (not partial or "surname" in raw) and not values.get("surname"):
        raise AppError("person.surname_required")
    birth: date | None = None
    if raw.get("birth_date"):
        birth = parse_date(str(raw["birth_date"]))
        if birth > today or birth.year < 1900:
            raise AppError("person.birth_date_range", value=raw["birth_date"])
        values["birth_date"] = birth.isoformat()
    elif "birth_date" in raw:
        values["birth_date"] = None
    sex = parse_sex(str(raw["sex"])) if raw.get("sex") else None
    if "sex" in raw:
        values["sex"] = sex
    if raw.get("id_number"):
        check = validate_id_number(country, str(raw["id_number"]), birth, sex)
        values["id_number"] = check.number
        cautions.extend(check.cautions)
        # the number fills what the user left empty
        if birth is None and check.birth_date and "birth_date" not in raw and not partial:
            values["birth_date"] = check.birth_date.isoformat()
        if sex is None and check.sex and "sex" not in raw and not partial:
            values["sex"] = check.sex
    elif "id_number" in raw:
        values["id_number"] = None
    phone_text = raw.get("phones") if "phones" in raw else raw.get("phone")
    if "phones" in raw or "phone" in raw:
        values["phones"] = parse_phones(phone_text or "", country) if phone_text else []
    return PersonInput(values, cautions)


def find_duplicates(
    session: Session, values: Mapping[str, Any], exclude: str | None = None
) -> list[str]:
    """Ids of live people with the same ID number, or the same folded name and birth date."""
    found: list[str] = []
    if values.get("id_number"):
        found += queries.live_people_with_id_number(session.store, values["id_number"])
    key = duplicate_key(values)
    if key:
        found += queries.live_people_with_duplicate_key(session.store, key)
    return [pid for pid in dict.fromkeys(found) if pid != exclude]


def add_person(
    session: Session, raw: Mapping[str, str | None], *, force: bool = False
) -> tuple[str, list[Caution]]:
    """Create a person; a likely duplicate is refused unless `force` says it is someone else."""
    session.require("person.write")
    parsed = parse_person(raw, session.country, today=session.today())
    with session.store.transaction():
        duplicates = find_duplicates(session, parsed.values)
        if duplicates and not force:
            raise AppError("person.duplicate", ids=", ".join(duplicates))
        person_id = session.create("person", parsed.values, "person.add")
    return person_id, parsed.cautions


def set_person(
    session: Session, person_id: str, raw: Mapping[str, str | None]
) -> tuple[dict[str, Any], list[Caution]]:
    """Change some fields; returns the old values of what changed."""
    session.require("person.write")
    current = _live_person(session, person_id)
    merged_raw = dict(raw)
    # the ID number is checked against the birth date and sex the person will have
    if "id_number" in raw:
        merged_raw.setdefault("birth_date", current.get("birth_date"))
        merged_raw.setdefault("sex", current.get("sex"))
    parsed = parse_person(merged_raw, session.country, today=session.today(), partial=True)
    values = {
        k: v for k, v in parsed.values.items() if k in raw or (k == "phones" and "phone" in raw)
    }
    with session.store.transaction():
        if values.get("id_number"):
            others = find_duplicates(session, {"id_number": values["id_number"]}, exclude=person_id)
            if others:
                raise AppError("person.duplicate", ids=", ".join(others))
        old = session.update("person", person_id, values, "person.set")
    return old, parsed.cautions


def _live_person(session: Session, person_id: str) -> dict[str, Any]:
    person = session.store.get("person", person_id)
    if person is None or person["deleted"]:
        raise AppError("person.missing", id=person_id)
    return person


def show_person(session: Session, person_id: str) -> dict[str, Any]:
    """The person's fields and bookkeeping, as the `person show` JSON gives them."""
    session.require("person.read")
    person = _live_person(session, person_id)
    shown = {name: person[name] for name in ENTITIES["person"].field_names}
    shown.update(
        {
            k: person[k]
            for k in (
                "id",
                "version",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
                "deleted",
            )
        }
    )
    shown["full_name"] = full_name(person)
    return shown


@dataclass(frozen=True)
class SearchHit:
    id: str
    full_name: str
    id_number: str | None
    birth_date: str | None


def search_people(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    session.require("search")
    return [
        SearchHit(h.id, full_name(h.__dict__), h.id_number, h.birth_date)
        for h in queries.search_people(session.store, text, limit)
    ]
