"""`verify`: find anything changed behind the application's back.

Four layers, each catching what the one before cannot:
1. SQLite's and SQLCipher's own checks (pages intact, page HMACs valid);
2. the journal chain (a row altered, inserted or removed breaks it);
3. every change in the log against the journal entry that fixed its values;
4. every record against the fold of its changes (a record edited, inserted or removed directly).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from inspector_app.domain.model import ENTITIES, Entity
from inspector_app.store.changes import (
    DELETED,
    NEVER,
    derived_columns,
    field_versions,
    open_losers,
    row_values,
    stamp_time,
    writable_fields,
)
from inspector_app.store.journal import GENESIS, change_digest, row_hash, values_hash

MAX_REPORTED = 50


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
    salts = _check_journal(db, report)
    ends: Ends = {}
    history: History = defaultdict(dict)
    folded = _check_changes(db, report, salts, ends, history)
    _check_records(db, report, folded, ends)
    _check_conflicts(db, report, history)
    return report


def _check_sqlite(db: sqlite_utils.Database, report: Report) -> None:
    result = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        report.add("verify.sqlite", detail="; ".join(map(str, result[:5])))
    failures = [r[0] for r in db.conn.execute("PRAGMA cipher_integrity_check")]
    if failures:
        report.add("verify.cipher", detail="; ".join(map(str, failures[:5])))


# change id -> (journal detail, (salt, old values text) or None where redacted)
FieldEdit = tuple[str, str | None, Any]
# per record: the (stamp, author, device) of its first and of its last change
Edit = tuple[str, str | None, str]
Ends = dict[tuple[str, str], tuple[Edit, Edit]]
# per (entity, record, field): stamp -> (change id, base, value) of every edit of that field
History = dict[tuple[str, str, str], dict[str, FieldEdit]]
Journaled = dict[str, tuple[dict[str, Any], tuple[str, str | None] | None]]


def _check_journal(db: sqlite_utils.Database, report: Report) -> Journaled:
    """Walk the chain; returns, per change id, its journal detail and the values the entry
    recorded (None where they were redacted), for the next step."""
    prev, expected_seq = GENESIS, 1
    by_change: Journaled = {}
    values = {
        seq: (salt, old)
        for seq, salt, old in db.conn.execute("SELECT seq, salt, old_json FROM journal_value")
    }
    count = 0
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
        if "change" in parsed:
            parsed["_entity"], parsed["_record"], parsed["_seq"] = entity, record_id, seq
            by_change[parsed["change"]] = (parsed, values.get(seq))
    report.counts["journal"] = count
    return by_change


def _check_changes(
    db: sqlite_utils.Database,
    report: Report,
    journaled: Journaled,
    ends: Ends,
    history: History,
) -> dict[tuple[str, str], dict[str, tuple[str, Any]]]:
    """Every change must match its journal entry; returns per record the winning value and
    stamp of each field, folded from the log, and fills `ends` with each record's first and
    last change."""
    folded: dict[tuple[str, str], dict[str, tuple[str, Any]]] = defaultdict(dict)
    count = 0
    ends.clear()
    history.clear()
    edited = {
        (str(entity), str(record_id))
        for entity, record_id in db.conn.execute(
            "SELECT entity, record_id FROM change GROUP BY entity, record_id HAVING count(*) > 1"
        )
    }
    for (
        change_id,
        entity,
        record_id,
        hlc,
        values_json,
        bases_text,
        author,
        device,
    ) in db.conn.execute(
        "SELECT change_id, entity, record_id, hlc, values_json, bases_json,"
        " author, device FROM change"
    ):
        count += 1
        entry = journaled.pop(change_id, None)
        if entry is None:
            report.add("verify.change_not_journaled", change=change_id, entity=entity, id=record_id)
        else:
            detail, recorded = entry
            same = (
                detail["_entity"] == entity
                and detail["_record"] == record_id
                and detail.get("digest")
                == change_digest(change_id, entity, record_id, hlc, bases_text, author, device)
            )
            # the values, old and new, against the salted hash the chain covers (unless the
            # salt was redacted with the values of an anonymised record)
            if same and recorded is not None:
                salt, old_text = recorded
                same = values_hash(salt, old_text, values_json) == detail.get("values")
            if not same:
                report.add("verify.change_altered", change=change_id, entity=entity, id=record_id)
        values = json.loads(values_json)
        key = (entity, record_id)
        if key in edited:  # only records edited more than once can hold conflicts
            bases = json.loads(bases_text)
            for name, value in values.items():
                history[(entity, record_id, name)][hlc] = (change_id, bases.get(name), value)
        first, last = ends.get(key, (None, None))
        if first is None or hlc < first[0]:
            first = (hlc, author, device)
        if last is None or hlc > last[0]:
            last = (hlc, author, device)
        ends[key] = (first, last)
        fields = folded[key]
        for name, value in values.items():
            if name not in fields or hlc > fields[name][0]:
                fields[name] = (hlc, value)
    for change_id, (detail, _values) in journaled.items():
        report.add(
            "verify.change_missing",
            change=change_id,
            entity=detail["_entity"],
            id=detail["_record"],
        )
    report.counts["changes"] = count
    return folded


def _check_records(
    db: sqlite_utils.Database,
    report: Report,
    folded: dict[tuple[str, str], dict[str, tuple[str, Any]]],
    ends: Ends,
) -> None:
    total = 0
    for name, entity in ENTITIES.items():
        seen = set()
        for row in _rows(db, name):
            total += 1
            seen.add(row["id"])
            expected = folded.get((name, row["id"]))
            if expected is None:
                report.add("verify.record_without_changes", entity=name, id=row["id"])
                continue
            actual = row_values(entity, row)
            for fname in writable_fields(entity):
                want = expected.get(fname, (NEVER, 0 if fname == DELETED else None))[1]
                if actual[fname] != want:
                    report.add("verify.record_altered", entity=name, id=row["id"], field=fname)
                    break
            else:
                wrong = _wrong_bookkeeping(entity, row, actual, expected, ends[(name, row["id"])])
                if wrong:
                    report.add("verify.record_altered", entity=name, id=row["id"], field=wrong)
        folded_ids = {rid for (ent, rid) in folded if ent == name}
        for record_id in sorted(folded_ids - seen):
            report.add("verify.record_missing", entity=name, id=record_id)
    report.counts["records"] = total


def _check_conflicts(db: sqlite_utils.Database, report: Report, history: History) -> None:
    """The open conflicts must be exactly those the change log makes: a loser hidden from
    review, or one invented, is damage. Resolved conflicts are a local decision and kept."""
    expected = {
        (entity, record_id, name, loser)
        for (entity, record_id, name), edits in history.items()
        if len(edits) > 1
        for loser in open_losers(edits)
    }
    stored = {
        tuple(row)
        for row in db.conn.execute(
            "SELECT entity, record_id, field, loser_change FROM conflict WHERE resolved_at IS NULL"
        )
    }
    resolved = {
        tuple(row)
        for row in db.conn.execute(
            "SELECT entity, record_id, field, loser_change FROM conflict"
            " WHERE resolved_at IS NOT NULL"
        )
    }
    for entity, record_id, name, loser in sorted((expected - resolved) ^ stored):
        report.add("verify.conflict_altered", entity=entity, id=record_id, field=name, change=loser)


def _wrong_bookkeeping(
    entity: Entity,
    row: dict[str, Any],
    values: dict[str, Any],
    fields: dict[str, tuple[str, Any]],
    ends: tuple[Edit, Edit],
) -> str | None:
    """The first bookkeeping column that is not what the change log makes it: versions,
    creation and last edit (stamp, author, device), and the columns derived in Python."""
    (first_hlc, first_author, _), (last_hlc, last_author, last_device) = ends
    versions = {f: fields.get(f, (NEVER, None))[0] for f in writable_fields(entity)}
    expected = {
        "versions": versions,
        "created_version": first_hlc,
        "created_by": first_author,
        "created_at": stamp_time(first_hlc),
        "version": last_hlc,
        "updated_by": last_author,
        "updated_at": stamp_time(last_hlc),
        "origin": last_device,
        **derived_columns(entity.name, values),
    }
    actual = {**row, "versions": field_versions(entity, row)}
    for column, want in expected.items():
        if actual[column] != want:
            return column
    return None


def _rows(db: sqlite_utils.Database, table: str) -> Iterator[dict[str, Any]]:
    cursor = db.conn.execute(f"SELECT * FROM [{table}]")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
