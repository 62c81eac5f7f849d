"""Importing packages: each file on its own, complete or refused.

Before anything is decrypted the signed header is checked: a package for this device, from a
trusted device not revoked as of this package, with a valid signature, not imported before.
Then the file is read once, inside one transaction: every change is checked against the
record model, every relayed batch against its origin's signature and digest, and the signed
manifest at the end against everything read. Anything wrong rolls the whole file back. A
well-formed change that the device that made it may not make is set aside (kept, listed for
the chief, acknowledged), and the rest applies.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from inspector_app.domain.appeal_numbers import NumberingFinding
from inspector_app.domain.change_check import check_received
from inspector_app.domain.errors import AppError
from inspector_app.domain.file_names import surrogates_out
from inspector_app.domain.local_time import local_day
from inspector_app.domain.model import MODEL_VERSION, unreadable_entities
from inspector_app.domain.sync_rules import RANK, Origin, refusal
from inspector_app.services.appeal_numbering import numbering_findings
from inspector_app.services.session import Session
from inspector_app.services.sync.volumes import VolumeSource, is_later_volume
from inspector_app.store import attachments, sync_state
from inspector_app.store.changes import Change, stamp_time
from inspector_app.sync.container import Header, PackageReader, check_signature, read_header
from inspector_app.sync.reader import (
    BatchEnd,
    BatchStart,
    Blob,
    Cards,
    Changes,
    Meta,
    read_contents,
)

MAX_PACKAGE_BYTES = 8 * 1024**3  # bytes actually read, whatever the file claims


@dataclass
class ImportOutcome:
    file: Path
    status: str  # imported | already-imported | refused
    added: int = 0
    updated: int = 0
    conflicts: int = 0
    set_aside: int = 0
    held: int = 0
    gaps: list[int] = field(default_factory=list)
    history_rewritten: bool = False
    restored_lost: tuple[int, int] | None = None  # journal entries lost to a restore
    clock_ahead: int = 0  # our changes the sender holds because our clock ran ahead
    error: AppError | None = None
    sender: str | None = None
    # a chief's or HQ's check of the appeal numbering after the import (gaps, duplicates,
    # reused numbers; and new series after restores, expected)
    numbering: list[NumberingFinding] = field(default_factory=list)


class _Capped:
    """A binary stream that refuses to read past a number of bytes."""

    def __init__(self, raw: BinaryIO | VolumeSource, limit: int) -> None:
        self._raw = raw
        self._left = limit

    def read(self, size: int = -1) -> bytes:
        if size < 0 or size > self._left + 1:
            size = self._left + 1
        data = self._raw.read(size)
        self._left -= len(data)
        if self._left < 0:
            raise AppError("package.too_large", maximum=MAX_PACKAGE_BYTES // 1024**3)
        return data


def import_packages(session: Session, paths: Sequence[Path]) -> list[ImportOutcome]:
    """Each file on its own; the later volumes of a package given with its first are read
    through the first, not on their own."""
    firsts = {p.resolve() for p in paths if not is_later_volume(p)}
    return [
        import_package(session, path)
        for path in paths
        if not (is_later_volume(path) and path.resolve().with_suffix("") in firsts)
    ]


def import_package(session: Session, path: Path, *, now_ms: int | None = None) -> ImportOutcome:
    """Import one file; a refusal is returned (with its error), never half applied."""
    session.require("sync.import")
    try:
        if not path.exists():
            raise AppError("file.missing", path=str(path))
        if not path.is_file():
            raise AppError("file.not_a_file", path=str(path))
        if is_later_volume(path):
            raise AppError("package.later_volume", path=str(path))
        source = VolumeSource(path)
        try:
            stream: Any = _Capped(source, MAX_PACKAGE_BYTES)
            header = read_header(stream)
            peer = _check_header(session, header)
            if sync_state.package_imported(session.store, header.package_id):
                return ImportOutcome(path, "already-imported", sender=header.sender)
            outcome = _apply(session, path, stream, header, peer, now_ms)
            if outcome.status == "imported" and session.device_role != "inspector":
                outcome.numbering = numbering_findings(session)
            return outcome
        except AppError as error:
            missing = source.missing_next() if error.code == "package.damaged" else None
            if missing is not None:
                raise AppError("package.volume_missing", path=str(missing)) from None
            raise
        finally:
            source.close()
    except AppError as error:
        return ImportOutcome(path, "refused", error=error)
    except OSError as error:
        refused = AppError("file.read", path=str(path), reason=error.strerror or str(error))
        return ImportOutcome(path, "refused", error=refused)


def _check_header(session: Session, header: Header) -> dict[str, Any]:
    if header.recipient != session.device_id:
        raise AppError("package.not_for_us")
    peer = sync_state.peer(session.store, header.sender)
    if peer is None:
        raise AppError("package.unknown_sender", sender=header.sender)
    check_signature(header, bytes.fromhex(peer["sign_public"]))
    if peer["trust"] == "revoked" and _after_revocation(peer, header):
        raise AppError("package.revoked_sender", sender=header.sender)
    return peer


def _after_revocation(peer: dict[str, Any], header: Header) -> bool:
    """A package the revoked device wrote after its trust ended: a later number in the epoch
    of the revocation, or any number of a later epoch (a restored backup)."""
    epoch = header.fields.get("epoch")
    revoked_epoch = peer["revoked_epoch"]
    if isinstance(epoch, int) and revoked_epoch is not None and epoch != revoked_epoch:
        return epoch > int(revoked_epoch)
    return header.seq > int(peer["revoked_after"] or 0)


class _Application:
    """What one package does to the store, gathered as its pieces are applied."""

    def __init__(self, session: Session, header: Header, peer: dict[str, Any], now_ms: int):
        self.session = session
        self.store = session.store
        self.header = header
        self.peer = peer
        self.now_ms = now_ms
        self.outcome_counts = {"added": 0, "updated": 0, "conflicts": 0, "set_aside": 0, "held": 0}
        self.meta: dict[str, Any] = {}
        self.origins: dict[str, Origin | None] = {}
        self.skip_batch = False
        self.batch_seq = 0
        self.model = MODEL_VERSION

    # --- checks that depend on who made a change ---------------------------------------
    def origin_key(self, device: str) -> bytes:
        if device == self.session.device_id:
            record = sync_state.device_record(self.store, device)
            if record is None:
                raise AppError("package.unknown_origin", origin=device)
            return bytes.fromhex(record["sign_public_key"])
        known = sync_state.peer(self.store, device)
        if known is None:
            raise AppError("package.unknown_origin", origin=device)
        return bytes.fromhex(known["sign_public"])

    def origin(self, device: str) -> Origin | None:
        """The rules' view of a device; None for this device itself."""
        if device not in self.origins:
            self.origins[device] = self._load_origin(device)
        return self.origins[device]

    def _load_origin(self, device: str) -> Origin | None:
        if device == self.session.device_id:
            return None
        known = sync_state.peer(self.store, device)
        if known is None:  # sent down by a trusted device above, made by one we never met
            return Origin(device, "hq", ())
        revoked = int(known["revoked_after_batch"] or 0) if known["trust"] == "revoked" else None
        if known["role"] == "inspector":
            code = known["precinct_code"]
            ids = sync_state.precinct_ids_with_code(self.store, code) if code else []
            return Origin(
                device,
                "inspector",
                set(ids),
                (code,) if code else (),
                revoked,
                sync_state.standins(self.store, device),
            )
        if known["role"] == "chief":
            if self.session.device_role == "inspector":  # its chief: trusted for the district
                return Origin(device, "chief", None, (), revoked)
            district = set(sync_state.precinct_ids_in_district(self.store, known["district_code"]))
            foreign = set(sync_state.precinct_codes(self.store)) - district
            return Origin(device, "chief", district, (), revoked, foreign_precincts=foreign)
        return Origin(device, known["role"], (), (), revoked)

    def check(self, value: Any) -> Change:
        return check_received(value, sender_model_version=self.model)

    # --- applying -----------------------------------------------------------------------
    def on_meta(self, meta: dict[str, Any]) -> None:
        card = meta.get("card")
        if not isinstance(card, dict) or card.get("sign_public") != self.peer["sign_public"]:
            raise AppError("package.damaged", reason="sender card")
        model = meta.get("model")
        if not isinstance(model, int) or isinstance(model, bool) or model < 1:
            raise AppError("package.damaged", reason="model")
        self.model = model
        self.meta = meta

    def on_cards(self, cards: Cards) -> None:
        # only a chief vouches for laptops, and only to HQ
        if self.peer["role"] != "chief" or self.session.device_role != "hq":
            raise AppError("package.damaged", reason="cards from this sender")
        for card in cards.cards:
            known = sync_state.peer(self.store, card["device_id"])
            if card["device_id"] == self.session.device_id:
                continue
            if known is not None and known["sign_public"] != card["sign_public"]:
                raise AppError("card.key_changed", id=card["device_id"])
            sync_state.save_peer(self.store, card, vouched_by=self.header.sender)
        for revoked in cards.revocations:  # a chief revokes only the laptops it vouched for
            known = sync_state.peer(self.store, revoked["device_id"])
            if known is not None and known["vouched_by"] == self.header.sender:
                sync_state.revoke_peer(
                    self.store, revoked["device_id"], 0, int(revoked["after_batch"]), None
                )
        self.origins.clear()

    def on_batch_start(self, batch: dict[str, Any]) -> None:
        self.batch_seq = int(batch["seq"])
        self.skip_batch = sync_state.batch_known(self.store, batch["batch_id"])
        if not self.skip_batch and sync_state.batch_number_taken(
            self.store, batch["origin"], batch["epoch"], batch["seq"]
        ):
            raise AppError("package.damaged", reason="batch number used twice")

    def on_batch_end(self, batch: dict[str, Any]) -> None:
        if self.skip_batch:
            return
        row = sync_state.BatchRow(**{k: batch[k] for k in sync_state.BatchRow.__dataclass_fields__})
        sync_state.insert_batch(
            self.store, row, received_from=self.header.sender, package_id=self.header.package_id
        )

    def on_changes(self, piece: Changes) -> None:
        if piece.batch_id is not None and self.skip_batch:
            return
        if piece.batch_id is None and RANK[self.peer["role"]] <= RANK[self.session.device_role]:
            raise AppError("package.damaged", reason="unbatched changes from below")
        allowed: list[Change] = []
        # who may do what is read again for every chunk: a precinct, a stand-in or a card the
        # package brought a moment ago counts at once, whatever order its members came in
        self.origins.clear()
        here = self._records_here(piece.changes)
        for change in piece.changes:
            reason = self._refusal(change, piece.batch_id, here)
            if reason is None:
                allowed.append(change)
                continue
            sync_state.set_aside(
                self.store,
                _wire(change),
                reason=reason,
                batch_id=piece.batch_id,
                package_id=self.header.package_id,
            )
            self.outcome_counts["set_aside"] += 1
        if not allowed:
            return
        result = self.store.apply(
            allowed,
            user_id=None,
            device=self.session.device_id,
            action="sync.import",
            now_ms=self.now_ms,
        )
        self.outcome_counts["conflicts"] += result.conflicts
        self.outcome_counts["held"] += len(result.held)
        self.outcome_counts["added"] += len(result.created)
        self.outcome_counts["updated"] += len(result.touched - result.created)
        # the unit each change came in, named as it is merged (never a list of the whole batch)
        ids = [c.change_id for c in allowed]
        sync_state.assign_batch(self.store, piece.batch_id or self.header.package_id, ids)

    def _changes_nothing(self, change: Change) -> bool:
        current = self.store.get(change.entity, change.record_id)
        return current is not None and all(
            name in current and current[name] == value for name, value in change.values.items()
        )

    def _records_here(self, changes: list[Change]) -> dict[tuple[str, str], tuple[str | None, str]]:
        """(entity, record id) -> (its precinct now, the device that made it), for the records
        of `changes` that exist here."""
        by_entity: dict[str, list[str]] = {}
        for change in changes:
            by_entity.setdefault(change.entity, []).append(change.record_id)
        return {
            (entity, rid): found
            for entity, ids in by_entity.items()
            for rid, found in sync_state.records_here(self.store, entity, ids).items()
        }

    def _refusal(
        self,
        change: Change,
        batch_id: str | None,
        here: dict[tuple[str, str], tuple[str | None, str]],
    ) -> str | None:
        """Why the device that made `change` may not make it (None: it may). The rules hold
        for changes sent down too: a chief vouches for what it relays, not for what it may."""
        origin = self.origin(change.device)
        if origin is None:
            return None  # our own change coming back
        if (
            batch_id is not None
            and origin.revoked_after_batch is not None
            and self.batch_seq > origin.revoked_after_batch
        ):
            return "revoked"  # a batch the device made after its trust was withdrawn
        key = (change.entity, change.record_id)
        precinct, creator = here.get(key, (None, change.device))
        reason = refusal(
            origin,
            change.entity,
            change.record_id,
            change.values,
            exists=key in here,
            made_by_origin=creator == change.device,
            current_precinct=precinct,
            # a stand-in's period is in the country's local days
            day=local_day(stamp_time(change.hlc), self.session.country).isoformat(),
        )
        if reason is not None and key in here and self._changes_nothing(change):
            return None  # the same reference data seeded on every device: harmless
        if reason is None and change.entity == "precinct" and origin.role == "inspector":
            self.origins[change.device] = replace(
                origin, precinct_ids={*(origin.precinct_ids or ()), change.record_id}
            )
        return reason


