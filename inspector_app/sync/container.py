"""The sync package as bytes: a signed plaintext header, then an encrypted stream of members.

Layout (docs/sync-format.md has the full description):

    "IAPKG" | format (1 byte) | header length (4 bytes, big-endian) | header (canonical JSON)
    | Ed25519 signature of everything before it (64 bytes)
    | frames: length (4 bytes, big-endian) | secretstream ciphertext

The file key is random, sealed to the recipient's X25519 key (libsodium sealed box) inside the
signed header; the payload is libsodium's secretstream (XChaCha20-Poly1305), each message bound
to the header's hash as associated data. Every byte is therefore authenticated: the header by
the sender's signature, the frames by the stream (which also refuses reordered, dropped or
truncated frames), and the last frame (tagged FINAL) carries a manifest of every member's size
and SHA-256, signed by the sender, so the recipient cannot pass off other contents as the
sender's. Nothing is hand-made: PyNaCl (libsodium) does all the cryptography.

Frames hold one plaintext message each: a type byte, then its body:
    B  a member begins (JSON: name)       D  member data (at most 64 KiB)
    E  the member ends                    Z  the signed manifest (final frame)
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol

from nacl import bindings as sodium
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError

MAGIC = b"IAPKG"
FORMAT = 1
READABLE_FORMATS = frozenset({1})
MAX_HEADER = 64 * 1024
CHUNK = 64 * 1024
MAX_FRAME = CHUNK + 1 + sodium.crypto_secretstream_xchacha20poly1305_ABYTES
MAX_MEMBERS = 64
MAX_NAME = 128
SIGNATURE = 64
_PREFIX = struct.Struct(">5sBI")
_LENGTH = struct.Struct(">I")
_MANIFEST_CONTEXT = b"inspector-app package manifest v1\n"
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


def damaged(reason: str, **params: Any) -> AppError:
    return AppError("package.damaged", reason=reason, **params)


@dataclass(frozen=True)
class Header:
    """What anyone holding the file may read: who sent it, to whom, which one it is."""

    fields: dict[str, Any]
    raw: bytes  # prefix + header JSON + signature, exactly as in the file

    @property
    def package_id(self) -> str:
        return str(self.fields["package_id"])

    @property
    def sender(self) -> str:
        return str(self.fields["sender"])

    @property
    def recipient(self) -> str:
        return str(self.fields["recipient"])

    @property
    def seq(self) -> int:
        return int(self.fields["seq"])

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.raw).digest()


# --- writing --------------------------------------------------------------------------------
class Sink(Protocol):
    """Where a package is written: a file, or the volumes of one."""

    def write(self, data: bytes, /) -> int: ...


class PackageWriter:
    """Writes a package to a binary stream: members one after another, then `finish`."""

    def __init__(
        self,
        out: Sink,
        fields: dict[str, Any],
        *,
        signing_seed: bytes,
        recipient_box_public: bytes,
    ) -> None:
        self._out = out
        self._signer = SigningKey(signing_seed)
        file_key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(
            self._state, file_key
        )
        sealed = SealedBox(PublicKey(recipient_box_public)).encrypt(file_key)
        header = dict(fields)
        header["format"] = FORMAT
        header["key"] = base64.b64encode(sealed).decode("ascii")
        header["stream"] = base64.b64encode(stream_header).decode("ascii")
        body = canonical_json(header).encode("utf-8")
        if len(body) > MAX_HEADER:
            raise ValueError("package header too large")
        signed = _PREFIX.pack(MAGIC, FORMAT, len(body)) + body
        raw = signed + self._signer.sign(signed).signature
        out.write(raw)
        self._ad = hashlib.sha256(raw).digest()
        self._members: list[dict[str, Any]] = []
        self._current: dict[str, Any] | None = None
        self._hash: Any = None

    def _frame(self, kind: bytes, body: bytes, tag: int = _TAG_MESSAGE) -> None:
        cipher = sodium.crypto_secretstream_xchacha20poly1305_push(
            self._state, kind + body, self._ad, tag
        )
        self._out.write(_LENGTH.pack(len(cipher)) + cipher)

    def begin(self, name: str) -> None:
        if self._current is not None:
            raise RuntimeError("a member is open")
        self._current = {"name": name, "size": 0}
        self._hash = hashlib.sha256()
        self._frame(b"B", canonical_json({"name": name}).encode("utf-8"))

    def write(self, data: bytes) -> None:
        assert self._current is not None, "no member is open"
        for start in range(0, len(data), CHUNK):
            piece = data[start : start + CHUNK]
            self._hash.update(piece)
            self._current["size"] += len(piece)
            self._frame(b"D", piece)

    def end(self) -> None:
        assert self._current is not None, "no member is open"
        self._current["sha256"] = self._hash.hexdigest()
        self._members.append(self._current)
        self._current = None
        self._frame(b"E", b"")

    def member(self, name: str, data: bytes) -> None:
        self.begin(name)
        self.write(data)
        self.end()

    def finish(self) -> None:
        manifest = canonical_json({"header": self._ad.hex(), "members": self._members})
        body = manifest.encode("utf-8")
        signature = self._signer.sign(_MANIFEST_CONTEXT + body).signature
        self._frame(b"Z", signature + body, _TAG_FINAL)


# --- reading --------------------------------------------------------------------------------
def _read_exact(stream: BinaryIO, size: int, what: str) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise damaged("truncated", part=what)
    return data


def read_header(stream: BinaryIO) -> Header:
    """The header, parsed and bounded, its signature not yet checked (the sender's key is
    looked up by the caller, from the sender named here)."""
    prefix = stream.read(_PREFIX.size)
    if len(prefix) < _PREFIX.size or not prefix.startswith(MAGIC):
        raise AppError("package.not_a_package")
    _magic, version, length = _PREFIX.unpack(prefix)
    if version not in READABLE_FORMATS:
        raise AppError("package.newer_format", format=version)
    if length > MAX_HEADER:
        raise damaged("header size")
    body = _read_exact(stream, length, "header")
    signature = _read_exact(stream, SIGNATURE, "signature")
    try:
        fields = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged("header") from None
    if not isinstance(fields, dict):
        raise damaged("header")
    for name, kind in (
        ("package_id", str),
        ("sender", str),
        ("recipient", str),
        ("seq", int),
        ("key", str),
        ("stream", str),
    ):
        if not isinstance(fields.get(name), kind) or isinstance(fields.get(name), bool):
            raise damaged("header field", field=name)
    if fields.get("format") != version:
        raise damaged("header format")
    return Header(fields, prefix + body + signature)


def check_signature(header: Header, sign_public: bytes) -> None:
    signed, signature = header.raw[:-SIGNATURE], header.raw[-SIGNATURE:]
    try:
        VerifyKey(sign_public).verify(signed, signature)
    except (BadSignatureError, ValueError):
        raise AppError("package.bad_signature", sender=header.sender) from None


class PackageReader:
    """Reads the members of a package after its header, in one pass, in bounded memory.

    `members()` yields (name, chunks) pairs; the caller consumes each member's chunks before
    asking for the next. `close()` must be called at the end: it checks the signed manifest
    and that nothing follows it. Until then nothing read may be trusted to be complete."""

    def __init__(
        self, stream: BinaryIO, header: Header, *, box_private: bytes, sign_public: bytes
    ) -> None:
        self._stream = stream
        self._header = header
        self._sign_public = sign_public
        private = PrivateKey(box_private)
        try:
            file_key = SealedBox(private).decrypt(base64.b64decode(header.fields["key"]))
            stream_header = base64.b64decode(header.fields["stream"], validate=True)
            self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
            sodium.crypto_secretstream_xchacha20poly1305_init_pull(
                self._state, stream_header, file_key
            )
        except (CryptoError, ValueError, TypeError):
            raise AppError("package.not_for_us") from None
        self._ad = header.digest
        self._seen: list[dict[str, Any]] = []
        self._finished = False
        self._pending: tuple[bytes, bytes] | None = None

    def _next(self) -> tuple[bytes, bytes]:
        if self._pending is not None:
            found, self._pending = self._pending, None
            return found
        if self._finished:
            raise damaged("after the end")
        length = _LENGTH.unpack(_read_exact(self._stream, _LENGTH.size, "frame"))[0]
        if length > MAX_FRAME or length < sodium.crypto_secretstream_xchacha20poly1305_ABYTES:
            raise damaged("frame size")
        cipher = _read_exact(self._stream, length, "frame")
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                self._state, cipher, self._ad
            )
        except (CryptoError, ValueError, RuntimeError):
            raise damaged("frame") from None
        if not plain:
            raise damaged("frame")
        kind = plain[:1]
        if (tag == _TAG_FINAL) != (kind == b"Z"):
            raise damaged("final frame")
        if tag == _TAG_FINAL:
            self._finished = True
        return kind, plain[1:]

    def members(self) -> Iterator[tuple[str, Iterator[bytes]]]:
        while True:
            kind, body = self._next()
            if kind == b"Z":
                self._pending = (kind, body)
                return
            if kind != b"B" or len(self._seen) >= MAX_MEMBERS or len(body) > 4 * MAX_NAME:
                raise damaged("member start")
            try:
                name = json.loads(body.decode("utf-8"))["name"]
            except (UnicodeDecodeError, ValueError, KeyError, TypeError):
                raise damaged("member name") from None
            if not isinstance(name, str) or not name or len(name) > MAX_NAME:
                raise damaged("member name")
            entry: dict[str, Any] = {"name": name, "size": 0}
            digest = hashlib.sha256()
            self._seen.append(entry)
            chunks = self._chunks(entry, digest)
            yield name, chunks
            for _ in chunks:  # the caller skipped the rest of the member: read past it
                pass

    def _chunks(self, entry: dict[str, Any], digest: Any) -> Iterator[bytes]:
        while True:
            kind, body = self._next()
            if kind == b"D":
                digest.update(body)
                entry["size"] += len(body)
                yield body
            elif kind == b"E" and not body:
                entry["sha256"] = digest.hexdigest()
                return
            else:
                raise damaged("member data")

    def close(self) -> None:
        """Check the signed manifest against what was read, and that the file ends there."""
        kind, body = self._next()
        if kind != b"Z" or len(body) < SIGNATURE:
            raise damaged("manifest")
        signature, manifest = body[:SIGNATURE], body[SIGNATURE:]
        try:
            VerifyKey(self._sign_public).verify(_MANIFEST_CONTEXT + manifest, signature)
        except (BadSignatureError, ValueError):
            raise AppError("package.bad_signature", sender=self._header.sender) from None
        expected = {"header": self._ad.hex(), "members": self._seen}
        if json.loads(manifest.decode("utf-8")) != expected:
            raise damaged("manifest contents")
        if self._stream.read(1):
            raise damaged("bytes after the end")
