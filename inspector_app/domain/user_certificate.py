"""Who may sign in and with which powers, signed by an admin: a user's certificate.

A user record carries the user's public signing key and a certificate: an admin's signature
over the fields that grant power (login, role, admin flag, active, device, key). A change to
any of them needs a new certificate, so a user who holds the database key but not an admin's
password cannot make anyone an admin: the record would no longer match its certificate.

The chain ends at the device's anchors, in the device card the chief enrolled: the key of the
admin made at `init` and the key derived from the recovery key. An admin's certificate is good
when its signer is an anchor or another admin of the same device with a good certificate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.signing import Signer, signature_valid

PURPOSE = "user-certificate"
# the fields whose values a certificate fixes
FIELDS = ("login", "role", "is_admin", "active", "device_id", "sign_public")
# a certificate an upgraded database's user gave themselves at first sign-in (no admin key
# existed when the user was made): it ratifies only the powers the user had before signing
# started (`problem`'s `legacy`), never new ones
LEGACY = "legacy"


def _message(user_id: str, values: Mapping[str, Any]) -> bytes:
    fixed = {name: values.get(name) for name in FIELDS}
    fixed["is_admin"] = int(bool(fixed["is_admin"]))
    fixed["active"] = int(bool(fixed["active"]))
    return canonical_json({"id": user_id, **fixed}).encode("utf-8")


def make(signer: Signer, user_id: str, values: Mapping[str, Any], *, legacy: bool = False) -> str:
    """The certificate text for a user record holding `values`."""
    body: dict[str, Any] = {
        "by": signer.public,
        "sig": signer.sign(PURPOSE, _message(user_id, values)),
    }
    if legacy:
        body[LEGACY] = True
    return canonical_json(body)


def parse(text: Any) -> dict[str, Any] | None:
    try:
        body = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("by"), str):
        return None
    if not isinstance(body.get("sig"), str):
        return None
    return body


def problem(
    user: Mapping[str, Any],
    users_by_key: Mapping[str, Mapping[str, Any]],
    anchors: frozenset[str],
    *,
    legacy: Mapping[str, Mapping[str, Any]] | None,
    _seen: frozenset[str] = frozenset(),
) -> str | None:
    """Why `user`'s certificate is not good (None when it is): "missing", "forged" (the
    signature does not match the fields) or "unauthorised" (signed by a key that is neither an
    anchor nor a certified admin of the same device). `users_by_key`: the device's users by
    public key; `anchors`: the device's anchor keys; `legacy`: on a database made before
    signing, each user's fields as they stood when signing started (None: no such database,
    and no certificate a user gave themselves is good)."""
    body = parse(user.get("certificate"))
    if body is None:
        return "missing"
    user_id = str(user["id"])
    if not signature_valid(body["by"], PURPOSE, _message(user_id, user), body["sig"]):
        return "forged"
    if body.get(LEGACY):
        # self-given at the first sign-in after the upgrade: never admin powers
        before = (legacy or {}).get(user_id)
        ok = (
            before is not None
            and body["by"] == user.get("sign_public")
            and all(_same(before.get(f), user.get(f)) for f in FIELDS if f != "sign_public")
        )
        return None if ok else "unauthorised"
    if body["by"] in anchors:
        return None
    signer = users_by_key.get(body["by"])
    if signer is None or str(signer["id"]) in _seen | {user_id}:
        return "unauthorised"
    # an admin since deactivated can no longer sign in, and what they signed stays good
    if not signer.get("is_admin"):
        return "unauthorised"
    if signer.get("device_id") != user.get("device_id"):
        return "unauthorised"
    inner = problem(signer, users_by_key, anchors, legacy=legacy, _seen=_seen | {user_id})
    return None if inner is None else "unauthorised"


def _same(before: Any, now: Any) -> bool:
    if isinstance(before, bool | int) or isinstance(now, bool | int):
        return bool(before) == bool(now)
    return bool(before == now)
