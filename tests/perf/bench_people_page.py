"""Time to the first rows of the People page, printed as `name<TAB>value` lines.

    .venv/bin/python tests/perf/bench_people_page.py [--small 1000] [--large 1000000]
        [--small-db PATH] [--large-db PATH] [--runs 7]

For a database of SMALL and one of LARGE people (offscreen, signed in beforehand):
- `model_first_rows_ms_N`: the list model made (`LazyTableModel` over `services.lists.PeopleList`)
  and its first page fetched;
- `page_first_rows_ms_N`: the whole People page made and shown, its first rows in the table;
- `page_first_rows_cold_ms_N`: the same, the first time after the database was opened;
- `count_ms_N`: the count line after the first rows (capped, see services.lists.COUNT_CAP);
- `search_first_rows_ms_N`: the first rows of the list for a typed name ("нургал");
- `deep_page_ms_N`: the page of rows after the middle of the list, by key;
- `first_rows_ratio` and `model_first_rows_ratio`: LARGE against SMALL (target: at most 1.3).

Each figure is the median of RUNS runs, alternating between the two databases. Without --small-db / --large-db a database is made with
the demo generator, people and households only (1,000,000 people take about 6 minutes:
`inspector-app --db X demo --people 1000000 --years 0` makes the same; pass it with
--large-db to measure it again). Made databases live in a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSWORD = "bench-password"


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from inspector_app.gui.app import apply_look

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["bench"])
    apply_look(app)
    return app


def make_database(folder: Path, people: int, password: str = PASSWORD) -> Path:
    from inspector_app.services.demo.fill import DemoRequest, fill_demo
    from inspector_app.services.session import open_session
    from inspector_app.services.setup import InitRequest, init_database

    path = folder / f"people-{people}.db"
    init_database(
        InitRequest(
            path=path,
            role="inspector",
            country="KZ",
            device_name="bench",
            login="admin",
            full_name="Бенчмарк",
            password=password,
            precinct_code="05",
            district_code="12",
        )
    )
    session = open_session(path, "admin", password)
    try:
        fill_demo(session, DemoRequest(people=people, years=0, seed=1))
    finally:
        session.close()
    return path


class Subject:
    """One signed-in database and the actions timed on it."""

    def __init__(self, path: Path, user: str, password: str) -> None:
        from inspector_app.gui.shell.bus import DataBus
        from inspector_app.gui.shell.context import AppContext
        from inspector_app.gui.shell.dialogs import DialogService
        from inspector_app.services.session import open_session

        self.app = _app()
        self.session = open_session(path, user, password)
        self.context = AppContext(
            session=self.session,
            dialogs=DialogService(),
            bus=DataBus(),
            lang="ru",
            open_worker_session=lambda: self.session,
        )

    def actions(self) -> dict[str, Callable[[], object]]:
        from PySide6.QtCore import QSettings

        from inspector_app.domain.text import sort_key
        from inspector_app.gui.people.people_page import PeoplePage, _columns
        from inspector_app.gui.shared.lazy_table_model import LazyTableModel
        from inspector_app.services.lists import PeopleList, PeopleQuery

        session = self.session

        def page_first_rows() -> None:
            QSettings().clear()  # every run as on a fresh computer
            page = PeoplePage(self.context)
            page.resize(1100, 700)
            page.show()
            self.app.processEvents()
            assert page.model.rowCount() > 0
            page.close()
            page.deleteLater()

        def model_first_rows() -> None:
            model = LazyTableModel(
                _columns(session.country),
                lambda order, descending: PeopleList(
                    session, PeopleQuery(), order or "name", descending
                ),
            )
            assert model.rowCount() > 0

        listing = PeopleList(session, PeopleQuery())
        # the rows after "М": the middle of the alphabet, reached by key as a scroll would
        middle = (sort_key("М"), "")
        return {
            "page_first_rows_ms": page_first_rows,
            "model_first_rows_ms": model_first_rows,
            "count_ms": listing.count,
            "search_first_rows_ms": lambda: PeopleList(session, PeopleQuery(text="нургал")).page(),
            "deep_page_ms": lambda: listing.page(middle),
        }

    def close(self) -> None:
        self.session.close()


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(subjects: dict[str, Subject], runs: int) -> dict[str, dict[str, float]]:
    """Medians per subject; runs alternate between the subjects, so neither gains from the
    order (a process gets slower as it grows)."""
    actions = {label: subject.actions() for label, subject in subjects.items()}
    times: dict[str, dict[str, list[float]]] = {label: {} for label in subjects}
    cold = {label: _ms(acts["page_first_rows_ms"]) for label, acts in actions.items()}
    for _ in range(runs):
        for label, acts in actions.items():
            for name, action in acts.items():
                times[label].setdefault(name, []).append(_ms(action))
    figures: dict[str, dict[str, float]] = {}
    for label in subjects:
        figures[label] = {"page_first_rows_cold_ms": cold[label]}
        for name, values in times[label].items():
            figures[label][name] = statistics.median(values)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--small-db", type=Path)
    parser.add_argument("--large-db", type=Path)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default=os.environ.get("INSPECTOR_APP_PASSWORD", PASSWORD))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("XDG_RUNTIME_DIR", folder)
        from PySide6.QtCore import QSettings

        settings = Path(folder) / "settings"
        settings.mkdir()
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings))
        # databases made here take the same password as those given
        small_db = args.small_db or make_database(Path(folder), args.small, args.password)
        large_db = args.large_db or make_database(Path(folder), args.large, args.password)
        subjects = {
            "small": Subject(small_db, args.user, args.password),
            "large": Subject(large_db, args.user, args.password),
        }
        try:
            for label, subject in subjects.items():
                print(f"people_{label}\t{subject.session.store.count('person')}")
            figures = measure(subjects, args.runs)
        finally:
            for subject in subjects.values():
                subject.close()
    for label, values in figures.items():
        for name, value in values.items():
            print(f"{name}_{label}\t{value:.1f}")
    small, large = figures["small"], figures["large"]
    print(f"first_rows_ratio\t{large['page_first_rows_ms'] / small['page_first_rows_ms']:.2f}")
    print(
        f"model_first_rows_ratio\t{large['model_first_rows_ms'] / small['model_first_rows_ms']:.2f}"
    )
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
