"""Merging changes into the log and the records (DESIGN.md sections 3 and 4).

The result is a function of the set of changes and reviews, whatever order they arrive in:

- a change already known (merged or held) is a duplicate and changes nothing;
- a received change stamped more than a day ahead of this device's clock is held, unless a
  review already accepts it; one a review marks superseded is held for good;
- every other change goes into the log and its record is folded again (`store.records`);
- when a review is merged, the change it names follows: accepted, it leaves `held_change` and
  is merged as if it had just arrived; superseded, the records it made here are folded again
  without it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlite_utils

from inspector_app.domain.change import Change
from inspector_app.domain.model import ENTITIES
from inspector_app.store import held
from inspector_app.store.changes import (
    ApplyResult,
    ChangeTexts,
    change_texts,
    insert_change_rows,
    known_change_ids,
)
from inspector_app.store.records import (
    NewRows,
    Refolded,
    existing_ids,
    read_row,
    refold,
    write_first,
)

HOLD_AHEAD_MS = 24 * 60 * 60 * 1000  # a stamp further ahead of this device's clock is held
REVIEW = "change_review"


def apply_changes(
    db: sqlite_utils.Database, changes: Sequence[Change], *, local_device: str, now_ms: int
) -> ApplyResult:
    """Record the changes not seen before and merge them, in the caller's transaction.
    `local_device` made none of them unless it is their device: its own changes are never
    held. `now_ms` is this device's clock."""
    return _Merge(db, local_device, now_ms).run(changes)


class _Merge:
    def __init__(self, db: sqlite_utils.Database, local_device: str, now_ms: int) -> None:
        self.db = db
        self.local_device = local_device
        self.now_ms = now_ms
        # stamps are 13 digits of milliseconds first: comparing the text compares the times
        self.limit = f"{now_ms + HOLD_AHEAD_MS:013d}"
        self.result = ApplyResult()
        self.decisions: dict[str, str] = {}
        self.reconciling: set[str] = set()
        # changes merged but not yet written to the log: written in one statement at the end,
        # or before the log is read other than for their own records
        self.unwritten: list[Change] = []
        self.unwritten_texts: list[ChangeTexts] = []
        self.unwritten_of: dict[tuple[str, str], list[Change]] = {}
        # records this batch creates with their only change: inserted together
        self.new_rows = NewRows()
        self.alone: set[tuple[str, str]] = set()

    def run(self, changes: Sequence[Change]) -> ApplyResult:
        known = known_change_ids(self.db, (c.change_id for c in changes))
        fresh = []
        for change in changes:
            if change.change_id in known:
                self.result.duplicates += 1
                continue
            known.add(change.change_id)
            fresh.append(change)
        self.decisions = held.decisions(self.db, (c.change_id for c in fresh))
        self.alone = self._new_and_alone(fresh)
        for change in fresh:
            decision = self.decisions.get(change.change_id)
            if decision == held.SUPERSEDED or (decision != held.ACCEPT and self._ahead(change)):
                self._hold(change)
            else:
                self._merge(change, change_texts(change))
        self._write_log()
        return self.result

    def _new_and_alone(self, changes: Sequence[Change]) -> set[tuple[str, str]]:
        """Records with no row yet that only one change of the batch touches."""
        counts = Counter((c.entity, c.record_id) for c in changes)
        single: dict[str, list[str]] = {}
        for (entity, record_id), count in counts.items():
            if count == 1 and entity != REVIEW:
                single.setdefault(entity, []).append(record_id)
        alone: set[tuple[str, str]] = set()
        for entity, ids in single.items():
            there = existing_ids(self.db, entity, ids)
            alone.update((entity, rid) for rid in ids if rid not in there)
        return alone

    def _write_log(self) -> None:
        self.new_rows.flush(self.db)
        if self.unwritten:
            insert_change_rows(self.db, self.unwritten, self.unwritten_texts)
            self.unwritten, self.unwritten_texts, self.unwritten_of = [], [], {}

    def _ahead(self, change: Change) -> bool:
        return change.device != self.local_device and change.hlc[:13] > self.limit

    def _hold(self, change: Change) -> None:
        texts = change_texts(change)
        at = datetime.fromtimestamp(self.now_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        held.hold(self.db, change, texts, at)
        self.result.held.append(change)
        self.result.held_texts.append(texts)

    def _merge(self, change: Change, texts: ChangeTexts) -> None:
        key = (change.entity, change.record_id)
        self.result.applied.append(change)
        self.result.texts.append(texts)
        fast = self.new_rows.add(change) if key in self.alone else None
        row = None if fast else read_row(self.db, ENTITIES[change.entity], change.record_id)
        if fast is not None:  # a new record made by this change alone: inserted in bulk
            outcome = fast
        elif row is None:  # its first change: the log need not be read
            outcome = write_first(self.db, change)
        else:
            unwritten = [*self.unwritten_of.get(key, ()), change]
            outcome = refold(self.db, *key, row, unwritten)
        self.unwritten.append(change)
        self.unwritten_texts.append(texts)
        self.unwritten_of.setdefault(key, []).append(change)
        before = outcome.before or {}
        self.result.before[change.change_id] = {n: before[n] for n in change.values if n in before}
        self._note(change.entity, change.record_id, outcome)

    def _note(self, entity: str, record_id: str, outcome: Refolded) -> None:
        key = (entity, record_id)
        if outcome.changed:
            self.result.touched.add(key)
        if outcome.before is None and outcome.after is not None:
            self.result.created.add(key)
        self.result.conflicts += outcome.conflicts
        if entity == REVIEW and outcome.changed:
            targets = {v.get("change_id") for v in (outcome.before, outcome.after) if v}
            for target in sorted(t for t in targets if isinstance(t, str)):
                self._reconcile(target)

    def _reconcile(self, target: str) -> None:
        """Make what this device holds and merges of `target` follow the reviews naming it."""
        if target in self.reconciling:  # reviews of reviews naming each other: stop
            return
        self.reconciling.add(target)
        self._write_log()
        try:
            decision = held.decisions(self.db, [target]).get(target)
            if decision is None:
                self.decisions.pop(target, None)
            else:
                self.decisions[target] = decision
            if decision == held.ACCEPT:
                released = held.release(self.db, target)
                if released is not None:
                    self._merge(released, change_texts(released))
                    return
            place = held.where_merged(self.db, target)
            if place is not None:  # merged here: fold its record with or without it
                self._note(*place, refold(self.db, *place))
        finally:
            self.reconciling.discard(target)
