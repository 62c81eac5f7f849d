from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.store.keyfile import MAX_FAILURES_BEFORE_DELAY, KdfParams, KeyFile, Unlocked

KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)


def test_password_unwraps_the_master_key_and_a_wrong_one_does_not(tmp_path: Path) -> None:
    path = tmp_path / "a.db.keys"
    _keyfile, master, _recovery = KeyFile.create(path, "admin", "secret123", KDF)
    assert len(master) == 32
    loaded = KeyFile.load(path)
    assert loaded.unlock("admin", "secret123") == master
    with pytest.raises(AppError) as wrong:
        loaded.unlock("admin", "secret124")
    assert wrong.value.code == "login.failed"
    with pytest.raises(AppError) as nobody:
        loaded.unlock("nobody", "secret123")
    assert nobody.value.code == "login.failed"


def test_the_master_key_is_not_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db.keys"
    _keyfile, master, _recovery = KeyFile.create(path, "admin", "secret123", KDF)
    raw = path.read_bytes()
    assert master not in raw and master.hex().encode() not in raw
    assert b"secret123" not in raw
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_failures_are_counted_and_guessing_is_delayed(tmp_path: Path) -> None:
    path = tmp_path / "a.db.keys"
    KeyFile.create(path, "admin", "secret123", KDF)
    for _ in range(MAX_FAILURES_BEFORE_DELAY):
        with pytest.raises(AppError):
            KeyFile.load(path).unlock("admin", "guess", now=1000.0)
    # the counter is kept in the file, so it survives a restart of the program
    assert json.loads(path.read_text())["users"]["admin"]["failures"] == MAX_FAILURES_BEFORE_DELAY
    with pytest.raises(AppError) as locked:
        KeyFile.load(path).unlock("admin", "secret123", now=1001.0)
    assert locked.value.code == "login.locked"
    # after the delay the right password works and clears the counter
    master = KeyFile.load(path).unlock("admin", "secret123", now=1000.0 + 31)
    assert len(master) == 32
    assert json.loads(path.read_text())["users"]["admin"]["failures"] == 0


def test_recovery_key_opens_and_tolerates_case_and_dashes(tmp_path: Path) -> None:
    path = tmp_path / "a.db.keys"
    _keyfile, master, recovery = KeyFile.create(path, "admin", "secret123", KDF)
    assert KeyFile.load(path).unlock_with_recovery(recovery.lower().replace("-", " ")) == master
    with pytest.raises(AppError) as wrong:
        KeyFile.load(path).unlock_with_recovery("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert wrong.value.code == "recovery.failed"


def test_new_password_for_another_user(tmp_path: Path) -> None:
    path = tmp_path / "a.db.keys"
    keyfile, master, _recovery = KeyFile.create(path, "admin", "secret123", KDF)
    seed = bytes(range(32))
    keyfile.set_password("bob", master, "bobsecret1", sign_seed=seed)
    assert KeyFile.load(path).unlock_keys("bob", "bobsecret1") == Unlocked(master, seed)
    assert seed not in path.read_bytes() and seed.hex().encode() not in path.read_bytes()
    assert KeyFile.load(path).logins == ["admin", "bob"]
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b'{"format": 1, "users": {}}', b"\xff\xfe garbage"]
)
def test_damaged_key_file_is_refused_in_words(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "a.db.keys"
    path.write_bytes(content)
    with pytest.raises(AppError) as refused:
        KeyFile.load(path)
    assert refused.value.code == "keyfile.damaged"


def test_key_file_of_a_newer_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db.keys"
    KeyFile.create(path, "admin", "secret123", KDF)
    data = json.loads(path.read_text())
    data["format"] = 9
    path.write_text(json.dumps(data))
    with pytest.raises(AppError) as refused:
        KeyFile.load(path)
    assert refused.value.code == "keyfile.format"


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(AppError) as refused:
        KeyFile.load(tmp_path / "none.keys")
    assert refused.value.code == "keyfile.missing"


def _edit_cost(path: Path, slot: str, **cost: int) -> None:
    data = json.loads(path.read_text())
    target = data["recovery"] if slot == "recovery" else data["users"][slot]
    target["kdf"].update(cost)
    path.write_text(json.dumps(data))


def test_an_edited_cost_opens_nothing_and_weakens_no_later_wrap(tmp_path: Path) -> None:
    """The cost is authenticated with each slot: lowered in the file, the slot no longer opens
    (it was 8 KiB and one pass that the next `user passwd` used to take over)."""
    path = tmp_path / "a.db.keys"
    _keyfile, master, _recovery = KeyFile.create(path, "admin", "secret123", KDF)
    _edit_cost(path, "admin", time_cost=2)
    with pytest.raises(AppError) as refused:
        KeyFile.load(path).unlock("admin", "secret123")
    assert refused.value.code == "login.failed"
    _edit_cost(path, "recovery", time_cost=2)
    keyfile = KeyFile.load(path)
    keyfile.set_password("bob", master, "bobsecret1", sign_seed=None)
    assert json.loads(path.read_text())["users"]["bob"]["kdf"]["memory_kib"] >= KDF.memory_kib


@pytest.mark.parametrize(
    "cost",
    [
        {"memory_kib": 8},  # 8 KiB: below the floor
        {"time_cost": 0},
        {"memory_kib": 64 * 1024 * 1024},  # 64 GiB: a sign-in that never ends
        {"time_cost": 10_000},
        {"parallelism": 1000},
        {"time_cost": True},
        {"time_cost": "3"},
        {"memory_kib": 1.5},
    ],
)
def test_a_cost_outside_the_bounds_is_refused_in_words_at_once(
    tmp_path: Path, cost: dict[str, object]
) -> None:
    path = tmp_path / "a.db.keys"
    KeyFile.create(path, "admin", "secret123", KDF)
    data = json.loads(path.read_text())
    data["users"]["admin"]["kdf"].update(cost)
    path.write_text(json.dumps(data))
    with pytest.raises(AppError) as refused:
        KeyFile.load(path)
    assert refused.value.code == "keyfile.damaged"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d["users"].update(admin=[]),
        lambda d: d["users"]["admin"].update(failures="many"),
        lambda d: d["users"]["admin"].update(locked_until=None),
        lambda d: d["users"]["admin"].update(kdf={"time_cost": 1}),
        lambda d: d["users"]["admin"].update(sign_wrapped="***"),
        lambda d: d.update(recovery=None),
        lambda d: d["users"]["admin"].update(salt=12),
        lambda d: d["users"]["admin"].update(kdf=[[[[[]]]]]),
    ],
)
def test_malformed_key_files_get_a_plain_message(tmp_path: Path, mangle: object) -> None:
    path = tmp_path / "a.db.keys"
    KeyFile.create(path, "admin", "secret123", KDF)
    data = json.loads(path.read_text())
    assert callable(mangle)
    mangle(data)
    path.write_text(json.dumps(data))
    with pytest.raises(AppError) as refused:
        KeyFile.load(path)
    assert refused.value.code == "keyfile.damaged"
