"""A second window of the application on the same database is refused politely: the first
holds an operating-system lock on `<db>.window-lock` (here a real other process holds it)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.gui import app as gui_app
from tests.gui.fakes import FakeDialogs

HOLD = """
import sys, time
from pathlib import Path
from inspector_app.services.window_lock import claim_window
claim = claim_window(Path(sys.argv[1]))
print("held" if claim else "refused", flush=True)
time.sleep(600)
"""

ALREADY_OPEN = (
    "warn",
    "Already open",
    "The application is already open on this database in another window. Switch to that"
    " window (it is on the taskbar).",
)


@pytest.fixture
def first_window(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None and process.stdout.readline() == "held\n"
            yield process
        finally:
            process.kill()


def test_the_second_window_is_refused_with_a_message(
    qapp, db_path: Path, first_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = FakeDialogs()
    monkeypatch.setattr("inspector_app.gui.shell.dialogs.DialogService", lambda: dialogs)
    assert gui_app.run(db_path, "en") == gui_app.EXIT_REFUSED
    assert dialogs.shown == [ALREADY_OPEN]
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]  # no window opened


def test_the_window_may_open_once_the_first_one_is_gone(qapp, db_path: Path, first_window) -> None:
    dialogs = FakeDialogs()
    first_window.kill()  # even a crash: the lock goes with the process
    first_window.wait()
    claim = gui_app.claim_or_say(db_path, dialogs)
    assert claim is not None and dialogs.shown == []
    assert gui_app.claim_or_say(db_path, dialogs) is None  # now this process is the window
    assert dialogs.shown == [ALREADY_OPEN]
    claim.release()
