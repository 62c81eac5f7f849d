"""A database made before users had signing keys: each user gets a key at their first sign-in.
The first admin to sign in becomes the device's anchor; every other user's own certificate
ratifies only the powers they had when signing started, so a second admin keeps their powers
and nobody gains new ones by certifying themselves."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.session import open_session
from inspector_app.store.keyfile import KeyFile, key_file_for
from inspector_app.store.store import Store
from inspector_app.store.verify import verify
from tests.conftest import FAST_KDF, PASSWORD

USERS = {"admin": ("chief", 1), "deputy": ("chief", 1), "bob": ("assistant", 0)}


def _database_made_before_signing(folder: Path) -> Path:
    """Users, records and an unsigned journal as an earlier version left them; the key file's
    slots hold no signing keys."""
    path = folder / "old.db"
    keyfile, master, _recovery = KeyFile.create(key_file_for(path), "admin", PASSWORD, FAST_KDF)
    for login in USERS:
        if login != "admin":
            keyfile.set_password(login, master, PASSWORD, FAST_KDF, sign_seed=None)
    store = Store.open(path, master, create=True)
    try:
        device = secrets.token_hex(8)
        with store.transaction():
            for key, value in {"device_id": device, "role": "chief", "country": "KZ"}.items():
                store.set_meta(key, value)
            store.create(
                "device",
                {"name": "РОВД", "role": "chief", "country": "KZ", "trust": "self"},
                author=None,
                device=device,
                action="init",
                record_id=device,
            )
            for login, (role, admin) in USERS.items():
                store.create(
                    "user",
                    {
                        "login": login,
                        "full_name": login.title(),
                        "role": role,
                        "is_admin": admin,
                        "device_id": device,
                        "active": 1,
                    },
                    author=None,
                    device=device,
                    action="user.add",
                    record_id=str(uuid.uuid4()),
                )
            head = store.db.conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
            store.set_meta("signing_since", str(head + 1))  # as the migration records it
    finally:
        store.close()
    return path


def test_every_user_of_an_upgraded_database_signs_in_with_the_powers_they_had(
    tmp_path: Path,
) -> None:
    path = _database_made_before_signing(tmp_path)
    for login, (role, admin) in USERS.items():
        session = open_session(path, login, PASSWORD)
        try:
            assert session.role == role and session.is_admin == bool(admin)
            assert session.user["sign_public"] and session.signer is not None
        finally:
            session.close()
    again = open_session(path, "deputy", PASSWORD)  # the key kept: no new enrolment
    try:
        report = verify(again.store.db)
        assert report.sound, report.problems
        device = again.store.select("SELECT admin_public_key FROM device")[0]
        admin = again.store.select("SELECT sign_public FROM user WHERE login = 'admin'")[0]
        assert device["admin_public_key"] == admin["sign_public"]  # the first to sign in
    finally:
        again.close()


def test_on_an_upgraded_database_no_one_certifies_new_powers_for_themselves(
    tmp_path: Path,
) -> None:
    path = _database_made_before_signing(tmp_path)
    open_session(path, "admin", PASSWORD).close()
    bob = open_session(path, "bob", PASSWORD)
    try:
        from inspector_app.domain import user_certificate

        assert bob.signer is not None
        user = {**bob.user, "is_admin": 1}
        with bob.store.transaction():  # bob re-certifies himself as an admin
            bob.update(
                "user",
                bob.user_id,
                {
                    "is_admin": 1,
                    "certificate": user_certificate.make(
                        bob.signer, bob.user_id, user, legacy=True
                    ),
                },
                "user.set",
            )
        problems = {code for code, _params in verify(bob.store.db).problems}
        assert {"verify.user_change_unauthorised", "verify.user_certificate"} <= problems
    finally:
        bob.close()
    with pytest.raises(AppError) as refused:
        open_session(path, "bob", PASSWORD)
    assert refused.value.code == "login.uncertified"
