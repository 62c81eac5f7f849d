"""The fold: a record's fields, versions and open conflicts from the set of its changes.

One function for the merge, for re-folding a record and for `verify`, so the three can never
disagree. It depends on the set of changes alone, never on the order they came in:

- per field, the edit with the greatest (stamp, change id) wins: two changes stamped alike (a
  laptop restored from a backup issues a stamp again) are ordered by change id;
- the winner's ancestors are the edits reached by following each edit's base (the stamp of the
  version its author saw). A base names a stamp only: when two edits of the field carry that
  stamp, which one the author saw is unknown, so the line stops there and neither is hidden;
- a loser (an edit that is neither the winner nor an ancestor, with another value) is an open
  conflict unless the winner or one of its ancestors settles it (lists it in `seen` for that
  field: a conflict resolved by the chief stays resolved on every device);
- fields this version of the model does not know (sent by a newer version) are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.canonical import sha256_hex
from inspector_app.domain.change import Change
from inspector_app.domain.model import Entity

DELETED = "deleted"
NEVER = ""  # the version of a field no change has set; sorts before every stamp


@dataclass(frozen=True)
class Edit:
    """One change's edit of one field."""

    change_id: str
    hlc: str
    base: str | None
    value: Any
    seen: tuple[str, ...] = ()

    @property
    def order(self) -> tuple[str, str]:
        return (self.hlc, self.change_id)


def winner(edits: Iterable[Edit]) -> Edit:
    return max(edits, key=lambda e: e.order)


def ancestors(edits: Sequence[Edit], top: Edit) -> list[Edit]:
    """The edits `top` was made on top of, nearest first."""
    by_stamp: dict[str, list[Edit]] = {}
    for edit in edits:
        by_stamp.setdefault(edit.hlc, []).append(edit)
    line: list[Edit] = []
    found: set[str] = set()
    cursor = top.base
    while cursor:
        named = by_stamp.get(cursor, [])
        if len(named) != 1 or named[0].change_id in found or named[0] is top:
            break  # not here, or stamped alike (unknown which one was seen), or a loop
        found.add(named[0].change_id)
        line.append(named[0])
        cursor = named[0].base
    return line


def open_losers(edits: Sequence[Edit]) -> list[Edit]:
    """The edits of one field that are open conflicts, by change id."""
    if len(edits) < 2:
        return []
    top = winner(edits)
    line = ancestors(edits, top)
    hidden = {top.change_id, *(e.change_id for e in line)}
    settled = set(top.seen).union(*(e.seen for e in line))
    return sorted(
        (
            e
            for e in edits
            if e.change_id not in hidden and e.change_id not in settled and e.value != top.value
        ),
        key=lambda e: e.change_id,
    )


def settles(edits: Sequence[Edit]) -> tuple[str, ...]:
    """What a resolution of this field, made on top of the winner, lists in `seen`: every open
    loser, and the winner too when another edit carries its stamp (the resolution's base then
    does not say which of them it was made on)."""
    top = winner(edits)
    ids = {e.change_id for e in open_losers(edits)}
    if any(e.hlc == top.hlc and e is not top for e in edits):
        ids.add(top.change_id)
    return tuple(sorted(ids))


def conflict_id(entity: str, record_id: str, field: str, loser_change: str) -> str:
    """A conflict's id, the same on every device: it is made from the changes alone."""
    return sha256_hex(f"{entity}\n{record_id}\n{field}\n{loser_change}")[:16]


@dataclass(frozen=True)
class Folded:
    """A record as its changes make it."""

    values: dict[str, Any]  # every field and `deleted`
    versions: dict[str, str]  # every field's winning stamp, NEVER where no change set it
    created_version: str
    created_by: str | None
    version: str
    updated_by: str | None
    losers: dict[str, list[Edit]]  # per field with open conflicts: the losers

    @property
    def origin(self) -> str:
        """The device that made the newest version (named in its stamp)."""
        return self.version.split(".", 2)[2]


def field_edits(entity: Entity, changes: Iterable[Change]) -> dict[str, list[Edit]]:
    """Per field this model knows: the edits of it among the changes."""
    known = {*entity.field_names, DELETED}
    per_field: dict[str, list[Edit]] = {}
    for change in changes:
        for name, value in change.values.items():
            if name in known:
                per_field.setdefault(name, []).append(
                    Edit(
                        change.change_id,
                        change.hlc,
                        change.bases.get(name),
                        value,
                        tuple(change.seen.get(name, ())),
                    )
                )
    return per_field


def fold_record(
    entity: Entity, changes: Iterable[Change], *, conflicts: bool = True
) -> Folded | None:
    """The record the changes make; None when none of them sets a field this model knows.
    Creation and last edit (stamp and author) are those of the least and the greatest
    (stamp, change id) among the changes that set a known field."""
    changes = list(changes)
    if len(changes) == 1:  # a record's first change (most of an import): nothing to compare
        return _fold_one(entity, changes[0])
    per_field = field_edits(entity, changes)
    kept = {e.change_id for edits in per_field.values() for e in edits}
    counted = [c for c in changes if c.change_id in kept]
    if not counted:
        return None
    first = min(counted, key=lambda c: (c.hlc, c.change_id))
    last = max(counted, key=lambda c: (c.hlc, c.change_id))
    values: dict[str, Any] = dict.fromkeys(entity.field_names)
    values[DELETED] = 0
    versions = dict.fromkeys(values, NEVER)
    losers: dict[str, list[Edit]] = {}
    for name, edits in per_field.items():
        top = winner(edits)
        values[name], versions[name] = top.value, top.hlc
        if conflicts:
            found = open_losers(edits)
            if found:
                losers[name] = found
    return Folded(
        values=values,
        versions=versions,
        created_version=first.hlc,
        created_by=first.author,
        version=last.hlc,
        updated_by=last.author,
        losers=losers,
    )


def _fold_one(entity: Entity, change: Change) -> Folded | None:
    """`fold_record` of a single change: its values win every field it sets."""
    values: dict[str, Any] = dict.fromkeys(entity.field_names)
    values[DELETED] = 0
    versions = dict.fromkeys(values, NEVER)
    touched = False
    for name, value in change.values.items():
        if name in versions:
            values[name], versions[name] = value, change.hlc
            touched = True
    if not touched:
        return None
    return Folded(values, versions, change.hlc, change.author, change.hlc, change.author, {})
