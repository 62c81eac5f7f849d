"""Creating a database: the key file, the schema, this device, its first user, reference data."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from inspector_app.domain import user_certificate
from inspector_app.domain.errors import AppError
from inspector_app.domain.model import COUNTRIES, ROLES
from inspector_app.domain.password_strength import password_problem
from inspector_app.domain.refdata import ReferenceData
from inspector_app.domain.signing import Signer, new_seed, public_of
from inspector_app.domain.text import invisible_characters
from inspector_app.resources import resource_path
from inspector_app.store.keyfile import KdfParams as KdfParams  # noqa: PLC0414 - the window's
from inspector_app.store.keyfile import KeyFile, key_file_for, lock_file_for, recovery_sign_seed
from inspector_app.store.store import Store, utc_now

SEEDED_AT = "2000-01-01T00:00:00Z"  # the stamp of shipped reference data: older than any edit


@dataclass(frozen=True)
class InitRequest:
    path: Path
    role: str
    country: str
    device_name: str
    login: str
    full_name: str
    password: str
    precinct_code: str | None = None
    precinct_name: str | None = None
    district_code: str | None = None
    rank: str | None = None
    badge: str | None = None


@dataclass(frozen=True)
class InitResult:
    device_id: str
    user_id: str
    recovery_key: str
    fingerprint: str


def check_password(password: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuse a password that is short or easy to guess (zxcvbn), saying why; `user_inputs`
    (the login, the full name) count as easy to guess too."""
    problem = password_problem(password, user_inputs)
    if problem is not None:
        raise problem


# a precinct's or district's code: letters and digits (Latin, Cyrillic, Kazakh, Kyrgyz)
CODE = re.compile(r"[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{1,20}")
MAX_NAME = 200


def _check_name(field: str, text: str) -> None:
    """A device's or a person's name: one line, no invisible characters, of a sane length
    (a line break in it broke every tab-separated output that shows it)."""
    if len(text) > MAX_NAME:
        raise AppError("field.too_long", field=field, maximum=MAX_NAME)
    if any(unicodedata.category(char) == "Cc" for char in text) or invisible_characters(text):
        raise AppError("text.control_chars", field=field)


def check_code(code: str | None) -> None:
    if code is not None and not CODE.fullmatch(code):
        raise AppError("init.code", code=code, maximum=20)


MAX_LOGIN = 64


def check_login(login: str) -> None:
    if len(login) > MAX_LOGIN:  # it names a slot of the key file and every journal line
        raise AppError("field.too_long", field="login", maximum=MAX_LOGIN)
    if not login or not login.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise AppError("login.invalid", login=login)


def shipped_refdata(country: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        resource_path("refdata", f"{country}.json").read_text("utf-8")
    )
    ReferenceData.from_json(data)  # refuse a broken file before anything is created
    return data