def _wire(change: Change) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": change.change_id,
        "entity": change.entity,
        "record": change.record_id,
        "hlc": change.hlc,
        "values": dict(change.values),
        "bases": {k: v for k, v in change.bases.items() if v is not None},
        "author": change.author,
        "device": change.device,
    }
    if change.seen:
        wire["seen"] = {k: list(v) for k, v in change.seen.items()}
    return wire


def _apply(
    session: Session,
    path: Path,
    stream: Any,
    header: Header,
    peer: dict[str, Any],
    now_ms: int | None,
) -> ImportOutcome:
    store = session.store
    _own_seed, box_private = sync_state.device_secret(store, session.device_id)
    work = _Application(session, header, peer, now_ms or int(time.time() * 1000))
    with store.transaction():
        reader = PackageReader(
            stream, header, box_private=box_private, sign_public=bytes.fromhex(peer["sign_public"])
        )
        for piece in read_contents(reader, check_change=work.check, origin_key=work.origin_key):
            if isinstance(piece, Meta):
                work.on_meta(piece.fields)
            elif isinstance(piece, Cards):
                work.on_cards(piece)
            elif isinstance(piece, BatchStart):
                work.on_batch_start(piece.batch)
            elif isinstance(piece, BatchEnd):
                work.on_batch_end(piece.batch)
            elif isinstance(piece, Blob):
                attachments.put_blob(store, piece.sha256, piece.data)
            else:
                work.on_changes(piece)
        rewritten, lost = _after_contents(session, header, peer, work.meta)
        sync_state.record_package_in(
            store,
            package_id=header.package_id,
            sender=header.sender,
            seq=header.seq,
            epoch=header.fields.get("epoch"),
            made_at=header.fields.get("made_at"),
            file_name=surrogates_out(path.name),
            watermark=_int_or_none(work.meta.get("watermark")),
            **work.outcome_counts,
        )
        epoch = header.fields.get("epoch")
        gaps = _gaps(
            sync_state.received_seqs(
                store, header.sender, epoch if isinstance(epoch, int) else None
            )
        )
        session.event(
            "package.import",
            sender=header.sender,
            seq=header.seq,
            path=str(path.resolve()),
            **work.outcome_counts,
        )
    counts = work.outcome_counts
    return ImportOutcome(
        path,
        "imported",
        added=counts["added"],
        updated=counts["updated"],
        conflicts=counts["conflicts"],
        set_aside=counts["set_aside"],
        held=counts["held"],
        gaps=gaps,
        history_rewritten=rewritten,
        restored_lost=lost,
        clock_ahead=_int_or_none(work.meta.get("held_from_you")) or 0,
        sender=header.sender,
    )


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _gaps(seqs: list[int]) -> list[int]:
    present = set(seqs)
    return [n for n in range(1, max(seqs, default=0)) if n not in present]


