"""Writing a package for one recipient: everything it has not confirmed yet.

Up the chain (laptop to chief, chief to HQ) a package carries signed batches: this device's
changes, sealed into a new batch now, and every batch it holds that the recipient has not
acknowledged (a chief relays its laptops' batches unchanged, so HQ verifies them end to end).
Down the chain it carries the changes within the recipient's scope made since the last one the
recipient confirmed, vouched for by this device's signature. Either way it carries this
device's acknowledgements of what it received from the recipient and its journal head, and a
chief's package to HQ carries the cards of the laptops it enrolled and its revocations.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError
from inspector_app.domain.model import MODEL_VERSION, model_needed, unreadable_entities
from inspector_app.domain.sync_rules import RANK
from inspector_app.services.session import Session
from inspector_app.services.sync.devices import own_card
from inspector_app.services.sync.volumes import volume_output
from inspector_app.store import attachments, sync_state
from inspector_app.store.store import Store, utc_now
from inspector_app.sync.container import READABLE_FORMATS, PackageWriter
from inspector_app.sync.wire import BatchDigest, change_line, sign_batch

SUFFIX = ".iapkg"
CHECKPOINTS = 64  # journal heads of earlier packages repeated, so a chief sees a cut-off chain


@dataclass(frozen=True)
class ExportResult:
    path: Path  # the package, or its first volume
    volumes: tuple[Path, ...]
    recipient: str
    seq: int
    batches: int
    changes: int
    held_back: int = 0  # batches (up) or changes (down) its older record model cannot read
    model: int = MODEL_VERSION  # the recipient's record model


def default_recipient(session: Session) -> str:
    """An inspector's package goes to its chief, a chief's to HQ."""
    above = [
        p
        for p in sync_state.peers(session.store)
        if p["trust"] == "trusted"
        and p["vouched_by"] is None
        and RANK[p["role"]] == RANK[session.device_role] + 1
    ]
    if len(above) != 1:
        raise AppError("sync.no_recipient" if not above else "sync.choose_recipient")
    return str(above[0]["device_id"])


def export_package(
    session: Session, folder: Path, recipient: str | None = None, *, overwrite: bool = False
) -> ExportResult:
    session.require("sync.export")
    store = session.store
    if not folder.is_dir():
        raise AppError("file.folder_missing", path=str(folder))
    recipient = recipient or default_recipient(session)
    with store.transaction():
        peer = sync_state.peer(store, recipient)
        if peer is None or peer["trust"] != "trusted":
            raise AppError("device.unknown" if peer is None else "device.revoked", id=recipient)
        formats = set(_formats(peer["formats"])) & READABLE_FORMATS
        if not formats:
            raise AppError("sync.no_common_format", id=recipient)
        seed, _box = sync_state.device_secret(store, session.device_id)
        epoch = int(store.meta("epoch") or 1)
        _seal_pending(store, session.device_id, epoch, seed)
        # numbered per epoch: a device restored from a backup starts again at 1 in a new
        # epoch, never reusing a number of the epoch it had
        seq = store.next_number(f"package_out:{epoch}:{recipient}")
        upward = RANK[peer["role"]] > RANK[session.device_role]
        watermark = sync_state.last_change_seq(store)
        package_id = str(uuid.uuid4())
        header = {
            "package_id": package_id,
            "sender": session.device_id,
            "recipient": recipient,
            "seq": seq,
            "epoch": epoch,
            "made_at": utc_now(),
            "model": MODEL_VERSION,
        }
        name = f"{session.device_id}-to-{recipient}-e{epoch}-{seq:06d}{SUFFIX}"
        path = folder / name
        counts = {"batches": 0, "changes": 0, "held_back": 0}
        model = int(peer["model"])  # the record model its card or last package gave
        with volume_output(path, database=store.path, overwrite=overwrite) as out:
            writer = PackageWriter(
                out,
                header,
                signing_seed=seed,
                recipient_box_public=bytes.fromhex(peer["box_public"]),
            )
            meta = _meta(session, peer, watermark=None if upward else watermark)
            writer.member("meta.json", canonical_json(meta).encode("utf-8"))
            if upward and session.device_role == "chief":
                _write_lines(writer, "cards.jsonl", _vouched_cards(store, recipient))
            attached: set[str] = set()
            if upward:
                _write_batches(writer, store, session.device_id, recipient, model, counts, attached)
            else:
                _write_down(writer, store, peer, watermark, counts, attached)
            _write_blobs(writer, store, attached)
            writer.finish()
        sync_state.record_package_out(
            store,
            package_id=package_id,
            recipient=recipient,
            seq=seq,
            path=str(path.resolve()),
            watermark=None if upward else watermark,
            batches=counts["batches"],
            changes=counts["changes"],
            journal_seq=meta["journal"]["head"][0],
        )
        session.event(
            "package.export", recipient=recipient, seq=seq, path=str(path.resolve()), **counts
        )
    return ExportResult(
        path,
        tuple(out.paths),
        recipient,
        seq,
        counts["batches"],
        counts["changes"],
        counts["held_back"],
        int(peer["model"]),
    )


def _formats(text: str) -> list[int]:
    """The package formats a peer's card says it reads."""
    value = json.loads(text)
    return [int(v) for v in value] if isinstance(value, list) else []


