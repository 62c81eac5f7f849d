"""`verify`: find anything changed behind the application's back.

Five layers, each catching what the one before cannot:
1. SQLite's and SQLCipher's own checks (pages intact, page HMACs valid);
2. the journal chain (a row altered, inserted or removed breaks it);
3. every change in the log, and every change held apart, against the journal entry that fixed
   its values;
4. every record, and the open conflicts, against the fold of its changes (`domain.fold`, the
   one the merge uses): a record edited, inserted or removed directly, a conflict hidden or
   invented;
5. the signatures (`verify_signatures`): each transaction by its author's key, each change of
   a user's powers by an admin's, each user certified up to the device's anchor.

Records are checked one entity at a time, walking the log and the table in record id order
side by side, so memory holds one record's changes at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

import sqlite_utils

from inspector_app.domain.change import Change
from inspector_app.domain.fold import Folded, fold_record
from inspector_app.domain.model import ENTITIES, Entity
from inspector_app.store.changes import (
    CHANGE_COLUMNS,
    change_from_row,
    derived_columns,
    field_versions,
    row_values,
    stamp_time,
    writable_fields,
)
from inspector_app.store.held import superseded_ids
from inspector_app.store.journal import GENESIS, change_digest, row_hash, values_hash
from inspector_app.store.verify_signatures import check_signatures

MAX_REPORTED = 50
# the journal event of a redaction: its detail lists the journal entries whose values it took
REDACTION = "record.redact"

# change id -> (journal detail, (salt, old values text) or None where redacted)
Journaled = dict[str, tuple[dict[str, Any], tuple[str, str | None] | None]]
# (entity, record id, field, losing change id) of open conflicts
ConflictKeys = set[tuple[str, str, str, str]]


@dataclass
class Report:
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, code: str, **params: Any) -> None:
        self.problems.append((code, params))

    @property
    def sound(self) -> bool:
        return not self.problems


def verify(db: sqlite_utils.Database) -> Report:
    report = Report()
    _check_sqlite(db, report)
    merged, held = _check_journal(db, report)
    superseded = superseded_ids(db)
    conflicts: ConflictKeys = set()
    report.counts["changes"] = report.counts["records"] = 0
    for entity in ENTITIES.values():
        _check_entity(db, report, entity, merged, superseded, conflicts)
    _check_strays(db, report, merged)
    for change_id, (detail, _values) in merged.items():
        report.add(
            "verify.change_missing",
            change=change_id,
            entity=detail["_entity"],
            id=detail["_record"],
        )
    _check_held(db, report, held)
    _check_conflicts(db, report, conflicts)
    _check_confirmed_heads(db, report)
    report.counts["signatures"] = check_signatures(db, report)
    return report


def _check_confirmed_heads(db: sqlite_utils.Database, report: Report) -> None:
    """The journal must still hold, at each head a peer confirmed receiving (the chief's
    acknowledgement carries it back), the same entry: otherwise entries were cut off or the
    chain recomputed on this device since."""
    for peer, seq, expected in db.conn.execute(
        "SELECT device_id, confirmed_head_seq, confirmed_head_hash FROM peer"
        " WHERE confirmed_head_seq IS NOT NULL ORDER BY device_id"
    ):
        found = db.conn.execute("SELECT hash FROM journal WHERE seq = ?", [seq]).fetchone()
        if found is None or found[0] != expected:
            report.add("verify.journal_rewritten", seq=seq, device=peer)


def _check_sqlite(db: sqlite_utils.Database, report: Report) -> None:
    result = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        report.add("verify.sqlite", detail="; ".join(map(str, result[:5])))
    failures = [r[0] for r in db.conn.execute("PRAGMA cipher_integrity_check")]
    if failures:
        report.add("verify.cipher", detail="; ".join(map(str, failures[:5])))


def _check_journal(db: sqlite_utils.Database, report: Report) -> tuple[Journaled, Journaled]:
    """Walk the chain; returns, per change id, its journal detail and the values the entry
    recorded (None where they were redacted): for merged changes, and for those held."""
    prev, expected_seq = GENESIS, 1
    merged: Journaled = {}
    held: Journaled = {}
    values = {
        seq: (salt, old)
        for seq, salt, old in db.conn.execute("SELECT seq, salt, old_json FROM journal_value")
    }
    count = 0
    missing: list[tuple[int, str | None, str | None]] = []
    redacted: set[int] = set()
    for (
        seq,
        at,
        user_id,
        device_id,
        action,
        entity,
        record_id,
        detail,
        prev_hash,
        digest,
    ) in db.conn.execute(
        "SELECT seq, at, user_id, device_id, action, entity, record_id,"
        " detail, prev_hash, hash FROM journal ORDER BY seq"
    ):
        count += 1
        if seq != expected_seq:
            report.add("verify.journal_gap", seq=expected_seq)
        if (
            prev_hash != prev
            or row_hash(prev, seq, at, user_id, device_id, action, entity, record_id, detail)
            != digest
        ):
            report.add("verify.journal_row", seq=seq)
        prev, expected_seq = digest, seq + 1
        try:
            parsed = json.loads(detail)
        except ValueError:
            report.add("verify.journal_row", seq=seq)
            continue
        if action == REDACTION and isinstance(parsed.get("seqs"), list):
            redacted.update(s for s in parsed["seqs"] if isinstance(s, int) and s < seq)
        for key, found in (("change", merged), ("held", held)):
            # an entry of a change names it and fixes its digest; an event's detail may hold
            # words like these as counts (a package's "held": 0)
            if isinstance(parsed.get(key), str) and "digest" in parsed:
                parsed["_entity"], parsed["_record"], parsed["_seq"] = entity, record_id, seq
                found[parsed[key]] = (parsed, values.get(seq))
                if "values" in parsed and seq not in values:
                    missing.append((seq, entity, record_id))
    # a change's old values and salt go only by a redaction, itself journaled (and signed)
    # naming what it took; otherwise their row was deleted to hide an edit of the change
    for seq, entity, record_id in missing:
        if seq not in redacted:
            report.add("verify.value_missing", seq=seq, entity=entity, id=record_id)
    report.counts["journal"] = count
    return merged, held


def _matches(entry: Any, change: Change, texts: tuple[str, str, str]) -> bool:
    """Whether a change row is what its journal entry fixed: identity, provenance, the
    losers it settles, and its values (unless they were redacted)."""
    if entry is None:
        return False
    detail, recorded = entry
    values_text, bases_text, seen_text = texts
    digest = change_digest(
        change.change_id,
        change.entity,
        change.record_id,
        change.hlc,
        bases_text,
        change.author,
        change.device,
        seen_text,
    )
    same = (
        detail["_entity"] == change.entity
        and detail["_record"] == change.record_id
        and detail.get("digest") == digest
    )
    if same and recorded is not None:
        salt, old_text = recorded
        same = values_hash(salt, old_text, values_text) == detail.get("values")
    return bool(same)


def _logged(
    db: sqlite_utils.Database, report: Report, sql: str, params: Sequence[Any], journaled: Journaled
) -> Iterator[Change]:
    """The change rows a query gives, each checked against its journal entry."""
    for row in db.conn.execute(sql, params):
        change = change_from_row(row)
        report.counts["changes"] += 1
        entry = journaled.pop(change.change_id, None)
        if entry is None:
            report.add(
                "verify.change_not_journaled",
                change=change.change_id,
                entity=change.entity,
                id=change.record_id,
            )
        elif not _matches(entry, change, (row[4], row[5], row[8])):
            report.add(
                "verify.change_altered",
                change=change.change_id,
                entity=change.entity,
                id=change.record_id,
            )
        yield change


def _check_entity(
    db: sqlite_utils.Database,
    report: Report,
    entity: Entity,
    journaled: Journaled,
    superseded: set[str],
    conflicts: ConflictKeys,
) -> None:
    name = entity.name
    logged = _logged(
        db,
        report,
        f"SELECT {CHANGE_COLUMNS} FROM change WHERE entity = ? ORDER BY record_id",
        [name],
        journaled,
    )
    groups = ((rid, list(group)) for rid, group in groupby(logged, key=lambda c: c.record_id))
    for record_id, changes, row in _side_by_side(groups, _rows(db, name)):
        kept = [c for c in changes if c.change_id not in superseded]
        folded = fold_record(entity, kept) if kept else None
        if row is not None:
            report.counts["records"] += 1
        if folded is None:
            if row is not None:
                report.add("verify.record_without_changes", entity=name, id=record_id)
            continue
        for fname, losers in folded.losers.items():
            conflicts.update((name, record_id, fname, e.change_id) for e in losers)
        if row is None:
            report.add("verify.record_missing", entity=name, id=record_id)
            continue
        wrong = _wrong_column(entity, row, folded)
        if wrong:
            report.add("verify.record_altered", entity=name, id=record_id, field=wrong)


Group = tuple[str, list[Change]]


def _side_by_side(
    groups: Iterator[Group], rows: Iterator[dict[str, Any]]
) -> Iterator[tuple[str, list[Change], dict[str, Any] | None]]:
    """Each record id of the log or of the table (both in id order) with its changes (none
    when only the table has it) and its row (None when only the log has it)."""
    group, row = next(groups, None), next(rows, None)
    while True:
        if group is not None and (row is None or group[0] < row["id"]):
            yield group[0], group[1], None
            group = next(groups, None)
        elif row is not None and (group is None or row["id"] < group[0]):
            yield row["id"], [], row
            row = next(rows, None)
        elif group is not None and row is not None:
            yield group[0], group[1], row
            group, row = next(groups, None), next(rows, None)
        else:
            return


def _check_strays(db: sqlite_utils.Database, report: Report, journaled: Journaled) -> None:
    """Changes of entities this model does not know: only a hand could put them there."""
    marks = ",".join("?" * len(ENTITIES))
    for change in _logged(
        db,
        report,
        f"SELECT {CHANGE_COLUMNS} FROM change WHERE entity NOT IN ({marks})",
        list(ENTITIES),
        journaled,
    ):
        report.add(
            "verify.change_altered",
            change=change.change_id,
            entity=change.entity,
            id=change.record_id,
        )


def _check_held(db: sqlite_utils.Database, report: Report, journaled: Journaled) -> None:
    """Held changes against the events that journaled them; an event whose change is
    neither held nor merged (accepted since) lost its change."""
    count = 0
    for row in db.conn.execute(f"SELECT {CHANGE_COLUMNS} FROM held_change"):
        count += 1
        change = change_from_row(row)
        entry = journaled.pop(change.change_id, None)
        if entry is None:
            code = "verify.change_not_journaled"
        elif not _matches(entry, change, (row[4], row[5], row[8])):
            code = "verify.change_altered"
        else:
            continue
        report.add(code, change=change.change_id, entity=change.entity, id=change.record_id)
    report.counts["held"] = count
    for change_id, (detail, _values) in journaled.items():
        if not db.conn.execute("SELECT 1 FROM change WHERE change_id = ?", [change_id]).fetchone():
            report.add(
                "verify.change_missing",
                change=change_id,
                entity=detail["_entity"],
                id=detail["_record"],
            )


def _check_conflicts(db: sqlite_utils.Database, report: Report, expected: ConflictKeys) -> None:
    """The conflict table must hold exactly the open conflicts the log makes: a loser hidden
    from review, or one invented, is damage."""
    stored = {
        (str(e), str(r), str(f), str(c))
        for e, r, f, c in db.conn.execute(
            "SELECT entity, record_id, field, loser_change FROM conflict"
        )
    }
    for entity, record_id, name, loser in sorted(expected ^ stored):
        report.add("verify.conflict_altered", entity=entity, id=record_id, field=name, change=loser)


def _wrong_column(entity: Entity, row: dict[str, Any], folded: Folded) -> str | None:
    """The first column that is not what the change log makes it: a field, the versions,
    creation and last edit (stamp, author, device), the columns derived in Python."""
    values = row_values(entity, row)
    for name in writable_fields(entity):
        if values[name] != folded.values[name]:
            return name
    expected = {
        "versions": folded.versions,
        "created_version": folded.created_version,
        "created_by": folded.created_by,
        "created_at": stamp_time(folded.created_version),
        "version": folded.version,
        "updated_by": folded.updated_by,
        "updated_at": stamp_time(folded.version),
        "origin": folded.origin,
        **derived_columns(entity.name, values),
    }
    actual = {**row, "versions": field_versions(entity, row)}
    for column, want in expected.items():
        if actual[column] != want:
            return column
    return None


def _rows(db: sqlite_utils.Database, table: str) -> Iterator[dict[str, Any]]:
    cursor = db.conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
