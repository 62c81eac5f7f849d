"""Which received changes the device that made them was allowed to make.

Incoming changes obey the same rules as local ones: an inspector's laptop keeps its own
precinct; only a chief or HQ sends reference data, notices and reviews of held changes; a
laptop reports on a task but does not rewrite it. A change that breaks a rule is set aside
(kept, never applied, listed for the chief), not refused with the whole package.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

RANK = {"inspector": 0, "chief": 1, "hq": 2}
# sent only from above
_FROM_ABOVE = frozenset({"reference", "notice", "change_review", "standin"})
# what a laptop may write on a task sent to it
_TASK_REPORT_FIELDS = frozenset({"status", "acknowledged_at", "report", "done_at"})
# a registration's number and moment are never corrected from above, only by who registered
_REGISTRATION = {
    "appeal": frozenset({"number", "received_at", "registered_at"}),
    "incident": frozenset({"number"}),
}


@dataclass(frozen=True)
class Origin:
    """The device that made a change, as this device knows it."""

    device_id: str
    role: str
    # an inspector's precinct(s); a chief's district's precincts; None: not checked here (a
    # laptop trusts its chief for the district, whose other precincts it does not know)
    precinct_ids: Collection[str] | None
    precinct_codes: Collection[str] = ()  # their codes (a precinct record made on the laptop)
    # trust withdrawn after this batch of the device: later ones are set aside
    revoked_after_batch: int | None = None
    # colleagues' precincts it stands in for: precinct id -> (first day, last day), ISO dates
    standins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # a chief checked by HQ: the precincts known to belong to other districts. A precinct HQ
    # has not received yet is the chief's to name (its laptop's package may come later), so
    # the outcome does not depend on which arrives first.
    foreign_precincts: Collection[str] | None = None


def refusal(
    origin: Origin,
    entity: str,
    record_id: str,
    values: Mapping[str, Any],
    *,
    exists: bool,
    made_by_origin: bool,
    current_precinct: str | None,
    day: str = "",
) -> str | None:
    """Why `origin` may not make this change, or None when it may. `exists`: the record is
    here already; `made_by_origin`: the origin device created it; `current_precinct`: the
    precinct the record belongs to here now (None: no precinct, or a new record); `day`: the
    day the change was made (ISO), for a stand-in's period."""
    registration = _REGISTRATION.get(entity, frozenset())
    if exists and not made_by_origin and registration & set(values):
        return "registration"
    if origin.role == "hq":
        return None
    if entity in _FROM_ABOVE and origin.role == "inspector":
        return "from-above-only"
    if entity == "device" and record_id != origin.device_id and origin.role == "inspector":
        return "other-device"
    if entity == "user" and values.get("device_id", origin.device_id) != origin.device_id:
        return "other-device"
    if entity == "task" and origin.role == "inspector" and set(values) - _TASK_REPORT_FIELDS:
        return "task-fields"
    if entity == "precinct":
        return None if _mine(origin, record_id) or _new_own_precinct(origin, values) else "scope"
    for precinct in (current_precinct, values.get("precinct_id")):
        if precinct is not None and not _mine(origin, str(precinct), day):
            return "scope"
    return None


def _mine(origin: Origin, precinct_id: str, day: str = "") -> bool:
    if origin.precinct_ids is None or precinct_id in origin.precinct_ids:
        return True
    if origin.foreign_precincts is not None:
        return precinct_id not in origin.foreign_precincts
    period = origin.standins.get(precinct_id)
    return period is not None and period[0] <= day <= period[1]


def _new_own_precinct(origin: Origin, values: Mapping[str, Any]) -> bool:
    # a laptop creates its own precinct's record at init; the caller adds the id once allowed
    return bool(values.get("code")) and values.get("code") in origin.precinct_codes
