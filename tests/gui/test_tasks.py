"""Background work: the job runs on a worker thread with its own session, reports progress with
the time left, stops when asked, and its result or failure reaches the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6

from inspector_app.domain.errors import AppError
from inspector_app.gui.shell.tasks import Cancelled, TaskRunner, Work
from inspector_app.services.auth import open_worker_session
from inspector_app.services.session import open_session_with_key
from inspector_app.services.users import list_users
from tests.conftest import PASSWORD
from tests.gui.fakes import FakeDialogs


@pytest.fixture
def signed_in(db_path):
    session, key = open_session_with_key(db_path, "admin", PASSWORD, "en")
    yield session, key
    session.close()


@pytest.fixture
def runner(qapp, signed_in):
    session, key = signed_in
    made = TaskRunner(
        FakeDialogs(), open_session=lambda: open_worker_session(session, key), language=lambda: "en"
    )
    made.show_after_ms = 0
    yield made
    assert made.wait(10_000), "a job was still running at the end of the test"


def test_a_job_runs_on_a_worker_with_its_own_session(qtbot, runner, signed_in):
    gui_session, _key = signed_in
    seen: dict[str, object] = {}

    def job(work: Work) -> list[str]:
        seen["thread"] = threading.get_ident()
        seen["session"] = work.session
        work.progress(1, 2, "Reading users")
        return [user.login for user in list_users(work.session)]

    task = runner.start(job, title="Users")
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as done:
        pass

    assert done.args == [["admin"]]
    assert seen["thread"] != threading.get_ident()  # not the GUI thread
    assert seen["session"] is not gui_session
    assert seen["session"].store is not gui_session.store  # type: ignore[attr-defined]
    assert list_users(gui_session)[0].login == "admin"  # the GUI's own connection still works


def test_progress_reaches_the_dialog_with_the_time_left(qtbot, runner):
    go_on = threading.Event()

    def job(work: Work) -> str:
        work.progress(0, 4, "Starting")
        time.sleep(1.1)  # long enough for a guess of the time left
        for step in range(1, 5):
            work.progress(step, 4, f"Step {step}")
        go_on.wait(5)
        return "done"

    task = runner.start(job, title="Import")
    qtbot.waitUntil(lambda: runner.dialogs.progress_views != [])
    view = runner.dialogs.progress_views[0]
    assert view.title == "Import"
    qtbot.waitUntil(lambda: view.updates and view.updates[-1][0] == 4, timeout=10_000)
    done, total, text, seconds_left = view.updates[-1]
    assert (done, total, text) == (4, 4, "Step 4")
    assert seconds_left is not None and 0 <= seconds_left < 1
    with qtbot.waitSignal(task.succeeded, timeout=10_000):
        go_on.set()
    assert view.finished


def test_stop_ends_the_job_at_its_next_step(qtbot, runner):
    steps: list[int] = []

    def job(work: Work) -> None:
        for step in range(1000):
            steps.append(step)
            work.progress(step, 1000)
            time.sleep(0.01)

    task = runner.start(job, title="Export")
    qtbot.waitUntil(lambda: runner.dialogs.progress_views != [] and len(steps) > 3)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        runner.dialogs.progress_views[0].canceled.emit()  # the person pressed Stop
    assert len(steps) < 1000
    assert runner.dialogs.progress_views[0].finished
    assert runner.dialogs.shown == []  # stopping is not an error


def test_a_refusal_of_the_core_is_a_plain_message(qtbot, runner):
    def job(work: Work) -> None:
        raise AppError("db.disk_full")

    task = runner.start(job, title="Backup")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert runner.dialogs.shown == [
        (
            "warn",
            "This cannot be done",
            "The disk is full. Free some space and try again; nothing was changed.",
        )
    ]
    assert runner.dialogs.crashes == []


def test_a_bug_in_a_job_goes_to_the_crash_dialog(qtbot, runner):
    def job(work: Work) -> None:
        raise ZeroDivisionError("a bug")

    task = runner.start(job, title="Report")
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        pass
    assert isinstance(failed.args[0], ZeroDivisionError)
    assert len(runner.dialogs.crashes) == 1
    summary, details = runner.dialogs.crashes[0]
    assert "Copy the details" in summary
    assert "builtins.ZeroDivisionError" in details  # its type; the message may quote data
    assert "in job" in details  # the worker's traceback travels with the error


def test_the_caller_may_handle_a_failure_itself(qtbot, runner):
    handled: list[BaseException] = []

    def job(work: Work) -> None:
        raise AppError("import.empty")

    task = runner.start(job, title="Import", on_failure=handled.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert [getattr(e, "code", None) for e in handled] == ["import.empty"]
    assert runner.dialogs.shown == []


def test_short_work_shows_no_dialog(qtbot, runner):
    runner.show_after_ms = 5_000
    task = runner.start(lambda work: 42, title="Quick")
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as done:
        pass
    assert done.args == [42]
    qtbot.wait(10)
    assert runner.dialogs.progress_views == []


def test_jobs_run_one_after_another(qtbot, runner):
    running: list[int] = []
    overlaps: list[bool] = []

    def job(work: Work) -> None:
        running.append(1)
        overlaps.append(len(running) > 1)
        time.sleep(0.05)
        running.pop()

    tasks = [runner.start(job, title="Write", show_progress=False) for _ in range(3)]
    qtbot.waitUntil(lambda: all(not task.running for task in tasks), timeout=10_000)
    assert overlaps == [False, False, False]


def test_work_check_raises_cancelled_after_stop():
    cancel = threading.Event()
    work = Work(None, cancel, lambda *args: None)
    work.check()
    cancel.set()
    with pytest.raises(Cancelled):
        work.check()
    with pytest.raises(RuntimeError, match="without a way to open a session"):
        _ = work.session


def test_the_real_progress_dialog_shows_the_step_and_stops_on_its_button(qtbot, signed_in):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from inspector_app.gui.shell.dialogs import DialogService

    session, key = signed_in
    dialogs = DialogService()
    runner = TaskRunner(dialogs, open_session=lambda: open_worker_session(session, key))
    runner.show_after_ms = 0
    started = threading.Event()

    def job(work: Work) -> None:
        for step in range(10_000):
            work.progress(step, 10_000, "Importing people")
            started.set()
            time.sleep(0.002)

    task = runner.start(job, title="Import")
    try:
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QProgressDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))
        qtbot.waitUntil(lambda: "Importing people" in dialog.labelText())
        assert dialog.windowTitle() == "Import" and dialog.maximum() == 10_000
        assert dialogs.open_count == 1  # the idle lock would hide it too
        [stop] = dialog.findChildren(QPushButton)
        assert stop.text() == "Stop"
        with qtbot.waitSignal(task.cancelled, timeout=10_000):
            qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible() if shiboken6.isValid(dialog) else True)
        assert dialogs.open_count == 0
    finally:
        assert runner.wait(10_000)
