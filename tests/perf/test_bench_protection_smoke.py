"""The protection benchmark runs on a tiny database, so it does not rot; it times nothing here."""

from __future__ import annotations

import pytest

from tests.perf import bench_protection


def test_protection_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_protection.main(["--people", "60", "--import-rows", "5", "--runs", "1"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    steps = ("list", "search", "import")
    assert set(lines) == {
        "people",
        "import_rows",
        *(f"{s}_ms_{k}" for s in steps for k in ("protected", "plain")),
        *(f"{s}_ratio" for s in steps),
    }
    assert all(float(value) > 0 for value in lines.values())
