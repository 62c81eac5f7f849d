"""`verify`, the signatures: every transaction signed by its author, every user certified.

Walking the journal from where signing started (a database made before keeps its earlier
entries as they were), each run of entries must end in a `tx.signed` entry whose signature,
over the run's last hash, is the key of the user who wrote the run. Which keys are whose is
learnt along the way, from the user changes the journal passes: a key counts from the
transaction that gave it. A change to a user's powers (role, admin, active, key) must be
signed by an admin, by the device's first admin (its anchor) or by the recovery key. Then the
users as they stand must each hold a good certificate (`domain.user_certificate`).

A database that holds no device (the store's own tests) has nothing to anchor to and is skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol

import sqlite_utils

from inspector_app.domain import user_certificate
from inspector_app.domain.signing import signature_valid
from inspector_app.store.journal import SIGN_PURPOSE, SIGNED, signed_head_message

_USER_COLUMNS = "id, login, role, is_admin, active, device_id, sign_public, certificate"


class Problems(Protocol):
    def add(self, code: str, **params: Any) -> None: ...


@dataclass
class _Keys:
    """Who each key belongs to, as the walk has learnt it."""

    anchors: frozenset[str]
    recovery: str | None
    legacy: bool  # made before signing: its users may enrol their own first key
    owner: dict[str, str] = field(default_factory=dict)  # public key -> user id
    admins: set[str] = field(default_factory=set)  # user ids
    keys_of: dict[str, str] = field(default_factory=dict)  # user id -> current key


def check_signatures(db: sqlite_utils.Database, report: Problems) -> int:
    """Add problems to `report`; returns how many signatures were checked."""
    conn = db.conn
    found = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if found is None:
        return 0
    device_id = str(found[0])
    device = conn.execute(
        "SELECT admin_public_key, recovery_public_key FROM device WHERE id = ?", [device_id]
    ).fetchone()
    since_row = conn.execute("SELECT value FROM meta WHERE key = 'signing_since'").fetchone()
    since = int(since_row[0]) if since_row else 1
    if device is None or device[0] is None:
        if since == 1:
            report.add("verify.no_anchor", device=device_id)
        return 0
    keys = _Keys(anchors=frozenset([device[0]]), recovery=device[1], legacy=since > 1)
    checked = _walk(db, report, keys, device_id, since)
    anchors = keys.anchors | ({keys.recovery} if keys.recovery else set())
    _check_certificates(db, report, device_id, anchors, legacy=users_before_signing(db))
    _check_peer_users(db, report)
    return checked


def _check_peer_users(db: sqlite_utils.Database, report: Problems) -> None:
    """The users other devices sent, against the anchors in the cards this device enrolled:
    a user a laptop's admins never certified (a key minted in its database) is found here.
    Judged on the state as merged, so it does not depend on the order changes came in."""
    for peer_id, card_text in db.conn.execute(
        "SELECT device_id, card FROM peer ORDER BY device_id"
    ):
        try:
            card = json.loads(card_text)
        except ValueError:
            continue
        anchors = frozenset(k for k in (card.get("admin_public"), card.get("recovery_public")) if k)
        if card.get("admin_public"):  # a card made before anchors: nothing to check against
            _check_certificates(db, report, str(peer_id), anchors, legacy=None)


def _walk(
    db: sqlite_utils.Database, report: Problems, keys: _Keys, device_id: str, since: int
) -> int:
    conn = db.conn
    pending: list[tuple[int, str | None, str | None, str | None, dict[str, Any]]] = []
    start, last_hash, checked = since, None, 0
    for seq, user_id, action, entity, record_id, detail_text, digest in conn.execute(
        "SELECT seq, user_id, action, entity, record_id, detail, hash FROM journal"
        " WHERE seq >= ? ORDER BY seq",
        [since],
    ):
        try:
            detail = json.loads(detail_text)
        except ValueError:
            detail = {}  # the chain check reports the row
        if action != SIGNED:
            pending.append((seq, user_id, entity, record_id, detail))
            last_hash = digest
            continue
        checked += 1
        if not _signature_good(detail, device_id, start, seq - 1, last_hash):
            report.add("verify.signature_bad", seq=seq)
        else:
            _settle(db, report, keys, detail["key"], user_id, pending, seq)
        pending, start, last_hash = [], seq + 1, digest
    if pending:
        report.add("verify.unsigned", seq=pending[0][0])
    return checked


def _signature_good(
    detail: dict[str, Any], device_id: str, start: int, end: int, end_hash: str | None
) -> bool:
    if detail.get("from") != start or detail.get("to") != end or end_hash is None:
        return False
    key, sig = detail.get("key"), detail.get("sig")
    if not isinstance(key, str) or not isinstance(sig, str):
        return False
    return signature_valid(key, SIGN_PURPOSE, signed_head_message(device_id, end, end_hash), sig)


def _settle(
    db: sqlite_utils.Database,
    report: Problems,
    keys: _Keys,
    key: str,
    signer_id: str | None,
    run: list[tuple[int, str | None, str | None, str | None, dict[str, Any]]],
    seq: int,
) -> None:
    """Check that `key` may sign the run, then learn the keys and powers it gave."""
    user_changes = [
        (record_id, _values(db, detail["change"]))
        for _s, _u, entity, record_id, detail in run
        if entity == "user" and isinstance(detail.get("change"), str) and record_id
    ]
    by_recovery = key == keys.recovery
    by_anchor = key in keys.anchors
    owner = keys.owner.get(key)
    # a key first given in this very run: the first admin at `init`, or an upgraded
    # database's user enrolling their own key
    given_here = {
        str(values["sign_public"]): record_id
        for record_id, values in user_changes
        if values.get("sign_public")
    }
    if owner is None and (by_anchor or keys.legacy):
        owner = given_here.get(key)
    if not (by_recovery or by_anchor or owner is not None):
        report.add("verify.signature_unknown_key", seq=seq)
        return
    if owner is not None and signer_id not in (None, owner):
        report.add("verify.signature_not_author", seq=seq)
    authors = {u for _s, u, *_rest in run if u is not None}
    if not by_recovery and owner is not None and authors - {owner}:
        report.add("verify.signature_not_author", seq=seq)
    admin = by_recovery or by_anchor or owner in keys.admins
    for record_id, values in user_changes:
        powers = set(values) & set(user_certificate.FIELDS)
        enrolling_self = (
            keys.legacy
            and powers <= {"sign_public"}
            and owner == record_id
            and record_id not in keys.keys_of
        )
        if powers and not admin and not enrolling_self:
            report.add("verify.user_change_unauthorised", seq=seq, id=record_id)
            continue
        if values.get("sign_public"):
            keys.owner[str(values["sign_public"])] = record_id
            keys.keys_of[record_id] = str(values["sign_public"])
        if "is_admin" in values:
            (keys.admins.add if values["is_admin"] else keys.admins.discard)(record_id)


def _values(db: sqlite_utils.Database, change_id: str) -> dict[str, Any]:
    found = db.conn.execute(
        "SELECT values_json FROM change WHERE change_id = ?", [change_id]
    ).fetchone()
    if found is None:
        return {}  # the change check reports it missing
    values = json.loads(found[0])
    return values if isinstance(values, dict) else {}


def _check_certificates(
    db: sqlite_utils.Database,
    report: Problems,
    device_id: str,
    anchors: frozenset[str],
    *,
    legacy: dict[str, dict[str, Any]] | None,
) -> None:
    """The users of `device_id` as they stand, each with a good certificate."""
    cursor = db.conn.execute(
        f"SELECT {_USER_COLUMNS} FROM user WHERE device_id = ? ORDER BY login", [device_id]
    )
    names = [d[0] for d in cursor.description]
    users = [dict(zip(names, row, strict=True)) for row in cursor]
    by_key = {str(u["sign_public"]): u for u in users if u["sign_public"]}
    for user in users:
        if user["sign_public"] is None and not user["certificate"] and legacy is not None:
            continue  # made before signing started, not signed in since
        problem = user_certificate.problem(user, by_key, anchors, legacy=legacy)
        if problem is not None:
            report.add("verify.user_certificate", login=user["login"], problem=problem)


def users_before_signing(db: sqlite_utils.Database) -> dict[str, dict[str, Any]] | None:
    """On a database made before signing, each user's fields as the journal had them when
    signing started (what a user's own first certificate may ratify); None on any other."""
    found = db.conn.execute("SELECT value FROM meta WHERE key = 'signing_since'").fetchone()
    since = int(found[0]) if found else 1
    if since <= 1:
        return None
    state: dict[str, dict[str, Any]] = {}
    for record_id, detail_text in db.conn.execute(
        "SELECT record_id, detail FROM journal WHERE entity = 'user' AND seq < ? ORDER BY seq",
        [since],
    ):
        try:
            change_id = json.loads(detail_text).get("change")
        except ValueError:
            continue
        if isinstance(change_id, str) and record_id:
            state.setdefault(str(record_id), {}).update(_values(db, change_id))
    return state
