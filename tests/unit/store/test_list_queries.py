"""The lists of the People and Register pages: keyset pages give every row exactly once, in
the order a Kazakh or Russian reader expects, whichever way the store finds the rows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from inspector_app.domain.dates import age_on
from inspector_app.domain.text import sort_key
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.lists import (
    PeopleList,
    PeopleQuery,
    RegisterList,
    RegisterQuery,
    birth_range,
    register_categories,
    settlement_choices,
    years_before,
)
from inspector_app.services.people import add_person, set_person
from inspector_app.services.person_file import person_file
from inspector_app.services.register import add_entry, check_due, end_entry, record_check
from inspector_app.services.session import Session, open_session
from inspector_app.services.worklog import add_log_entry
from inspector_app.store import list_queries as lq
from inspector_app.store.search import match_expression
from tests.conftest import PASSWORD, make_db

# In the Kazakh alphabet order: Ә after А, Ё after Е, Ы then І, then Э.
ALPHABET_ORDER = [
    "Ахметов",
    "Әлиев",
    "Бекова",
    "Ежов",
    "Ёлкин",
    "Жуков",
    "Иванов",
    "Йолдасов",
    "Қасымов",
    "Ыбыраев",
    "Ісаев",
    "Эльдаров",
]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo precinct (people, households, three years of work), made once."""
    folder = tmp_path_factory.mktemp("demo")
    path = make_db(folder)
    session = open_session(path, "admin", PASSWORD)
    try:
        fill_demo(session, DemoRequest(people=600, years=3, seed=3))
    finally:
        session.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / demo_template.name
    shutil.copy(demo_template, path)
    shutil.copy(demo_template.with_name(demo_template.name + ".keys"), tmp_path)
    session = open_session(path, "admin", PASSWORD, "ru")
    try:
        yield session
    finally:
        session.close()


def _all_pages(fetch: Any, limit: int) -> list[Any]:
    """Every row of a list, fetched `limit` at a time by key."""
    rows: list[Any] = []
    after = None
    while True:
        page = fetch(after, limit)
        rows.extend(page)
        if len(page) < limit:
            return rows
        after = page[-1]["key"] if isinstance(page[-1], dict) else page[-1].key


def _page(
    store: Any,
    flt: lq.PeopleFilter,
    after: Any,
    limit: int,
    *,
    plan: lq.PeoplePlan,
    order: str,
    descending: bool,
) -> list[dict[str, Any]]:
    return lq.people_page(
        store, flt, plan=plan, order=order, descending=descending, after=after, limit=limit
    )


def _live_people(session: Session) -> list[dict[str, Any]]:
    return session.store.select(
        "SELECT p.*, p.rowid AS rowid FROM person AS p"
        " WHERE p.deleted = 0 AND p.merged_into IS NULL"
    )


# --- the order of names -------------------------------------------------------------------------


def test_names_come_in_the_kazakh_alphabet_order_page_by_page(session: Session) -> None:
    for number, surname in enumerate(reversed(ALPHABET_ORDER)):
        add_person(
            session, {"surname": surname, "name": "Тест", "birth_date": f"{1960 + number}-01-01"}
        )

    def fetch(after: Any, limit: int) -> list[dict[str, Any]]:
        return lq.people_page(session.store, lq.PeopleFilter(), after=after, limit=limit)

    rows = _all_pages(fetch, 5)
    assert [r["surname"] for r in rows] == ALPHABET_ORDER

    def backwards(after: Any, limit: int) -> list[dict[str, Any]]:
        return lq.people_page(
            session.store, lq.PeopleFilter(), after=after, limit=limit, descending=True
        )

    assert [r["surname"] for r in _all_pages(backwards, 4)] == ALPHABET_ORDER[::-1]


def test_a_typed_e_finds_yo_and_the_list_keeps_yo_after_e(session: Session) -> None:
    for surname in ("Ёлкин", "Елкин", "Ежов", "Жуков"):
        add_person(session, {"surname": surname})
    listing = PeopleList(session, PeopleQuery(text="елк"))
    assert [r.full_name for r in listing.page()] == ["Елкин", "Ёлкин"]
    everyone = PeopleList(session, PeopleQuery())
    assert [r.full_name for r in everyone.page()] == ["Ежов", "Елкин", "Ёлкин", "Жуков"]