def _seal_pending(store: Store, device: str, epoch: int, seed: bytes) -> None:
    """Seal this device's changes not yet in a batch into new signed batches, one per record
    model the changes need: a recipient of an older model is then sent every batch it reads,
    and only the batch of the newer entities waits for it (a signed batch is relayed whole,
    never cut)."""
    digests: dict[int, BatchDigest] = {}
    entities: dict[int, set[str]] = {}
    last = 0
    for row in sync_state.unsealed_changes(store, device):
        needed = model_needed(str(row[2]))
        digests.setdefault(needed, BatchDigest()).add(change_line(row))
        entities.setdefault(needed, set()).add(str(row[2]))
        last = int(row[0])
    for needed in sorted(digests):
        digest = digests[needed]
        batch: dict[str, Any] = {
            "batch_id": str(uuid.uuid4()),
            "origin": device,
            "epoch": epoch,
            "seq": sync_state.last_batch_seq(store, device, epoch) + 1,
            "count": digest.count,
            "digest": digest.hexdigest(),
        }
        batch["signature"] = sign_batch(batch, seed)
        # one batch (the usual case) takes every change; several take their entities each
        only = entities[needed] if len(digests) > 1 else None
        sync_state.seal(store, sync_state.BatchRow(**batch), last, only)


def _meta(session: Session, peer: dict[str, Any], *, watermark: int | None) -> dict[str, Any]:
    store = session.store
    head_seq, head_hash = sync_state.journal_head(store)
    checkpoints = []
    for sent in sync_state.packages_out(store, peer["device_id"])[:CHECKPOINTS]:
        at = sent.get("journal_seq")
        if at:
            checkpoints.append([at, sync_state.journal_hash_at(store, at)])
    acked = sync_state.held_ranges(store)
    return {
        "card": own_card(session),
        "model": MODEL_VERSION,
        "watermark": watermark,
        # changes of the recipient held here because its clock ran ahead: it is told so
        "held_from_you": sync_state.held_from(store, peer["device_id"]),
        "journal": {"head": [head_seq, head_hash], "checkpoints": checkpoints},
        # restored from a backup: the chief then reads a shorter journal as entries lost, not
        # as history rewritten (signed, as the whole package is)
        "restored": json.loads(store.meta("restored_from") or "null"),
        "ack": {
            "batches": [[o, e, r] for (o, e), r in sorted(acked.items())],
            "watermark": sync_state.highest_watermark_from(store, peer["device_id"]),
            "journal": [peer["journal_seq"], peer["journal_hash"]]
            if peer["journal_seq"] is not None
            else None,
        },
    }


def _write_lines(writer: PackageWriter, name: str, lines: Iterator[bytes]) -> None:
    first = next(lines, None)
    if first is None:
        return
    writer.begin(name)
    writer.write(first)
    for line in lines:
        writer.write(line)
    writer.end()


def _vouched_cards(store: Store, recipient: str) -> Iterator[bytes]:
    for row in sync_state.peers(store):
        if row["device_id"] == recipient or row["vouched_by"] is not None:
            continue
        yield canonical_json({"card": json.loads(row["card"])}).encode("utf-8") + b"\n"
        if row["trust"] == "revoked":
            revoked = {"device_id": row["device_id"], "after_batch": row["revoked_after_batch"]}
            yield canonical_json({"revoked": revoked}).encode("utf-8") + b"\n"


def _in_ranges(seq: int, ranges: list[list[int]]) -> bool:
    return any(lo <= seq <= hi for lo, hi in ranges)


