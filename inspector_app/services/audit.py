"""`dump` and `verify` for a signed-in user: roles checked, both journaled."""

from __future__ import annotations

from collections.abc import Iterator

from inspector_app.services.session import Session
from inspector_app.store.dump import dump_lines as store_dump_lines
from inspector_app.store.verify import Report
from inspector_app.store.verify import verify as verify_store


def dump_lines(session: Session) -> Iterator[str]:
    """The replicated state as canonical JSON lines. It exports personal data: admin or chief
    only, and journaled before the first line is given."""
    session.require("dump")
    with session.store.transaction():
        session.event("dump")
    return store_dump_lines(session.store)


def verify(session: Session) -> Report:
    session.require("verify")
    report = verify_store(session.store.db)
    with session.store.transaction():
        session.event("verify", sound=report.sound, problems=len(report.problems))
    return report
