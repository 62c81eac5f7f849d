"""A signed-in user on an open database: what every service call receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path
from typing import Any

from inspector_app.domain import local_time, roles, user_certificate
from inspector_app.domain.errors import AppError
from inspector_app.domain.file_names import surrogates_out
from inspector_app.domain.model import ENTITIES
from inspector_app.domain.refdata import ReferenceData
from inspector_app.domain.signing import Signer
from inspector_app.services.refdata_lists import with_new_lists
from inspector_app.store import queries
from inspector_app.store.keyfile import KeyFile, key_file_for
from inspector_app.store.store import Store


@dataclass
class Session:
    store: Store
    user: dict[str, Any]
    device_id: str
    device_role: str
    country: str
    lang: str = "ru"
    today_override: date | None = field(default=None, repr=False)
    # the signed-in user's key, which signs every transaction (see `sign_with`)
    signer: Signer | None = field(default=None, repr=False)
    # the database key, kept while signed in for the backups made without asking
    master_key: bytes | None = field(default=None, repr=False)

    def sign_with(self, signer: Signer) -> None:
        self.signer = signer
        self.store.signer = signer

    @property
    def user_id(self) -> str:
        return str(self.user["id"])

    @property
    def role(self) -> str:
        return str(self.user["role"])

    @property
    def is_admin(self) -> bool:
        return bool(self.user["is_admin"])

    def require(self, action: str) -> None:
        roles.require(self.role, self.is_admin, action)

    def can(self, action: str) -> bool:
        return roles.can(self.role, self.is_admin, action)

    def now(self) -> datetime:
        """The present moment on the clock of the database's country (aware). With
        `today_override` set (tests, demonstrations) it is the last minute of that day, so
        any time typed on the fixed day is past, whatever the real time of day."""
        if self.today_override is not None:
            last = datetime.combine(self.today_override, time(23, 59))
            return local_time.aware(last, self.country)
        return local_time.now(self.country)

    def today(self) -> date:
        """The local day of the database's country, not of the computer's time zone."""
        return self.today_override or local_time.today(self.country)

    def local(self, moment: datetime) -> datetime:
        """A moment as a naive local time of the country, for display."""
        return local_time.to_local(moment, self.country)

    def local_date(self, moment: datetime) -> date:
        return local_time.local_date(moment, self.country)

    def aware(self, moment: datetime) -> datetime:
        """A typed moment: a naive one is the country's local time."""
        return local_time.aware(moment, self.country)

    @cached_property
    def refdata(self) -> ReferenceData:
        document = queries.reference_document(self.store, self.country)
        if document is None:
            raise AppError("refdata.missing", country=self.country)
        return ReferenceData.from_json(with_new_lists(document, self.country))

    @cached_property
    def own_precinct_id(self) -> str | None:
        """An inspector's database keeps one precinct: records typed on it belong there."""
        if self.device_role != "inspector":
            return None
        precinct = queries.own_precinct(self.store)
        return str(precinct["id"]) if precinct else None

    def create(
        self, entity: str, values: dict[str, Any], action: str, record_id: str | None = None
    ) -> str:
        """A new record made by this user, journaled under `action`. On an inspector's
        database a record with a precinct field and none given belongs to its precinct, so a
        chief's filter by inspector finds it after sync."""
        if values.get("precinct_id") is None and "precinct_id" in ENTITIES[entity].field_names:
            values = {**values, "precinct_id": self.own_precinct_id}
        return self.store.create(
            entity,
            values,
            author=self.user_id,
            device=self.device_id,
            action=action,
            record_id=record_id,
        )

    def update(
        self, entity: str, record_id: str, values: dict[str, Any], action: str
    ) -> dict[str, Any]:
        """Fields of a record changed by this user; returns their old values."""
        return self.store.update(
            entity, record_id, values, author=self.user_id, device=self.device_id, action=action
        )

    def event(self, action: str, **detail: Any) -> None:
        # a file name in bytes that are not UTF-8 is journaled as it reads, not refused by the
        # journal's UTF-8 hash after the work is done
        detail = {k: surrogates_out(v) if isinstance(v, str) else v for k, v in detail.items()}
        self.store.record_event(
            user_id=self.user_id, device=self.device_id, action=action, detail=detail
        )

    def close(self) -> None:
        self.store.close()


def open_session(path: Path, login: str, password: str, lang: str = "ru") -> Session:
    """Unlock the key file with the user's password, open the database, find the user."""
    return open_session_with_key(path, login, password, lang)[0]


def open_session_with_key(
    path: Path, login: str, password: str, lang: str = "ru"
) -> tuple[Session, bytes]:
    """As `open_session`, also giving the master key (an admin needs it to add a user)."""
    if not path.exists():
        raise AppError("db.missing", path=str(path))
    keyfile = KeyFile.load(key_file_for(path))
    opened = keyfile.unlock_keys(login, password)
    store = Store.open(path, opened.master)
    try:
        session = session_for(store, login, lang)
        seed = opened.sign_seed
        if seed is None or not session.user.get("sign_public"):
            # a database made before users had keys: this user's first sign-in since
            from inspector_app.services.signing import enrol_own_key

            seed = enrol_own_key(session, keyfile, password, opened.master)
        session.sign_with(Signer(session.user_id, seed))
        session.master_key = opened.master
        check_certified(session)
        return session, opened.master
    except BaseException:
        store.close()
        raise


def check_certified(session: Session) -> None:
    """The signed-in user's powers must be those an admin certified, and their key the one
    the certificate names: a role or admin flag changed behind the application's back, or a
    key minted in the database, is refused at the door."""
    anchors = frozenset(a for a in queries.device_anchors(session.store, session.device_id) if a)
    users = queries.device_users(session.store, session.device_id)
    by_key = {str(u["sign_public"]): u for u in users if u["sign_public"]}
    legacy = queries.users_before_signing(session.store)
    user = session.user
    signer = session.signer
    problem = user_certificate.problem(user, by_key, anchors, legacy=legacy)
    if user.get("device_id") != session.device_id:
        problem = "device"
    elif signer is None or signer.public != user.get("sign_public"):
        problem = "key"
    if problem is not None:
        raise AppError("login.uncertified", login=str(user["login"]), problem=problem)


def session_for(store: Store, login: str, lang: str = "ru") -> Session:
    user = queries.active_user(store, login)
    if user is None:
        raise AppError("login.failed")
    meta = store.all_meta()
    return Session(
        store=store,
        user=user,
        device_id=meta["device_id"],
        device_role=meta["role"],
        country=meta["country"],
        lang=lang,
    )