def number_prefix(request: InitRequest) -> str:
    parts = [p for p in (request.district_code, request.precinct_code) if p]
    return "-".join(parts) if parts else request.role.upper()


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a device's signing key, compared by voice at enrolment."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def init_database(request: InitRequest, kdf: KdfParams | None = None) -> InitResult:
    """Create the database and its key file; on any failure neither is left behind."""
    if request.role not in ROLES:
        raise AppError("init.role", role=request.role)
    if request.country not in COUNTRIES:
        raise AppError("init.country", country=request.country)
    if request.role == "inspector" and not request.precinct_code:
        raise AppError("init.precinct_required")
    if not request.device_name.strip():
        raise AppError("init.device_name")
    if not request.full_name.strip():
        raise AppError("user.full_name_required")
    _check_name("device_name", request.device_name)
    _check_name("full_name", request.full_name)
    for code in (request.precinct_code, request.district_code):
        check_code(code)
    check_login(request.login)
    check_password(request.password, (request.login, request.full_name))
    keys_path = key_file_for(request.path)
    for existing in (request.path, keys_path):
        if existing.exists():
            raise AppError("init.exists", path=str(existing))
    refdata = shipped_refdata(request.country)
    request.path.parent.mkdir(parents=True, exist_ok=True)

    admin_seed = new_seed()
    _keyfile, master, recovery = KeyFile.create(
        keys_path, request.login, request.password, kdf, sign_seed=admin_seed
    )
    try:
        store = Store.open(request.path, master, create=True)
        try:
            result = _populate(store, request, refdata, recovery, admin_seed)
        finally:
            store.close()
    except BaseException:
        for leftover in (
            request.path,
            keys_path,
            lock_file_for(keys_path),
            request.path.with_name(request.path.name + "-wal"),
            request.path.with_name(request.path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return result


def _populate(
    store: Store,
    request: InitRequest,
    refdata: dict[str, object],
    recovery: str,
    admin_seed: bytes,
) -> InitResult:
    device_id = secrets.token_hex(8)
    signing, box = SigningKey.generate(), PrivateKey.generate()
    sign_public = bytes(signing.verify_key)
    user_id = str(uuid.uuid4())
    prefix = number_prefix(request)
    # the first admin signs this transaction, and certifies themselves: their key is the
    # device's anchor, carried in the device card the chief enrols
    admin = Signer(user_id, admin_seed)
    store.signer = admin
    with store.transaction():
        for key, value in {
            "device_id": device_id,
            "role": request.role,
            "country": request.country,
            "epoch": "1",
            "created_at": utc_now(),
            "number_prefix": prefix,
        }.items():
            store.set_meta(key, value)
        store.set_device_secret(device_id, bytes(signing), bytes(box))

        def create(entity: str, values: dict[str, object], record_id: str | None = None) -> None:
            store.create(
                entity, values, author=user_id, device=device_id, action="init", record_id=record_id
            )

        create(
            "device",
            {
                "name": request.device_name.strip(),
                "role": request.role,
                "country": request.country,
                "district_code": request.district_code,
                "precinct_code": request.precinct_code,
                "number_prefix": prefix,
                "sign_public_key": sign_public.hex(),
                "box_public_key": bytes(box.public_key).hex(),
                "trust": "self",
                "admin_public_key": admin.public,
                "recovery_public_key": public_of(recovery_sign_seed(recovery)),
            },
            device_id,
        )
        user: dict[str, object] = {
            "login": request.login,
            "full_name": request.full_name.strip(),
            "rank": request.rank,
            "badge": request.badge,
            "role": request.role,
            "is_admin": 1,
            "device_id": device_id,
            "active": 1,
            "sign_public": admin.public,
        }
        create(
            "user", {**user, "certificate": user_certificate.make(admin, user_id, user)}, user_id
        )
        # Every device seeds the same record (one id per country) at a stamp older than any
        # edit, so a chief's or HQ's edit of the reference data wins on every laptop, whenever
        # the laptop was set up, and two seeds of the same data never conflict.
        store.bulk_create(
            "reference",
            [
                {
                    "id": str(
                        uuid.uuid5(uuid.NAMESPACE_URL, f"inspector-app:refdata:{request.country}")
                    ),
                    "created_at": SEEDED_AT,
                    "country": request.country,
                    "kind": "refdata",
                    "code": request.country,
                    "data": refdata,
                }
            ],
            author=user_id,
            device=device_id,
            action="init",
        )
        district_id = None
        if request.district_code:
            district_id = str(uuid.uuid4())
            create(
                "territory",
                {"kind": "district", "code": request.district_code, "name": request.district_code},
                district_id,
            )
        if request.precinct_code:
            create(
                "precinct",
                {
                    "code": request.precinct_code,
                    "name": request.precinct_name or request.precinct_code,
                    "district_id": district_id,
                    "district_code": request.district_code,
                    "inspector_id": user_id if request.role == "inspector" else None,
                },
            )
    return InitResult(device_id, user_id, recovery, fingerprint(sign_public))
