"""The PyInstaller bundle against the source run: how long a person waits for the first window.

    .venv/bin/python tests/perf/bench_bundle.py [--bundle dist/inspector-app] [--people 1000] [--runs 7]

Without --bundle, the bundle is built first (packaging/pyinstaller/inspector-app.spec, into a
temporary folder) and `build_seconds` and `bundle_mb` are printed. Then, on one database of
PEOPLE people, each start is `inspector-app --check-start` (a fresh process, offscreen): it
prints the first window's name once Qt exposes it, and the clock stops at that line.

- `source_window_ms`: `python -m inspector_app` from this checkout's venv to the sign-in window;
- `bundle_window_ms`: the bundle's executable to the same window, in the same run;
- `bundle_ratio`: their ratio (target: at most 1.3).

Each figure is the median of RUNS runs, after one warm-up of each; runs of the two alternate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "inspector-app.spec"
NAME = "inspector-app"
PASSWORD = "bench-password"


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/inspector-app
    executable: Path
    build_seconds: float

    def size_mb(self) -> float:
        # the links PyInstaller makes to libraries (on Linux) count once, as their targets
        files = [p for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()]
        total = sum(p.stat().st_size for p in files)
        return total / 2**20


def build_bundle(out: Path) -> Bundle:
    """Build the bundle with the documented command into `out` (dist/ and build/ under it)."""
    env = dict(os.environ)
    env["PYINSTALLER_CONFIG_DIR"] = str(out / "pyinstaller-cache")  # nothing in the user's home
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"the bundle did not build:\n{result.stdout}\n{result.stderr}")
    folder = out / "dist" / NAME
    executable = folder / (NAME + (".exe" if sys.platform == "win32" else ""))
    return Bundle(folder, executable, seconds)


def start_env(folder: Path) -> dict[str, str]:
    """Offscreen, with user folders of its own (the start never reads the real ones)."""
    env = dict(os.environ)
    for name in ("INSPECTOR_APP_LANG", "INSPECTOR_APP_USER", "INSPECTOR_APP_DB"):
        env.pop(name, None)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folder),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    return env


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Milliseconds from starting `command` to the first line it prints, and that line."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        elapsed = (time.perf_counter() - started) * 1000
        child.wait(timeout=60)
    if child.returncode != 0 or not line:
        raise RuntimeError(f"no window was shown (exit status {child.returncode})")
    return elapsed, line


def make_database(folder: Path, people: int) -> Path:
    """A demo database of `people` residents (the People page benchmark makes them alike)."""
    from tests.perf.bench_people_page import make_database as demo_database

    sub = folder / "start"
    sub.mkdir(exist_ok=True)
    return demo_database(sub, people, PASSWORD)


def measure(bundle: Path, db: Path, runs: int, folder: Path) -> dict[str, float]:
    env = start_env(folder)
    source = [sys.executable, "-m", "inspector_app", "--check-start", "--db", str(db)]
    frozen = [str(bundle), "--check-start", "--db", str(db)]
    for command in (source, frozen):  # warm-up: files into the system's cache
        _, shown = time_to_window(command, env)
        if shown != "sign-in":
            raise RuntimeError(f"{command[0]} showed {shown!r}, not the sign-in window")
    times: dict[str, list[float]] = {"source": [], "bundle": []}
    for _ in range(runs):
        times["source"].append(time_to_window(source, env)[0])
        times["bundle"].append(time_to_window(frozen, env)[0])
    return {kind: statistics.median(values) for kind, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="a built bundle folder (dist/inspector-app)")
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.bundle is None:
            built = build_bundle(folder / "build")
            print(f"build_seconds\t{built.build_seconds:.0f}")
            print(f"bundle_mb\t{built.size_mb():.0f}")
            executable = built.executable
        else:
            executable = args.bundle / (NAME + (".exe" if sys.platform == "win32" else ""))
        db = make_database(folder, args.people)
        figures = measure(executable, db, args.runs, folder)
        print(f"people\t{args.people}")
        print(f"runs\t{args.runs}")
        print(f"source_window_ms\t{figures['source']:.0f}")
        print(f"bundle_window_ms\t{figures['bundle']:.0f}")
        print(f"bundle_ratio\t{figures['bundle'] / figures['source']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
