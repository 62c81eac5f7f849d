"""The figures of the reports counted again, independently: plain Python over whole tables
read with `store.select`, never through the report queries. The definitions are those the
reports state:

- a report day is a local day (UTC+5 in Kazakhstan, UTC+6 in Kyrgyzstan);
- a record without a precinct belongs to the inspector's own precinct;
- on the register on a day: started on or before it and not ended on or before it;
- checks due: one every `interval` days after the start, while the entry runs (its end day
  excluded, nothing after its planned end), from the first day of the period to the as-of day;
- overdue check: on the register on the as-of day and not past its planned end (its term has
  ended: to be removed or extended), and the last check since the start (or the start) plus the
  interval is before the as-of day;
- an appeal is open on the as-of day when it was received by then and neither decided nor
  forwarded (nor cancelled) by then; overdue when its deadline is before that day. The deadline
  is the extended one only when the head decided the extension on or before the deadline it
  moved: an extension entered after the deadline leaves the appeal late.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from inspector_app.services.session import Session

OFFSET_HOURS = {"KZ": 5, "KG": 6}


def local_day(text: str, country: str) -> date:
    moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    return (moment + timedelta(hours=OFFSET_HOURS[country])).date()


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass
class Expected:
    households: int = 0
    visited: int = 0
    work: Counter[str] = field(default_factory=Counter)
    incidents: Counter[str] = field(default_factory=Counter)
    # category -> [at_start, added, removed, at_end, checks_due, checks_done, overdue]
    register: dict[str, list[int]] = field(default_factory=dict)
    appeals: dict[str, int] = field(default_factory=dict)
    overdue_people: list[str] = field(default_factory=list)
    overdue_appeals: list[str] = field(default_factory=list)


class Tables:
    """Every live row of the tables the reports read, once."""

    def __init__(self, session: Session) -> None:
        select = session.store.select
        self.country = session.country
        self.intervals = {
            c.code: c.check_interval_days
            for c in session.refdata.categories
            if c.check_interval_days
        }
        precincts = select("SELECT id FROM precinct WHERE deleted = 0")
        self.default = precincts[0]["id"] if session.device_role == "inspector" else None
        self.rows = {
            name: select(f"SELECT * FROM {name} WHERE deleted = 0")
            for name in (
                "person",
                "log_entry",
                "incident",
                "register_entry",
                "register_check",
                "appeal",
            )
        }

    def unit(self, row: dict[str, Any]) -> str | None:
        return row["precinct_id"] or self.default

    def count(self, unit: str, start: date, end: date, ref: date) -> Expected:
        c, out = self.country, Expected()
        people = [
            p for p in self.rows["person"] if p["merged_into"] is None and self.unit(p) == unit
        ]
        out.households = len({p["household_id"] for p in people if p["household_id"]})
        logs = [
            row
            for row in self.rows["log_entry"]
            if self.unit(row) == unit and start <= local_day(row["at"], c) <= end
        ]
        out.visited = len(
            {g["household_id"] for g in logs if g["kind"] == "round" and g["household_id"]}
        )
        # a register check is counted from the register (INDICATORS.md: checks_done)
        out.work = Counter(g["kind"] for g in logs if g["kind"] != "register_check")
        out.incidents = Counter(
            i["kind"]
            for i in self.rows["incident"]
            if self.unit(i) == unit and start <= local_day(i["occurred_at"], c) <= end
        )
        self._register(out, unit, start, end, ref)
        self._appeals(out, unit, start, end, ref)
        return out

    def _register(self, out: Expected, unit: str, start: date, end: date, ref: date) -> None:
        names = {p["id"]: p for p in self.rows["person"]}
        entries = [e for e in self.rows["register_entry"] if self.unit(e) == unit]
        by_entry: dict[str, list[date]] = {}
        for check in self.rows["register_check"]:
            by_entry.setdefault(check["entry_id"], []).append(
                date.fromisoformat(check["checked_on"])
            )
        for e in entries:
            figures = out.register.setdefault(e["category"], [0] * 7)
            began, ended = date.fromisoformat(e["start_date"]), day(e["end_date"])
            if began < start and (ended is None or ended >= start):
                figures[0] += 1
            if start <= began <= end:
                figures[1] += 1
            if ended is not None and start <= ended <= end and began <= end:
                figures[2] += 1
            if began <= end and (ended is None or ended > end):
                figures[3] += 1
            interval = self.intervals.get(e["category"])
            checks = by_entry.get(e["id"], [])
            figures[5] += sum(1 for d in checks if start <= d <= end)
            if interval is None:
                continue
            last_day = ref if ended is None else min(ref, ended - timedelta(days=1))
            planned = day(e["planned_end"])
            if planned is not None:
                last_day = min(last_day, planned)
            k = 1
            while began + timedelta(days=k * interval) <= last_day:
                if began + timedelta(days=k * interval) >= start:
                    figures[4] += 1
                k += 1
            on_register = began <= ref and (ended is None or ended > ref)
            on_register = on_register and (planned is None or planned >= ref)
            made = [d for d in checks if began <= d <= ref]
            due = max(made, default=began) + timedelta(days=interval)
            if on_register and due < ref:
                figures[6] += 1
                person = names.get(e["person_id"], {})
                out.overdue_people.append(str(person.get("surname")))

    def _appeals(self, out: Expected, unit: str, start: date, end: date, ref: date) -> None:
        c = self.country
        names = ("received", "on_time", "late", "forwarded", "open", "overdue", "carried_over")
        figures = dict.fromkeys(names, 0)
        for a in self.rows["appeal"]:
            if self.unit(a) != unit:
                continue
            received = local_day(a["received_at"], c)
            deadline = date.fromisoformat(a["deadline"])
            moved_from = a["extended_from"] or a["deadline"]
            if a["extended_to"] and a["extended_on"] and a["extended_on"] <= moved_from:
                deadline = date.fromisoformat(a["extended_to"])
            decided, forwarded = day(a["decided_on"]), day(a["forwarded_on"])
            cancelled = day(a["cancelled_on"])
            if start <= received <= end:
                figures["received"] += 1
            if (
                received < start
                and not (decided and decided < start)
                and not (forwarded and forwarded < start)
            ):
                figures["carried_over"] += 1  # open on the eve of the period
            if decided is not None and start <= decided <= end:
                figures["on_time" if decided <= deadline else "late"] += 1
            if forwarded is not None and start <= forwarded <= end:
                figures["forwarded"] += 1
            still_open = received <= ref and not (decided and decided <= ref)
            still_open = still_open and not (forwarded and forwarded <= ref)
            still_open = still_open and not (cancelled and cancelled <= ref)
            if still_open:
                figures["open"] += 1
                if deadline < ref:
                    figures["overdue"] += 1
                    out.overdue_appeals.append(a["number"])
        out.appeals = figures
