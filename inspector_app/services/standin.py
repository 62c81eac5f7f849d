"""Stand-ins: the chief lets an inspector's laptop keep a colleague's precinct for a period.

The stand-in is a replicated record: sent down with the next package, the laptop receives the
colleague's precinct, and every device (the chief's, HQ) accepts the laptop's changes to that
precinct made within the period and sets aside those made outside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector_app.domain.dates import parse_date
from inspector_app.domain.errors import AppError
from inspector_app.services.session import Session
from inspector_app.store import sync_state


@dataclass(frozen=True)
class Standin:
    device_id: str
    precinct_code: str
    starts: str
    ends: str


def assign_standin(
    session: Session,
    device_id: str,
    precinct_code: str,
    starts: str,
    ends: str,
    note: str | None = None,
) -> str:
    session.require("standin.assign")
    store = session.store
    first, last = parse_date(starts), parse_date(ends)
    if last < first:
        raise AppError("standin.ends_before_start")
    if last < session.today():
        raise AppError("date.in_past", value=last.isoformat())
    with store.transaction():
        peer = sync_state.peer(store, device_id)
        if peer is None or peer["role"] != "inspector" or peer["trust"] != "trusted":
            raise AppError("device.unknown", id=device_id)
        if peer["precinct_code"] == precinct_code:
            raise AppError("standin.own_precinct", precinct=precinct_code, id=device_id)
        precincts = sync_state.precinct_ids_with_code(store, precinct_code)
        if len(precincts) != 1:
            raise AppError("report.no_precinct", precinct=precinct_code, known="")
        return session.create(
            "standin",
            {
                "device_id": device_id,
                "precinct_id": precincts[0],
                "starts": _iso(first),
                "ends": _iso(last),
                "note": note,
            },
            "standin.assign",
        )


def _iso(day: date) -> str:
    return day.isoformat()


def list_standins(session: Session) -> list[Standin]:
    session.require("sync.status")
    codes = sync_state.precinct_codes(session.store)
    found = []
    for peer in sync_state.peers(session.store):
        for precinct, (starts, ends) in sync_state.standins(
            session.store, peer["device_id"]
        ).items():
            found.append(Standin(peer["device_id"], codes.get(precinct, ""), starts, ends))
    return found
