"""The key file beside the database: the random master key, wrapped once per user.

Each user's password is stretched with Argon2id (argon2-cffi) into a key that wraps the master
key, and the user's own Ed25519 signing key, with AES-GCM (cryptography). Decrypting the wrapped
key is the password check, so no password hash is stored anywhere else. The Argon2id cost is
bound to each slot (it is part of the authenticated data) and kept between a floor and a
ceiling, so an edited cost neither weakens the next wrap nor hangs the sign-in. A recovery key,
printed once by `init`, wraps the master key too, and derives a signing key of its own.
The failed-login counter lives here, so it holds even when the database cannot be opened. The
file is written to a temporary file, flushed and renamed, so a crash never leaves half a key
file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock, Timeout

from inspector_app.domain.errors import AppError

FORMAT = 1
SUFFIX = ".keys"
MAX_FAILURES_BEFORE_DELAY = 5
MAX_LOCK_SECONDS = 15 * 60


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults follow RFC 9106's second recommended option (64 MiB)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret,
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def as_json(self) -> dict[str, int]:
        return {
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        """The cost a slot names, refused (ValueError) unless whole numbers within bounds:
        below the floor a password falls to guessing, above the ceiling a sign-in hangs."""
        if not isinstance(data, dict) or set(data) != {"time_cost", "memory_kib", "parallelism"}:
            raise ValueError("kdf parameters")
        values = {}
        for name, (low, high) in KDF_BOUNDS.items():
            value = data[name]
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"kdf {name} out of range")
            values[name] = value
        return cls(**values)

    def aad(self, label: str) -> bytes:
        """What a wrap authenticates besides its label: the cost itself."""
        return "\x00".join((label, *(str(v) for v in self.as_json().values()))).encode()


# Argon2id cost accepted in a key file: (lowest, highest) of each parameter. The floor is the
# cost tests use (8 MiB, one pass), far above the 8 KiB an attacker once wrote in; the ceiling
# (1 GiB, 16 passes) keeps a sign-in under a minute on the slowest laptop.
KDF_BOUNDS = {"time_cost": (1, 16), "memory_kib": (8 * 1024, 1024 * 1024), "parallelism": (1, 8)}


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


LOCK_SUFFIX = ".lock"
LOCK_WAIT_SECONDS = 60.0


def lock_file_for(keys_path: Path) -> Path:
    return keys_path.with_name(keys_path.name + LOCK_SUFFIX)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Every change of the key file, from reading it to replacing it, under one operating
    system lock (the lock dies with the process: a crash leaves nothing held), so parallel
    processes neither lose each other's users nor miscount failed logins."""
    lock = FileLock(str(lock_file_for(path)), timeout=LOCK_WAIT_SECONDS)
    try:
        with lock:
            yield
    except Timeout:
        raise AppError("keyfile.busy", path=str(path)) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


# A slot whose cost is authenticated; slots written before carry no such mark.
BOUND = "bound"


def _wrap(
    kdf: KdfParams, secret: bytes, master: bytes, label: str, sign_seed: bytes | None = None
) -> dict[str, Any]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    aes = AESGCM(kdf.derive(secret, salt))
    slot: dict[str, Any] = {
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(aes.encrypt(nonce, master, kdf.aad(label))),
        "kdf": kdf.as_json(),
        "aad": BOUND,
    }
    if sign_seed is not None:
        sign_nonce = secrets.token_bytes(12)
        slot["sign_nonce"] = _b64(sign_nonce)
        slot["sign_wrapped"] = _b64(aes.encrypt(sign_nonce, sign_seed, kdf.aad("sign:" + label)))
    return slot


@dataclass(frozen=True)
class Unlocked:
    """What a password opens: the master key, and the user's signing seed (None for a slot
    written before users had signing keys)."""

    master: bytes
    sign_seed: bytes | None


