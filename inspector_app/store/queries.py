"""Lookups the services need, named for what they answer."""

from __future__ import annotations

import json
from typing import Any

from inspector_app.store import held, search
from inspector_app.store.changes import Change
from inspector_app.store.store import Store
from inspector_app.store.verify import Report, verify
from inspector_app.store.verify_signatures import users_before_signing as _before_signing


def live_people_with_id_number(store: Store, number: str) -> list[str]:
    return [
        r["id"]
        for r in store.select(
            "SELECT id FROM person WHERE id_number = ? AND deleted = 0 AND merged_into IS NULL",
            [number],
        )
    ]


def live_people_with_duplicate_key(store: Store, key: str) -> list[str]:
    return [
        r["id"]
        for r in store.select(
            "SELECT id FROM person WHERE dup_key = ? AND deleted = 0 AND merged_into IS NULL", [key]
        )
    ]


def active_user(store: Store, login: str) -> dict[str, Any] | None:
    rows = store.select(
        "SELECT * FROM user WHERE login = ? AND deleted = 0 AND active = 1", [login]
    )
    return rows[0] if rows else None


def user_by_login(store: Store, login: str) -> dict[str, Any] | None:
    rows = store.select("SELECT * FROM user WHERE login = ? AND deleted = 0", [login])
    return rows[0] if rows else None


def users(store: Store) -> list[dict[str, Any]]:
    return store.select("SELECT * FROM user WHERE deleted = 0 ORDER BY login")


def device_users(store: Store, device_id: str) -> list[dict[str, Any]]:
    """The users who sign in on `device_id` (the district's roster has no device)."""
    return store.select(
        "SELECT * FROM user WHERE device_id = ? AND deleted = 0 ORDER BY login", [device_id]
    )


def device_anchors(store: Store, device_id: str) -> tuple[str | None, str | None]:
    """The device's anchor keys: its first admin's and its recovery key's public halves."""
    rows = store.select(
        "SELECT admin_public_key, recovery_public_key FROM device WHERE id = ?", [device_id]
    )
    return (rows[0]["admin_public_key"], rows[0]["recovery_public_key"]) if rows else (None, None)


def reference_document(store: Store, country: str) -> dict[str, Any] | None:
    """The country's reference data as its newest `reference` record holds it."""
    rows = store.select(
        "SELECT data FROM reference WHERE kind = 'refdata' AND country = ? AND deleted = 0"
        " ORDER BY version DESC LIMIT 1",
        [country],
    )
    if not rows:
        return None
    document: dict[str, Any] = json.loads(rows[0]["data"])
    return document


def own_precinct(store: Store) -> dict[str, Any] | None:
    rows = store.select("SELECT * FROM precinct WHERE deleted = 0 ORDER BY created_version LIMIT 1")
    return rows[0] if rows else None


def last_check(store: Store, entry_id: str) -> str | None:
    """The date of the newest home check of a register entry."""
    found = store.scalar(
        "SELECT max(checked_on) FROM register_check WHERE entry_id = ? AND deleted = 0", [entry_id]
    )
    return str(found) if found else None


def birth_dates(store: Store, person_ids: list[str]) -> dict[str, str | None]:
    rows = store.select(
        "SELECT id, birth_date FROM person WHERE deleted = 0 AND id IN"
        " (SELECT value FROM json_each(?))",
        [json.dumps(person_ids)],
    )
    return {r["id"]: r["birth_date"] for r in rows}


def open_register_entries(store: Store, person_id: str, day: str) -> list[dict[str, Any]]:
    """The person's register entries running on `day` (started, not ended before it)."""
    return store.select(
        "SELECT id FROM register_entry WHERE person_id = ? AND deleted = 0"
        " AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date, id",
        [person_id, day, day],
    )


def checks_of_log_entry(store: Store, log_id: str) -> list[str]:
    """The register checks a work log entry recorded."""
    rows = store.select(
        "SELECT id FROM register_check WHERE log_entry_id = ? AND deleted = 0 ORDER BY id",
        [log_id],
    )
    return [str(r["id"]) for r in rows]


def highest_numbers(store: Store, entity: str, head: str) -> list[dict[str, Any]]:
    """Per two-digit year, the highest sequence of numbers `head` + YY-NNNNN of an entity
    (incidents, notices); `entity` is a model name, never user input."""
    start = len(head)
    return store.select(
        f"SELECT substr(number, ?, 2) AS yy, max(CAST(substr(number, ?) AS INTEGER)) AS n"
        f" FROM {entity} WHERE substr(number, 1, ?) = ? AND length(number) = ?"
        " GROUP BY yy",
        [start + 1, start + 4, start, head, start + 8],
    )


# --- the store's own modules, for services (which never reach the connection) --------------
def held_rows(store: Store, *, undecided_only: bool) -> list[held.HeldRow]:
    return held.held_rows(store.db, undecided_only=undecided_only)


def held_change(store: Store, change_id: str) -> Change | None:
    return held.held_change(store.db, change_id)


def search_people(store: Store, text: str, limit: int = 50) -> list[search.PersonHit]:
    return search.search_people(store.db, text, limit)


def verify_store(store: Store) -> Report:
    return verify(store.db)


def users_before_signing(store: Store) -> dict[str, dict[str, Any]] | None:
    return _before_signing(store.db)
