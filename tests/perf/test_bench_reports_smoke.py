"""The reports benchmark runs on tiny sizes, so it does not rot; it times nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_reports


def test_reports_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--precincts", "3", "--people", "60", "--repeat", "1"]
    argv += ["--hq-people", "240", "--hq-districts", "2", "--hq-precincts", "2"]
    assert bench_reports.main(argv) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert set(lines) == {
        "precincts",
        "people",
        "demo_seconds",
        "district_pages",
        "report_ms",
        "model_ms",
        "render_ms",
        "bare_ms",
        "report_median_ms",
        "bare_median_ms",
        "ratio",
        "render_ratio",
        "hq_people",
        "hq_demo_seconds",
        "hq_report_ms",
        "hq_model_ms",
        "hq_bare_ms",
        "hq_ratio",
    }
    assert all(float(value) >= 0 for value in lines.values())
    assert all(float(lines[k]) > 0 for k in ("report_ms", "bare_ms", "ratio", "render_ratio"))
    assert lines["precincts"] == "3" and int(lines["district_pages"]) >= 1
