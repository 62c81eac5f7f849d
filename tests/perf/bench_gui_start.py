"""Launch-to-window: how long a person waits for the first window, printed as `name<TAB>value`.

    .venv/bin/python tests/perf/bench_gui_start.py [--db PATH] [--people 1000000] [--runs 7]

- `app_window_ms`: from starting `inspector-app` (a fresh Python process, offscreen) to the
  moment its first window, the sign-in window, is exposed, on a database of PEOPLE people.
- `bare_window_ms`: the same for a bare PySide6 QMainWindow, in the same run.
- `start_ratio`: their ratio (target: at most 1.5).

Each figure is the median of RUNS runs, after one warm-up run of each (so both find the files
in the system's cache). Runs of the two alternate. Without --db a database is made with the
demo generator (1,000,000 people take about 6 minutes: `inspector-app demo --people 1000000
--years 0` makes the same; pass its path with --db to measure it again).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-password"

# Both children create the application first and report the first Expose of a window.
WATCH = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["bench"])
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isWindowType() and watched.isExposed():
            sys.stdout.write("shown\\n")
            sys.stdout.flush()
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
app.installEventFilter(watch)
"""
BARE = (
    WATCH
    + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(960, 640)
window.show()
app.exec()
"""
)
APP = (
    WATCH
    + """
from pathlib import Path
from inspector_app.gui.app import run
run(Path(sys.argv[1]), "ru")
"""
)


def time_to_window(code: str, args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting a Python process running `code` to its "shown" line."""
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the window did not appear (exit status {child.returncode})")
    return elapsed


def make_database(folder: Path, people: int) -> Path:
    from inspector_app.services.demo.fill import DemoRequest, fill_demo
    from inspector_app.services.session import open_session
    from inspector_app.services.setup import InitRequest, init_database

    path = folder / f"start-{people}.db"
    init_database(
        InitRequest(
            path=path,
            role="inspector",
            country="KZ",
            device_name="bench",
            login="admin",
            full_name="Бенчмарк",
            password=PASSWORD,
            precinct_code="05",
            district_code="12",
        )
    )
    session = open_session(path, "admin", PASSWORD)
    try:
        fill_demo(session, DemoRequest(people=people, years=0, seed=1))
    finally:
        session.close()
    return path


def measure(db: Path, runs: int, folder: Path) -> dict[str, float]:
    env = dict(os.environ)
    for name in ("INSPECTOR_APP_LANG", "INSPECTOR_APP_USER", "INSPECTOR_APP_DB"):
        env.pop(name, None)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_STATE_HOME=str(folder / "state"),
    )
    time_to_window(BARE, [], env)  # warm-up: files into the system's cache
    time_to_window(APP, [str(db)], env)
    bare, app = [], []
    for _ in range(runs):
        bare.append(time_to_window(BARE, [], env))
        app.append(time_to_window(APP, [str(db)], env))
    return {"bare": statistics.median(bare), "app": statistics.median(app)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an existing database to open")
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = args.db or make_database(folder, args.people)
        figures = measure(db, args.runs, folder)
        print(f"database_mb\t{db.stat().st_size / 2**20:.0f}")
        if args.db is None:
            print(f"people\t{args.people}")
        print(f"runs\t{args.runs}")
        print(f"bare_window_ms\t{figures['bare']:.0f}")
        print(f"app_window_ms\t{figures['app']:.0f}")
        print(f"start_ratio\t{figures['app'] / figures['bare']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