def test_unknown_birth_dates_sort_first_by_birth_date_and_last_backwards(session: Session) -> None:
    add_person(session, {"surname": "Бекова", "birth_date": "1990-05-01"})
    add_person(session, {"surname": "Ахметов"})
    add_person(session, {"surname": "Әлиев", "birth_date": "1980-01-01"})
    add_person(session, {"surname": "Ежов", "birth_date": "1980-01-01"})

    def fetch(descending: bool) -> list[str]:
        rows = _all_pages(
            lambda after, limit: lq.people_page(
                session.store,
                lq.PeopleFilter(),
                order="birth",
                descending=descending,
                after=after,
                limit=limit,
            ),
            1,
        )
        return [r["surname"] for r in rows]

    assert fetch(False) == ["Ахметов", "Әлиев", "Ежов", "Бекова"]
    assert fetch(True) == ["Бекова", "Ежов", "Әлиев", "Ахметов"]


# --- every row once, whichever way the rows are found -------------------------------------------


def _expected(session: Session, flt: lq.PeopleFilter, order: str) -> list[str]:
    """The list worked out in Python from every person, the slow and obvious way."""
    in_category = {
        r["person_id"]
        for r in session.store.select(
            "SELECT person_id FROM register_entry WHERE category = ?"
            " AND end_date IS NULL AND deleted = 0",
            [flt.category],
        )
    }
    matched: set[int] | None = None
    if flt.match:
        matched = {
            int(r["rowid"])
            for r in session.store.select(
                "SELECT rowid FROM person_fts WHERE person_fts MATCH ?", [flt.match]
            )
        }
    rows = []
    for p in _live_people(session):
        if matched is not None and p["rowid"] not in matched:
            continue
        if flt.category and p["id"] not in in_category:
            continue
        if flt.settlement_id and p["settlement_id"] != flt.settlement_id:
            continue
        if flt.precinct_ids and p["precinct_id"] not in flt.precinct_ids:
            continue
        born = p["birth_date"] or ""
        if flt.has_birth_range and not (
            born and (flt.born_from or "0") <= born <= (flt.born_to or "9")
        ):
            continue
        rows.append(p)
    if order == "name":
        rows.sort(key=lambda p: (p["sort_key"], p["id"]))
    else:
        rows.sort(key=lambda p: (p["birth_date"] or "", p["sort_key"], p["id"]))
    return [p["id"] for p in rows]


def _plans(session: Session, flt: lq.PeopleFilter) -> list[lq.PeoplePlan]:
    """Every way the store could find this filter's rows."""
    plans = [lq.PeoplePlan("walk"), lq.PeoplePlan("walk", small_place=True)]
    if flt.match:
        plans.append(lq.PeoplePlan("match"))
        plans.append(lq.PeoplePlan("walk", match_table=lq.match_set(session.store, flt.match)))
    if flt.category:
        plans.append(lq.PeoplePlan("category"))
    if flt.has_birth_range:
        plans.append(lq.PeoplePlan("birth"))
    return plans


def test_every_way_of_finding_people_gives_each_once_in_order(demo: Session) -> None:
    store = demo.store
    settlement = store.select(
        "SELECT settlement_id, count(*) AS n FROM person GROUP BY settlement_id ORDER BY n DESC"
    )[0]["settlement_id"]
    category = store.select(
        "SELECT category, count(*) AS n FROM register_entry WHERE end_date IS NULL"
        " GROUP BY category ORDER BY n DESC"
    )[0]["category"]
    born_from, born_to = birth_range(demo.today(), 14, 40)
    filters = [
        lq.PeopleFilter(),
        lq.PeopleFilter(match=match_expression("ер")),
        lq.PeopleFilter(match=match_expression("нур")),
        lq.PeopleFilter(settlement_id=settlement),
        lq.PeopleFilter(category=category),
        lq.PeopleFilter(
            born_from=born_from.isoformat() if born_from else None,
            born_to=born_to.isoformat() if born_to else None,
        ),
        lq.PeopleFilter(
            match=match_expression("а"),
            settlement_id=settlement,
            born_from="1970-01-01",
            born_to="2000-12-31",
        ),
        lq.PeopleFilter(category=category, match=match_expression("а")),
    ]
    for flt in filters:
        for order in ("name", "birth"):
            expected = _expected(demo, flt, order)
            assert expected, flt
            for plan in _plans(demo, flt):
                for descending in (False, True):
                    fetch = partial(
                        _page, store, flt, plan=plan, order=order, descending=descending
                    )
                    got = [r["id"] for r in _all_pages(fetch, 37)]
                    want = expected[::-1] if descending else expected
                    assert got == want, (flt, order, plan, descending)
            assert lq.people_count(store, flt, plan=lq.plan_people(store, flt)) == len(expected)
            capped = lq.people_count(store, flt, plan=lq.plan_people(store, flt), cap=10)
            assert capped == min(len(expected), 11)


