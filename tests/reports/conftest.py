"""Databases the report tests read: demo data with a small seed and, on the inspector's, some
records made by hand so every list of the reports has something in it. Built once per module
run; the tests only read them (the journal aside)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inspector_app.services import appeals, register, worklog
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.people import add_person
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 20)
AS_OF = datetime(2026, 11, 20, 18, 30)
# The person made by hand: every report that names people must show them, the public
# report never.
HAND = {
    "surname": "Тестова",
    "name": "Гүлназ",
    "patronymic": "Ерболқызы",
    "birth_date": "14.02.1991",
    "sex": "F",
    "id_number": "910214440019",
    "phone": "+77015550199",
    "address": "с. Қарабұлақ, Абай көшесі, 77",
}


# The databases are made on TODAY, before the as-of moment (18:30 local is 13:30 UTC in
# Kazakhstan, 12:30 in Kyrgyzstan): a report --as-of AS_OF sees every record of them, as a
# report made then would have.
MADE_ON = datetime(2026, 11, 20, 11, 0, tzinfo=UTC)


@contextmanager
def made_on_today() -> Iterator[None]:
    """The device clock reads MADE_ON while the test databases are made."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("inspector_app.store.store._now_ms", lambda: int(MADE_ON.timestamp() * 1000))
        yield


def _open(path: Path, lang: str = "ru") -> Session:
    session = open_session(path, "admin", PASSWORD, lang)
    session.today_override = TODAY
    return session


def _hand_made(session: Session) -> dict[str, str]:
    """A protective order put on in October with a missed check (overdue on 31 October), an
    appeal left open past its deadline, one decided on time, a talk, an incident and an
    object of the precinct."""
    person, _ = add_person(session, HAND, force=True)
    entry = register.add_entry(
        session, person, "protective_order", "Постановление №12 от 05.10.2026", date(2026, 10, 5)
    )
    for day in (date(2026, 10, 12), date(2026, 10, 19)):
        register.record_check(session, entry, day, "visit", "дома, нарушений нет")
    late = appeals.register_appeal(
        session,
        summary="Соседи шумят по ночам",
        channel="written",
        applicant_id=person,
        received_at=datetime(2026, 9, 1, 5, 0, tzinfo=UTC),
    )
    quick = appeals.register_appeal(
        session,
        summary="Потерян паспорт",
        channel="in_person",
        applicant_name="Ахметов Берік",
        received_at=datetime(2026, 10, 10, 6, 0, tzinfo=UTC),
    )
    appeals.decide_appeal(session, quick.id, "Разъяснено", on=date(2026, 10, 15))
    worklog.add_log_entry(
        session,
        kind="talk",
        at=datetime(2026, 10, 7, 9, 0, tzinfo=UTC),
        summary="Беседа о недопустимости семейных ссор",
        person_ids=[person],
    )
    with session.store.transaction():
        incident = session.create(
            "incident",
            {
                "number": "H-1",
                "occurred_at": "2026-10-08T15:00:00Z",
                "kind": "fraud",
                "summary": "Звонок «из банка»",
            },
            "incident.add",
        )
        session.create(
            "incident_person",
            {"incident_id": incident, "person_id": person, "role": "victim"},
            "incident.add",
        )
        session.create(
            "precinct_object",
            {
                "precinct_id": session.store.select("SELECT id FROM precinct")[0]["id"],
                "kind": "школа",
                "name": "Средняя школа им. Абая",
                "address": "с. Қарабұлақ, Школьная, 1",
                "contact": "директор, +77015550100",
            },
            "precinct.object",
        )
    return {"person": person, "late_appeal": late.number, "entry": entry}


@pytest.fixture(scope="session")
def kz_inspector(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """An inspector's database in Kazakhstan: 500 residents, two years, and the hand-made."""
    with made_on_today():
        path = make_db(tmp_path_factory.mktemp("kz-inspector"))
        session = _open(path)
        try:
            fill_demo(session, DemoRequest(people=500, years=2, seed=11))
            made = _hand_made(session)
        finally:
            session.close()
    return path, made


@pytest.fixture(scope="session")
def kz_chief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A chief's database: 4 precincts of 250 residents."""
    with made_on_today():
        path = make_db(tmp_path_factory.mktemp("kz-chief"), role="chief")
        session = _open(path)
        try:
            fill_demo(session, DemoRequest(people=250, years=2, seed=5, precincts=4))
        finally:
            session.close()
    return path


@pytest.fixture(scope="session")
def kg_hq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """HQ in Kyrgyzstan: 2 districts of 2 precincts of 200 residents."""
    with made_on_today():
        path = make_db(tmp_path_factory.mktemp("kg-hq"), role="hq", country="KG")
        session = _open(path)
        try:
            fill_demo(session, DemoRequest(people=200, years=2, seed=9, precincts=2, districts=2))
        finally:
            session.close()
    return path


@pytest.fixture
def inspector(kz_inspector: tuple[Path, dict[str, str]]) -> Iterator[Session]:
    session = _open(kz_inspector[0])
    yield session
    session.close()


@pytest.fixture
def chief(kz_chief: Path) -> Iterator[Session]:
    session = _open(kz_chief)
    yield session
    session.close()


@pytest.fixture
def hq(kg_hq: Path) -> Iterator[Session]:
    session = _open(kg_hq)
    yield session
    session.close()
