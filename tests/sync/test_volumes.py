"""A package larger than a volume is written in volumes and read back through the first; a
missing volume is named, a later volume alone is refused, and nothing changes meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.services.sync import volumes
from inspector_app.services.sync.export import export_package
from inspector_app.services.sync.importing import import_packages
from tests.sync.network import District


@pytest.fixture
def small_volumes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(volumes, "VOLUME_BYTES", 4096)


def _big_export(district: District) -> list[Path]:
    first = district.first
    for n in range(20):
        first.add_person(f"Тұрғын{n}", notes="жазба " * 100)
    result = export_package(first.session, first.outbox)
    return list(result.volumes)


def test_a_package_in_volumes_is_imported_through_its_first(
    district: District, small_volumes: None
) -> None:
    parts = _big_export(district)
    assert len(parts) > 2
    assert parts[1].name == parts[0].name + ".002"
    assert all(p.stat().st_size == 4096 for p in parts[:-1])

    outcomes = import_packages(district.chief.session, parts)  # every part given, as `*`

    assert [(o.file, o.status) for o in outcomes] == [(parts[0], "imported")]
    assert outcomes[0].added >= 20


def test_a_missing_volume_is_named_and_changes_nothing(
    district: District, small_volumes: None
) -> None:
    parts = _big_export(district)
    parts[2].unlink()
    chief = district.chief
    before = chief.dump()

    [outcome] = import_packages(chief.session, [parts[0]])

    assert outcome.status == "refused"
    assert outcome.error is not None and outcome.error.code == "package.volume_missing"
    assert outcome.error.params["path"] == str(parts[2])
    [alone] = import_packages(chief.session, [parts[1]])
    assert alone.error is not None and alone.error.code == "package.later_volume"
    assert chief.dump() == before
