"""The district overview: figures per inspector summed per district and region; only a chief
or HQ may see it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.district import overview
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 16)


def test_figures_add_up_from_inspectors_to_districts_and_regions(tmp_path: Path):
    session = open_session(make_db(tmp_path, role="hq"), "admin", PASSWORD, "en")
    try:
        session.today_override = TODAY
        fill_demo(session, DemoRequest(people=80, years=2, seed=8, precincts=2, districts=3))
        inspectors = overview(session, "inspector").lines
        districts = overview(session, "district").lines
        regions = overview(session, "region").lines
        assert len(inspectors) == 6 and len(districts) == 3 and len(regions) == 1
        for field in ("overdue_checks", "overdue_appeals", "open_conflicts", "inspectors"):
            total = sum(getattr(line, field) for line in inspectors)
            assert sum(getattr(line, field) for line in districts) == total
            assert getattr(regions[0], field) == total
        assert all(line.last_received is None for line in inspectors)
    finally:
        session.close()


def test_an_inspector_may_not_see_it(session):
    with pytest.raises(AppError) as refused:
        overview(session)
    assert refused.value.code == "role.forbidden"
