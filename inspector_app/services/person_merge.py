"""One person entered twice (on two laptops offline, or by two people): merged into one.

The duplicate is never deleted: it gets `merged_into` (a replicated change, so every device
and HQ agree), its fields fill the gaps of the kept person, and every record naming it (register
entries and checks, appeals, incidents, log entries) is changed to name the kept person. So
nothing typed is lost, and the history shows both."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.domain.errors import AppError
from inspector_app.domain.model import ENTITIES
from inspector_app.services.session import Session
from inspector_app.store import person_links

# fields of the duplicate that fill the kept person's empty ones
_FILLED = tuple(
    name
    for name in ENTITIES["person"].field_names
    if name not in ("merged_into", "precinct_id", "household_id")
)


@dataclass(frozen=True)
class MergeResult:
    kept: str
    merged: str
    filled: tuple[str, ...]  # fields of the kept person filled from the duplicate
    references: int  # records changed to name the kept person


def merge_people(session: Session, keep_id: str, duplicate_id: str) -> MergeResult:
    session.require("person.merge")
    if keep_id == duplicate_id:
        raise AppError("merge.same")
    store = session.store
    with store.transaction():
        keep, duplicate = store.get("person", keep_id), store.get("person", duplicate_id)
        for record, person_id in ((keep, keep_id), (duplicate, duplicate_id)):
            if record is None or record["deleted"]:
                raise AppError("person.missing", id=person_id)
            if record["merged_into"]:
                raise AppError("merge.already", id=person_id, into=record["merged_into"])
        assert keep is not None and duplicate is not None
        filled = {
            name: duplicate[name]
            for name in _FILLED
            if keep[name] in (None, "", []) and duplicate[name] not in (None, "", [])
        }
        if filled:
            session.update("person", keep_id, filled, "person.merge")
        moved = 0
        for entity, record_id, field, value in person_links.references(store, duplicate_id):
            new: object = keep_id
            if isinstance(value, list):
                new = list(dict.fromkeys(keep_id if v == duplicate_id else v for v in value))
            session.update(entity, record_id, {field: new}, "person.merge")
            moved += 1
        session.update("person", duplicate_id, {"merged_into": keep_id}, "person.merge")
        session.event("person.merge", kept=keep_id, merged=duplicate_id, references=moved)
    return MergeResult(keep_id, duplicate_id, tuple(sorted(filled)), moved)
