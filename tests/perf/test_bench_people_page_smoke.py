"""The People page benchmark runs on tiny databases, so it does not rot; it times nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_people_page


def test_people_page_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    # the benchmark makes its QApplication offscreen, or uses the one the GUI tests made
    assert bench_people_page.main(["--small", "50", "--large", "120", "--runs", "1"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    measured = {
        "page_first_rows_cold_ms",
        "page_first_rows_ms",
        "model_first_rows_ms",
        "count_ms",
        "search_first_rows_ms",
        "deep_page_ms",
    }
    assert set(lines) == {
        "people_small",
        "people_large",
        "first_rows_ratio",
        "model_first_rows_ratio",
        *(f"{name}_{size}" for name in measured for size in ("small", "large")),
    }
    assert lines["people_small"] == "50" and lines["people_large"] == "120"
    assert all(float(value) > 0 for value in lines.values())
