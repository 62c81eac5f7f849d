"""The lists of the People and Register pages, a page at a time, and the choices of their
filters.

A list is made once for a filter and an order (`PeopleList`, `RegisterList`) and then asked
for pages: `page(after, limit)` gives the rows after the key of the last row shown. The keys
come from the store and are opaque here; sorting and filtering run in SQL, on sort keys computed
in Python (`domain.text.sort_key`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from inspector_app.domain.dates import age_on
from inspector_app.domain.people import full_name
from inspector_app.domain.rules import register_state
from inspector_app.domain.text import sort_key
from inspector_app.services.session import Session
from inspector_app.store import list_queries
from inspector_app.store.search import match_expression

PAGE_SIZE = 100
COUNT_CAP = 10_000
COUNT_SECONDS = 0.25  # a count line is not worth a frozen window
OVERSIGHT_ROLES = frozenset({"chief", "hq"})
Key = tuple[Any, ...]


@dataclass(frozen=True)
class Count:
    """How many rows a list holds; `exact` False means "more than `value`", and a value of
    -1 that counting was given up (it took too long)."""

    value: int
    exact: bool = True


@dataclass(frozen=True)
class Choice:
    """An item of a filter's list: the value to filter on and what the user reads."""

    value: str
    label: str


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def birth_range(
    today: date, min_age: int | None, max_age: int | None
) -> tuple[date | None, date | None]:
    """The birth dates (both included) of people aged min_age to max_age on `today`."""
    born_to = years_before(today, min_age) if min_age is not None else None
    born_from = None
    if max_age is not None:
        born_from = years_before(today, max_age + 1) + timedelta(days=1)
    return born_from, born_to


def _precincts_of(
    session: Session, precinct_id: str | None, inspector_id: str | None
) -> tuple[str, ...]:
    """The precincts a chief or HQ narrowed a list to; nothing for other roles."""
    if session.role not in OVERSIGHT_ROLES:
        return ()
    if precinct_id:
        return (precinct_id,)
    if inspector_id:
        found = tuple(
            str(p["id"])
            for p in list_queries.precincts(session.store)
            if p["inspector_id"] == inspector_id
        )
        return found or ("",)  # an inspector with no precinct: an empty list, not everyone
    return ()


# --- people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeopleQuery:
    """What the People page filters on; empty fields filter nothing."""

    text: str = ""
    settlement_id: str | None = None
    category: str | None = None  # people with an open register entry in this category
    min_age: int | None = None
    max_age: int | None = None
    # a chief's or HQ's inspector filter: one precinct, or the precincts of one inspector
    precinct_id: str | None = None
    inspector_id: str | None = None


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    birth_date: date | None
    age: int | None
    sex: str | None
    id_number: str | None
    phones: tuple[str, ...]  # E.164
    address: str | None
    settlement: str | None
    key: Key


PEOPLE_ORDERS = tuple(list_queries.PERSON_ORDERS)


