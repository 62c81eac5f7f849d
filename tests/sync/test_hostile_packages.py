"""Every package file is hostile until proven otherwise: thousands of mutated, truncated,
reordered, replayed and forged packages are each refused whole, with a code a person can be
told, and leave the receiving database exactly as it was (`dump` before and after)."""

from __future__ import annotations

import io
import random
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from inspector_app.domain.canonical import canonical_json
from inspector_app.store import sync_state
from inspector_app.sync.container import PackageWriter
from tests.sync.network import District, Node

REFUSAL_CODES = {
    "package.damaged",
    "package.not_a_package",
    "package.newer_format",
    "package.bad_signature",
    "package.bad_batch_signature",
    "package.not_for_us",
    "package.unknown_sender",
    "package.unknown_origin",
    "package.too_large",
    "change.malformed",
    "file.not_a_file",
}


def _keys(node: Node) -> tuple[bytes, bytes]:
    return sync_state.device_secret(node.session.store, node.device_id)


def _box_public(node: Node) -> bytes:
    record = sync_state.device_record(node.session.store, node.device_id)
    assert record is not None
    return bytes.fromhex(record["box_public_key"])


def _assert_refused(node: Node, data: bytes, folder: Path, label: str) -> str:
    path = folder / f"{label}.iapkg"
    path.write_bytes(data)
    outcome = node.take(path)
    assert outcome.status == "refused", label
    assert outcome.error is not None and outcome.error.code in REFUSAL_CODES, (
        label,
        outcome.error,
    )
    return outcome.error.code


@pytest.fixture
def sent(district: District) -> tuple[District, bytes, list[str]]:
    """A real package from the first laptop to the chief, and the chief's dump before it."""
    first = district.first
    for n in range(12):
        first.add_person(f"Адам{n}", name="Әлібек", notes="ескерту " * 40)
    package = first.export()
    return district, package.read_bytes(), district.chief.dump()


def test_thousands_of_flipped_bytes_are_refused(sent, tmp_path: Path) -> None:
    district, good, before = sent
    chief = district.chief
    rng = random.Random(7)
    for trial in range(1500):
        mutated = bytearray(good)
        for _ in range(rng.choice((1, 1, 2, 8))):
            mutated[rng.randrange(len(mutated))] ^= 1 << rng.randrange(8)
        _assert_refused(chief, bytes(mutated), tmp_path, f"flip-{trial}")
    assert chief.dump() == before
    assert chief.take(_write(tmp_path, "good", good)).status == "imported"


def test_truncated_extended_and_spliced_packages_are_refused(sent, tmp_path: Path) -> None:
    district, good, before = sent
    chief = district.chief
    rng = random.Random(11)
    cuts = sorted(
        {0, 1, 4, 5, 9, 10, len(good) - 1, *(rng.randrange(len(good)) for _ in range(300))}
    )
    for cut in cuts:
        _assert_refused(chief, good[:cut], tmp_path, f"cut-{cut}")
    _assert_refused(chief, good + b"\x00", tmp_path, "extra-byte")
    _assert_refused(chief, good + good, tmp_path, "twice")
    for trial in range(200):  # a run of bytes moved elsewhere
        start = rng.randrange(len(good) - 64)
        length = rng.randrange(1, 64)
        piece = good[start : start + length]
        rest = good[:start] + good[start + length :]
        at = rng.randrange(len(rest))
        spliced = rest[:at] + piece + rest[at:]
        if spliced != good:
            _assert_refused(chief, spliced, tmp_path, f"splice-{trial}")
    assert chief.dump() == before


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / f"{name}.iapkg"
    path.write_bytes(data)
    return path


def _crafted(
    sender: Node,
    recipient: Node,
    members: list[tuple[str, bytes]],
    *,
    signing_seed: bytes | None = None,
    header: dict[str, object] | None = None,
    finish: bool = True,
) -> bytes:
    """A package built by hand with real keys, to say what the writer never would."""
    seed, _box = _keys(sender)
    out = io.BytesIO()
    fields: dict[str, object] = {
        "package_id": str(uuid.uuid4()),
        "sender": sender.device_id,
        "recipient": recipient.device_id,
        "seq": 99,
        "epoch": 1,
        "made_at": "2026-12-01T00:00:00Z",
        "model": 1,
    }
    fields.update(header or {})
    writer = PackageWriter(
        out, fields, signing_seed=signing_seed or seed, recipient_box_public=_box_public(recipient)
    )
    for name, data in members:
        writer.member(name, data)
    if finish:
        writer.finish()
    return out.getvalue()


def _meta(node: Node) -> bytes:
    from inspector_app.services.sync.devices import own_card

    meta = {"card": own_card(node.session), "model": 1, "watermark": None, "ack": {}}
    return canonical_json(meta).encode()


