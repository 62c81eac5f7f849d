"""Benchmarks of the foundation, printed as `name<TAB>value` lines.

    .venv/bin/python tests/perf/bench_foundation.py [--small 100000] [--large 1000000]

- `demo_seconds`: `demo --people SMALL --years 3` on a fresh inspector database (the whole
  command: generation, change log, journal, search index, one transaction).
- `search_ms_*`: the median time of the People search (`services.people.search_people`:
  folding, FTS5 prefix query, joining the person rows) over typical queries, against a raw
  FTS5 query for the same match expression on the same database (`raw_ms_*`), and their ratio
  (target: at most 1.5). Measured at SMALL and at LARGE people; the LARGE database holds
  people and households only (`--years 0`), which is what the search reads.

Both databases are real encrypted files in a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.people import search_people
from inspector_app.services.session import Session, open_session
from inspector_app.services.setup import InitRequest, init_database
from inspector_app.store.search import match_expression

PASSWORD = "bench-password"
QUERIES = (
    "нургалиева",
    "нур",
    "иванов иван",
    "серик",
    "ахмет",
    "алия",
    "кас",
    "петров",
    "жумабаев н",
    "8701",
    "77",
    "ерлан",
    "айгуль",
    "мухамед",
    "есен",
    "бол",
    "ким",
    "абдрахманов",
    "сауле",
    "оралов",
)


def make_session(folder: Path, people: int, years: int, seed: int = 1) -> tuple[Session, float]:
    path = folder / f"bench-{people}.db"
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
    started = time.perf_counter()
    fill_demo(session, DemoRequest(people=people, years=years, seed=seed))
    return session, time.perf_counter() - started


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def raw_fts(session: Session, query: str) -> list[tuple[int]]:
    """The baseline: FTS5 alone, with the same match expression and limit, no join."""
    expression = match_expression(query)
    conn = session.store.db.conn
    rows: list[tuple[int]] = conn.execute(
        "SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT 50", [expression]
    ).fetchall()
    return rows


def measure_search(session: Session, label: str, repeat: int) -> None:
    for query in QUERIES:  # warm the page cache, as a person's second query finds it
        search_people(session, query)
        raw_fts(session, query)
    ours = sum(median_ms(lambda q=q: search_people(session, q), repeat) for q in QUERIES)
    raw = sum(median_ms(lambda q=q: raw_fts(session, q), repeat) for q in QUERIES)
    print(f"search_ms_{label}\t{ours / len(QUERIES):.2f}")
    print(f"raw_ms_{label}\t{raw / len(QUERIES):.2f}")
    print(f"search_ratio_{label}\t{ours / raw:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        session, seconds = make_session(Path(folder), args.small, years=3)
        print(f"demo_people\t{args.small}")
        print(f"demo_seconds\t{seconds:.1f}")
        measure_search(session, str(args.small), args.repeat)
        session.close()
        session, seconds = make_session(Path(folder), args.large, years=0)
        print(f"demo_seconds_{args.large}_people_only\t{seconds:.1f}")
        measure_search(session, str(args.large), args.repeat)
        session.close()
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