class PeopleList:
    """The people of one filter in one order, fetched a page at a time."""

    def __init__(
        self, session: Session, query: PeopleQuery, order: str = "name", descending: bool = False
    ) -> None:
        session.require("person.read")
        if order not in list_queries.PERSON_ORDERS:
            raise ValueError(f"unknown order {order}")
        self.session = session
        self.query = query
        self.order = order
        self.descending = descending
        self.today = session.today()
        born_from, born_to = birth_range(self.today, query.min_age, query.max_age)
        self.filter = list_queries.PeopleFilter(
            match=match_expression(query.text) if query.text.strip() else None,
            settlement_id=query.settlement_id,
            precinct_ids=_precincts_of(session, query.precinct_id, query.inspector_id),
            category=query.category,
            born_from=born_from.isoformat() if born_from else None,
            born_to=born_to.isoformat() if born_to else None,
        )
        self._plan: list_queries.PeoplePlan | None = None

    @property
    def plan(self) -> list_queries.PeoplePlan:
        """How the store finds the rows (see store.list_queries), decided on first use."""
        if self._plan is None:
            self._plan = list_queries.plan_people(self.session.store, self.filter)
        return self._plan

    def page(self, after: Key | None = None, limit: int = PAGE_SIZE) -> list[PersonRow]:
        rows = list_queries.people_page(
            self.session.store,
            self.filter,
            plan=self.plan,
            order=self.order,
            descending=self.descending,
            after=after,
            limit=limit,
        )
        return [self._row(r) for r in rows]

    def _row(self, r: dict[str, Any]) -> PersonRow:
        born = _date(r["birth_date"])
        return PersonRow(
            id=str(r["id"]),
            full_name=full_name(r),
            birth_date=born,
            age=age_on(born, self.today) if born else None,
            sex=r["sex"],
            id_number=r["id_number"],
            phones=_phones(r["phones"]),
            address=r["address"],
            settlement=r["settlement"],
            key=tuple(r["key"]),
        )

    def count(self, cap: int | None = COUNT_CAP, seconds: float | None = COUNT_SECONDS) -> Count:
        """How many people the list holds, counting no further than `cap` (None: all) and
        for no longer than `seconds`: a count that takes longer is unknown (Count(-1))."""
        try:
            found = list_queries.people_count(
                self.session.store, self.filter, plan=self.plan, cap=cap, seconds=seconds
            )
        except list_queries.TooLong:
            return Count(-1, exact=False)
        if cap is not None and found > cap:
            return Count(cap, exact=False)
        return Count(found)


def _phones(stored: Any) -> tuple[str, ...]:
    if not stored:
        return ()
    if isinstance(stored, str):
        try:
            stored = json.loads(stored)
        except ValueError:
            return (stored,)
    return tuple(str(p) for p in stored)


# --- the preventive register -----------------------------------------------------------------


@dataclass(frozen=True)
class RegisterQuery:
    category: str | None = None  # None: every category
    include_ended: bool = False
    precinct_id: str | None = None  # a chief's or HQ's inspector filter
    inspector_id: str | None = None


@dataclass(frozen=True)
class EntryRow:
    id: str
    person_id: str
    full_name: str
    birth_date: date | None
    category: str
    category_name: str
    basis: str | None
    start_date: date | None
    planned_end: date | None
    end_date: date | None
    end_reason: str | None
    risk_level: str | None
    last_check: date | None
    due: date | None
    # overdue, due_soon, ok, none (no periodic checks), term_ended (past the planned end:
    # remove or extend), ended
    status: str
    days_overdue: int  # 0 unless overdue
    key: Key


@dataclass(frozen=True)
class CategoryCount:
    code: str
    name: str
    entries: int
    overdue: int
    term_ended: int = 0  # past the planned end, still on the register


REGISTER_ORDERS = tuple(list_queries.ENTRY_ORDERS)


def _entry_filter(session: Session, query: RegisterQuery) -> list_queries.EntryFilter:
    inspector = query.inspector_id if session.role in OVERSIGHT_ROLES else None
    precincts = _precincts_of(session, query.precinct_id, None)
    return list_queries.EntryFilter(
        category=query.category,
        include_ended=query.include_ended,
        precinct_ids=precincts,
        inspector_id=inspector,
    )


def _intervals(session: Session) -> dict[str, int | None]:
    return {c.code: c.check_interval_days for c in session.refdata.categories}


