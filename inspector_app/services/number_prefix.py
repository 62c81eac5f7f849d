"""The prefix a laptop numbers its appeals with, reassigned by the chief (a precinct
renumbered, a laptop moved to another precinct).

The prefix is a field of the laptop's device record, which is replicated: the chief's change
goes down in the next package, and from then on the laptop numbers under the new prefix, a new
gapless series from 1. Numbers already given never change. The chief's numbering check reads
the reassignment from the change log and shows the new series as expected."""

from __future__ import annotations

import re

from inspector_app.domain.appeal_numbers import parse_number
from inspector_app.domain.errors import AppError
from inspector_app.services.session import Session
from inspector_app.store import appeal_numbers, sync_state
from inspector_app.store.store import Store

# district and precinct codes joined by "-", as `init` makes them ("12-05")
_CODE = r"[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{1,20}"
PREFIX = re.compile(rf"{_CODE}(?:-{_CODE}){{0,2}}")


def current_prefix(store: Store, device_id: str) -> str:
    """The prefix this device numbers with now: its device record's (the chief may have
    changed it), else the one given at `init`."""
    record = sync_state.device_record(store, device_id)
    return str((record or {}).get("number_prefix") or store.meta("number_prefix") or "X")


def device_prefix(session: Session, device_id: str) -> str | None:
    """The prefix a device numbers with as this database has its record (None: no package of
    it has come yet)."""
    session.require("sync.status")
    record = sync_state.device_record(session.store, device_id)
    return str(record["number_prefix"]) if record and record["number_prefix"] else None


def reassign_prefix(session: Session, device_id: str, prefix: str) -> str:
    """The chief gives an inspector's laptop a new prefix; returns the prefix it had."""
    session.require("device.prefix")
    store = session.store
    prefix = prefix.strip()
    if not PREFIX.fullmatch(prefix):
        raise AppError("device.prefix_invalid", prefix=prefix)
    with store.transaction():
        peer = sync_state.peer(store, device_id)
        record = sync_state.device_record(store, device_id)
        if peer is None or peer["role"] != "inspector" or peer["trust"] != "trusted":
            raise AppError("device.unknown", id=device_id)
        if record is None:  # its first package has not come: nothing to change yet
            raise AppError("device.prefix_not_received", id=device_id)
        old = str(record["number_prefix"] or "")
        if old == prefix:
            raise AppError("device.prefix_same", id=device_id, prefix=prefix)
        _check_free(store, device_id, prefix)
        session.update("device", device_id, {"number_prefix": prefix}, "device.prefix")
    return old


def _check_free(store: Store, device_id: str, prefix: str) -> None:
    """Another device numbering with the prefix, now or before, would give the same numbers."""
    for other in appeal_numbers.devices_with_prefix(store, prefix):
        if other != device_id:
            raise AppError("device.prefix_taken", prefix=prefix, id=other)
    for row in appeal_numbers.numbered_appeals(store):
        parsed = parse_number(str(row["number"]))
        if parsed and parsed.prefix == prefix and row["device"] != device_id:
            raise AppError("device.prefix_taken", prefix=prefix, id=row["device"])
