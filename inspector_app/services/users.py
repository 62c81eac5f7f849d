"""Users of this device: an admin adds them; anyone changes their own password."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.domain import user_certificate
from inspector_app.domain.errors import AppError
from inspector_app.domain.model import USER_ROLES
from inspector_app.domain.signing import Signer, new_seed, public_of
from inspector_app.services.session import Session, session_for
from inspector_app.services.setup import check_login, check_password
from inspector_app.services.signing import certificate_for
from inspector_app.store import queries
from inspector_app.store.keyfile import KeyFile, key_file_for, recovery_sign_seed
from inspector_app.store.store import Store


@dataclass(frozen=True)
class UserLine:
    id: str
    login: str
    full_name: str
    role: str
    is_admin: bool
    active: bool


def _keyfile(session: Session) -> KeyFile:
    return KeyFile.load(key_file_for(session.store.path))


def add_user(
    session: Session,
    login: str,
    full_name: str,
    role: str,
    password: str,
    *,
    master_key: bytes,
    admin: bool = False,
    rank: str | None = None,
    badge: str | None = None,
) -> str:
    """A new user who signs in with `password` on this device."""
    session.require("user.manage")
    check_login(login)
    check_password(password, (login, full_name))  # a name or login is easy to guess
    if role not in USER_ROLES:
        raise AppError("user.role", role=role, known=", ".join(USER_ROLES))
    if not full_name.strip():
        raise AppError("user.full_name_required")
    keyfile = _keyfile(session)
    if queries.user_by_login(session.store, login) or login in keyfile.logins:
        raise AppError("user.exists", login=login)
    seed = new_seed()
    user_id = str(uuid.uuid4())
    values: dict[str, Any] = {
        "login": login,
        "full_name": full_name.strip(),
        "role": role,
        "is_admin": int(admin),
        "device_id": session.device_id,
        "active": 1,
        "rank": rank,
        "badge": badge,
        "sign_public": public_of(seed),
    }
    values["certificate"] = certificate_for(session, user_id, values)
    try:
        with session.store.transaction():
            session.create("user", values, "user.add", record_id=user_id)
            # the key file is written last: if it fails, the transaction rolls the user back
            keyfile.set_password(login, master_key, password, sign_seed=seed)
    except BaseException:
        # the commit itself failed (disk full): the new key slot must not outlive the user
        if login in keyfile.logins:
            keyfile.remove_user(login)
        raise
    return user_id


def change_password(session: Session, old_password: str, new_password: str) -> None:
    """The signed-in user's own password; the old one is checked again."""
    check_password(new_password, (str(session.user["login"]), str(session.user["full_name"])))
    keyfile = _keyfile(session)
    login = str(session.user["login"])
    opened = keyfile.unlock_keys(login, old_password)
    # journaled first: a password never changes without its journal entry
    with session.store.transaction():
        session.event("user.passwd", login=login)
    seed = opened.sign_seed or (session.signer.seed if session.signer else None)
    keyfile.set_password(login, opened.master, new_password, sign_seed=seed)


def list_users(session: Session) -> list[UserLine]:
    session.require("user.list")
    return [
        UserLine(
            u["id"], u["login"], u["full_name"], u["role"], bool(u["is_admin"]), bool(u["active"])
        )
        for u in queries.users(session.store)
    ]


def recover_password(path: Path, login: str, recovery_key: str, new_password: str) -> None:
    """A forgotten password replaced with the recovery key that `init` printed once."""
    check_password(new_password, (login,))
    keyfile = KeyFile.load(key_file_for(path))
    master = keyfile.unlock_with_recovery(recovery_key)
    store = Store.open(path, master)
    try:
        session = session_for(store, login)
        # the old key went with the forgotten password: a new one, certified by the recovery
        # key (an anchor of the device), and the recovery signed by it too
        session.sign_with(Signer(None, recovery_sign_seed(recovery_key)))
        seed = new_seed()
        user = {**session.user, "sign_public": public_of(seed)}
        assert session.signer is not None
        certificate = user_certificate.make(session.signer, session.user_id, user)
        with store.transaction():
            session.update(
                "user",
                session.user_id,
                {"sign_public": user["sign_public"], "certificate": certificate},
                "user.recover",
            )
            session.event("user.recover", login=login)
            keyfile.set_password(login, master, new_password, sign_seed=seed)
    finally:
        store.close()
