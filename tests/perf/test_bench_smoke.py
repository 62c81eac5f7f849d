"""The benchmarks run on tiny sizes, so they do not rot; they time nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_foundation


def test_foundation_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_foundation.main(["--small", "200", "--large", "400", "--repeat", "1"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert set(lines) == {
        "demo_people",
        "demo_seconds",
        "search_ms_200",
        "raw_ms_200",
        "search_ratio_200",
        "demo_seconds_400_people_only",
        "search_ms_400",
        "raw_ms_400",
        "search_ratio_400",
    }
    assert all(float(value) >= 0 for value in lines.values())
