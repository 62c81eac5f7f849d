"""Backups made without asking: daily while the application runs, before a large import; and
Today's warning when the newest is more than a week old."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from inspector_app.services.backup import (
    LARGE_IMPORT_BYTES,
    backup_age_warning,
    backup_if_due,
    default_folder,
    newest_backup,
)
from inspector_app.services.people_import import import_people
from inspector_app.services.session import open_session_with_key
from tests.conftest import PASSWORD

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_the_daily_backup_is_made_once_a_day(db_path: Path) -> None:
    session, master = open_session_with_key(db_path, "admin", PASSWORD)
    try:
        assert newest_backup(session) is None
        assert backup_age_warning(session, now=MONDAY) == -1  # never backed up
        first = backup_if_due(session, master, now=MONDAY)
        assert first is not None and first.parent == default_folder(db_path)
        assert newest_backup(session) == MONDAY
        assert backup_if_due(session, master, now=MONDAY + timedelta(hours=23)) is None
        later = backup_if_due(session, master, now=MONDAY + timedelta(days=1))
        assert later is not None and later != first
        assert backup_age_warning(session, now=MONDAY + timedelta(days=7)) is None
        assert backup_age_warning(session, now=MONDAY + timedelta(days=9)) == 8
    finally:
        session.close()


def test_a_large_import_is_preceded_by_a_backup(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    with source.open("w", encoding="utf-8") as out:
        out.write("Фамилия;Имя;Дата рождения;Адрес\n")
        note = "ул. Абая, " + "д" * 190
        rows = LARGE_IMPORT_BYTES // 200 + 10
        for n in range(rows):
            out.write(f"Тұрғын{n};Ерлан;{1 + n % 28:02d}.0{1 + n % 9}.1980;{note}\n")
    session, _master = open_session_with_key(db_path, "admin", PASSWORD)
    try:
        assert newest_backup(session) is None
        import_people(session, source)
        assert newest_backup(session) is not None
    finally:
        session.close()