def _unwrap(slot: dict[str, Any], secret: bytes, label: str) -> Unlocked | None:
    """The keys a slot holds, or None when the secret is wrong (or the slot was edited)."""
    kdf = KdfParams.from_json(slot["kdf"])
    aes = AESGCM(kdf.derive(secret, _unb64(slot["salt"])))
    bound = slot.get("aad") == BOUND
    try:
        master = aes.decrypt(
            _unb64(slot["nonce"]),
            _unb64(slot["wrapped"]),
            kdf.aad(label) if bound else label.encode("utf-8"),
        )
        seed = None
        if bound and "sign_wrapped" in slot:
            seed = aes.decrypt(
                _unb64(slot["sign_nonce"]), _unb64(slot["sign_wrapped"]), kdf.aad("sign:" + label)
            )
    except InvalidTag:
        return None
    return Unlocked(master, seed)


def recovery_sign_seed(recovery_key: str) -> bytes:
    """The signing seed the recovery key derives (its public half is in the device card), so
    a recovery is signed by something only the holder of the printed key has."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"inspector-app recovery signing"
    ).derive(_normalise_recovery(recovery_key))


def new_recovery_key() -> str:
    """25 random base32 letters in groups of five: about 125 bits, easy to copy by hand."""
    raw = base64.b32encode(secrets.token_bytes(16)).decode("ascii").rstrip("=")[:25]
    return "-".join(raw[i : i + 5] for i in range(0, 25, 5))


def _normalise_recovery(text: str) -> bytes:
    return "".join(ch for ch in text.upper() if ch.isalnum()).encode("ascii", "ignore")


class KeyFile:
    """The parsed key file. Changes are written with `save()`."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data
        self.detached = False  # read from bytes (a backup): never saved

    # --- creation and loading -------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        login: str,
        password: str,
        kdf: KdfParams | None = None,
        sign_seed: bytes | None = None,
    ) -> tuple[KeyFile, bytes, str]:
        """A new key file with a fresh master key, the first user's slot holding it and
        `sign_seed` (the user's signing key); returns the file, the key and the recovery key."""
        with _locked(path):  # two `init` at once: one makes the file, the other is refused
            return cls._create(path, login, password, kdf, sign_seed)

    @classmethod
    def _create(
        cls,
        path: Path,
        login: str,
        password: str,
        kdf: KdfParams | None,
        sign_seed: bytes | None,
    ) -> tuple[KeyFile, bytes, str]:
        if path.exists():
            raise AppError("keyfile.exists", path=str(path))
        kdf = kdf or KdfParams()
        master = secrets.token_bytes(32)
        recovery = new_recovery_key()
        data: dict[str, Any] = {
            "format": FORMAT,
            "users": {
                login: {
                    **_wrap(kdf, password.encode("utf-8"), master, "user:" + login, sign_seed),
                    "failures": 0,
                    "locked_until": 0,
                }
            },
            "recovery": _wrap(kdf, _normalise_recovery(recovery), master, "recovery"),
        }
        keyfile = cls(path, data)
        keyfile.save()
        return keyfile, master, recovery

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and check the key file; a damaged or foreign file is refused in plain words."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise AppError("keyfile.missing", path=str(path)) from None
        except OSError as exc:
            raise AppError("keyfile.unreadable", path=str(path), reason=str(exc)) from None
        return cls(path, _parse(raw, path))

    @classmethod
    def from_bytes(cls, raw: bytes, shown: Path) -> KeyFile:
        """A key file held elsewhere (inside a backup), checked as `load` checks one and never
        written anywhere: its failed-login counter lives in memory only (`save` does nothing).
        `shown` names it in refusals."""
        keyfile = cls(shown, _parse(raw, shown))
        keyfile.detached = True
        return keyfile

    def _reload(self) -> None:
        """Read the file again (inside the lock): another process may have changed it."""
        if not self.detached:
            self.data = KeyFile.load(self.path).data

    def _transaction(self) -> AbstractContextManager[None]:
        return nullcontext() if self.detached else _locked(self.path)

    def save(self) -> None:
        if self.detached:
            return
        text = json.dumps(self.data, indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(
            prefix=self.path.name + ".", suffix=".part", dir=self.path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(self.path.parent)

    # --- users ---------------------------------------------------------------------------
    @property
    def logins(self) -> list[str]:
        return sorted(self.data["users"])

    def unlock(self, login: str, password: str, now: float | None = None) -> bytes:
        """The master key for a user's password (see `unlock_keys`)."""
        return self.unlock_keys(login, password, now).master

    def unlock_keys(self, login: str, password: str, now: float | None = None) -> Unlocked:
        """The keys a user's password opens; counts failures and delays guessing. The check
        and the count happen under the key file's lock, on the file as it is then, so parallel
        guesses are counted one by one."""
        now = time.time() if now is None else now
        with self._transaction():
            self._reload()
            return self._unlock(login, password, now)

    def _unlock(self, login: str, password: str, now: float) -> Unlocked:
        slot = self.data["users"].get(login)
        if slot is None:
            # as slow as a wrong password, so timing does not tell which logins exist
            self._new_wrap_cost().derive(password.encode("utf-8"), b"0" * 16)
            raise AppError("login.failed")
        locked_until = float(slot.get("locked_until", 0))
        if locked_until > now:
            raise AppError("login.locked", seconds=int(locked_until - now) + 1)
        opened = _unwrap(slot, password.encode("utf-8"), "user:" + login)
        if opened is None:
            failures = int(slot.get("failures", 0)) + 1
            slot["failures"] = failures
            if failures >= MAX_FAILURES_BEFORE_DELAY:
                delay = min(30 * 2 ** (failures - MAX_FAILURES_BEFORE_DELAY), MAX_LOCK_SECONDS)
                slot["locked_until"] = now + delay
            self.save()
            raise AppError("login.failed")
        if slot.get("failures") or slot.get("locked_until"):
            slot["failures"], slot["locked_until"] = 0, 0
            self.save()
        return opened

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        opened = _unwrap(self.data["recovery"], _normalise_recovery(recovery_key), "recovery")
        if opened is None:
            raise AppError("recovery.failed")
        return opened.master

    def _new_wrap_cost(self) -> KdfParams:
        """The cost of a new wrap: the recovery slot's when it is authenticated (a cost edited
        into an older, unbound slot must not weaken the next password), else the default."""
        recovery = self.data["recovery"]
        return KdfParams.from_json(recovery["kdf"]) if recovery.get("aad") == BOUND else KdfParams()

    def set_password(
        self,
        login: str,
        master: bytes,
        password: str,
        kdf: KdfParams | None = None,
        *,
        sign_seed: bytes | None,
    ) -> None:
        """Wrap the master key and `sign_seed` (the user's signing key) for `login`: a new
        user, a changed password, a recovery."""
        with self._transaction():
            self._reload()  # users another process added meanwhile stay
            kdf = kdf or self._new_wrap_cost()
            self.data["users"][login] = {
                **_wrap(kdf, password.encode("utf-8"), master, "user:" + login, sign_seed),
                "failures": 0,
                "locked_until": 0,
            }
            self.save()

    def remove_user(self, login: str) -> None:
        with self._transaction():
            self._reload()
            self.data["users"].pop(login, None)
            self.save()


def _parse(raw: bytes, path: Path) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("users"), dict):
            raise ValueError("no users")
        if data.get("format") != FORMAT:
            raise AppError("keyfile.format", path=str(path), found=str(data.get("format")))
        for slot in [*data["users"].values(), data["recovery"]]:
            if not isinstance(slot, dict):
                raise ValueError("slot")
            for name in ("salt", "nonce", "wrapped"):
                _unb64(slot[name])
            if "sign_wrapped" in slot:
                _unb64(slot["sign_wrapped"])
                _unb64(slot["sign_nonce"])
            KdfParams.from_json(slot["kdf"])
        for slot in data["users"].values():
            for name in ("failures", "locked_until"):
                if type(slot.get(name, 0)) not in (int, float):
                    raise ValueError(name)
    except AppError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise AppError("keyfile.damaged", path=str(path)) from None
    return data


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not every platform can open a folder (Windows cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