def _write_batches(
    writer: PackageWriter,
    store: Store,
    sender: str,
    recipient: str,
    model: int,
    counts: dict[str, int],
    attached: set[str],
) -> None:
    acks = sync_state.peer_acks(store, recipient)
    pending = [
        b
        for b in sync_state.batches(store)
        if b.origin != recipient and not _in_ranges(b.seq, acks.get((b.origin, b.epoch), []))
    ]
    # a batch with records the recipient's model does not know waits, unacknowledged, until
    # it reads them: it goes in the first package after its card says so
    unreadable = sync_state.batches_with(store, unreadable_entities(model))
    counts["held_back"] += sum(1 for b in pending if b.batch_id in unreadable)
    pending = [b for b in pending if b.batch_id not in unreadable]
    # this device's own batches first: what a chief decided (a stand-in, a review) reaches
    # HQ before the laptops' changes that rely on it, whatever the devices' ids
    pending.sort(key=lambda b: b.origin != sender)
    if not pending:
        return
    writer.begin("batches.jsonl")
    for batch in pending:
        head = {"batch": {k: getattr(batch, k) for k in batch.__dataclass_fields__}}
        writer.write(canonical_json(head).encode("utf-8") + b"\n")
        buffer = bytearray()
        for line in batch_lines(store, batch.batch_id, attached):
            buffer += line
            counts["changes"] += 1
            if len(buffer) >= 1 << 20:
                writer.write(bytes(buffer))
                buffer.clear()
        writer.write(bytes(buffer))
        counts["batches"] += 1
    writer.end()


def batch_lines(store: Store, batch_id: str, attached: set[str]) -> Iterator[bytes]:
    """Every line of a batch as it was signed: merged, held and set aside here."""
    for row in sync_state.batch_changes(store, batch_id):
        _note_attachment(row, attached)
        yield change_line(row)
    for row in sync_state.batch_held_changes(store, batch_id):
        yield change_line(row)
    for text in sync_state.batch_set_aside_lines(store, batch_id):
        yield text.encode("utf-8") + b"\n"


def _note_attachment(row: Sequence[Any], attached: set[str]) -> None:
    """Remember the blob an attachment change names: its bytes go in the package too."""
    if row[2] == "attachment":
        sha = json.loads(row[5]).get("sha256")
        if isinstance(sha, str):
            attached.add(sha)


def _write_blobs(writer: PackageWriter, store: Store, attached: set[str]) -> None:
    held = attachments.held_blobs(store, attached)
    if not held:
        return
    writer.begin("blobs.bin")
    for sha in sorted(held):
        data = attachments.blob(store, sha)
        if data is None:
            continue
        writer.write(canonical_json({"sha256": sha, "size": len(data)}).encode() + b"\n")
        writer.write(data)
    writer.end()


def down_scope(store: Store, peer: dict[str, Any]) -> list[str] | None:
    """The precincts whose records a device below receives: an inspector's precinct and
    those it stands in for now; a chief's district."""
    if peer["role"] == "inspector":
        today = utc_now()[:10]
        standing_in = sync_state.standins(store, peer["device_id"])
        return [
            *sync_state.precinct_ids_with_code(store, peer["precinct_code"]),
            *(precinct for precinct, (_first, last) in standing_in.items() if last >= today),
        ]
    return sync_state.precinct_ids_in_district(store, peer["district_code"])


def _write_down(
    writer: PackageWriter,
    store: Store,
    peer: dict[str, Any],
    watermark: int,
    counts: dict[str, int],
    attached: set[str],
) -> None:
    scope = down_scope(store, peer)
    rows = sync_state.changes_down(
        store,
        int(peer["down_acked"]),
        watermark,
        peer["device_id"],
        scope,
        include_own="restored" in json.loads(peer["history_rewritten"] or "{}"),
    )
    unreadable = unreadable_entities(int(peer["model"]))
    buffer = bytearray()
    started = False
    for row in rows:
        if row[2] in unreadable:  # sent again once it reads them (see importing)
            counts["held_back"] += 1
            continue
        if not started:
            writer.begin("changes.jsonl")
            started = True
        _note_attachment(row, attached)
        buffer += change_line(row)
        counts["changes"] += 1
        if len(buffer) >= 1 << 20:
            writer.write(bytes(buffer))
            buffer.clear()
    if started:
        writer.write(bytes(buffer))
        writer.end()
