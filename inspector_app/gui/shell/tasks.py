"""The one helper for background work: a job runs on a worker thread, reports progress, can be
stopped, and its result or failure comes back through signals on the GUI thread.

A job is a plain function `job(work) -> result`. It never touches a widget. It reports with
`work.progress(done, total, text)` (which stops it, by raising `Cancelled`, once the person
pressed Stop) and reaches the database through `work.session`: a session of its own, opened in
the worker thread on first use and closed when the job ends (a connection never crosses
threads). Jobs run one at a time, in order, so writes never contend.

    runner = TaskRunner.for_context(context)
    runner.start(import_people_job, title=..., parent=self, on_success=self.show_counts)

A failure that is the user's environment (AppError) becomes a plain message; anything else is a
bug and goes to the crash dialog (gui/shell/crash.py), unless the caller handles it with on_failure.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from inspector_app.gui.shell.dialogs import DialogService, ProgressView

if TYPE_CHECKING:
    from inspector_app.gui.shell.context import AppContext
    from inspector_app.services.session import Session

SHOW_PROGRESS_AFTER_MS = 400  # short work finishes before a dialog would flash up
PROGRESS_INTERVAL_S = 0.1  # at most ten progress signals a second reach the GUI
ETA_AFTER_S = 1.0  # the time left is a guess worth showing after this long


class Cancelled(Exception):
    """The person pressed Stop: the job ends here (raised by Work.progress and Work.check)."""


class Work:
    """What a running job receives. Used on the worker thread only."""

    def __init__(
        self,
        open_session: Callable[[], Session] | None,
        cancel: threading.Event,
        report: Callable[[int, int, str], None],
    ) -> None:
        self._open_session = open_session
        self._cancel = cancel
        self._report = report
        self._session: Session | None = None
        self._last_report = 0.0

    @property
    def session(self) -> Session:
        """This job's own session, opened on first use in the worker thread."""
        if self._session is None:
            if self._open_session is None:
                raise RuntimeError("this job was started without a way to open a session")
            self._session = self._open_session()
        return self._session

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled when the person asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report `done` of `total` steps (total 0: unknown) and a line saying what is done."""
        self.check()
        now = time.monotonic()
        if done >= total > 0 or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self._report(done, total, text)

    def close(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            session.close()


class _Signals(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    progressed = Signal(int, int, str)
    done = Signal(str, object)  # "ok" / "failed" / "cancelled", the result or the exception


class Task(QObject):
    """One started job, seen from the GUI thread."""

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the job's result
    failed = Signal(object)  # the exception, with its traceback
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.cancel_event = threading.Event()
        self.running = True
        self.started_at = time.monotonic()
        self.view: ProgressView | None = None
        self.last: tuple[int, int, str] = (0, 0, "")
        self.worker_signals = _Signals()
        self.worker_signals.progressed.connect(self._on_progress)
        self.worker_signals.done.connect(self._on_done)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.cancel_event.set()

    def seconds_left(self) -> float | None:
        done, total, _ = self.last
        elapsed = time.monotonic() - self.started_at
        if total <= 0 or done <= 0 or elapsed < ETA_AFTER_S:
            return None
        return elapsed / done * (total - done)

    def show_view(self, view: ProgressView) -> None:
        self.view = view
        view.canceled.connect(self.cancel)
        view.update(*self.last, self.seconds_left())

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.last = (done, total, text)
        if self.view is not None:
            self.view.update(done, total, text, self.seconds_left())
        self.progressed.emit(done, total, text)

    def _on_done(self, outcome: str, value: object) -> None:
        self.running = False
        if self.view is not None:
            self.view.canceled.disconnect(self.cancel)
            self.view.finish()
            self.view = None
        if outcome == "ok":
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)
        self.finished.emit()


class TaskRunner(QObject):
    """Starts jobs on one worker thread and shows their progress through the dialog service."""

    def __init__(
        self,
        dialogs: DialogService,
        *,
        open_session: Callable[[], Session] | None = None,
        language: Callable[[], str] = lambda: "ru",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self._open_session = open_session
        self._language = language
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: jobs run one after another
        self.tasks: list[Task] = []
        self.show_after_ms = SHOW_PROGRESS_AFTER_MS

    @classmethod
    def for_context(cls, context: AppContext, parent: QObject | None = None) -> TaskRunner:
        return cls(
            context.dialogs,
            open_session=context.open_worker_session,
            language=lambda: context.lang,
            parent=parent,
        )

    def start(
        self,
        job: Callable[[Work], Any],
        *,
        title: str,
        parent: QWidget | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
    ) -> Task:
        """Run `job` on the worker thread. `on_success(result)` and `on_failure(error)` are
        called on the GUI thread; without on_failure, a failure is shown (see the module)."""
        task = Task(title)  # kept alive by self.tasks until it has finished
        self.tasks.append(task)
        if on_success is not None:
            task.succeeded.connect(on_success)
        task.failed.connect(on_failure or (lambda error: self.show_failure(error, parent)))
        task.finished.connect(lambda: self._forget(task))
        if show_progress:
            QTimer.singleShot(self.show_after_ms, task, lambda: self._show_progress(task, parent))
        signals = task.worker_signals
        cancel = task.cancel_event
        open_session = self._open_session

        def run() -> None:
            work = Work(open_session, cancel, signals.progressed.emit)
            outcome, value = "ok", None
            try:
                value = job(work)
            except Cancelled:
                outcome = "cancelled"
            except BaseException as error:  # reported to the GUI thread, never lost
                outcome, value = "failed", error
            try:
                work.close()
            except BaseException as error:
                if outcome != "failed":
                    outcome, value = "failed", error
            signals.done.emit(outcome, value)

        self._pool.start(run)
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started job has ended (when the window closes)."""
        for task in self.tasks:
            task.cancel()
        return self._pool.waitForDone(msecs)

    def _show_progress(self, task: Task, parent: QWidget | None) -> None:
        if task.running and task.view is None:
            task.show_view(self.dialogs.progress(parent, task.title))

    def _forget(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    def show_failure(self, error: BaseException, parent: QWidget | None) -> None:
        """A failure shown as gui/shell/crash.py decides: a plain message or the crash dialog."""
        from inspector_app.gui.shell.crash import report_failure

        report_failure(error, self.dialogs, parent, self._language())