def _after_contents(
    session: Session, header: Header, peer: dict[str, Any], meta: dict[str, Any]
) -> tuple[bool, tuple[int, int] | None]:
    """Acknowledgements and journal heads the package carried. Returns whether the sender's
    journal no longer extends what this device held of it (history rewritten), and the
    entries an announced restore from a backup lost."""
    store = session.store
    ack = meta.get("ack") if isinstance(meta.get("ack"), dict) else {}
    assert isinstance(ack, dict)
    for entry in ack.get("batches") or []:
        if (
            isinstance(entry, list)
            and len(entry) == 3
            and isinstance(entry[0], str)
            and isinstance(entry[1], int)
            and _ranges_ok(entry[2])
        ):
            sync_state.save_peer_ack(store, header.sender, entry[0], entry[1], entry[2])
    watermark = _int_or_none(ack.get("watermark"))
    columns: dict[str, Any] = {}
    if watermark is not None:
        mine = sync_state.last_change_seq(store)
        columns["down_acked"] = max(int(peer["down_acked"]), min(watermark, mine))
    _model_raised(session, peer, meta, columns)
    confirmed = ack.get("journal")
    if isinstance(confirmed, list) and len(confirmed) == 2 and isinstance(confirmed[0], int):
        columns["confirmed_head_seq"], columns["confirmed_head_hash"] = confirmed
    rewritten = _journal_rewritten(peer, meta.get("journal"))
    lost = _lost_in_restore(peer, meta.get("restored")) if rewritten else None
    if lost is not None:  # the device announced a restore from an older backup
        rewritten = False
        columns["down_acked"] = 0  # it gets back everything of its scope, its own work too
        columns["history_rewritten"] = json.dumps(
            {
                "restored": True,
                "lost_from": lost[0],
                "lost_to": lost[1],
                "seen_in_package": header.seq,
            }
        )
    journal = meta.get("journal")
    head = journal.get("head") if isinstance(journal, dict) else None
    if (
        isinstance(head, list)
        and len(head) == 2
        and isinstance(head[0], int)
        and isinstance(head[1], str)
        and not rewritten
    ):
        columns["journal_seq"], columns["journal_hash"] = head
        columns["journal_package"] = header.seq
    if rewritten:
        columns["history_rewritten"] = json.dumps(
            {"since_package": peer["journal_package"], "seen_in_package": header.seq}
        )
    if columns:
        sync_state.update_peer(store, header.sender, **columns)
    return rewritten, lost


