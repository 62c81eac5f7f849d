"""The District page of a chief and HQ: each inspector side by side (last received, overdue
checks and appeals, open conflicts), and the same summed per district and region."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector_app.domain import local_time
from inspector_app.gui.district.district_page import DistrictPage
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.register import check_due
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db
from tests.gui import work_support
from tests.gui.work_support import (
    TODAY,
    make_context,
    show_page,
)

# the shared fixtures of the work pages' tests
chief_session = work_support.chief_session
chief_template = work_support.chief_template
demo_session = work_support.demo_session
inspector_template = work_support.inspector_template


def _lines(page: DistrictPage) -> dict[str, object]:
    return {
        page.model.index(r, 0).data(ROW_ROLE).key: page.model.index(r, 0).data(ROW_ROLE)
        for r in range(page.model.rowCount())
    }


def _overdue_checks(session: Session) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entry in session.store.select(
        "SELECT id, inspector_id FROM register_entry WHERE deleted = 0 AND end_date IS NULL"
    ):
        due = check_due(session, entry["id"])
        if due.status == "overdue":
            counts[entry["inspector_id"]] += 1
    return counts


def test_each_inspector_side_by_side(qtbot, qtmodeltester, chief_session):
    session = chief_session
    appeal = session.store.select(
        "SELECT id, inspector_id FROM appeal WHERE status = 'decided' LIMIT 1"
    )[0]
    # a conflict on one inspector's appeal, as a merge of two packages would leave it
    session.store.db.conn.execute(
        "INSERT INTO conflict (entity, record_id, field, loser_change, loser_value)"
        " VALUES ('appeal', ?, 'summary', 'change-1', '\"другой текст\"')",
        [appeal["id"]],
    )
    # one inspector's laptop is known and a record of it arrived
    inspector = appeal["inspector_id"]
    session.store.db.conn.execute(
        "UPDATE user SET device_id = 'laptop-7' WHERE id = ?", [inspector]
    )
    session.store.create(
        "log_entry",
        {
            "kind": "round",
            "at": "2026-11-14T06:00:00Z",
            "summary": "обход",
            "inspector_id": inspector,
        },
        author=inspector,
        device="laptop-7",
        action="import",
    )
    page = show_page(qtbot, DistrictPage(make_context(session)))
    qtmodeltester.check(page.model)
    lines = _lines(page)
    inspectors = session.store.select("SELECT id FROM user WHERE role = 'inspector'")
    assert set(lines) == {u["id"] for u in inspectors}
    assert page.count_label.text() == f"Inspectors: {len(inspectors)}"
    expected = _overdue_checks(session)
    assert {key: line.overdue_checks for key, line in lines.items()} == {
        u["id"]: expected[u["id"]] for u in inspectors
    }
    late = Counter(
        r["inspector_id"]
        for r in session.store.select(
            "SELECT inspector_id FROM appeal WHERE deleted = 0 AND status IN"
            " ('registered', 'in_progress', 'extended')"
            " AND coalesce(extended_to, deadline) < ?",
            [TODAY.isoformat()],
        )
    )
    assert {k: v.overdue_appeals for k, v in lines.items()} == {
        u["id"]: late[u["id"]] for u in inspectors
    }
    assert {k: v.open_conflicts for k, v in lines.items() if v.open_conflicts} == {inspector: 1}
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).key == inspector)
    assert page.model.index(row, 8).data() == "1"
    # the stamp of that change: made just now on the laptop's clock
    assert page.model.index(row, 5).data().startswith(f"{local_time.today('KZ'):%d.%m.%Y} ")
    other = next(r for r in range(page.model.rowCount()) if page.model.row(r).key != inspector)
    assert page.model.index(other, 5).data() == "no package yet"
    assert page.model.index(other, 8).data() == "—"
    overdue_row = next(r for r in range(page.model.rowCount()) if page.model.row(r).overdue_checks)
    cell = page.model.index(overdue_row, 6)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"


def test_a_chief_sums_the_district(qtbot, chief_session):
    page = show_page(qtbot, DistrictPage(make_context(chief_session)))
    assert page.level_combo.count() == 2  # a chief has no regions to compare
    total = sum(line.overdue_checks for line in _lines(page).values())
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    assert page.model.rowCount() == 1
    line = page.model.row(0)
    assert line.inspectors == 3 and line.overdue_checks == total
    assert not page.table.isColumnHidden(4) and page.table.isColumnHidden(1)


@pytest.fixture
def hq_session(tmp_path: Path):
    path = make_db(tmp_path, role="hq", name="hq.db")
    session = open_session(path, "admin", PASSWORD, "en")
    session.today_override = TODAY
    fill_demo(session, DemoRequest(people=60, years=1, seed=3, precincts=2, districts=2))
    try:
        yield session
    finally:
        session.close()


def test_hq_compares_districts_and_regions(qtbot, hq_session):
    page = show_page(qtbot, DistrictPage(make_context(hq_session)))
    assert page.level_combo.count() == 3
    assert page.model.rowCount() == 4
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    districts = [page.model.row(r) for r in range(page.model.rowCount())]
    assert len(districts) == 2 and all(d.inspectors == 2 for d in districts)
    assert all(d.region for d in districts)
    page.level_combo.setCurrentIndex(page.level_combo.findData("region"))
    assert page.model.rowCount() == 1 and page.model.row(0).inspectors == 4


def test_an_inspector_may_not_see_the_district(qtbot, demo_session):
    page = show_page(qtbot, DistrictPage(make_context(demo_session)))
    assert page.message.isVisible()
    assert page.message.text() == ("Your role (inspector) may not do this (district.view).")


def test_each_inspector_s_packages_gaps_and_last_contact(qtbot, tmp_path, translators):
    """The sync columns of a chief: the last package from each laptop and when, the numbers
    missing, the journal, and the days since the last contact, red past the chief's limit."""
    import time
    from datetime import UTC, timedelta

    from PySide6.QtCore import QSettings

    from inspector_app.gui.shell import preferences
    from inspector_app.services.sync.importing import import_package
    from tests.sync.network import enrol, make_node

    translators.switch("en")  # the plural forms of English
    laptop = make_node(tmp_path, "laptop", "inspector", precinct="05")
    chief = make_node(tmp_path, "chief", "chief")
    try:
        enrol(laptop, chief, tmp_path)
        packages = []
        for surname in ("Абенов", "Бекова", "Ванцев"):
            laptop.add_person(surname)
            packages.append(laptop.export(chief))
        assert chief.take(packages[0]).status == "imported"  # No. 2 never arrives
        # No. 3 is read while the chief's clock is two days behind the laptop's: held
        two_days_behind = int(time.time() * 1000) - 2 * 86_400_000
        third = import_package(chief.session, packages[2], now_ms=two_days_behind)
        assert third.status == "imported" and third.held >= 1
        ten_days_ago = datetime.now(UTC) - timedelta(days=10, hours=1)
        chief.session.store.db.conn.execute(
            "UPDATE package_in SET imported_at = ?",
            [ten_days_ago.strftime("%Y-%m-%dT%H:%M:%SZ")],
        )
        page = show_page(qtbot, DistrictPage(make_context(chief.session)))
        lines = _lines(page)
        (inspector,) = [k for k, line in lines.items() if line.device_id == laptop.device_id]
        row = next(r for r in range(page.model.rowCount()) if page.model.row(r).key == inspector)
        cells = {
            page.model.headerData(c, Qt.Orientation.Horizontal): page.model.index(row, c)
            for c in range(page.model.columnCount())
        }
        assert cells["Last package"].data() == "No. 3"
        assert f"{local_time.to_local(ten_days_ago, 'KZ'):%d.%m.%Y %H:%M}" in cells[
            "Last package"
        ].data(Qt.ItemDataRole.ToolTipRole)
        assert cells["Gaps"].data() == "missing: 2"
        assert cells["Gaps"].data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
        assert cells["Held"].data() == str(third.held)
        assert cells["Held"].data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a5300"
        assert cells["Journal"].data() == "in order"
        assert cells["Journal"].data(Qt.ItemDataRole.DecorationRole) is None
        # ten days without a package, the limit is a week: red, with an icon and words
        assert page.limit_spin.value() == preferences.DEFAULT_CONTACT_DAYS == 7
        contact = cells["Last contact"]
        assert contact.data() == "10 days ago"
        assert contact.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
        assert contact.data(Qt.ItemDataRole.DecorationRole) is not None
        assert contact.data(Qt.ItemDataRole.ToolTipRole) == (
            "No package for longer than 7 days: ask the inspector."
        )
        # the chief allows a fortnight: the same contact is not late any more, and it is kept
        page.limit_spin.setValue(14)
        assert contact.data() == "10 days ago"
        assert contact.data(Qt.ItemDataRole.ForegroundRole) is None
        assert contact.data(Qt.ItemDataRole.DecorationRole) is None
        assert contact.data(Qt.ItemDataRole.ToolTipRole) is None
        assert int(QSettings().value(preferences.CONTACT_DAYS)) == 14
        assert all(not page.table.isColumnHidden(c) for c in range(9, 14))
        # the district summed up has no package columns
        page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
        assert all(page.table.isColumnHidden(c) for c in range(9, 14))
        assert not page.limit_spin.isVisible()
    finally:
        laptop.close()
        chief.close()
