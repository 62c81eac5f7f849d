"""The sync benchmark runs on tiny sizes, so it does not rot; it times nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_sync


def test_sync_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_sync.main(["--changes", "50", "--memory-changes", "50", "--csv-rows", "50"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert set(lines) == {
        "changes",
        "import_seconds",
        "raw_seconds",
        "import_ratio",
        "reimport_seconds",
        "reimport_ratio",
        "export_seconds",
        "export_ratio",
        "import_changes_for_memory",
        "import_peak_mib",
        "csv_rows",
        "people_import_peak_mib",
    }
    assert all(float(value) > 0 for value in lines.values())
