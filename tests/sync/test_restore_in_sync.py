"""A laptop restored from a backup: a new epoch, the chief reads the shorter journal as
entries lost in a restore (not as history rewritten), and the laptop gets back from the chief
what it had sent after the backup was made."""

from __future__ import annotations

from pathlib import Path

from inspector_app.services.backup import make_backup, restore
from inspector_app.services.session import open_session
from inspector_app.services.sync.status import sync_status
from inspector_app.store.keyfile import KeyFile, key_file_for
from tests.conftest import PASSWORD
from tests.sync.network import District


def test_a_restored_laptop_is_read_as_restored_and_gets_its_work_back(
    district: District, tmp_path: Path
) -> None:
    first, chief = district.first, district.chief
    before_backup = first.add_person("Сақталған")
    chief.take(first.export())
    master = KeyFile.load(key_file_for(first.path)).unlock("admin", PASSWORD)
    (tmp_path / "backups").mkdir()
    backup = make_backup(first.session, master, tmp_path / "backups")
    after_backup = first.add_person("Кейін енгізілген")
    chief.take(first.export())
    epoch_before = first.session.store.meta("epoch")

    first.session.close()  # the laptop breaks; its backup is restored
    restore(first.path, backup, "admin", PASSWORD)
    first.session = open_session(first.path, "admin", PASSWORD, "en")
    assert first.session.store.get("person", after_backup) is None
    assert first.session.store.meta("epoch") != epoch_before
    first.add_person("Жаңа")

    outcome = chief.take(first.export())

    assert (outcome.status, outcome.error) == ("imported", None)
    assert not outcome.history_rewritten
    assert outcome.restored_lost is not None
    line = next(p for p in sync_status(chief.session).peers if p.device_id == first.device_id)
    assert line.history_rewritten is not None and line.history_rewritten["restored"]

    back = first.take(chief.export(first))

    assert back.status == "imported"
    for person in (before_backup, after_backup):
        assert first.session.store.get("person", person) is not None


def test_appeal_numbers_after_a_restore_carry_a_short_mark_of_the_epoch(
    district: District,
) -> None:
    from inspector_app.services.appeals import next_number

    first = district.first
    with first.session.store.transaction():
        plain = next_number(first.session, "appeal", 2026)
        first.session.store.set_meta("epoch", "1796673787")
        marked = next_number(first.session, "appeal", 2026)
    prefix = first.session.store.meta("number_prefix")
    assert plain == f"{prefix}-26-00001"
    assert marked == f"{prefix}.TPOYD7-26-00002"
