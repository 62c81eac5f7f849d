"""Who may do what. Services check these; the GUI only hides what a role may not do."""

from __future__ import annotations

from inspector_app.domain.errors import AppError

EVERYONE = frozenset({"inspector", "assistant", "chief", "hq"})
FIELD_STAFF = frozenset({"inspector", "assistant", "chief"})

# action -> user roles allowed; "admin" in a set admits any user with the admin flag.
_ALLOWED: dict[str, frozenset[str]] = {
    "person.read": EVERYONE,
    "person.write": FIELD_STAFF,
    "people.import": FIELD_STAFF,
    "record.write": FIELD_STAFF,
    "record.read": EVERYONE,
    "territory.write": FIELD_STAFF,
    "notice.write": frozenset({"chief", "hq"}),  # wanted notices and tasks sent down
    "notice.ack": FIELD_STAFF,  # acknowledge a notice, report on a task
    "district.view": frozenset({"chief", "hq"}),
    "search": EVERYONE,
    "demo": frozenset({"admin"}),
    "dump": frozenset({"admin", "chief"}),
    # who saw or exported whose data: itself a list of personal data
    "access.log": frozenset({"admin", "chief"}),
    "verify": EVERYONE,
    "user.manage": frozenset({"admin"}),
    "user.list": frozenset({"admin", "chief"}),
    "report.make": EVERYONE,
    "report.print": EVERYONE,
    # conflicts between edits, and changes held for a stamp far ahead of this device's clock
    "conflict.resolve": frozenset({"chief", "inspector"}),
    "change.review": frozenset({"chief"}),
    # sync packages: every user carries the work; enrolling and revoking devices is the chief's
    # (and the device admin's, who enrolls the chief's card on a new laptop)
    "sync.export": EVERYONE,
    "sync.import": EVERYONE,
    "sync.status": EVERYONE,
    "device.trust": frozenset({"chief", "hq", "admin"}),
    "device.revoke": frozenset({"chief", "hq"}),
    "person.merge": frozenset({"chief", "inspector"}),
    "standin.assign": frozenset({"chief"}),
    "device.prefix": frozenset({"chief"}),  # the prefix a laptop numbers its appeals with
    # a backup holds the device's data and its key slots, opened only with their passwords;
    # putting one in place of the database is the device admin's (or the recovery key's)
    "backup.make": EVERYONE,
    "backup.restore": frozenset({"admin"}),
}


def can(role: str, is_admin: bool, action: str) -> bool:
    allowed = _ALLOWED[action]
    return role in allowed or (is_admin and "admin" in allowed)


def require(role: str, is_admin: bool, action: str) -> None:
    if not can(role, is_admin, action):
        raise AppError("role.forbidden", action=action, role=role)


# Who may make which report, and of what (the security issue): an inspector (or assistant)
# only reports of their own precinct, a chief those of their own district, HQ every report.
_PRECINCT_REPORTS = frozenset({"activity", "appeals", "person-card", "public", "passport"})
REPORT_KINDS: dict[str, frozenset[str]] = {
    "inspector": _PRECINCT_REPORTS,
    "assistant": _PRECINCT_REPORTS,
    "chief": _PRECINCT_REPORTS | {"district"},
    "hq": _PRECINCT_REPORTS | {"district", "hq"},
}
# How far a role's reports reach: its own precinct, its own district, or everything.
REPORT_REACH = {"inspector": "precinct", "assistant": "precinct", "chief": "district", "hq": "all"}


def may_make_report(role: str, kind: str) -> bool:
    return kind in REPORT_KINDS.get(role, frozenset())


def require_report(role: str, kind: str) -> None:
    if not may_make_report(role, kind):
        raise AppError("role.report_kind", kind=kind, role=role)
