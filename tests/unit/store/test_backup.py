"""Backups: one encrypted file that restores the same data, opens only with a password of the
device (or its recovery key), is refused whole when any byte is wrong, and whose restore keeps
the database that was there and starts a new epoch."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import struct
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError
from inspector_app.domain.ids import make_iin
from inspector_app.services import people, users
from inspector_app.services.audit import dump_lines
from inspector_app.services.backup import (
    backup_name,
    backups_to_keep,
    make_backup,
    prune,
    restore,
)
from inspector_app.services.session import Session, open_session_with_key
from inspector_app.store import backup as store_backup
from inspector_app.store.backup import check_backup, read_backup_header, write_backup
from inspector_app.store.keyfile import key_file_for
from inspector_app.store.verify import verify
from tests.conftest import PASSWORD, make_db

SURNAME = "Жумабаев"
NAME = "Серикбол"
IIN = make_iin(date(1990, 1, 1), "M", 17)
LATER_SURNAME = "Тілеубердиева"
PREFIX = struct.Struct(">5sBI")
T0 = 1_900_000_000.0  # a fixed "now" for restores: 2030-03-17


@pytest.fixture
def db(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    path = make_db(tmp_path / "data", name="inspector.db")
    session, _key = open_session_with_key(path, "admin", PASSWORD)
    try:
        people.add_person(session, {"surname": SURNAME, "name": NAME, "id_number": IIN})
    finally:
        session.close()
    return path


@pytest.fixture
def session(db: Path) -> Iterator[tuple[Session, bytes]]:
    opened, key = open_session_with_key(db, "admin", PASSWORD)
    yield opened, key
    opened.close()


def _dump(path: Path) -> list[str]:
    opened, _key = open_session_with_key(path, "admin", PASSWORD)
    try:
        return list(dump_lines(opened))
    finally:
        opened.close()


def _hashes(db: Path) -> dict[str, str]:
    """Every file in the database's folder (not in subfolders) and its SHA-256."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db.parent.iterdir())
        if p.is_file()
    }


def _backup(db: Path, out: Path) -> Path:
    opened, key = open_session_with_key(db, "admin", PASSWORD)
    try:
        write_backup(opened.store, key_file_for(db), out, master_key=key)
    finally:
        opened.close()
    return out


def _add_later_person(db: Path) -> None:
    opened, _key = open_session_with_key(db, "admin", PASSWORD)
    try:
        people.add_person(opened, {"surname": LATER_SURNAME})
    finally:
        opened.close()


def _parts(data: bytes) -> tuple[int, dict[str, object], int]:
    """(offset of the key file, the header, offset of the database)."""
    _magic, _version, length = PREFIX.unpack(data[: PREFIX.size])
    header = json.loads(data[PREFIX.size : PREFIX.size + length])
    keys_at = PREFIX.size + length
    keyfile_bytes = header["keyfile_bytes"]
    assert isinstance(keyfile_bytes, int)
    return keys_at, header, keys_at + keyfile_bytes


# --- making and restoring -------------------------------------------------------------------
def test_a_backup_restores_the_same_data_and_verifies_sound(db: Path, tmp_path: Path) -> None:
    before = _dump(db)
    bak = _backup(db, tmp_path / "one.iabak")
    _add_later_person(db)
    assert _dump(db) != before

    result = store_backup.restore_backup(
        db, bak, store_backup.with_password("admin", PASSWORD), now=T0
    )

    assert _dump(db) == before
    opened, _key = open_session_with_key(db, "admin", PASSWORD)
    try:
        report = verify(opened.store.db)
        assert report.sound, report.problems
        assert opened.store.meta("epoch") == str(result.epoch) == str(int(T0))
        restored_from = json.loads(opened.store.meta("restored_from") or "")
        assert restored_from["epoch"] == 1
        assert restored_from["journal"] == [result.info.journal_seq, result.info.journal_hash]
        events = opened.store.select(
            "SELECT seq, detail FROM journal WHERE action = 'backup.restore'"
        )
        assert len(events) == 1 and events[0]["seq"] == result.info.journal_seq + 1
        assert json.loads(events[0]["detail"])["epoch"] == result.epoch
    finally:
        opened.close()
    # nothing temporary is left beside the database
    assert not [p for p in db.parent.iterdir() if p.name.startswith(".ia")]


