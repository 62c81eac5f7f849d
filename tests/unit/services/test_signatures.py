"""Users sign what they write and admins sign who may write: a user who holds the database key
but not an admin's password cannot make anyone an admin, and `verify` finds every way tried."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.domain import user_certificate
from inspector_app.domain.errors import AppError
from inspector_app.domain.signing import Signer, new_seed, public_of
from inspector_app.services.session import Session, open_session, open_session_with_key
from inspector_app.services.users import add_user, recover_password
from inspector_app.store.keyfile import KeyFile, key_file_for
from inspector_app.store.store import Store
from inspector_app.store.verify import verify
from tests.conftest import FAST_KDF, PASSWORD

BOB_PASSWORD = "bob-password-1"


@pytest.fixture
def with_bob(db_path: Path) -> Iterator[tuple[Path, bytes]]:
    """A database with its admin and a plain inspector, bob; gives the master key."""
    admin, master = open_session_with_key(db_path, "admin", PASSWORD)
    try:
        add_user(admin, "bob", "Бобов Боб", "inspector", BOB_PASSWORD, master_key=master)
    finally:
        admin.close()
    yield db_path, master


def _problems(store: Store) -> set[str]:
    return {code for code, _params in verify(store.db).problems}


def _bob_as_himself(db_path: Path) -> Session:
    return open_session(db_path, "bob", BOB_PASSWORD)


def test_every_transaction_is_signed_and_a_sound_database_verifies(
    with_bob: tuple[Path, bytes],
) -> None:
    db_path, _master = with_bob
    bob = _bob_as_himself(db_path)
    try:
        with bob.store.transaction():
            bob.create("person", {"surname": "Тест"}, "person.add")
        report = verify(bob.store.db)
        assert report.sound, report.problems
        assert report.counts["signatures"] == 3  # init, bob added, bob's person
        signed = bob.store.select("SELECT detail FROM journal WHERE action = 'tx.signed'")
        keys = {json.loads(r["detail"])["key"] for r in signed}
        assert keys >= {bob.user["sign_public"]}
    finally:
        bob.close()


def test_a_user_who_sets_himself_admin_in_the_store_is_refused_at_the_door(
    with_bob: tuple[Path, bytes],
) -> None:
    db_path, master = with_bob
    store = Store.open(db_path, master)  # what the master key from bob's own slot allows
    try:
        with store.transaction():
            store.db.conn.execute("UPDATE user SET is_admin = 1 WHERE login = 'bob'")
        assert "verify.record_altered" in _problems(store)
    finally:
        store.close()
    with pytest.raises(AppError) as refused:
        _bob_as_himself(db_path)
    assert refused.value.code == "login.uncertified"


def test_a_change_making_himself_admin_written_and_signed_as_the_app_would_is_found(
    with_bob: tuple[Path, bytes],
) -> None:
    """Bob runs the application's own write path with his own key: the change log, the
    journal and the record agree, but no admin signed the change of his powers."""
    db_path, _master = with_bob
    bob = _bob_as_himself(db_path)
    try:
        with bob.store.transaction():
            bob.update("user", bob.user_id, {"is_admin": 1}, "user.set")
        problems = _problems(bob.store)
        assert "verify.user_change_unauthorised" in problems
        assert "verify.user_certificate" in problems
        assert "verify.record_altered" not in problems  # the change log and record agree
    finally:
        bob.close()
    with pytest.raises(AppError) as refused:
        _bob_as_himself(db_path)
    assert refused.value.code == "login.uncertified"


def test_a_key_minted_in_the_database_is_found(with_bob: tuple[Path, bytes]) -> None:
    """Bob makes a new admin with a key of his own and certifies it with that key."""
    db_path, _master = with_bob
    bob = _bob_as_himself(db_path)
    try:
        minted = Signer("evil", new_seed())
        values = {
            "login": "evil",
            "full_name": "Evil",
            "role": "chief",
            "is_admin": 1,
            "device_id": bob.device_id,
            "active": 1,
            "sign_public": minted.public,
        }
        values["certificate"] = user_certificate.make(minted, "evil", values)
        with bob.store.transaction():
            bob.create("user", values, "user.add", record_id="evil")
        problems = _problems(bob.store)
        assert {"verify.user_change_unauthorised", "verify.user_certificate"} <= problems
    finally:
        bob.close()


def test_writes_without_a_signature_are_found(with_bob: tuple[Path, bytes]) -> None:
    db_path, master = with_bob
    store = Store.open(db_path, master)  # no signer: as a script holding the key would write
    try:
        device = store.meta("device_id") or ""
        with store.transaction():
            store.create("person", {"surname": "Тест"}, author=None, device=device, action="x")
        assert "verify.unsigned" in _problems(store)
    finally:
        store.close()


def test_a_transaction_signed_by_someone_else_than_its_author_is_found(
    with_bob: tuple[Path, bytes],
) -> None:
    """Bob writes a record in the admin's name and signs it with his own key."""
    db_path, _master = with_bob
    bob = _bob_as_himself(db_path)
    try:
        admin_id = bob.store.select("SELECT id FROM user WHERE login = 'admin'")[0]["id"]
        with bob.store.transaction():
            bob.store.create(
                "person", {"surname": "Тест"}, author=admin_id, device=bob.device_id, action="x"
            )
        assert "verify.signature_not_author" in _problems(bob.store)
    finally:
        bob.close()


