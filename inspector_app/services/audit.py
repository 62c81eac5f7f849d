"""`dump` and `verify` for a signed-in user: roles checked, both journaled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from inspector_app.domain.errors import AppError
from inspector_app.services.session import Session
from inspector_app.services.sync.provenance import check_batches
from inspector_app.store import queries, sync_state
from inspector_app.store.dump import dump_lines as store_dump_lines
from inspector_app.store.file_check import check_file
from inspector_app.store.keyfile import KeyFile, key_file_for
from inspector_app.store.search_check import rebuild_search_index, search_index_problems
from inspector_app.store.verify import Report


def dump_lines(session: Session) -> Iterator[str]:
    """The replicated state as canonical JSON lines. It exports personal data: admin or chief
    only, and journaled before the first line is given."""
    session.require("dump")
    with session.store.transaction():
        session.event("dump")
    return store_dump_lines(session.store)


def verify(session: Session) -> Report:
    session.require("verify")
    report = queries.verify_store(session.store)
    own = sync_state.device_record(session.store, session.device_id)
    report.counts["batches"] = check_batches(
        session.store, session.device_id, str(own["sign_public_key"]) if own else "", report
    )
    # device-local tables and the search index: no change log covers them
    for table in session.store.broken_seals():
        report.add("verify.local_table", table=table)
    report.problems.extend(search_index_problems(session.store))
    with session.store.transaction():
        session.event("verify", sound=report.sound, problems=len(report.problems))
    return report


def repair_search_index(session: Session) -> int:
    """Make the search index again from the records (it holds nothing of its own); returns
    how many records it indexes. Journaled."""
    session.require("verify")
    with session.store.transaction():
        count = rebuild_search_index(session.store)
        session.event("search.rebuild", records=count)
    return count


def verify_file(path: Path, login: str, password: str) -> Report:
    """`verify` of a database that does not open (a damaged page, a file cut short or empty):
    the password unlocks the key, and the file is read without being changed."""
    if not path.exists():
        raise AppError("db.missing", path=str(path))
    key = KeyFile.load(key_file_for(path)).unlock(login, password)
    return check_file(path, key)
