"""How changes, batches and device cards look inside a package, and how they are signed.

A change travels as one line of canonical JSON. A batch is a set of change lines made by one
device, signed by it: its digest covers every line (newline included), and the device signs
the batch's identity and digest. Relays pass lines on byte for byte (canonical
JSON is one text for one value), so the signature still holds at the far end.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError

_BATCH_CONTEXT = b"inspector-app batch v1\n"
_CARD_CONTEXT = b"inspector-app device card v1\n"
CARD_FORMAT = 1
MAX_LINE = 1024 * 1024  # one change or batch line; a longer line means a damaged package


def change_line(row: Sequence[Any]) -> bytes:
    """A change row of the store (seq, change_id, entity, record_id, hlc, values_json,
    bases_json, author, device[, seen_json]) as its wire line, newline included."""
    wire = {
        "id": row[1],
        "entity": row[2],
        "record": row[3],
        "hlc": row[4],
        "values": json.loads(row[5]),
        "bases": json.loads(row[6]),
        "author": row[7],
        "device": row[8],
    }
    if len(row) > 9 and row[9] and row[9] != "{}":
        wire["seen"] = json.loads(row[9])
    return canonical_json(wire).encode("utf-8") + b"\n"


class BatchDigest:
    """The digest of a batch's lines, whatever their order: the SHA-256 of the sorted SHA-256
    digests of its lines. A relay then need not keep the order lines came in (a change held
    or set aside on the way is stored apart from the others, and still relayed).

    The line digests are kept as packed bytes in 256 buckets by their first byte, so a batch
    of a million lines costs 32 MB, and only one bucket is unpacked at a time to be sorted."""

    def __init__(self) -> None:
        self._buckets = [bytearray() for _ in range(256)]
        self.count = 0

    def add(self, line: bytes) -> None:
        digest = hashlib.sha256(line).digest()
        self._buckets[digest[0]] += digest
        self.count += 1

    def hexdigest(self) -> str:
        total = hashlib.sha256()
        for bucket in self._buckets:
            pieces = sorted(bytes(bucket[i : i + 32]) for i in range(0, len(bucket), 32))
            total.update(b"".join(pieces))
        return total.hexdigest()


def batch_statement(batch: Mapping[str, Any]) -> bytes:
    fields = {k: batch[k] for k in ("batch_id", "origin", "epoch", "seq", "count", "digest")}
    return _BATCH_CONTEXT + canonical_json(fields).encode("utf-8")


def sign_batch(batch: Mapping[str, Any], signing_seed: bytes) -> str:
    return SigningKey(signing_seed).sign(batch_statement(batch)).signature.hex()


def batch_signature_ok(batch: Mapping[str, Any], sign_public: bytes) -> bool:
    try:
        VerifyKey(sign_public).verify(batch_statement(batch), bytes.fromhex(batch["signature"]))
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


# --- device cards ---------------------------------------------------------------------------
CARD_FIELDS = (
    "device_id",
    "name",
    "role",
    "country",
    "district_code",
    "precinct_code",
    "sign_public",
    "box_public",
    "formats",
    "model",
    # the anchors of its users' certificates: its first admin's key and its recovery key's
    "admin_public",
    "recovery_public",
)


def fingerprint(sign_public_hex: str) -> str:
    """A short, readable fingerprint of a device's signing key, compared by voice."""
    digest = hashlib.sha256(bytes.fromhex(sign_public_hex)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def make_card(fields: Mapping[str, Any], signing_seed: bytes) -> dict[str, Any]:
    card = {k: fields[k] for k in CARD_FIELDS}
    card["card_format"] = CARD_FORMAT
    statement = _CARD_CONTEXT + canonical_json(card).encode("utf-8")
    card["signature"] = SigningKey(signing_seed).sign(statement).signature.hex()
    return card


def _hex_key(value: Any) -> bool:
    try:
        return isinstance(value, str) and len(bytes.fromhex(value)) == 32
    except ValueError:
        return False


def check_card(card: Any) -> dict[str, Any]:
    """A device card read from a file or a package, checked whole: shape and self-signature."""
    if not isinstance(card, dict) or card.get("card_format") != CARD_FORMAT:
        raise AppError("card.invalid")
    text_fields = ("device_id", "name", "role")
    if any(not isinstance(card.get(k), str) or not card[k] for k in text_fields):
        raise AppError("card.invalid")
    if card["role"] not in ("inspector", "chief", "hq") or len(card["name"]) > 200:
        raise AppError("card.invalid")
    for optional in ("country", "district_code", "precinct_code"):
        if card.get(optional) is not None and not isinstance(card[optional], str):
            raise AppError("card.invalid")
    if not (_hex_key(card.get("sign_public")) and _hex_key(card.get("box_public"))):
        raise AppError("card.invalid")
    for anchor in ("admin_public", "recovery_public"):  # none on a database made before
        if card.get(anchor) is not None and not _hex_key(card[anchor]):
            raise AppError("card.invalid")
    formats = card.get("formats")
    if not isinstance(formats, list) or not all(
        isinstance(f, int) and not isinstance(f, bool) for f in formats
    ):
        raise AppError("card.invalid")
    if not isinstance(card.get("model"), int) or isinstance(card.get("model"), bool):
        raise AppError("card.invalid")
    unsigned = {k: card.get(k) for k in CARD_FIELDS}
    unsigned["card_format"] = CARD_FORMAT
    statement = _CARD_CONTEXT + canonical_json(unsigned).encode("utf-8")
    try:
        VerifyKey(bytes.fromhex(card["sign_public"])).verify(
            statement, bytes.fromhex(str(card.get("signature")))
        )
    except (BadSignatureError, ValueError, TypeError):
        raise AppError("card.bad_signature") from None
    return {**unsigned, "signature": card["signature"]}


def parse_line(line: bytes) -> Any:
    if len(line) > MAX_LINE:
        raise AppError("package.damaged", reason="line too long")
    try:
        return json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise AppError("package.damaged", reason="line") from None