def test_a_signature_entry_edited_is_found(with_bob: tuple[Path, bytes]) -> None:
    db_path, master = with_bob
    store = Store.open(db_path, master)
    try:
        seq, detail = store.db.conn.execute(
            "SELECT seq, detail FROM journal WHERE action = 'tx.signed' ORDER BY seq LIMIT 1"
        ).fetchone()
        forged = {**json.loads(detail), "sig": "00" * 64}
        with store.transaction():
            store.db.conn.execute(
                "UPDATE journal SET detail = ? WHERE seq = ?", [json.dumps(forged), seq]
            )
        problems = _problems(store)
        assert {"verify.journal_row", "verify.signature_bad"} <= problems
    finally:
        store.close()


def test_a_recovery_is_signed_by_the_recovery_key_and_verifies(tmp_path: Path) -> None:
    from inspector_app.services.setup import InitRequest, init_database

    path = tmp_path / "r.db"
    result = init_database(
        InitRequest(
            path=path,
            role="chief",
            country="KG",
            device_name="РОВД",
            login="admin",
            full_name="Асанов Бакыт",
            password=PASSWORD,
            district_code="7",
        ),
        kdf=FAST_KDF,
    )
    recover_password(path, "admin", result.recovery_key, "brand-new-pass-1")
    session = open_session(path, "admin", "brand-new-pass-1")
    try:
        report = verify(session.store.db)
        assert report.sound, report.problems
        recovery_signed = session.store.select(
            "SELECT detail FROM journal WHERE action = 'tx.signed' AND user_id IS NULL"
        )
        device = session.store.select("SELECT recovery_public_key FROM device")[0]
        assert {json.loads(r["detail"])["key"] for r in recovery_signed} == {
            device["recovery_public_key"]
        }
    finally:
        session.close()


def test_the_first_admin_is_the_anchor_in_the_device_card(session: Session) -> None:
    from inspector_app.services.sync.devices import own_card

    card = own_card(session)
    assert card["admin_public"] == session.user["sign_public"]
    assert card["recovery_public"] and card["recovery_public"] != card["admin_public"]


def test_signing_keys_never_reach_the_key_file_or_database_in_plain(
    with_bob: tuple[Path, bytes],
) -> None:
    db_path, _master = with_bob
    opened = KeyFile.load(key_file_for(db_path)).unlock_keys("bob", BOB_PASSWORD)
    assert opened.sign_seed is not None
    raw = key_file_for(db_path).read_bytes()
    assert opened.sign_seed.hex().encode() not in raw
    bob = _bob_as_himself(db_path)
    try:
        assert bob.user["sign_public"] == public_of(opened.sign_seed)
        secrets_in_db = bob.store.select("SELECT * FROM user")
        assert opened.sign_seed.hex() not in json.dumps(secrets_in_db)
    finally:
        bob.close()


def test_a_password_made_of_ones_own_name_is_refused(session: Session) -> None:
    from inspector_app.services.session import open_session_with_key

    admin, master = open_session_with_key(session.store.path, "admin", PASSWORD)
    try:
        with pytest.raises(AppError) as weak:
            add_user(
                admin, "zhanibek", "Жанибек Сейтов", "inspector", "zhanibek2026", master_key=master
            )
        assert weak.value.code.startswith("password.")
    finally:
        admin.close()
