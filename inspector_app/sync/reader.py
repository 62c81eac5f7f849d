"""Reading a package's contents in one pass: it yields checked, verified pieces; the caller
(the sync service) applies them to the store inside its transaction, and rolls back when
anything later turns out wrong. Nothing here knows the store, so the same reader can one day
feed another database.

Members, in this order:
    meta.json        the sender's card, acknowledgements, journal head, what the package covers
    cards.jsonl      device cards the sender vouches for, and revocations (chief to HQ)
    batches.jsonl    a batch line ({"batch": {...}}) then its change lines, again and again
    changes.jsonl    change lines the sender vouches for itself (sent down to a device)
    blobs.bin        attachments' bytes: a line {"sha256", "size"}, then that many bytes, again
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.sync.container import PackageReader, damaged
from inspector_app.sync.wire import BatchDigest, batch_signature_ok, check_card, parse_line

MEMBER_ORDER = ("meta.json", "cards.jsonl", "batches.jsonl", "changes.jsonl", "blobs.bin")
MAX_BLOB = 32 * 1024 * 1024
MAX_META = 4 * 1024 * 1024
CHUNK_CHANGES = 2000


@dataclass(frozen=True)
class Meta:
    fields: dict[str, Any]


@dataclass(frozen=True)
class Cards:
    cards: list[dict[str, Any]]
    revocations: list[dict[str, Any]]


@dataclass(frozen=True)
class BatchStart:
    batch: dict[str, Any]


@dataclass(frozen=True)
class Changes:
    """Checked changes (as `check_change` returns them); `batch_id` is the batch they belong
    to, None when the sender vouches for them itself (sent down)."""

    changes: list[Any]
    batch_id: str | None


@dataclass(frozen=True)
class BatchEnd:
    batch: dict[str, Any]


@dataclass(frozen=True)
class Blob:
    """An attachment's bytes, checked against the hash they are stored under."""

    sha256: str
    data: bytes


Piece = Meta | Cards | BatchStart | Changes | BatchEnd | Blob
CheckChange = Callable[[Any], Any]
OriginKey = Callable[[str], bytes]


def _lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    rest = b""
    for chunk in chunks:
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        if len(rest) > 1024 * 1024:
            raise damaged("line too long")
        yield from parts
    if rest:
        raise damaged("unfinished line")


def _read_whole(chunks: Iterator[bytes], limit: int) -> bytes:
    data = b""
    for chunk in chunks:
        data += chunk
        if len(data) > limit:
            raise damaged("member too large")
    return data


def _blobs(chunks: Iterator[bytes]) -> Iterator[Blob]:
    buffer = bytearray()  # grows by chunks, consumed from the front: no quadratic copying
    for chunk in chunks:
        buffer += chunk
        while True:
            end = buffer.find(b"\n")
            if end < 0:
                if len(buffer) > 4096:
                    raise damaged("blob header")
                break
            head = parse_line(bytes(buffer[:end]))
            if not (
                isinstance(head, dict)
                and isinstance(head.get("sha256"), str)
                and isinstance(head.get("size"), int)
                and not isinstance(head.get("size"), bool)
                and 0 <= head["size"] <= MAX_BLOB
            ):
                raise damaged("blob header")
            if len(buffer) - end - 1 < head["size"]:
                break  # the bytes are still coming
            data = bytes(buffer[end + 1 : end + 1 + head["size"]])
            del buffer[: end + 1 + head["size"]]
            if hashlib.sha256(data).hexdigest() != head["sha256"]:
                raise damaged("blob hash")
            yield Blob(head["sha256"], data)
    if buffer:
        raise damaged("unfinished blob")


def _batch_header(value: Any) -> dict[str, Any]:
    batch = value.get("batch") if isinstance(value, dict) else None
    if not isinstance(batch, dict):
        raise damaged("batch line")
    for name, kind in (
        ("batch_id", str),
        ("origin", str),
        ("epoch", int),
        ("seq", int),
        ("count", int),
        ("digest", str),
        ("signature", str),
    ):
        if not isinstance(batch.get(name), kind) or isinstance(batch.get(name), bool):
            raise damaged("batch field", field=name)
    if batch["count"] < 0 or batch["seq"] < 1 or batch["epoch"] < 1 or len(batch["batch_id"]) > 64:
        raise damaged("batch field")
    return batch


def read_contents(
    reader: PackageReader, *, check_change: CheckChange, origin_key: OriginKey
) -> Iterator[Piece]:
    """The package's pieces, each checked; the manifest is checked after the last one."""
    last = -1
    for name, chunks in reader.members():
        if name not in MEMBER_ORDER or MEMBER_ORDER.index(name) <= last:
            raise damaged("member order", member=name)
        if last < 0 and name != "meta.json":
            raise damaged("member order", member=name)
        last = MEMBER_ORDER.index(name)
        if name == "meta.json":
            meta = parse_line(_read_whole(chunks, MAX_META))
            if not isinstance(meta, dict):
                raise damaged("meta")
            yield Meta(meta)
        elif name == "cards.jsonl":
            yield _cards(_lines(chunks))
        elif name == "batches.jsonl":
            yield from _batches(_lines(chunks), check_change, origin_key)
        elif name == "changes.jsonl":
            yield from _chunked(_lines(chunks), check_change, None, None)
        else:
            yield from _blobs(chunks)
    if last < 0:
        raise damaged("no meta")
    reader.close()


def _cards(lines: Iterator[bytes]) -> Cards:
    cards, revocations = [], []
    for line in lines:
        value = parse_line(line)
        if isinstance(value, dict) and "revoked" in value:
            revoked = value["revoked"]
            if not (
                isinstance(revoked, dict)
                and isinstance(revoked.get("device_id"), str)
                and isinstance(revoked.get("after_batch"), int)
            ):
                raise damaged("revocation")
            revocations.append(revoked)
        elif isinstance(value, dict) and "card" in value:
            try:
                cards.append(check_card(value["card"]))
            except AppError:
                raise damaged("vouched card") from None
        else:
            raise damaged("card line")
        if len(cards) + len(revocations) > 100_000:
            raise damaged("too many cards")
    return Cards(cards, revocations)


def _chunked(
    lines: Iterator[bytes],
    check_change: CheckChange,
    batch_id: str | None,
    digest: BatchDigest | None,
    count: int | None = None,
) -> Iterator[Changes]:
    pending: list[Any] = []
    for line in lines:
        if digest is not None:
            digest.add(line + b"\n")
        pending.append(check_change(parse_line(line)))
        if len(pending) >= CHUNK_CHANGES:
            yield Changes(pending, batch_id)
            pending = []
        if count is not None and digest is not None and digest.count >= count:
            break
    if pending:
        yield Changes(pending, batch_id)


def _batches(
    lines: Iterator[bytes], check_change: CheckChange, origin_key: OriginKey
) -> Iterator[Piece]:
    for line in lines:
        batch = _batch_header(parse_line(line))
        if not batch_signature_ok(batch, origin_key(batch["origin"])):
            raise AppError("package.bad_batch_signature", origin=batch["origin"])
        yield BatchStart(batch)
        digest = BatchDigest()
        if batch["count"]:
            for piece in _chunked(lines, check_change, batch["batch_id"], digest, batch["count"]):
                for change in piece.changes:
                    if change.device != batch["origin"]:
                        raise damaged("change of another device in a batch")
                yield piece
        if digest.count != batch["count"] or digest.hexdigest() != batch["digest"]:
            raise damaged("batch digest", batch=batch["batch_id"])
        yield BatchEnd(batch)
