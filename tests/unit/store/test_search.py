"""Search finds people as villagers' names are typed: without the special letters, by prefix,
by ID number and by phone in any of its usual forms."""

from __future__ import annotations

import pytest

from inspector_app.services.people import add_person, search_people, set_person
from inspector_app.services.session import Session
from inspector_app.store.search import search_documents


@pytest.fixture
def village(session: Session) -> dict[str, str]:
    people = {
        "aliya": {
            "surname": "Нұрғалиева",
            "name": "Әлия",
            "patronymic": "Серікқызы",
            "id_number": "900101300017",
            "phone": "+7 701 123 45 67",
        },
        "ilyas": {"surname": "Ілиясов", "name": "Ғалым", "address": "ауыл Қарабұлақ"},
        "yolkin": {"surname": "Ёлкин", "name": "Пётр", "phone": "8 (777) 555-44-33"},
        "ivanov": {"surname": "Иванов", "name": "Иван", "notes": "тракторист"},
    }
    return {key: add_person(session, raw)[0] for key, raw in people.items()}


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("нургалиева алия", "aliya"),
        ("НҰРҒАЛИЕВА", "aliya"),
        ("нург", "aliya"),
        ("серикк", "aliya"),
        ("900101", "aliya"),
        ("87011234567", "aliya"),
        ("7011234567", "aliya"),
        ("+7 701 123", "aliya"),
        ("илиясов галым", "ilyas"),
        ("карабулак", "ilyas"),
        ("елкин петр", "yolkin"),
        ("ёлкин", "yolkin"),
        ("8777555", "yolkin"),
        ("тракторист", "ivanov"),
    ],
)
def test_finds(session: Session, village: dict[str, str], query: str, who: str) -> None:
    hits = search_people(session, query)
    assert [h.id for h in hits][:1] == [village[who]], (query, hits)


def test_every_word_must_match(session: Session, village: dict[str, str]) -> None:
    assert search_people(session, "иванов петр") == []
    assert search_people(session, "   ") == []


def test_quotes_and_operators_are_plain_text(session: Session, village: dict[str, str]) -> None:
    for query in ('"', "AND", "иван OR", "NEAR(", "*", "-иван", "иван)"):
        search_people(session, query)  # no FTS5 syntax error reaches the user


def test_the_index_follows_changes(session: Session, village: dict[str, str]) -> None:
    set_person(session, village["ivanov"], {"surname": "Сидоров"})
    assert search_people(session, "иванов") == []
    assert [h.id for h in search_people(session, "сидоров")] == [village["ivanov"]]
    assert [h.full_name for h in search_people(session, "сидоров")] == ["Сидоров Иван"]


def test_documents_are_searchable(session: Session) -> None:
    with session.store.transaction():
        entry = session.create(
            "log_entry",
            {"kind": "talk", "summary": "Беседа о вреде алкоголя", "place": "Қарабұлақ"},
            "log.add",
        )
    assert search_documents(session.store.db, "алког карабулак") == [("log_entry", entry)]
