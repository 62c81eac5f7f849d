"""The services behind the window's shell: checking the password again (the idle lock), a
session of one's own for a worker thread, where the user works, and the inspectors a chief
or HQ can look at."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.auth import open_worker_session, verify_password
from inspector_app.services.session import open_session_with_key
from inspector_app.services.users import add_user, list_users
from inspector_app.services.workplace import list_inspectors, workplace
from tests.conftest import PASSWORD, make_db


def test_verify_password_takes_the_right_one_and_counts_wrong_ones(session):
    verify_password(session, PASSWORD)
    for _ in range(5):
        with pytest.raises(AppError) as wrong:
            verify_password(session, "not-it")
        assert wrong.value.code == "password.wrong"
    with pytest.raises(AppError) as locked:  # the key file delays guessing, as at sign-in
        verify_password(session, PASSWORD)
    assert locked.value.code == "login.locked"


def test_a_worker_session_is_the_same_user_on_its_own_connection(db_path: Path):
    session, key = open_session_with_key(db_path, "admin", PASSWORD, "kk")
    seen: list[object] = []

    def work() -> None:
        worker = open_worker_session(session, key)
        try:
            seen.append((worker.user_id, worker.lang, [u.login for u in list_users(worker)]))
        finally:
            worker.close()

    try:
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(30)
        assert seen == [(session.user_id, "kk", ["admin"])]
        assert list_users(session)[0].login == "admin"  # the first connection is untouched
    finally:
        session.close()


def test_workplace_of_an_inspector(session):
    place = workplace(session)
    assert (place.full_name, place.role, place.device_role, place.country) == (
        "Нұрғалиев Ерлан Серікұлы",
        "inspector",
        "inspector",
        "KZ",
    )
    assert (place.precinct_code, place.precinct_name, place.district_code) == (
        "05",
        "Қарабұлақ",
        "12",
    )


def test_a_chief_lists_the_active_inspectors_by_district_and_name(tmp_path: Path):
    path = make_db(tmp_path, role="chief")
    session, key = open_session_with_key(path, "admin", PASSWORD)
    try:
        for login, name, role in (
            ("zhumabaev", "Жұмабаев Нұрлан", "inspector"),
            ("abenov", "Әбенов Асқар", "inspector"),
            ("helper", "Көмекші Бек", "assistant"),
        ):
            add_user(session, login, name, role, "river-stone-one", master_key=key)
        lines = list_inspectors(session)
        assert [line.full_name for line in lines] == ["Әбенов Асқар", "Жұмабаев Нұрлан"]
        assert {line.district_code for line in lines} == {"12"}
        assert workplace(session).precinct_code is None
    finally:
        session.close()