def test_the_plan_takes_a_small_set_and_walks_a_broad_search(demo: Session) -> None:
    store = demo.store
    assert lq.plan_people(store, lq.PeopleFilter()) == lq.PeoplePlan("walk")
    one = _live_people(demo)[0]
    narrow = lq.PeopleFilter(match=match_expression(one["id_number"]))
    assert lq.plan_people(store, narrow).driver == "match"
    broad = lq.PeopleFilter(match=match_expression("а"))
    plan = lq.plan_people(store, broad, match_cap=10)
    assert plan.driver == "walk" and plan.match_table is not None
    # the temporary table is made once per state of the data, and again after a change
    assert lq.plan_people(store, broad, match_cap=10).match_table == plan.match_table
    add_person(demo, {"surname": "Абаев", "name": "Тест"})
    again = lq.plan_people(store, broad, match_cap=10)
    assert again.match_table != plan.match_table
    names = [r["surname"] for r in lq.people_page(store, broad, plan=again, limit=2000)]
    assert "Абаев" in names
    assert not store.db.conn.in_transaction  # made without opening a transaction


def test_a_count_that_takes_too_long_is_given_up(demo: Session) -> None:
    with pytest.raises(lq.TooLong), lq.time_limit(demo.store, 0.0):
        demo.store.scalar(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000)"
            " SELECT count(*) FROM n"
        )
    # and the connection works as before
    assert lq.people_count(demo.store, lq.PeopleFilter(), cap=5) == 6


def test_a_page_size_out_of_bounds_is_refused(session: Session) -> None:
    with pytest.raises(ValueError):
        lq.people_page(session.store, lq.PeopleFilter(), limit=0)
    with pytest.raises(ValueError):
        lq.people_page(session.store, lq.PeopleFilter(), after=("only one part",), limit=5)


# --- the service: ages, roles, filters ----------------------------------------------------------


def test_an_age_range_is_the_birth_dates_that_give_those_ages() -> None:
    today = date(2028, 2, 29)
    born_from, born_to = birth_range(today, 14, 17)
    assert born_from is not None and born_to is not None
    assert age_on(born_to, today) == 14 and age_on(born_to + timedelta(days=1), today) == 13
    assert age_on(born_from, today) == 17 and age_on(born_from - timedelta(days=1), today) == 18
    assert years_before(today, 1) == date(2027, 2, 28)
    assert birth_range(today, None, None) == (None, None)


def test_people_list_filters_by_age_settlement_and_category(demo: Session) -> None:
    today = demo.today()
    minors = PeopleList(demo, PeopleQuery(min_age=14, max_age=17))
    rows = _all_pages(minors.page, 50)
    assert rows and all(r.age is not None and 14 <= r.age <= 17 for r in rows)
    assert len(rows) == sum(
        1
        for p in _live_people(demo)
        if p["birth_date"] and 14 <= age_on(date.fromisoformat(p["birth_date"]), today) <= 17
    )
    assert minors.count().value == len(rows)

    choice = settlement_choices(demo)[0]
    here = PeopleList(demo, PeopleQuery(settlement_id=choice.value))
    rows = _all_pages(here.page, 100)
    assert rows and {r.settlement for r in rows} == {choice.label.split(" (")[0]}

    code = register_categories(demo, RegisterQuery())[0].code
    entry_people = {
        r["person_id"]
        for r in demo.store.select(
            "SELECT person_id FROM register_entry WHERE category = ? AND end_date IS NULL",
            [code],
        )
    }
    listed = PeopleList(demo, PeopleQuery(category=code))
    assert {r.id for r in listed.page(limit=1000)} == entry_people


def test_a_broad_search_is_counted_as_more_than_the_cap(demo: Session) -> None:
    count = PeopleList(demo, PeopleQuery(text="а")).count(cap=20)
    assert count.value == 20 and not count.exact
    exact = PeopleList(demo, PeopleQuery(text="а")).count(cap=None)
    assert exact.exact and exact.value > 20


def test_an_inspector_filter_narrows_a_chiefs_lists(tmp_path: Path) -> None:
    session = open_session(make_db(tmp_path, role="chief"), "admin", PASSWORD)
    try:
        fill_demo(session, DemoRequest(people=300, years=2, seed=5, precincts=2))
        precincts = lq.precincts(session.store)
        assert len(precincts) == 2
        first = precincts[0]
        mine = PeopleList(session, PeopleQuery(inspector_id=first["inspector_id"]))
        rows = mine.page(limit=1000)
        expected = session.store.select(
            "SELECT id FROM person WHERE precinct_id = ? AND deleted = 0", [first["id"]]
        )
        everyone = PeopleList(session, PeopleQuery()).page(limit=2000)
        assert 0 < len(rows) == len(expected) < len(everyone) == session.store.count("person")
        entries = RegisterList(session, RegisterQuery(inspector_id=first["inspector_id"]))
        got = entries.page(limit=1000)
        assert got and all(
            session.store.get("register_entry", e.id)["inspector_id"] == first["inspector_id"]
            for e in got
        )
    finally:
        session.close()


