"""The bundle benchmark runs on the session's bundle and a tiny database, so it does not rot; it
times nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_bundle
from tests.perf.bench_bundle import Bundle


@pytest.mark.slow
def test_bundle_benchmark_prints_its_figures(
    bundle: Bundle, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_bundle.main(["--bundle", str(bundle.folder), "--people", "50", "--runs", "1"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert set(lines) == {
        "people",
        "runs",
        "source_window_ms",
        "bundle_window_ms",
        "bundle_ratio",
    }
    assert all(float(value) > 0 for value in lines.values())
