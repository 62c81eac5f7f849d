"""`demo`: fill an empty database with a realistic precinct, district or region.

The rows come from the seeded generator; they are written in one transaction through the
store's bulk path, with the same change log, journal and search index as typed records, so a
demo database behaves exactly like a real one (and `verify` checks it like one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.model import ENTITIES
from inspector_app.domain.rules import appeal_deadline, pick_rule
from inspector_app.services.demo.generator import DemoSpec, generate
from inspector_app.services.session import Session
from inspector_app.store import queries

MAX_PEOPLE = 2_000_000
# How many precincts (and districts) a chief's or HQ's demo database gets when not told.
DEFAULT_SCOPE = {"inspector": (1, 1), "chief": (5, 1), "hq": (4, 3)}


@dataclass(frozen=True)
class DemoRequest:
    people: int
    years: int = 3
    seed: int = 1
    precincts: int | None = None
    districts: int | None = None


def demo_spec(session: Session, request: DemoRequest) -> DemoSpec:
    refdata = session.refdata
    calendar = refdata.calendar()
    rules = refdata.appeal_rules

    def deadline(received: date) -> date:
        return appeal_deadline(received, pick_rule(rules, received), calendar)

    precincts, districts = DEFAULT_SCOPE[session.device_role]
    if session.device_role != "inspector":
        precincts = request.precincts or precincts
    if session.device_role == "hq":
        districts = request.districts or districts
    return DemoSpec(
        country=session.country,
        people=request.people,
        years=request.years,
        seed=request.seed,
        # the story ends yesterday: nothing it tells may be stamped later than now, or the
        # device's clock would be pulled into the future by its own demo data
        today=session.today() - timedelta(days=1),
        precincts=precincts,
        districts=districts,
        categories=[(c.code, c.check_interval_days, c.duration_days) for c in refdata.categories],
        log_kinds=[k.code for k in refdata.log_kinds],
        incident_kinds=[k.code for k in refdata.incident_kinds],
        channels=[k.code for k in refdata.appeal_channels],
        appeal_deadline=deadline,
        number_prefix=session.store.meta("number_prefix") or "DEMO",
        proposal_answer_days=refdata.partnership.proposal_answer_days,
    )


def fill_demo(
    session: Session, request: DemoRequest, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Write the demo rows; returns how many records of each kind were made."""
    session.require("demo")
    if not 1 <= request.people <= MAX_PEOPLE:
        raise AppError("demo.size", maximum=MAX_PEOPLE)
    if request.years < 0 or request.years > 30:
        raise AppError("demo.years", maximum=30)
    spec = demo_spec(session, request)
    counts: Counter[str] = Counter()
    with session.store.bulk_writes(), session.store.transaction():
        # inside the write transaction: a second `demo` started at the same time waits for the
        # first, then finds the database filled (it used to write the same ids again and crash)
        if session.store.count("person"):
            raise AppError("demo.not_empty")
        adopt = _Adoption(session)
        for entity, batch in generate(spec):
            rows = adopt.rows(entity, batch)
            if rows:
                counts[entity] += session.store.bulk_create(
                    entity, rows, author=session.user_id, device=session.device_id, action="demo"
                )
            if progress:
                progress(entity, counts[entity])
        adopt.finish()
        _counters_past_demo_numbers(session)
        session.event(
            "demo",
            people=request.people,
            years=request.years,
            seed=request.seed,
            **{k: v for k, v in counts.items()},
        )
    return dict(sorted(counts.items()))


def _counters_past_demo_numbers(session: Session) -> None:
    """The next incident or notice number typed after the demo continues after the demo's:
    the first one once repeated a demo number (appeal numbers jump past every number of their
    series seen in the database by themselves)."""
    prefix = session.store.meta("number_prefix") or ""
    for entity in ("incident", "notice"):
        if "number" not in ENTITIES[entity].field_names:
            continue
        for row in queries.highest_numbers(session.store, entity, prefix + "-"):
            session.store.raise_counter(f"{entity}-{2000 + int(row['yy'])}", int(row["n"]))


class _Adoption:
    """On an inspector's database the precinct and its inspector exist already (made by
    `init`): the generated ones are not created twice; their ids are mapped onto the existing
    records, and the precinct passport figures are written into the existing precinct."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.active = session.device_role == "inspector"
        self.own_precinct = queries.own_precinct(session.store) if self.active else None
        self.remap: dict[str, str] = {}
        self.passport: dict[str, Any] = {}

    def rows(self, entity: str, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not self.active or self.own_precinct is None:
            return batch
        if entity == "precinct":
            generated = batch[0]
            self.remap[generated["id"]] = self.own_precinct["id"]
            self.passport = {
                k: generated[k]
                for k in (
                    "settlement_ids",
                    "population",
                    "households_count",
                    "district_id",
                    "post_address",
                    "phone",
                    "reception_hours",
                )
            }
            return []
        if entity == "user":
            generated = batch[0]
            self.remap[generated["id"]] = self.session.user_id
            return []
        return [self._remapped(entity, row) for row in batch] if self.remap else batch

    def _remapped(self, entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for field in ENTITIES[entity].fields:
            if field.kind == "ref" and out.get(field.name) in self.remap:
                out[field.name] = self.remap[out[field.name]]
        return out

    def finish(self) -> None:
        if self.own_precinct is not None and self.passport:
            self.session.update("precinct", self.own_precinct["id"], self.passport, "demo")