def _model_raised(
    session: Session, peer: dict[str, Any], meta: dict[str, Any], columns: dict[str, Any]
) -> None:
    """The sender now reads a newer record model (it was upgraded): what was held back from it
    for its older model goes in the next package. Batches up the chain wait unacknowledged
    and go by themselves; changes down the chain were passed over below the watermark it
    confirmed, so the watermark goes back to before the first of them (what it has already is
    recognised by change id)."""
    model = _int_or_none(meta.get("model"))
    known = int(peer["model"])
    if model is None or model <= known:
        return
    columns["model"] = model
    if RANK[peer["role"]] >= RANK[session.device_role]:
        return
    first = sync_state.first_change_of(
        session.store, unreadable_entities(known) - unreadable_entities(model)
    )
    if first is not None:
        acked = columns.get("down_acked", int(peer["down_acked"]))
        columns["down_acked"] = min(acked, first - 1)


def _lost_in_restore(peer: dict[str, Any], restored: Any) -> tuple[int, int] | None:
    """The journal entries lost when the sender was restored from a backup whose head came
    before what this device held of it; None when no such restore was announced."""
    head = restored.get("journal") if isinstance(restored, dict) else None
    known = peer["journal_seq"]
    if (
        known is None
        or not isinstance(head, list)
        or len(head) != 2
        or not isinstance(head[0], int)
        or head[0] > known
    ):
        return None
    return head[0] + 1, int(known)


def _journal_rewritten(peer: dict[str, Any], journal: Any) -> bool:
    """The sender's chain must still hold, at the head it gave before, the same hash."""
    known_seq, known_hash = peer["journal_seq"], peer["journal_hash"]
    if known_seq is None or not isinstance(journal, dict):
        return False
    head = journal.get("head")
    if not isinstance(head, list) or len(head) != 2:
        return True
    if head[0] < known_seq:
        return True  # entries cut off
    if head[0] == known_seq:
        return bool(head[1] != known_hash)
    for point in journal.get("checkpoints") or []:
        if isinstance(point, list) and len(point) == 2 and point[0] == known_seq:
            return bool(point[1] != known_hash)
    return False


def _ranges_ok(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(r, list)
        and len(r) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) for n in r)
        and r[0] <= r[1]
        for r in value
    )
