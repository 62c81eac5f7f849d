"""Checking the signed-in user's password again (the idle lock), and a second session for
background work: a connection never crosses threads, so a worker opens its own."""

from __future__ import annotations

from inspector_app.domain.errors import AppError
from inspector_app.services.session import Session, session_for
from inspector_app.store.keyfile import KeyFile, key_file_for
from inspector_app.store.store import Store


def verify_password(session: Session, password: str) -> None:
    """Unlock the key file with the password of the signed-in user; a wrong password raises
    AppError("password.wrong") and counts as a failed sign-in (the key file delays guessing:
    AppError("login.locked") after too many)."""
    keyfile = KeyFile.load(key_file_for(session.store.path))
    try:
        keyfile.unlock(str(session.user["login"]), password)
    except AppError as error:
        if error.code == "login.failed":
            raise AppError("password.wrong") from None
        raise


def open_worker_session(session: Session, master_key: bytes) -> Session:
    """A new session of the same user on the same database, for the calling thread only.

    The caller closes it. `master_key` comes from `open_session_with_key` at sign-in."""
    store = Store.open(session.store.path, master_key)
    try:
        worker = session_for(store, str(session.user["login"]), session.lang)
    except BaseException:
        store.close()
        raise
    worker.today_override = session.today_override
    worker.master_key = master_key
    if session.signer is not None:  # the worker's writes are the user's: signed alike
        worker.sign_with(session.signer)
    return worker
