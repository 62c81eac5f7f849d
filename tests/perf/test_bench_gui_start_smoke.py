"""The start-up benchmark runs on a tiny database, so it does not rot; it times nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_gui_start


def test_gui_start_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_gui_start.main(["--people", "200", "--runs", "1"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert set(lines) == {
        "database_mb",
        "people",
        "runs",
        "bare_window_ms",
        "app_window_ms",
        "start_ratio",
    }
    assert all(float(value) > 0 for value in lines.values())