def test_the_backup_holds_no_readable_personal_data(db: Path, tmp_path: Path) -> None:
    data = _backup(db, tmp_path / "one.iabak").read_bytes()
    for secret in (SURNAME, NAME, IIN, "Нұрғалиев", "Қарабұлақ"):
        assert secret.encode("utf-8") not in data
        assert secret.encode("utf-16-le") not in data
    assert b"SQLite format 3" not in data
    # the database part is SQLCipher: plain sqlite3 cannot read it
    _keys_at, header, db_at = _parts(data)
    database = tmp_path / "part.db"
    size = header["database_bytes"]
    assert isinstance(size, int)
    database.write_bytes(data[db_at : db_at + size])
    conn = sqlite3.connect(database)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_the_header_names_the_device_epoch_and_journal_head(db: Path, tmp_path: Path) -> None:
    bak = _backup(db, tmp_path / "one.iabak")
    info = read_backup_header(bak)
    opened, _key = open_session_with_key(db, "admin", PASSWORD)
    try:
        head = opened.store.select("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")[0]
        assert (info.journal_seq, info.journal_hash) == (head["seq"], head["hash"])
        assert info.device_id == opened.device_id
        assert info.epoch == 1
    finally:
        opened.close()
    assert check_backup(bak, "admin", PASSWORD) == info
    data = bak.read_bytes()
    assert data.startswith(b"IABAK\x01")
    assert len(data) == PREFIX.size + PREFIX.unpack(data[: PREFIX.size])[2] + (
        info.keyfile_bytes + info.database_bytes + 32
    )


def test_a_backup_written_into_a_stream_is_the_same_format(db: Path, tmp_path: Path) -> None:
    stream = io.BytesIO()
    opened, key = open_session_with_key(db, "admin", PASSWORD)
    try:
        write_backup(opened.store, key_file_for(db), stream, master_key=key)
    finally:
        opened.close()
    bak = tmp_path / "stream.iabak"
    bak.write_bytes(stream.getvalue())
    assert check_backup(bak, "admin", PASSWORD).epoch == 1
    assert not [p for p in db.parent.iterdir() if p.name.startswith(".ia")]


