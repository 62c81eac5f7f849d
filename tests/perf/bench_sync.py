"""Benchmarks of sync packages, printed as `name<TAB>value` lines, each against its baseline
measured in the same run.

    .venv/bin/python tests/perf/bench_sync.py [--changes 100000] [--memory-changes 1000000]
                                              [--csv-rows 500000]

- P1 `import_seconds` / `raw_seconds` / `import_ratio`: the whole process `inspector-app import`
  of a package of CHANGES new residents (one change each) into a chief's database, against a
  whole Python process that writes the same records, one row each as `dump` prints them, with
  raw sqlite3 `executemany` into a fresh plain database (target: ratio at most 3).
- P2 `reimport_seconds` / `reimport_ratio`: importing the same package again (recognised from
  its signed header) against the first import (target at most 0.05).
- `export_seconds` / `export_ratio`: the whole process `inspector-app export` of those changes
  against the import (target at most 0.5).
- P7 `import_peak_mib`: peak memory (max RSS) of the process importing MEMORY_CHANGES changes
  (target below 300); `people_import_peak_mib`: of `people import` of a CSV of CSV_ROWS rows
  (target below 150). A size of 0 skips that measurement.

Databases use a test-sized password stretching, so the figures are about the data work; every
database is a real encrypted file in a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from inspector_app.services.session import open_session
from inspector_app.services.setup import InitRequest, init_database
from inspector_app.services.sync import devices
from inspector_app.store.keyfile import KdfParams

PASSWORD = "bench-password"
KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)

_RAW_WRITER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE record (id TEXT PRIMARY KEY, line TEXT NOT NULL)")
with open(sys.argv[1], encoding="utf-8") as source, db:
    db.executemany(
        "INSERT INTO record VALUES (?, ?)", ((str(n), line) for n, line in enumerate(source))
    )
"""

_PEAK = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def _init(path: Path, role: str, precinct: str | None) -> None:
    init_database(
        InitRequest(
            path=path,
            role=role,
            country="KZ",
            device_name=path.stem,
            login="admin",
            full_name="Бенчмарк",
            password=PASSWORD,
            precinct_code=precinct,
            precinct_name=precinct,
            district_code="12",
        ),
        kdf=KDF,
    )


def _enrol(folder: Path, laptop: Path, chief: Path) -> None:
    for one, other in ((laptop, chief), (chief, laptop)):
        card = folder / f"{one.stem}.card"
        session = open_session(one, "admin", PASSWORD, "en")
        try:
            read_out = devices.write_card(session, card, overwrite=True)
        finally:
            session.close()
        session = open_session(other, "admin", PASSWORD, "en")
        try:
            devices.trust_card(session, devices.read_card(card), expected_fingerprint=read_out)
        finally:
            session.close()


def _env(db: Path) -> dict[str, str]:
    return {
        **os.environ,
        "INSPECTOR_APP_DB": str(db),
        "INSPECTOR_APP_USER": "admin",
        "INSPECTOR_APP_PASSWORD": PASSWORD,
        "INSPECTOR_APP_LANG": "en",
    }


def _cli(db: Path, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "inspector_app", *args],
        env=_env(db),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {done.stderr.strip()}")
    return time.perf_counter() - started, done.stdout


def _fill(laptop: Path, count: int) -> None:
    session = open_session(laptop, "admin", PASSWORD, "en")
    try:
        store = session.store
        with store.transaction(), store.bulk_writes():
            store.bulk_create(
                "person",
                (
                    {
                        "id": f"00000000-0000-4000-8000-{n:012d}",
                        "surname": f"Тұрғынов{n}",
                        "name": "Әлібек",
                        "birth_date": "1980-01-01",
                        "precinct_id": session.own_precinct_id,
                    }
                    for n in range(count)
                ),
                author=session.user_id,
                device=session.device_id,
                action="bench",
            )
    finally:
        session.close()


def _pair(folder: Path, changes: int) -> tuple[Path, Path]:
    laptop, chief = folder / "laptop.db", folder / "chief.db"
    _init(laptop, "inspector", "05")
    _init(chief, "chief", None)
    _enrol(folder, laptop, chief)
    _fill(laptop, changes)
    return laptop, chief


def _peak_mib(db: Path, *args: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, sys.executable, "-m", "inspector_app", *args],
        env=_env(db),
        capture_output=True,
        text=True,
        check=True,
    )
    kib, code = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{args[0]} failed with {code}")
    return int(kib) / 1024


def measure_import(folder: Path, changes: int) -> dict[str, float]:
    laptop, chief = _pair(folder, changes)
    outbox = folder / "out"
    outbox.mkdir()
    export_seconds, printed = _cli(laptop, "export", "--to", str(outbox))
    package = Path(printed.strip().splitlines()[0])
    import_seconds, _ = _cli(chief, "import", str(package))
    reimport_seconds, _ = _cli(chief, "import", str(package))
    dump_file = folder / "dump.jsonl"
    _seconds, dumped = _cli(chief, "dump")
    lines = [line for line in dumped.splitlines() if '"entity":"person"' in line]
    dump_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _RAW_WRITER, str(dump_file), str(folder / "raw.db")], check=True
    )
    raw_seconds = time.perf_counter() - started
    return {
        "changes": changes,
        "import_seconds": import_seconds,
        "raw_seconds": raw_seconds,
        "import_ratio": import_seconds / raw_seconds,
        "reimport_seconds": reimport_seconds,
        "reimport_ratio": reimport_seconds / import_seconds,
        "export_seconds": export_seconds,
        "export_ratio": export_seconds / import_seconds,
    }


def measure_import_memory(folder: Path, changes: int) -> float:
    laptop, chief = _pair(folder, changes)
    outbox = folder / "out"
    outbox.mkdir()
    _seconds, printed = _cli(laptop, "export", "--to", str(outbox))
    return _peak_mib(chief, "import", printed.strip().splitlines()[0])


def measure_people_import_memory(folder: Path, rows: int) -> float:
    laptop = folder / "laptop.db"
    _init(laptop, "inspector", "05")
    table = folder / "people.csv"
    with open(table, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Фамилия", "Имя", "Дата рождения"])
        for n in range(rows):
            writer.writerow([f"Тұрғынов{n}", "Әлібек", "01.01.1980"])
    return _peak_mib(laptop, "people", "import", str(table))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--memory-changes", type=int, default=1_000_000)
    parser.add_argument("--csv-rows", type=int, default=500_000)
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "p1"
        folder.mkdir()
        figures.update(measure_import(folder, args.changes))
        if args.memory_changes:
            folder = Path(tmp) / "p7"
            folder.mkdir()
            figures["import_changes_for_memory"] = args.memory_changes
            figures["import_peak_mib"] = measure_import_memory(folder, args.memory_changes)
        if args.csv_rows:
            folder = Path(tmp) / "csv"
            folder.mkdir()
            figures["csv_rows"] = args.csv_rows
            figures["people_import_peak_mib"] = measure_people_import_memory(folder, args.csv_rows)
    for name, value in figures.items():
        print(f"{name}\t{value:.3f}" if isinstance(value, float) else f"{name}\t{value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
