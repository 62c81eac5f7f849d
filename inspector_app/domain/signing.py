"""Ed25519 signatures (PyNaCl): users sign what they write, admins sign who may write.

A signer holds one user's private key for as long as the user is signed in; anyone holding
the public half can check. Messages start with a purpose, so a signature made for one thing
is never valid for another.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

SEED_BYTES = 32


def new_seed() -> bytes:
    return secrets.token_bytes(SEED_BYTES)


def public_of(seed: bytes) -> str:
    return bytes(SigningKey(seed).verify_key).hex()


@dataclass(frozen=True)
class Signer:
    """A signed-in user's key: `user_id` None for the recovery key, which signs recoveries."""

    user_id: str | None
    seed: bytes

    @property
    def public(self) -> str:
        return public_of(self.seed)

    def sign(self, purpose: str, message: bytes) -> str:
        return SigningKey(self.seed).sign(_framed(purpose, message)).signature.hex()


def signature_valid(public: str, purpose: str, message: bytes, signature: str) -> bool:
    """Whether `signature` (hex) is `public`'s (hex) over `message` for `purpose`; anything
    malformed is simply not valid."""
    try:
        VerifyKey(bytes.fromhex(public)).verify(_framed(purpose, message), bytes.fromhex(signature))
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def _framed(purpose: str, message: bytes) -> bytes:
    return b"inspector-app\x00" + purpose.encode("ascii") + b"\x00" + message
