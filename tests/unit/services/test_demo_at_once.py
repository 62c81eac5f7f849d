"""Two `demo` runs at once on one database: the second waits for the first and is then told
the database is filled (it used to pass the emptiness check before the first committed and
crash on the same ids: "Internal error: IntegrityError")."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db


def test_a_second_demo_started_during_the_first_waits_then_is_refused(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    second_waits = threading.Event()
    second_outcome: list[BaseException | None] = []

    def second() -> None:
        session = open_session(db, "admin", PASSWORD)
        # set once this run asks for the write lock the first one holds
        session.store.db.conn.set_trace_callback(
            lambda sql: second_waits.set() if sql.startswith("BEGIN IMMEDIATE") else None
        )
        try:
            fill_demo(session, DemoRequest(people=20, years=1))
        except BaseException as error:
            second_outcome.append(error)
        else:
            second_outcome.append(None)
        finally:
            session.close()

    runner = threading.Thread(target=second)
    started: list[bool] = []

    def progress(_entity: str, _count: int) -> None:
        if not started:  # inside the first run's transaction: start the second, let it queue
            started.append(True)
            runner.start()
            assert second_waits.wait(60)

    first = open_session(db, "admin", PASSWORD)
    try:
        counts = fill_demo(first, DemoRequest(people=20, years=1), progress)
    finally:
        first.close()
    runner.join(60)
    assert counts["person"] >= 20
    [error] = second_outcome
    assert isinstance(error, AppError) and error.code == "demo.not_empty"
    with pytest.raises(AppError) as again:
        session = open_session(db, "admin", PASSWORD)
        try:
            fill_demo(session, DemoRequest(people=20, years=1))
        finally:
            session.close()
    assert again.value.code == "demo.not_empty"
