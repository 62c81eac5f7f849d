"""`search --limit` out of range is refused in words (exit 2); a huge one used to end in an
internal error, a negative one listed nothing and said it was done."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inspector_app.cli import main
from tests.conftest import PASSWORD, make_db


@pytest.mark.parametrize("limit", ["99999999999999999999", "-5", "0", "many"])
def test_a_search_limit_out_of_range_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    monkeypatch.setenv("INSPECTOR_APP_DB", str(make_db(tmp_path)))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    out = io.StringIO()
    assert main(["search", "x", "--limit", limit], out, io.StringIO()) == 2
    assert out.getvalue() == ""
