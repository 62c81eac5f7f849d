"""`verify`, the changes made on other devices: each batch this device holds, recomputed from
the changes it stored, against the digest its origin signed, and that signature against the
origin's card (its key as enrolled here, or as a trusted device vouched for it). A change
received and then altered here, or a batch's signature forged, is damage."""

from __future__ import annotations

from dataclasses import asdict
from typing import Protocol

from inspector_app.services.sync.export import batch_lines
from inspector_app.store import sync_state
from inspector_app.store.store import Store
from inspector_app.sync.wire import BatchDigest, batch_signature_ok


class Problems(Protocol):
    def add(self, code: str, **params: object) -> None: ...


def check_batches(store: Store, device_id: str, own_public: str, report: Problems) -> int:
    """Add problems to `report`; returns how many batches were checked against a key."""
    keys = {device_id: own_public}
    checked = 0
    for batch in sync_state.batches(store):
        digest = BatchDigest()
        for line in batch_lines(store, batch.batch_id, set()):
            digest.add(line)
        if digest.count != batch.count or digest.hexdigest() != batch.digest:
            report.add("verify.batch_altered", origin=batch.origin, seq=batch.seq)
            continue
        if batch.origin not in keys:
            known = sync_state.peer(store, batch.origin)
            keys[batch.origin] = str(known["sign_public"]) if known else ""
        if not keys[batch.origin]:
            continue  # made by a device this one never met: its relay's signature vouched
        if not batch_signature_ok(asdict(batch), bytes.fromhex(keys[batch.origin])):
            report.add("verify.batch_signature", origin=batch.origin, seq=batch.seq)
            continue
        checked += 1
    return checked
