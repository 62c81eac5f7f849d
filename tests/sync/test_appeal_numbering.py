"""The chief's import flags a gap, a duplicate or a reused number in an inspector's appeal
numbering, and shows a restore's new series as expected."""

from __future__ import annotations

from typing import Any

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import appeals
from inspector_app.services.number_prefix import reassign_prefix
from inspector_app.services.sync.status import sync_status
from tests.cli.test_cli import run
from tests.conftest import PASSWORD
from tests.sync.network import District


def _register(node, summary: str) -> str:  # type: ignore[no-untyped-def]
    return appeals.register_appeal(
        node.session, summary=summary, channel="written", applicant_name="Сейітова Г."
    ).number


def test_the_chiefs_import_flags_a_gap_and_a_duplicate(district: District) -> None:
    first, chief = district.first, district.chief
    numbers = [_register(first, "Шум"), _register(first, "Скот")]
    head = numbers[0][:-6]
    with first.session.store.transaction():  # what an old version or a hand edit could do
        first.session.create(
            "appeal", {"number": f"{head}000005", "summary": "x"}, "appeal.register"
        )
        # typed twice at once: the same number on a second appeal of the same moment
        first.session.create(
            "appeal",
            {"number": numbers[1], "summary": "y", "registered_at": "2000-01-01T00:00:00Z"},
            "appeal.register",
        )

    outcome = chief.take(first.export())

    assert outcome.status == "imported"
    found = {(f.kind, f.numbers) for f in outcome.numbering}
    assert ("gap", (f"{head}000003", f"{head}000004")) in found
    assert ("duplicate", (numbers[1],)) in found
    assert not any(f.expected for f in outcome.numbering)


def test_a_clean_numbering_is_not_flagged(district: District) -> None:
    first, chief = district.first, district.chief
    _register(first, "Шум")
    _register(first, "Скот")
    assert chief.take(first.export()).numbering == []


def test_sync_status_shows_the_numbering_findings_per_device(
    district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, chief = district.first, district.chief
    number = _register(first, "Шум")
    head = number[:-6]
    with first.session.store.transaction():  # what an old version or a hand edit could do
        first.session.create(
            "appeal", {"number": f"{head}000004", "summary": "x"}, "appeal.register"
        )
    assert chief.take(first.export()).status == "imported"

    assert [(f.kind, f.device) for f in sync_status(chief.session).numbering] == [
        ("gap", first.device_id)
    ]
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    shown = run("--db", chief.path, "--user", "admin", "sync", "status")
    assert shown.code == 0
    lines = [line.split("\t") for line in shown.out.splitlines()]
    assert [
        "numbering",
        "gap",
        first.device_id,
        head[:-6],
        head[-5:-1],
        f"{head}000002,{head}000003",
    ] in lines


def test_a_prefix_the_chief_reassigns_starts_a_new_series_on_the_laptop(
    district: District, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, chief = district.first, district.second, district.chief
    before = [_register(first, "Шум"), _register(first, "Скот")]
    _register(second, "Забор")
    chief.take(first.export())
    chief.take(second.export())
    year = before[0].split("-")[2]

    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)

    def prefix(*argv: str) -> Any:
        return run("--db", chief.path, "--user", "admin", "device", "prefix", *argv)

    assert prefix(first.device_id, "12-05").code == 2  # the prefix it has
    assert prefix(first.device_id, "12-06").code == 2  # the second laptop's: same numbers
    assert prefix(first.device_id, "12 07").code == 2
    with pytest.raises(AppError) as refused:
        reassign_prefix(first.session, first.device_id, "12-07")  # not the inspector's
    assert refused.value.code == "role.forbidden"
    changed = prefix(first.device_id, "12-07")
    assert changed.code == 0
    assert changed.out == f"prefix\t{first.device_id}\t12-05\t12-07\n"

    first.take(chief.export(first))
    after = [_register(first, "Шум"), _register(first, "Скот")]
    assert after == [f"12-07-{year}-000001", f"12-07-{year}-000002"]
    numbers = {a["number"] for a in first.session.store.select("SELECT number FROM appeal")}
    assert set(before) <= numbers  # the numbers given keep their prefix

    outcome = chief.take(first.export())
    assert [(f.kind, f.prefix, f.device, f.expected) for f in outcome.numbering] == [
        ("new_prefix", "12-07", first.device_id, True)
    ]
    lines = run("--db", chief.path, "--user", "admin", "sync", "status").out.splitlines()
    assert f"numbering\tnew_prefix\t{first.device_id}\t12-07\t{year}\t{after[0]}" in lines