def test_reordered_missing_and_strange_members_are_refused(
    district: District, tmp_path: Path
) -> None:
    first, chief = district.first, district.chief
    before = chief.dump()
    meta = _meta(first)
    cases: dict[str, Callable[[], bytes]] = {
        "no-meta": lambda: _crafted(first, chief, [("batches.jsonl", b"")]),
        "meta-last": lambda: _crafted(first, chief, [("cards.jsonl", b""), ("meta.json", meta)]),
        "meta-twice": lambda: _crafted(first, chief, [("meta.json", meta), ("meta.json", meta)]),
        "path-member": lambda: _crafted(first, chief, [("meta.json", meta), ("../../x", b"x")]),
        "absolute-member": lambda: _crafted(
            first, chief, [("meta.json", meta), ("/etc/passwd", b"")]
        ),
        "unfinished": lambda: _crafted(first, chief, [("meta.json", meta)], finish=False),
        "meta-not-json": lambda: _crafted(first, chief, [("meta.json", b"\xff\xfe")]),
        "meta-a-list": lambda: _crafted(first, chief, [("meta.json", b"[]")]),
        "cards-from-a-laptop": lambda: _crafted(
            first, chief, [("meta.json", meta), ("cards.jsonl", b'{"card": {}}\n')]
        ),
        "unbatched-changes-from-below": lambda: _crafted(
            first, chief, [("meta.json", meta), ("changes.jsonl", b"{}\n")]
        ),
        "batch-garbage": lambda: _crafted(
            first, chief, [("meta.json", meta), ("batches.jsonl", b'{"batch": 1}\n')]
        ),
        "endless-line": lambda: _crafted(
            first, chief, [("meta.json", meta), ("batches.jsonl", b"x" * (3 << 20))]
        ),
        "forged-by-a-stranger": lambda: _crafted(
            first, chief, [("meta.json", meta)], signing_seed=bytes(SigningKey.generate())
        ),
        "for-someone-else": lambda: _crafted(
            first, chief, [("meta.json", meta)], header={"recipient": "0" * 16}
        ),
        "from-a-stranger": lambda: _crafted(
            first, chief, [("meta.json", meta)], header={"sender": "f" * 16}
        ),
    }
    for label, make in cases.items():
        _assert_refused(chief, make(), tmp_path, label)
    assert chief.dump() == before


def test_a_package_sealed_to_another_key_is_refused(district: District, tmp_path: Path) -> None:
    first, chief = district.first, district.chief
    seed, _box = _keys(first)
    out = io.BytesIO()
    writer = PackageWriter(
        out,
        {
            "package_id": str(uuid.uuid4()),
            "sender": first.device_id,
            "recipient": chief.device_id,
            "seq": 5,
        },
        signing_seed=seed,
        recipient_box_public=bytes(PrivateKey.generate().public_key),
    )
    writer.member("meta.json", _meta(first))
    writer.finish()
    before = chief.dump()
    _assert_refused(chief, out.getvalue(), tmp_path, "sealed-elsewhere")
    assert chief.dump() == before


def test_a_batch_with_a_forged_origin_signature_is_refused(
    district: District, tmp_path: Path
) -> None:
    first, chief = district.first, district.chief
    first.add_person("Қасымов")
    good = first.export()
    # a batch line re-signed by a stranger, inside a package otherwise correctly made
    from inspector_app.sync.container import PackageReader, check_signature, read_header

    with open(good, "rb") as raw:
        header = read_header(raw)
        check_signature(
            header,
            bytes.fromhex(
                sync_state.device_record(first.session.store, first.device_id)["sign_public_key"]
            ),
        )
        _seed, box = _keys(chief)
        reader = PackageReader(raw, header, box_private=box, sign_public=b"\x00" * 32)
        members = [(name, b"".join(chunks)) for name, chunks in reader.members()]
    batches = dict(members)["batches.jsonl"].split(b"\n")
    import json

    line = json.loads(batches[0])
    line["batch"]["signature"] = SigningKey.generate().sign(b"x").signature.hex()
    batches[0] = canonical_json(line).encode()
    forged = [(n, b"\n".join(batches) if n == "batches.jsonl" else d) for n, d in members]
    before = chief.dump()
    code = _assert_refused(chief, _crafted(first, chief, forged), tmp_path, "forged-batch")
    assert code == "package.bad_batch_signature"
    assert chief.dump() == before


def test_a_replayed_old_package_changes_nothing(district: District) -> None:
    first, chief = district.first, district.chief
    first.add_person("Бірінші")
    old = first.export()
    chief.take(old)
    first.add_person("Екінші")
    chief.take(first.export())
    before = chief.dump()
    assert chief.take(old).status == "already-imported"
    assert chief.dump() == before


def test_a_folder_a_device_and_an_endless_file_are_refused(
    district: District, tmp_path: Path
) -> None:
    chief = district.chief
    before = chief.dump()
    for path in (tmp_path, Path("/dev/null")):
        outcome = chief.take(path)
        assert outcome.status == "refused"
    huge = tmp_path / "zeros.iapkg"
    with open(huge, "wb") as out:
        out.truncate(3 << 30)  # a sparse file of 3 GiB of zeros
    outcome = chief.take(huge)
    assert outcome.status == "refused" and outcome.error is not None
    assert outcome.error.code == "package.not_a_package"
    assert chief.dump() == before
