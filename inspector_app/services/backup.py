"""Backups for the user: make one (any user of the device), keep the default folder pruned, and
restore one (the device's admin, or whoever holds the recovery key).

The default folder is `backups` in the database's folder: not `<db>.backups`, since every file
named `<db>.*` beside the database is the database's own and the guarded writer refuses it. A
backup is named `<db stem>-<device id>-<UTC time>.iabak`; only such names, of this database and
device, are ever pruned, and only in the default folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from inspector_app.domain import roles
from inspector_app.domain.errors import AppError
from inspector_app.services.session import Session
from inspector_app.store import queries
from inspector_app.store.backup import (
    FOLDER,
    BackupInfo,
    RestoreResult,
    check_backup,
    restore_backup,
    with_password,
    with_recovery_key,
    write_backup,
)
from inspector_app.store.files import target_of
from inspector_app.store.keyfile import key_file_for
from inspector_app.store.store import Store

SUFFIX = ".iabak"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
DAILY = timedelta(days=1)  # the automatic backup's interval
STALE = timedelta(days=7)  # older than this, Today warns
LARGE_IMPORT_BYTES = 1024 * 1024  # a file this large is imported after a backup
_TIME = "%Y%m%dT%H%M%SZ"


def default_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def backup_name(db_path: Path, device_id: str, at: datetime) -> str:
    return f"{db_path.stem}-{device_id}-{at.astimezone(UTC).strftime(_TIME)}{SUFFIX}"


def make_backup(
    session: Session,
    master_key: bytes,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
) -> Path:
    """Write a backup of the database and its key file into `folder` (default: the `backups`
    folder beside the database, created, then pruned to 7 daily, 4 weekly and 12 monthly
    backups); returns the file written. Journaled after the write, with the file's path."""
    session.require("backup.make")
    now = now or datetime.now(UTC)
    db_path = session.store.path
    rotate = folder is None
    if folder is None:
        folder = default_folder(db_path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    elif folder.exists() and not folder.is_dir():
        raise AppError("backup.not_a_folder", path=str(folder))
    out = folder / backup_name(db_path, session.device_id, now)
    write_backup(
        session.store,
        key_file_for(db_path),
        out,
        master_key=master_key,
        made_at=now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    with session.store.transaction():
        session.event("backup.write", path=str(target_of(out)))
    if rotate:
        prune(folder, db_path, session.device_id)
    return out


# --- rotation -------------------------------------------------------------------------------
def backups_to_keep(
    times: Iterable[datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which backups to keep, by the times they were made: the newest of each of the `daily`
    most recent days that have a backup, of each of the `weekly` most recent ISO weeks, and
    of each of the `monthly` most recent months (the rules add up: one backup may count for
    several). The newest backup is always kept."""
    newest_first = sorted(set(times), reverse=True)
    keep: set[datetime] = set(newest_first[:1])
    periods = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen: set[object] = set()
        for moment in newest_first:
            period = period_of(moment.astimezone(UTC))
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(moment)
    return keep


def prune(folder: Path, db_path: Path, device_id: str) -> list[Path]:
    """Remove the backups of this database and device in `folder` that `backups_to_keep`
    does not keep; returns those removed. Other files are never touched."""
    found = _made(folder, db_path, device_id)
    keep = backups_to_keep(found)
    removed = []
    for moment, path in sorted(found.items()):
        if moment not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _made(folder: Path, db_path: Path, device_id: str) -> dict[datetime, Path]:
    """The backups of this database and device in `folder`, by the time they were made."""
    if not folder.is_dir():
        return {}
    pattern = re.compile(
        re.escape(db_path.stem)
        + "-"
        + re.escape(device_id)
        + r"-(\d{8}T\d{6}Z)"
        + re.escape(SUFFIX)
    )
    found: dict[datetime, Path] = {}
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match is None or entry.is_symlink() or not entry.is_file():
            continue
        try:
            moment = datetime.strptime(match.group(1), _TIME).replace(tzinfo=UTC)
        except ValueError:
            continue
        found[moment] = entry
    return found


# --- automatic backups ----------------------------------------------------------------------
def newest_backup(session: Session) -> datetime | None:
    """When the newest backup in the default folder was made (None: there is none)."""
    found = _made(default_folder(session.store.path), session.store.path, session.device_id)
    return max(found) if found else None


def backup_if_due(
    session: Session, master_key: bytes, *, now: datetime | None = None
) -> Path | None:
    """The daily backup while the application runs: made when the newest in the default
    folder is a day old or more (or there is none); returns the file, or None when not due."""
    now = now or datetime.now(UTC)
    newest = newest_backup(session)
    if newest is not None and now - newest < DAILY:
        return None
    return make_backup(session, master_key, now=now)


def backup_before_large_import(session: Session, source: Path) -> Path | None:
    """A backup before importing a file of LARGE_IMPORT_BYTES or more (made only when the
    session holds the master key: a signed-in user, not a bare store)."""
    try:
        size = source.stat().st_size
    except OSError:
        return None  # the import refuses the file in its own words
    if session.master_key is None or size < LARGE_IMPORT_BYTES:
        return None
    return make_backup(session, session.master_key)


def backup_age_warning(session: Session, *, now: datetime | None = None) -> int | None:
    """Days since the newest backup when that is more than a week (Today shows it), or -1
    when there has never been one; None when a recent one exists."""
    now = now or datetime.now(UTC)
    newest = newest_backup(session)
    if newest is None:
        return -1
    age = now - newest
    return age.days if age > STALE else None


# --- checking and restoring ---------------------------------------------------------------
def check(
    backup_path: Path,
    login: str | None = None,
    password: str | None = None,
    *,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Check a backup whole without restoring it."""
    return check_backup(backup_path, login, password, recovery_key=recovery_key)


def restore(
    db_path: Path,
    backup_path: Path,
    login: str | None = None,
    password: str | None = None,
    *,
    recovery_key: str | None = None,
    now: float | None = None,
) -> RestoreResult:
    """Put the backup in place of the database at `db_path` (which may be missing or
    damaged: no session is opened on it). The backup is opened with the login and password of
    a user it holds who is an admin there, or with its recovery key; the database that was
    there is kept aside (`RestoreResult.aside`), and the restored one starts a new epoch."""
    if recovery_key is not None:
        return restore_backup(db_path, backup_path, with_recovery_key(recovery_key), now=now)
    if not login or password is None:
        raise AppError("login.failed")

    def approve(store: Store) -> str:
        user = queries.active_user(store, login)
        if user is None:
            raise AppError("login.failed")
        roles.require(str(user["role"]), bool(user["is_admin"]), "backup.restore")
        return str(user["id"])

    return restore_backup(
        db_path, backup_path, with_password(login, password), approve=approve, now=now
    )
