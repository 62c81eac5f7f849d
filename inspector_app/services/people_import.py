"""`people import`: a list of residents from CSV or XLSX, valid rows in one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.domain.errors import AppError, Caution
from inspector_app.domain.people import duplicate_key
from inspector_app.services.people import find_duplicates, parse_person
from inspector_app.services.session import Session
from inspector_app.services.tabular import read_table
from inspector_app.store import queries


@dataclass
class ImportResult:
    imported: int = 0
    rejected: list[tuple[int, AppError]] = field(default_factory=list)
    cautions: list[tuple[int, Caution]] = field(default_factory=list)


def import_people(session: Session, path: Path, *, all_or_nothing: bool = False) -> ImportResult:
    """Check every row, then write the valid ones at once. A row that duplicates a person in
    the database or an earlier row is rejected: it is reported, never created twice. With
    `all_or_nothing`, any rejected row leaves the database as it was."""
    session.require("people.import")
    rows = read_table(path)
    result = ImportResult()
    precinct = queries.own_precinct(session.store)
    today = session.today()
    valid: list[dict[str, object]] = []
    seen_numbers: dict[str, int] = {}
    seen_keys: dict[str, int] = {}
    for row in rows:
        try:
            if row.problem is not None:
                raise row.problem
            parsed = parse_person(row.values, session.country, today=today)
            number = parsed.values.get("id_number")
            key = duplicate_key(parsed.values)
            earlier = (seen_numbers.get(str(number)) if number else None) or (
                seen_keys.get(key) if key else None
            )
            if earlier:
                raise AppError("import.duplicate_in_file", line=earlier)
            existing = find_duplicates(session, parsed.values)
            if existing:
                raise AppError("person.duplicate", ids=", ".join(existing))
        except AppError as error:
            result.rejected.append((row.line, error))
            continue
        if number:
            seen_numbers[str(number)] = row.line
        if key:
            seen_keys[key] = row.line
        result.cautions.extend((row.line, c) for c in parsed.cautions)
        valid.append(
            {
                "id": str(uuid.uuid4()),
                "precinct_id": precinct["id"] if precinct else None,
                **parsed.values,
            }
        )
    if all_or_nothing and result.rejected:
        return result
    if valid:
        with session.store.bulk_writes(), session.store.transaction():
            result.imported = session.store.bulk_create(
                "person",
                valid,
                author=session.user_id,
                device=session.device_id,
                action="people.import",
            )
            session.event(
                "people.import",
                file=path.name,
                imported=result.imported,
                rejected=len(result.rejected),
            )
    return result