# --- the register -----------------------------------------------------------------------------


def test_register_entries_show_the_due_date_the_rules_give(demo: Session) -> None:
    listing = RegisterList(demo, RegisterQuery(include_ended=True))
    rows = _all_pages(listing.page, 7)
    assert len(rows) == demo.store.count("register_entry")
    assert len({r.id for r in rows}) == len(rows)
    statuses = set()
    for row in rows:
        due = check_due(demo, row.id)
        assert row.due == due.due, row
        assert row.status == ("ended" if row.end_date else due.status)
        statuses.add(row.status)
    assert {"overdue", "ok", "ended"} <= statuses
    # by due date: the earliest first, entries without a due date last
    dues = [r.due or date.max for r in rows]
    assert dues == sorted(dues)


def test_overdue_entries_come_first_in_any_order(demo: Session) -> None:
    for order in ("name", "start", "category", "due"):
        for descending in (False, True):
            listing = RegisterList(
                demo, RegisterQuery(), order=order, descending=descending, overdue_first=True
            )
            rows = _all_pages(listing.page, 5)
            late = [r.status == "overdue" for r in rows]
            assert late == sorted(late, reverse=True), (order, descending)
            assert len({r.id for r in rows}) == len(rows) == listing.count().value
            if order == "name":
                names = [sort_key(r.full_name) for r in rows if r.status != "overdue"]
                assert names == sorted(names, reverse=descending)


def test_categories_count_entries_and_overdue_checks(demo: Session) -> None:
    counts = register_categories(demo, RegisterQuery())
    assert [c.code for c in counts][: len(demo.refdata.categories)] == [
        c.code for c in demo.refdata.categories
    ]
    for c in counts:
        rows = RegisterList(demo, RegisterQuery(category=c.code)).page(limit=1000)
        assert c.entries == len(rows)
        assert c.overdue == sum(r.status == "overdue" for r in rows)
    assert sum(c.overdue for c in counts) > 0


def test_a_check_moves_the_next_due_date(demo: Session) -> None:
    listing = RegisterList(demo, RegisterQuery(), overdue_first=True)
    late = listing.page(limit=1)[0]
    assert late.status == "overdue"
    record_check(demo, late.id, demo.today(), "visit", "дома")
    after = next(r for r in RegisterList(demo, RegisterQuery()).page(limit=1000) if r.id == late.id)
    interval = demo.refdata.category(late.category).check_interval_days
    assert interval is not None
    assert after.due == demo.today() + timedelta(days=interval)
    assert after.status == "ok" and after.last_check == demo.today()


# --- the person's file ---------------------------------------------------------------------------


def test_the_person_file_holds_everything_about_the_person(session: Session) -> None:
    person, _ = add_person(
        session, {"surname": "Нұрғалиева", "name": "Айгүл", "birth_date": "01.02.1990"}
    )
    other, _ = add_person(session, {"surname": "Бекова", "name": "Алия"})
    entry = add_entry(
        session, person, "parole", "Постановление суда № 5", session.today() - timedelta(days=40)
    )
    record_check(session, entry, session.today() - timedelta(days=10), "visit", "дома")
    talk = add_log_entry(
        session,
        kind="talk",
        at=datetime.now(UTC) - timedelta(days=2),
        summary="Беседа о правилах",
        person_ids=[person, other],
    )
    found = person_file(session, person)
    assert found.details.full_name == "Нұрғалиева Айгүл"
    assert found.details.age == age_on(date(1990, 2, 1), session.today())
    (listed,) = found.entries
    assert listed.status == "ok" and len(listed.checks) == 1
    assert listed.due == session.today() + timedelta(days=20)  # 30 days after the check
    assert [log.id for log in found.logs] == [talk]
    kinds = [e.kind for e in found.timeline]
    assert kinds == ["log", "check", "register_start"]  # newest first
    assert [log.id for log in person_file(session, other).logs] == [talk]

    # the log's people kept by the trigger: a change of who took part moves the entry
    session.update("log_entry", talk, {"person_ids": [other]}, "test")
    assert person_file(session, person).logs == ()
    end_entry(session, entry, session.today(), "term_ended")
    assert person_file(session, person).entries[0].status == "ended"


def test_the_person_file_follows_a_changed_name(session: Session) -> None:
    person, _ = add_person(session, {"surname": "Ежов"})
    set_person(session, person, {"surname": "Ёжиков"})
    assert person_file(session, person).details.full_name == "Ёжиков"
    rows = PeopleList(session, PeopleQuery(text="ежик")).page()
    assert [r.id for r in rows] == [person]
