"""Users' signing keys: a new user's key and certificate, and the first key of a user of a
database made before users had keys."""

from __future__ import annotations

from typing import Any

from inspector_app.domain import user_certificate
from inspector_app.domain.errors import AppError
from inspector_app.domain.signing import Signer, new_seed, public_of
from inspector_app.services.session import Session
from inspector_app.store import queries
from inspector_app.store.keyfile import KeyFile


def certificate_for(session: Session, user_id: str, values: dict[str, Any]) -> str:
    """The signed-in admin's certificate of a user holding `values`."""
    session.require("user.manage")
    if session.signer is None:
        raise AppError("login.uncertified", login=str(session.user["login"]), problem="key")
    return user_certificate.make(session.signer, user_id, values)


def enrol_own_key(session: Session, keyfile: KeyFile, password: str, master: bytes) -> bytes:
    """A key for a user whose slot or record has none (the database was made before users had
    keys), recorded with a certificate the user gives themselves. The first admin to sign in
    becomes the device's anchor; anyone else's own certificate ratifies only the powers they
    had when signing started. On a database made with keys, no one may give themselves a key."""
    if int(session.store.meta("signing_since") or 1) == 1:
        raise AppError("login.uncertified", login=str(session.user["login"]), problem="key")
    seed = new_seed()
    signer = Signer(session.user_id, seed)
    user = {**session.user, "sign_public": public_of(seed)}
    admin_key, _recovery = queries.device_anchors(session.store, session.device_id)
    anchoring = bool(user["is_admin"]) and admin_key is None
    session.sign_with(signer)
    with session.store.transaction():
        if anchoring:
            session.update(
                "device", session.device_id, {"admin_public_key": signer.public}, "user.enrol"
            )
        certificate = user_certificate.make(signer, session.user_id, user, legacy=not anchoring)
        session.update(
            "user",
            session.user_id,
            {"sign_public": signer.public, "certificate": certificate},
            "user.enrol",
        )
        # the key file last: if it fails, the record rolls back and the next sign-in tries again
        keyfile.set_password(str(user["login"]), master, password, sign_seed=seed)
    session.user = {**user, "certificate": certificate}
    return seed
