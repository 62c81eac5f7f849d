"""Where the signed-in user works (for the window title) and whose records a chief or HQ can
look at (the inspector filter)."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.domain.text import sort_key
from inspector_app.services.session import Session
from inspector_app.store import queries


@dataclass(frozen=True)
class Workplace:
    full_name: str
    role: str  # the user's role: inspector, assistant, chief, hq
    device_role: str  # the database's role: inspector, chief, hq
    country: str
    precinct_code: str | None
    precinct_name: str | None
    district_code: str | None


@dataclass(frozen=True)
class InspectorLine:
    id: str  # the user id that records carry in inspector_id
    full_name: str
    precinct_code: str | None
    district_code: str | None


def workplace(session: Session) -> Workplace:
    device = session.store.get("device", session.device_id) or {}
    precinct = queries.own_precinct(session.store) if session.device_role == "inspector" else None
    return Workplace(
        full_name=str(session.user["full_name"]),
        role=session.role,
        device_role=session.device_role,
        country=session.country,
        precinct_code=(precinct or {}).get("code") or device.get("precinct_code"),
        precinct_name=(precinct or {}).get("name"),
        district_code=device.get("district_code"),
    )


def list_inspectors(session: Session) -> list[InspectorLine]:
    """The active inspectors this database knows, by name (their devices send them with their
    packages), with the precinct and district each works in when a precinct names them."""
    session.require("person.read")
    devices = {
        str(user["device_id"]): session.store.get("device", str(user["device_id"])) or {}
        for user in queries.users(session.store)
        if user.get("device_id")
    }
    lines = []
    for user in queries.users(session.store):
        if user["role"] != "inspector" or not user["active"]:
            continue
        device = devices.get(str(user.get("device_id")), {})
        lines.append(
            InspectorLine(
                id=str(user["id"]),
                full_name=str(user["full_name"]),
                precinct_code=device.get("precinct_code"),
                district_code=device.get("district_code"),
            )
        )
    return sorted(lines, key=lambda line: (line.district_code or "", sort_key(line.full_name)))
