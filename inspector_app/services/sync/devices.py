"""Devices this one exchanges packages with: its own card, enrolment by fingerprint, revocation.

A device card holds a device's id, name, role, codes and public keys, signed by the device
itself. The chief enrols a laptop once (and the laptop the chief's card), comparing the short
fingerprint by phone; HQ learns a district's laptops from the chief's packages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.model import MODEL_VERSION
from inspector_app.services.session import Session
from inspector_app.store import sync_state
from inspector_app.store.files import read_capped, write_file_atomically
from inspector_app.sync.container import READABLE_FORMATS
from inspector_app.sync.wire import check_card, fingerprint, make_card

MAX_CARD_BYTES = 64 * 1024


@dataclass(frozen=True)
class DeviceLine:
    device_id: str
    name: str
    role: str
    fingerprint: str
    trust: str  # self | trusted | revoked
    vouched_by: str | None
    precinct_code: str | None
    district_code: str | None


def own_card(session: Session) -> dict[str, Any]:
    store = session.store
    record = sync_state.device_record(store, session.device_id)
    if record is None:
        raise AppError("device.missing", id=session.device_id)
    seed, _box = sync_state.device_secret(store, session.device_id)
    return make_card(
        {
            "device_id": session.device_id,
            "name": record["name"],
            "role": session.device_role,
            "country": session.country,
            "district_code": record["district_code"],
            "precinct_code": record["precinct_code"],
            "sign_public": record["sign_public_key"],
            "box_public": record["box_public_key"],
            "formats": sorted(READABLE_FORMATS),
            "model": MODEL_VERSION,
            "admin_public": record["admin_public_key"],
            "recovery_public": record["recovery_public_key"],
        },
        seed,
    )


def write_card(session: Session, path: Path, *, overwrite: bool = False) -> str:
    """Write this device's card to `path`; returns its fingerprint."""
    card = own_card(session)
    data = (json.dumps(card, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    write_file_atomically(path, data, database=session.store.path, overwrite=overwrite)
    return fingerprint(card["sign_public"])


def read_card(path: Path) -> dict[str, Any]:
    """A card file, read with a cap and checked whole (shape and self-signature)."""
    data = read_capped(path, MAX_CARD_BYTES)
    if len(data) > MAX_CARD_BYTES:
        raise AppError("card.invalid")
    try:
        return check_card(json.loads(data.decode("utf-8")))
    except (UnicodeDecodeError, ValueError):
        raise AppError("card.invalid") from None


def trust_card(session: Session, card: dict[str, Any], *, expected_fingerprint: str) -> str:
    """Enrol a device whose card's fingerprint the person compared (by voice, or given on the
    command line). A mismatch refuses; a revoked device is never trusted again."""
    session.require("device.trust")
    found = fingerprint(card["sign_public"])
    if _normalised(expected_fingerprint) != _normalised(found):
        raise AppError("card.fingerprint_mismatch", expected=expected_fingerprint, found=found)
    if card["device_id"] == session.device_id:
        raise AppError("card.own")
    store = session.store
    with store.transaction():
        known = sync_state.peer(store, card["device_id"])
        if known is not None and known["trust"] == "revoked":
            raise AppError("device.revoked", id=card["device_id"])
        if known is not None and known["sign_public"] != card["sign_public"]:
            raise AppError("card.key_changed", id=card["device_id"])
        sync_state.save_peer(store, card, vouched_by=None)
        session.event("device.trust", device=card["device_id"], fingerprint=found)
    return found


def card_fingerprint(card: dict[str, Any]) -> str:
    """The fingerprint people compare by phone before a card is trusted."""
    return fingerprint(card["sign_public"])


def _normalised(text: str) -> str:
    return "".join(text.split()).upper()


def list_devices(session: Session) -> list[DeviceLine]:
    session.require("sync.status")
    own = own_card(session)
    lines = [
        DeviceLine(
            own["device_id"],
            own["name"],
            own["role"],
            fingerprint(own["sign_public"]),
            "self",
            None,
            own["precinct_code"],
            own["district_code"],
        )
    ]
    for row in sync_state.peers(session.store):
        lines.append(
            DeviceLine(
                row["device_id"],
                row["name"],
                row["role"],
                fingerprint(row["sign_public"]),
                row["trust"],
                row["vouched_by"],
                row["precinct_code"],
                row["district_code"],
            )
        )
    return lines


def revoke_device(session: Session, device_id: str, *, after_package: int | None = None) -> int:
    """Withdraw trust from a lost or stolen device as of a package number it sent (never a
    time, which a thief's clock decides): its later packages are refused, here and, through
    the next package, at HQ. Returns the package number trust ends after."""
    session.require("device.revoke")
    store = session.store
    with store.transaction():
        known = sync_state.peer(store, device_id)
        if known is None:
            raise AppError("device.unknown", id=device_id)
        epoch = sync_state.last_epoch_from(store, device_id)
        received = sync_state.received_seqs(store, device_id, epoch)
        after = after_package if after_package is not None else (max(received) if received else 0)
        if after < 0:
            raise AppError("device.revoke_after", value=after)
        last_batch = sync_state.last_batch_through_package(store, device_id, after)
        sync_state.revoke_peer(store, device_id, after, last_batch, epoch)
        session.event("device.revoke", device=device_id, after_package=after)
    return after
