"""At import, a sending device's users checked against the card this device holds: a user
record whose powers no admin of that device certified (a key minted in its database by someone
holding only the database key) is set aside, never merged."""

from __future__ import annotations

import json
from typing import Any

from inspector_app.domain import user_certificate
from inspector_app.store import queries, sync_state
from inspector_app.store.changes import Change
from inspector_app.store.store import Store


class SenderUsers:
    """The users of each sending device as the import has them so far."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._seen: dict[str, dict[str, Any]] = {}  # user id -> its values after accepted changes
        self._anchors: dict[str, frozenset[str] | None] = {}

    def refusal(self, change: Change) -> str | None:
        """ "uncertified-user" when `change` leaves a user of its own device without a good
        certificate; None otherwise (also when the card predates anchors: nothing to check)."""
        if change.entity != "user":
            return None
        current = self._seen.get(change.record_id) or self.store.get("user", change.record_id)
        user = {**(current or {}), **change.values, "id": change.record_id}
        if user.get("device_id") != change.device:
            return None
        anchors = self._anchors_of(change.device)
        if anchors is None:
            return None
        others = [
            self._seen.get(str(u["id"]), u) for u in queries.device_users(self.store, change.device)
        ]
        by_key = {str(u["sign_public"]): u for u in [*others, user] if u.get("sign_public")}
        # strict: a certificate a user gave themselves (an upgraded database's) is not
        # accepted from another device, which cannot show when signing started there
        problem = user_certificate.problem(user, by_key, anchors, legacy=None)
        if problem is not None:
            return "uncertified-user"
        self._seen[change.record_id] = user
        return None

    def _anchors_of(self, device: str) -> frozenset[str] | None:
        if device not in self._anchors:
            peer = sync_state.peer(self.store, device)
            card = json.loads(peer["card"]) if peer is not None else {}
            keys = frozenset(
                k for k in (card.get("admin_public"), card.get("recovery_public")) if k
            )
            self._anchors[device] = keys if card.get("admin_public") else None
        return self._anchors[device]
