"""What encryption and signatures cost after sign-in, printed as `name<TAB>value` lines.

    .venv/bin/python tests/perf/bench_protection.py [--people 100000] [--import-rows 2000]
        [--runs 5]

One demo database of PEOPLE people (people and households), and a plain copy of it made with
SQLCipher's own export (no encryption, same pages and indexes). The same service calls run on
both, alternating: on the real one encrypted and with every transaction signed by the signed-in
user; on the copy unencrypted and unsigned (the store opened without a key, no signer):
- `list_ms_*`: the People list's first page (services.lists.PeopleList);
- `search_ms_*`: a search for a typed name (services.people.search_people);
- `import_ms_*`: a CSV of IMPORT_ROWS new residents imported (services.people_import), in one
  signed transaction;
- `*_ratio`: protected against plain (target: at most 1.15).
Each figure is the median of RUNS runs. Databases live in a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

PASSWORD = "bench-protection-password"


def make_database(folder: Path, people: int) -> Path:
    """A demo database of `people` residents (the People page benchmark makes them alike)."""
    from tests.perf.bench_people_page import make_database as demo_database

    sub = folder / "protected"
    sub.mkdir(exist_ok=True)
    return demo_database(sub, people, PASSWORD)


def plain_copy(protected: Path, master: bytes, plain: Path) -> None:
    """The same database without encryption, by SQLCipher's export."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(protected))
    try:
        conn.execute(f"PRAGMA key = \"x'{master.hex()}'\"")
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", [str(plain)])
        conn.execute("SELECT sqlcipher_export('plaintext')")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])  # not exported
        conn.execute(f"PRAGMA plaintext.user_version = {version}")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()


def _open_plain(path: Path, _key: bytes) -> Any:
    """The store's connection as `connection.open_database` makes it, without the key."""
    import sqlcipher3
    import sqlite_utils

    from inspector_app.store import connection

    # the store's own connection class (errors translated on every statement): only the key
    # differs from the protected one
    conn = sqlcipher3.connect(str(path), check_same_thread=True, factory=connection._Connection)
    conn.path = path
    conn.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{connection.CACHE_KIB}")
    return sqlite_utils.Database(conn, execute_plugins=False)


@contextmanager
def plain_session(path: Path) -> Iterator[Any]:
    from inspector_app.services.session import session_for
    from inspector_app.store.store import Store

    with mock.patch("inspector_app.store.store.open_database", _open_plain):
        store = Store.open(path, bytes(32))
    session = session_for(store, "admin")  # no signer: nothing is signed
    try:
        yield session
    finally:
        session.close()


def write_csv(path: Path, rows: int, start: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Фамилия", "Имя", "Дата рождения"])
        for n in range(start, start + rows):
            writer.writerow([f"Импортов{n}", "Ерлан", f"{1 + n % 28:02d}.0{1 + n % 9}.1980"])


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from inspector_app.services.lists import PeopleList, PeopleQuery
    from inspector_app.services.people import search_people
    from inspector_app.services.people_import import import_people
    from inspector_app.services.session import open_session_with_key

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        protected_path = make_database(folder, args.people)
        protected, master = open_session_with_key(protected_path, "admin", PASSWORD)
        protected.close()
        plain_path = folder / "plain.db"
        plain_copy(protected_path, master, plain_path)
        protected, _master = open_session_with_key(protected_path, "admin", PASSWORD)
        try:
            with plain_session(plain_path) as plain:
                subjects = {"protected": protected, "plain": plain}
                times: dict[str, list[float]] = {}
                serial = 0
                for _ in range(args.runs):
                    for name, session in subjects.items():
                        serial += 1
                        source = folder / f"import-{serial}.csv"
                        write_csv(source, args.import_rows, serial * args.import_rows)
                        steps = {
                            "list": lambda s=session: PeopleList(s, PeopleQuery()).page(),
                            "search": lambda s=session: search_people(s, "нургал"),
                            "import": lambda s=session, f=source: import_people(s, f),
                        }
                        for step, action in steps.items():
                            times.setdefault(f"{step}_ms_{name}", []).append(_timed(action))
        finally:
            protected.close()
    medians = {key: statistics.median(values) for key, values in times.items()}
    print(f"people\t{args.people}")
    print(f"import_rows\t{args.import_rows}")
    for key in sorted(medians):
        print(f"{key}\t{medians[key]:.1f}")
    for step in ("list", "search", "import"):
        ratio = medians[f"{step}_ms_protected"] / max(medians[f"{step}_ms_plain"], 0.001)
        print(f"{step}_ratio\t{ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
