"""Where each exchange stands: per peer, what came in (and the gaps), what went out and what
the peer has confirmed, and whether its journal still extends what this device held of it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from inspector_app.domain.appeal_numbers import NumberingFinding
from inspector_app.domain.model import MODEL_VERSION, unreadable_entities
from inspector_app.domain.sync_rules import RANK
from inspector_app.services.appeal_numbering import numbering_findings
from inspector_app.services.session import Session
from inspector_app.services.sync.export import down_scope
from inspector_app.store import sync_state
from inspector_app.store.store import Store


@dataclass(frozen=True)
class PeerStatus:
    device_id: str
    name: str
    role: str
    trust: str
    precinct_code: str | None
    received: int  # packages imported from it
    last_received_seq: int | None
    last_received_at: str | None
    gaps: tuple[int, ...]  # its package numbers never received
    sent: int  # packages written for it
    last_sent_seq: int | None
    unconfirmed_batches: int  # batches it has not acknowledged (to a device above)
    unconfirmed_changes: int  # changes in its scope it has not acknowledged (to one below)
    history_rewritten: dict[str, int] | None
    days_since_contact: int | None
    model: int = MODEL_VERSION  # the record model it reads, as its card or last package said
    # batches (to a device above) or changes (to one below) of records its older model does
    # not know: held back, sent once it reads them
    held_back: int = 0


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    unsealed_changes: int  # made here, going out with the next package
    peers: tuple[PeerStatus, ...]
    set_aside: int
    # a chief's or HQ's check of the laptops' appeal numbering, as import gives it
    numbering: tuple[NumberingFinding, ...] = ()


def _unconfirmed_down(store: Store, peer: dict[str, Any]) -> int:
    """Changes within a device's scope below that it has not confirmed receiving."""
    rows = sync_state.changes_down(
        store,
        int(peer["down_acked"]),
        sync_state.last_change_seq(store),
        str(peer["device_id"]),
        down_scope(store, peer),
    )
    return sum(1 for _ in rows)


def _held_back(store: Store, peer: dict[str, Any], upward: bool, pending: list[Any]) -> int:
    unreadable = unreadable_entities(int(peer["model"]))
    if not unreadable:
        return 0
    if upward:
        waiting = sync_state.batches_with(store, unreadable)
        return sum(1 for b in pending if b.batch_id in waiting)
    rows = sync_state.changes_down(
        store, 0, sync_state.last_change_seq(store), str(peer["device_id"]), down_scope(store, peer)
    )
    return sum(1 for row in rows if row[2] in unreadable)


def sync_status(session: Session, *, now: datetime | None = None) -> SyncStatus:
    session.require("sync.status")
    store = session.store
    now = now or datetime.now(UTC)
    all_batches = sync_state.batches(store)
    lines = []
    for peer in sync_state.peers(store):
        device = str(peer["device_id"])
        upward = RANK[peer["role"]] > RANK[session.device_role]
        received = sync_state.packages_in(store, device)
        sent = sync_state.packages_out(store, device)
        acks = sync_state.peer_acks(store, device)
        pending = [
            b
            for b in all_batches
            if b.origin != device
            and not any(lo <= b.seq <= hi for lo, hi in acks.get((b.origin, b.epoch), []))
        ]
        last_at = received[0]["imported_at"] if received else None
        days = None
        if last_at:
            days = (now - datetime.fromisoformat(last_at.replace("Z", "+00:00"))).days
        seqs = sync_state.received_seqs(store, device)  # of its latest epoch
        present = set(seqs)
        gaps = tuple(n for n in range(1, max(seqs, default=0)) if n not in present)
        lines.append(
            PeerStatus(
                device_id=device,
                name=str(peer["name"]),
                role=str(peer["role"]),
                trust=str(peer["trust"]),
                precinct_code=peer["precinct_code"],
                received=len(received),
                last_received_seq=max(seqs) if seqs else None,
                last_received_at=last_at,
                gaps=gaps,
                sent=len(sent),
                last_sent_seq=int(sent[0]["seq"]) if sent else None,
                unconfirmed_batches=len(pending) if upward else 0,
                unconfirmed_changes=0 if upward else _unconfirmed_down(store, peer),
                history_rewritten=json.loads(peer["history_rewritten"])
                if peer["history_rewritten"]
                else None,
                days_since_contact=days,
                model=int(peer["model"]),
                held_back=_held_back(store, peer, upward, pending),
            )
        )
    return SyncStatus(
        session.device_id,
        sync_state.unacked_counts(store, session.device_id),
        tuple(lines),
        len(sync_state.set_aside_list(store)),
        tuple(numbering_findings(session)) if session.device_role != "inspector" else (),
    )