def test_the_previous_database_is_kept_aside_and_still_opens(db: Path, tmp_path: Path) -> None:
    bak = _backup(db, tmp_path / "one.iabak")
    _add_later_person(db)
    later = _dump(db)
    old_files = _hashes(db)

    result = store_backup.restore_backup(
        db, bak, store_backup.with_password("admin", PASSWORD), now=T0
    )

    stamp = datetime.fromtimestamp(T0, UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db.with_name(f"inspector.db.before-restore-{stamp}")
    assert aside in result.aside and key_file_for(aside) in result.aside
    assert (
        hashlib.sha256(key_file_for(aside).read_bytes()).hexdigest()
        == old_files["inspector.db.keys"]
    )
    assert _dump(aside) == later


def test_restoring_where_no_database_is(db: Path, tmp_path: Path) -> None:
    """A new laptop: the folder is empty (or missing), nothing is set aside."""
    bak = _backup(db, tmp_path / "one.iabak")
    fresh = tmp_path / "new" / "inspector.db"
    result = restore(fresh, bak, "admin", PASSWORD, now=T0)
    assert result.aside == []
    assert _dump(fresh) == _dump(db)


def test_the_epoch_moves_on_with_every_restore(db: Path, tmp_path: Path) -> None:
    bak = _backup(db, tmp_path / "one.iabak")
    unlock = store_backup.with_password("admin", PASSWORD)
    first = store_backup.restore_backup(db, bak, unlock, now=T0).epoch
    # the same backup again, within the same second: still a new epoch
    second = store_backup.restore_backup(db, bak, unlock, now=T0).epoch
    # a clock set back to before the first restore: still a new epoch
    third = store_backup.restore_backup(db, bak, unlock, now=1000.0).epoch
    assert 1 < first < second < third
    # where the database set aside does not open (missing), the time alone decides
    db.unlink()
    fourth = store_backup.restore_backup(db, bak, unlock, now=T0 + 60).epoch
    assert fourth == int(T0) + 60


def test_the_epoch_is_at_least_the_backups_plus_one(db: Path, tmp_path: Path) -> None:
    bak = _backup(db, tmp_path / "one.iabak")
    unlock = store_backup.with_password("admin", PASSWORD)
    store_backup.restore_backup(db, bak, unlock, now=T0)
    again = _backup(db, tmp_path / "two.iabak")  # made in epoch T0
    db.unlink()
    assert store_backup.restore_backup(db, again, unlock, now=5.0).epoch == int(T0) + 1


def test_the_recovery_key_restores(tmp_path: Path) -> None:
    from inspector_app.services.setup import InitRequest, init_database
    from tests.conftest import FAST_KDF

    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "inspector.db"
    made = init_database(
        InitRequest(
            path=db,
            role="chief",
            country="KG",
            device_name="Ноутбук",
            login="admin",
            full_name="Асанов Бакыт",
            password=PASSWORD,
            district_code="12",
        ),
        kdf=FAST_KDF,
    )
    bak = _backup(db, tmp_path / "one.iabak")
    with pytest.raises(AppError) as wrong:
        restore(db, bak, recovery_key="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    assert wrong.value.code == "recovery.failed"
    result = restore(db, bak, recovery_key=made.recovery_key, now=T0)
    assert result.epoch == int(T0)
    opened, _key = open_session_with_key(db, "admin", PASSWORD)
    try:
        assert verify(opened.store.db).sound
    finally:
        opened.close()


# --- refusals: nothing in place is touched ----------------------------------------------------
def _corruptions(data: bytes) -> dict[str, bytes]:
    keys_at, header, db_at = _parts(data)
    size = header["database_bytes"]
    assert isinstance(size, int)

    def flip(at: int) -> bytes:
        return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]

    return {
        "magic": flip(0),
        "version": flip(5),
        "header length": flip(PREFIX.size - 1),
        "header": flip(PREFIX.size + 3),
        "header value": flip(keys_at - 5),  # inside made_at: only the HMAC sees it
        "key file": flip(keys_at + 40),
        "database first byte": flip(db_at),
        "database middle": flip(db_at + size // 2),
        "database last byte": flip(db_at + size - 1),
        "tag": flip(len(data) - 1),
        "truncated by one": data[:-1],
        "truncated to the header": data[:keys_at],
        "one byte appended": data + b"\x00",
        "a page appended": data + bytes(4096),
        "empty": b"",
        "magic only": b"IABAK",
    }


REFUSALS = {"backup.damaged", "backup.not_a_backup", "backup.newer_format"}


@pytest.mark.parametrize(
    "case",
    [
        "magic",
        "version",
        "header length",
        "header",
        "header value",
        "key file",
        "database first byte",
        "database middle",
        "database last byte",
        "tag",
        "truncated by one",
        "truncated to the header",
        "one byte appended",
        "a page appended",
        "empty",
        "magic only",
    ],
)
def test_any_wrong_byte_refuses_the_backup_and_changes_nothing(
    db: Path, tmp_path: Path, case: str
) -> None:
    good = _backup(db, tmp_path / "one.iabak").read_bytes()
    bad = tmp_path / "bad.iabak"
    bad.write_bytes(_corruptions(good)[case])
    _add_later_person(db)
    before = _hashes(db)

    with pytest.raises(AppError) as refused:
        restore(db, bad, "admin", PASSWORD, now=T0)
    assert refused.value.code in REFUSALS
    with pytest.raises(AppError) as checked:
        check_backup(bad, "admin", PASSWORD)
    assert checked.value.code == refused.value.code

    assert _hashes(db) == before


def test_the_refusals_say_what_is_wrong(db: Path, tmp_path: Path) -> None:
    good = _backup(db, tmp_path / "one.iabak").read_bytes()
    cases = _corruptions(good)
    bad = tmp_path / "bad.iabak"
    expected = {
        "magic": "backup.not_a_backup",
        "empty": "backup.not_a_backup",
        "version": "backup.damaged",  # 1 ^ 1 = 0: no such version
        "database middle": "backup.damaged",
        "one byte appended": "backup.damaged",
    }
    for case, code in expected.items():
        bad.write_bytes(cases[case])
        with pytest.raises(AppError) as refused:
            check_backup(bad, "admin", PASSWORD)
        assert refused.value.code == code, case
    bad.write_bytes(good[:5] + b"\x02" + good[6:])
    with pytest.raises(AppError) as newer:
        check_backup(bad, "admin", PASSWORD)
    assert newer.value.code == "backup.newer_format"
    with pytest.raises(AppError) as missing:
        check_backup(tmp_path / "nowhere.iabak", "admin", PASSWORD)
    assert missing.value.code == "backup.missing"
    with pytest.raises(AppError) as folder:
        check_backup(tmp_path, "admin", PASSWORD)
    assert folder.value.code == "backup.not_a_backup"


def test_a_forged_key_file_asking_for_huge_argon2_costs_is_refused(
    db: Path, tmp_path: Path
) -> None:
    """The key file is read before the HMAC can be checked: its costs are capped, so a forged
    backup cannot make the check take all the memory."""
    good = _backup(db, tmp_path / "one.iabak").read_bytes()
    keys_at, header, db_at = _parts(good)
    keys = json.loads(good[keys_at:db_at])
    keys["users"]["admin"]["kdf"]["memory_kib"] = 1 << 30
    forged_keys = json.dumps(keys).encode("utf-8")
    header["keyfile_bytes"] = len(forged_keys)
    header["keyfile_sha256"] = hashlib.sha256(forged_keys).hexdigest()
    raw = canonical_json(header).encode("utf-8")
    bad = tmp_path / "forged.iabak"
    bad.write_bytes(PREFIX.pack(b"IABAK", 1, len(raw)) + raw + forged_keys + good[db_at:])
    with pytest.raises(AppError) as refused:
        check_backup(bad, "admin", PASSWORD)
    assert refused.value.code == "backup.damaged"


def test_a_wrong_password_is_refused_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    bak = _backup(db, tmp_path / "one.iabak")
    before = _hashes(db)
    for login, password in (("admin", "wrong-password"), ("nobody", PASSWORD)):
        with pytest.raises(AppError) as refused:
            restore(db, bak, login, password, now=T0)
        assert refused.value.code == "login.failed"
    assert _hashes(db) == before


def test_only_the_admin_restores(db: Path, tmp_path: Path) -> None:
    opened, key = open_session_with_key(db, "admin", PASSWORD)
    try:
        users.add_user(
            opened, "aidar", "Айдар Серіков", "assistant", "another-river-123", master_key=key
        )
    finally:
        opened.close()
    bak = _backup(db, tmp_path / "one.iabak")
    before = _hashes(db)
    with pytest.raises(AppError) as refused:
        restore(db, bak, "aidar", "another-river-123", now=T0)
    assert refused.value.code == "role.forbidden"
    assert _hashes(db) == before
    # while any user may make one
    opened, key = open_session_with_key(db, "aidar", "another-river-123")
    try:
        made = make_backup(opened, key, tmp_path)
    finally:
        opened.close()
    assert check_backup(made, "aidar", "another-river-123").epoch == 1


def test_a_restore_failing_half_way_puts_the_database_back(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bak = _backup(db, tmp_path / "one.iabak")
    _add_later_person(db)
    before = _hashes(db)
    real_place = store_backup._place

    def place(source: Path, target: Path) -> None:
        if target == db:
            raise OSError(28, "No space left on device")
        real_place(source, target)

    monkeypatch.setattr(store_backup, "_place", place)
    with pytest.raises(AppError) as failed:
        restore(db, bak, "admin", PASSWORD, now=T0)
    assert failed.value.code == "file.write"
    assert _hashes(db) == before


# --- the guarded writer -----------------------------------------------------------------------
def test_a_backup_never_lands_on_the_database_or_its_files(
    session: tuple[Session, bytes], db: Path, tmp_path: Path
) -> None:
    opened, key = session
    before = _hashes(db)
    for target, code in (
        (db, "file.protected"),
        (key_file_for(db), "file.protected"),
        (db.with_name("inspector.db-wal"), "file.protected"),
        (db.with_name("inspector.db.old"), "file.protected"),
    ):
        with pytest.raises(AppError) as refused:
            write_backup(opened.store, key_file_for(db), target, master_key=key, overwrite=True)
        assert refused.value.code == code, target
    assert _hashes(db) == before
    existing = tmp_path / "existing.iabak"
    _backup(db, existing)
    with pytest.raises(AppError) as refused:  # a backup is never written over, even asked to
        write_backup(opened.store, key_file_for(db), existing, master_key=key, overwrite=True)
    assert refused.value.code == "file.protected"
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    with pytest.raises(AppError) as refused:
        write_backup(opened.store, key_file_for(db), other, master_key=key)
    assert refused.value.code == "file.exists"
    assert other.read_text() == "mine"


def test_make_backup_names_the_file_and_journals_it(
    session: tuple[Session, bytes], db: Path
) -> None:
    opened, key = session
    at = datetime(2026, 11, 20, 10, 30, 5, tzinfo=UTC)
    made = make_backup(opened, key, now=at)
    assert made == db.parent / "backups" / f"inspector-{opened.device_id}-20261120T103005Z.iabak"
    assert (made.parent.stat().st_mode & 0o777) == 0o700
    assert (made.stat().st_mode & 0o777) == 0o600
    last = opened.store.select(
        "SELECT action, detail FROM journal WHERE action != 'tx.signed' ORDER BY seq DESC LIMIT 1"
    )[0]
    assert last["action"] == "backup.write"
    assert json.loads(last["detail"])["path"] == str(made.resolve())


# --- rotation ---------------------------------------------------------------------------------
def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    # one backup a day at noon for 400 days, ending on Friday 2026-11-20
    last = datetime(2026, 11, 20, 12, tzinfo=UTC)
    times = [last - timedelta(days=n) for n in range(400)]
    keep = backups_to_keep(times)
    daily = {last - timedelta(days=n) for n in range(7)}  # 14.11 .. 20.11
    # the newest of each of the 4 most recent ISO weeks: Fri 20.11, Sun 15.11, 8.11, 1.11
    weekly = {datetime(2026, 11, d, 12, tzinfo=UTC) for d in (20, 15, 8, 1)}
    # the newest of each of the 12 most recent months: 20.11.2026, then the last day of
    # October 2026 back to December 2025
    month_ends = [(2026, 10, 31), (2026, 9, 30), (2026, 8, 31), (2026, 7, 31), (2026, 6, 30)]
    month_ends += [(2026, 5, 31), (2026, 4, 30), (2026, 3, 31), (2026, 2, 28), (2026, 1, 31)]
    month_ends += [(2025, 12, 31)]
    monthly = {last} | {datetime(*ymd, 12, tzinfo=UTC) for ymd in month_ends}
    assert len(monthly) == 12
    assert keep == daily | weekly | monthly
    assert len(keep) == 7 + 2 + 11


def test_rotation_counts_days_that_have_backups_and_keeps_the_newest_of_a_day() -> None:
    day = datetime(2026, 11, 20, tzinfo=UTC)
    morning, evening = day.replace(hour=8), day.replace(hour=20)
    months_ago = [day - timedelta(days=40 * n) for n in range(1, 20)]
    keep = backups_to_keep([morning, evening, *months_ago])
    assert evening in keep and morning not in keep
    assert set(months_ago[:6]) <= keep  # 6 other days with backups: kept as daily
    assert months_ago[-1] not in keep  # beyond 12 months with backups
    assert backups_to_keep([]) == set()
    assert backups_to_keep([morning]) == {morning}


def test_prune_removes_only_this_databases_backups_not_kept(tmp_path: Path) -> None:
    db = tmp_path / "inspector.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    last = datetime(2026, 11, 20, 12, tzinfo=UTC)
    ours = [folder / backup_name(db, "dev1", last - timedelta(days=n)) for n in range(30)]
    for path in ours:
        path.write_bytes(b"IABAK")
    foreign = [
        folder / backup_name(db, "dev2", last - timedelta(days=29)),  # another device
        folder / backup_name(tmp_path / "other.db", "dev1", last - timedelta(days=29)),
        folder / "notes.txt",
        folder / (ours[-1].name + ".part"),
    ]
    for path in foreign:
        path.write_bytes(b"x")
    removed = prune(folder, db, "dev1")
    kept = {p for p in ours if p.exists()}
    expected = {ours[n] for n in range(7)} | {
        folder / backup_name(db, "dev1", datetime(2026, 11, d, 12, tzinfo=UTC)) for d in (8, 1)
    }
    expected |= {folder / backup_name(db, "dev1", datetime(2026, 10, 31, 12, tzinfo=UTC))}
    assert kept == expected
    assert set(removed) == set(ours) - kept
    assert all(p.exists() for p in foreign)