class RegisterList:
    """Register entries of one filter with their next check due, a page at a time."""

    def __init__(
        self,
        session: Session,
        query: RegisterQuery,
        order: str = "due",
        descending: bool = False,
        overdue_first: bool = False,
    ) -> None:
        session.require("person.read")
        if order not in list_queries.ENTRY_ORDERS:
            raise ValueError(f"unknown order {order}")
        self.session = session
        self.query = query
        self.order = order
        self.descending = descending
        self.overdue_first = overdue_first
        self.today = session.today()
        self.filter = _entry_filter(session, query)
        self._intervals = _intervals(session)

    def page(self, after: Key | None = None, limit: int = PAGE_SIZE) -> list[EntryRow]:
        rows = list_queries.entries_page(
            self.session.store,
            self.filter,
            intervals=self._intervals,
            today=self.today.isoformat(),
            order=self.order,
            overdue_first=self.overdue_first,
            descending=self.descending,
            after=after,
            limit=limit,
        )
        return [self._row(r) for r in rows]

    def _row(self, r: dict[str, Any]) -> EntryRow:
        refdata = self.session.refdata
        due = _date(r["due"])
        status = register_state(_date(r["end_date"]), _date(r["planned_end"]), due, self.today)
        return EntryRow(
            id=str(r["id"]),
            person_id=str(r["person_id"]),
            full_name=full_name(r),
            birth_date=_date(r["birth_date"]),
            category=str(r["category"]),
            category_name=refdata.name_of("categories", str(r["category"]), self.session.lang),
            basis=r["basis"],
            start_date=_date(r["start_date"]),
            planned_end=_date(r["planned_end"]),
            end_date=_date(r["end_date"]),
            end_reason=refdata.removal_words(r["end_reason"], r["end_note"], self.session.lang)
            or None,
            risk_level=r["risk_level"],
            last_check=_date(r["last_check"]),
            due=due,
            status=status,
            days_overdue=(self.today - due).days if status == "overdue" and due else 0,
            key=tuple(r["key"]),
        )

    def count(self) -> Count:
        return Count(list_queries.entries_count(self.session.store, self.filter))


def register_categories(session: Session, query: RegisterQuery) -> list[CategoryCount]:
    """Every category of the reference data, in its order, with its entries and overdue
    checks under the query (its own category ignored); then codes found only in the data."""
    session.require("person.read")
    every = RegisterQuery(
        include_ended=query.include_ended,
        precinct_id=query.precinct_id,
        inspector_id=query.inspector_id,
    )
    rows = list_queries.entry_counts(
        session.store,
        _entry_filter(session, every),
        intervals=_intervals(session),
        today=session.today().isoformat(),
    )
    found = {str(r["category"]): r for r in rows}
    refdata = session.refdata
    codes = [c.code for c in refdata.categories]
    codes += sorted(c for c in found if c not in codes)
    return [
        CategoryCount(
            code=code,
            name=refdata.name_of("categories", code, session.lang),
            entries=int(found[code]["entries"]) if code in found else 0,
            overdue=int(found[code]["overdue"] or 0) if code in found else 0,
            term_ended=int(found[code]["term_ended"] or 0) if code in found else 0,
        )
        for code in codes
    ]


# --- the choices of the filters ---------------------------------------------------------------


def settlement_choices(session: Session) -> list[Choice]:
    """Settlements in alphabetical order; a name used twice shows its rural district."""
    session.require("person.read")
    rows = list_queries.settlements(session.store)
    names = [str(r["name"] or "") for r in rows]
    choices = [
        Choice(
            str(r["id"]),
            f"{name} ({r['parent']})" if names.count(name) > 1 and r["parent"] else name,
        )
        for r, name in zip(rows, names, strict=True)
    ]
    return sorted(choices, key=lambda c: sort_key(c.label))


def category_choices(session: Session) -> list[Choice]:
    """Register categories in the reference data's order, named in the session's language."""
    return [
        Choice(c.code, session.refdata.name_of("categories", c.code, session.lang))
        for c in session.refdata.categories
    ]


@dataclass(frozen=True)
class PersonBrief:
    """Enough to recognise a person: a duplicate found, a household member."""

    id: str
    full_name: str
    birth_date: date | None
    id_number: str | None
    address: str | None
    settlement: str | None


def people_briefs(session: Session, person_ids: Sequence[str]) -> list[PersonBrief]:
    """Briefs of these people, in the order given (unknown ids left out)."""
    session.require("person.read")
    rows = {str(r["id"]): r for r in list_queries.people_names(session.store, person_ids)}
    return [
        PersonBrief(
            id=pid,
            full_name=full_name(rows[pid]),
            birth_date=_date(rows[pid]["birth_date"]),
            id_number=rows[pid]["id_number"],
            address=rows[pid]["address"],
            settlement=rows[pid]["settlement"],
        )
        for pid in person_ids
        if pid in rows
    ]
