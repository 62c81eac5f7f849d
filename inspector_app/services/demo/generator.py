"""Demonstration data: a region's villages with their residents and years of an inspector's work.

`generate(spec)` streams rows, entity by entity, in batches of at most BATCH_SIZE, so a
million residents cost the memory of one batch and a few compact arrays per precinct. Rows
are plain dicts with `id`, `created_at` and exactly the fields of the entity in
`domain.model.ENTITIES`, ready for the store's bulk insert.

One seeded generator (a `random.Random` with faster integer picks) drives everything and
nothing reads the clock, so one spec always gives the same rows. Dates are handled as day
ordinals and moments as seconds since day 0 of the proleptic calendar: the loops never build
or parse datetime objects.
"""

from __future__ import annotations

import random
import zlib
from array import array
from bisect import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypeVar

from inspector_app.domain.ids import make_iin, make_pin
from inspector_app.services.demo import names

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

BATCH_SIZE = 20_000

ENTITY_ORDER = (
    "territory",
    "precinct",
    "user",
    "household",
    "person",
    "register_entry",
    "register_check",
    "log_entry",
    "proposal",
    "appeal",
    "appeal_event",
    "incident",
    "incident_person",
)

DEFAULT_LOG_KINDS = (
    "round",
    "talk",
    "register_check",
    "reception",
    "meeting",
    "public_council",
    "raid",
    "warning",
)
# Log kinds with attendance, a police speaker and questions raised (services.partnership).
MEETING_KINDS = ("meeting", "public_council", "report_to_residents")
DEFAULT_CHANNELS = ("in_person", "written", "phone", "online", "reception")
DEFAULT_INCIDENT_KINDS = (
    "domestic_violence",
    "theft",
    "livestock_theft",
    "hooliganism",
    "traffic",
    "fire",
    "missing_person",
    "public_order",
    "fraud",
    "other",
)

# Fields written from the phrase lists of `names`, whose institutional words differ by country
# (names.kyrgyz_words); people's names and addresses are not among them.
_WORDED_FIELDS = frozenset(
    {
        "place",
        "summary",
        "outcome",
        "measures",
        "decision",
        "basis",
        "detail",
        "post_address",
        "forwarded_to",
        "result",
        "notes",
        "workplace",
        "rank",
        "text",
        "answer",
        "assignee",
        "raised_by",
        "police_speaker",
        "external_number",
        "end_note",
    }
)

Row = dict[str, Any]
Batch = tuple[str, list[Row]]
T = TypeVar("T")


@dataclass
class DemoSpec:
    country: str  # "KZ" or "KG"
    people: int  # people per precinct
    years: int  # years of history back from `today`
    seed: int
    today: date
    precincts: int = 1  # chief: N precincts with their inspectors
    districts: int = 1  # hq: N districts, each of `precincts` precincts
    # (code, check_interval_days, duration_days) from reference data; empty: no register
    categories: Sequence[tuple[str, int | None, int | None]] = ()
    log_kinds: Sequence[str] = ()  # empty: DEFAULT_LOG_KINDS
    incident_kinds: Sequence[str] = ()  # empty: DEFAULT_INCIDENT_KINDS
    channels: Sequence[str] = ()  # empty: DEFAULT_CHANNELS
    # received date -> deadline (the caller builds it from the working calendar); None: +21 days
    appeal_deadline: Callable[[date], date] | None = None
    # prefix of appeal/incident numbers; with several precincts each adds its number to it
    number_prefix: str = "D-P"
    # days to answer a question raised at a meeting (reference data); None: 30
    proposal_answer_days: int | None = None


def generate(spec: DemoSpec) -> Iterator[Batch]:
    """(entity name, rows) batches: territory, precincts and users first, then per precinct
    households, people, register, log, appeals and incidents."""
    if spec.country not in ("KZ", "KG"):
        raise ValueError(f"country must be KZ or KG, not {spec.country!r}")
    if spec.people < 1 or spec.years < 0 or spec.precincts < 1 or spec.districts < 1:
        raise ValueError("people, precincts and districts must be positive, years not negative")
    return _Generator(spec).run()


# --- names ------------------------------------------------------------------------------------

_DAY = 86_400
_YEAR = 365.2425
_UUID_CLEAR = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID_SET = (0x8000 << 48) | (4 << 76)

_HH_MM = tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))
_SS = tuple(f"{s:02d}" for s in range(60))

_RU_PATRONYMICS = {name: (m, f) for name, m, f in names.RU_MALE}
_RU_MALE_NAMES = tuple(name for name, _, _ in names.RU_MALE)
_KZ_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
_SOFT_ENDINGS = "аяеиоуыэюөүұәжшчщц"


def feminine(surname: str) -> str:
    """The feminine form of a surname: Иванов → Иванова, Белый → Белая; Ковальчук, Ким stay."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if len(surname) >= 5:
        if surname.endswith(("ский", "цкий")):
            return surname[:-2] + "ая"
        if surname.endswith(("ый", "ой")):
            return surname[:-2] + "ая"
        if surname.endswith("ий"):
            return surname[:-2] + "яя"
    return surname


def russian_patronymic(father: str, male: bool) -> str:
    """Ivanovich-style patronymic from a father's name, Russian or not (Нұрлан → Нурланович)."""
    known = _RU_PATRONYMICS.get(father)
    if known is not None:
        return known[0] if male else known[1]
    stem = father.translate(_KZ_TO_RU)
    if stem[-1] in "йь":
        stem = stem[:-1]
        return stem + ("евич" if male else "евна")
    if stem[-1] in _SOFT_ENDINGS:
        return stem + ("евич" if male else "евна")
    return stem + ("ович" if male else "овна")


@dataclass(frozen=True)
class _Group:
    """An ethnic group's names and how its patronymics are written."""

    code: str  # kz, ru, kg, uz, other
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]


_GROUPS = {
    "kz": _Group("kz", names.KZ_MALE, names.KZ_FEMALE, names.KZ_SURNAMES),
    "ru": _Group("ru", _RU_MALE_NAMES, names.RU_FEMALE, names.RU_SURNAMES),
    "kg": _Group("kg", names.KG_MALE, names.KG_FEMALE, names.KG_SURNAMES),
    "uz": _Group("uz", names.UZ_MALE, names.UZ_FEMALE, names.UZ_SURNAMES),
    "other": _Group("other", names.OTHER_MALE, names.OTHER_FEMALE, names.OTHER_SURNAMES),
}
_MIX = {
    "KZ": (("kz", 70), ("ru", 25), ("other", 5)),
    "KG": (("kg", 75), ("ru", 10), ("uz", 10), ("other", 5)),
}
_TZ_HOURS = {"KZ": 5, "KG": 6}
_PHONE_PREFIXES = {
    "KZ": ("+7700", "+7701", "+7702", "+7705", "+7707", "+7708", "+7747", "+7771", "+7775",
           "+7776", "+7777", "+7778"),
    "KG": ("+996220", "+996222", "+996227", "+996500", "+996502", "+996505", "+996508",
           "+996550", "+996553", "+996555", "+996557", "+996700", "+996702", "+996705",
           "+996707", "+996770", "+996772", "+996775", "+996777", "+996990", "+996995",
           "+996998"),
}  # fmt: skip
_PHONE_DIGITS = {"KZ": 7, "KG": 6}
# When the precinct point receives residents (demo).
_RECEPTION_HOURS = "Вт, Чт 09:00–13:00; Сб 10:00–12:00"
_RANKS = (
    ("лейтенант", 2),
    ("старший лейтенант", 4),
    ("капитан", 5),
    ("майор", 2),
)

# Household sizes 1..8 (a village averages about 3.5).
_SIZE_WEIGHTS = (14, 20, 19, 19, 13, 8, 4, 3)
_LOG_WEIGHTS = {
    "round": 32,
    "talk": 26,
    "reception": 14,
    "meeting": 5,
    "public_council": 3,
    "report_to_residents": 0.3,
    "raid": 6,
    "warning": 6,
    "register_check": 4,
}
_CHANNEL_WORDS = {
    "in_person": "лично",
    "written": "письменно",
    "phone": "по телефону",
    "online": "через портал",
    "reception": "на приёме граждан",
}
_CHANNEL_WEIGHTS = {"in_person": 35, "written": 25, "phone": 15, "online": 10, "reception": 15}
_INCIDENT_WEIGHTS = {
    "domestic_violence": 15,
    "theft": 20,
    "livestock_theft": 12,
    "hooliganism": 12,
    "traffic": 10,
    "fire": 5,
    "missing_person": 4,
    "public_order": 12,
    "fraud": 8,
    "other": 10,
}

# How long an entry lasts when its category sets no fixed duration (days, from..to).
_TYPICAL_DAYS = {
    "protect": (3, 30),  # KG: a 3-day order, extended up to 30 at the victim's request
    "court": (30, 90),
    "behav": (90, 365),
    "warning": (30, 60),
    "": (60, 1400),
}

# Rates per person and year (the brief of the demo: about 300 log entries, 40 appeals and 25
# incidents per 1,000 residents a year; 3% of adults ever on the register).
_LOG_RATE = 0.300
_APPEAL_RATE = 0.040
_INCIDENT_RATE = 0.025
_REGISTER_SHARE = 0.03
# An extended appeal's new deadline, in days from receipt (both countries allow at least 30).
_EXTENDED_DAYS = 30
# who authorised the demo extensions (the head of the police unit), and the reasons written
_HEAD = {
    "KZ": "Жумабаев Арман Серикович, начальник отдела полиции",
    "KG": "Асанов Бакыт Токтогулович, начальник ОВД",
}
_EXTENSION_REASON = "Срок продлён для дополнительной проверки"
_CANCEL_REASON = "Введено ошибочно: то же обращение зарегистрировано дважды"


class _Random(random.Random):
    """random.Random with picks made from one random() float each.

    The library's integer picks draw bits until a value falls in range, several calls per
    pick; the demo makes millions of picks and has no use for their exactness.
    """

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if step != 1:
            return super().randrange(start, stop, step)
        if stop is None:
            start, stop = 0, start
        if stop <= start:
            raise ValueError(f"empty range for randrange({start}, {stop})")
        return start + int(self.random() * (stop - start))

    def randint(self, a: int, b: int) -> int:
        return self.randrange(a, b + 1)

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


def _match(code: str, table: Mapping[str, T]) -> T:
    """The entry whose key occurs in `code` (first in the table's order), else the "" entry."""
    for key, value in table.items():
        if key and key in code:
            return value
    return table[""]


class _Picker:
    """Weighted choice with a bisect over cumulative weights."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: Sequence[str], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> str:
        return self.items[bisect(self.cum, rng.random() * self.total)]


# --- places -----------------------------------------------------------------------------------


@dataclass
class _Settlement:
    id: str
    name: str
    rural_id: str
    lat: float
    lon: float
    households: int
    state_style: bool  # streets written in the state language ("Абай көшесі, 12")
    streets: list[tuple[str, str]] = field(default_factory=list)  # (id, name)


@dataclass
class _Precinct:
    index: int  # 1-based over the whole run
    id: str
    code: str
    name: str
    district_id: str
    district_code: str
    prefix: str
    inspector_id: str
    sizes: list[int]
    settlements: list[_Settlement]
    post_address: str = ""
    speaker: str = ""  # the inspector as named when speaking for the police at a meeting


# --- the generator ----------------------------------------------------------------------------


class _Generator:
    def __init__(self, spec: DemoSpec) -> None:
        self.spec = spec
        self.country = spec.country
        self.rng = _Random(spec.seed)
        self.today = spec.today.toordinal()
        self.start = self.today - int(spec.years * _YEAR)
        self.tz = _TZ_HOURS[spec.country] * 3600
        # The latest moment anything happens: noon of `today`, local time.
        self.cap = self.today * _DAY + 12 * 3600 - self.tz
        self._days: dict[int, str] = {}
        self.police = "полиции" if spec.country == "KZ" else "милиции"
        self.log_kinds = tuple(spec.log_kinds) or DEFAULT_LOG_KINDS
        self.channels = tuple(spec.channels) or DEFAULT_CHANNELS
        self.incident_kinds = tuple(spec.incident_kinds) or DEFAULT_INCIDENT_KINDS
        self.group_pick = _Picker(
            [g for g, _ in _MIX[self.country]], [w for _, w in _MIX[self.country]]
        )
        self.size_pick = _Picker([str(n) for n in range(1, 9)], _SIZE_WEIGHTS)
        self.buffers: dict[str, list[Row]] = {name: [] for name in ENTITY_ORDER}
        self._deadlines: dict[int, int] = {}
        self._id_serials: dict[int, int] = {}

    # --- primitives ---------------------------------------------------------------------------

    def uuid(self) -> str:
        """Equal to str(uuid.UUID(int=rng.getrandbits(128), version=4)), without the object."""
        h = f"{(self.rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def day(self, ordinal: int) -> str:
        text = self._days.get(ordinal)
        if text is None:
            text = self._days[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def stamp(self, moment: int) -> str:
        """ISO UTC text of a moment (seconds since day 0), never after the cap."""
        ordinal, seconds = divmod(min(moment, self.cap), _DAY)
        minute, second = divmod(seconds, 60)
        day = self._days.get(ordinal) or self.day(ordinal)
        return f"{day}T{_HH_MM[minute]}:{_SS[second]}Z"

    def local(self, ordinal: int, hour_from: float, hour_to: float) -> int:
        """A moment on that day between two local hours (before noon when the day is today)."""
        if ordinal >= self.today:
            hour_from, hour_to = min(hour_from, 8.0), min(hour_to, 11.5)
        seconds = int((hour_from + self.rng.random() * (hour_to - hour_from)) * 3600)
        return ordinal * _DAY + seconds - self.tz

    def entered(self, moment: int, max_hours: float = 6.0) -> str:
        """created_at of a record about an event at `moment`: entered minutes later, or at
        the desk within the next `max_hours` during working hours."""
        rng = self.rng
        if max_hours <= 2 or rng.random() < 0.6:
            return self.stamp(moment + 120 + int(rng.random() * min(max_hours, 2.0) * 3600))
        day = (moment + self.tz) // _DAY + int(rng.random() * max_hours / 24)
        return self.stamp(max(moment + 600, self.local(day, 9, 19)))

    def workday(self, lo: int, hi: int) -> int:
        """A day in [lo, hi], Sundays mostly moved to Monday (or back to Saturday at the end)."""
        ordinal = self.rng.randint(lo, hi)
        if ordinal % 7 == 0 and self.rng.random() < 0.85:  # ordinal % 7 == 0 is a Sunday
            ordinal = ordinal + 1 if ordinal < hi else ordinal - 1
        return ordinal

    def add(self, entity: str, row: Row) -> None:
        if self.country == "KG":
            for name in _WORDED_FIELDS.intersection(row):
                if isinstance(row[name], str):
                    row[name] = names.kyrgyz_words(row[name])
        self.buffers[entity].append(row)

    def full(self) -> Iterator[Batch]:
        """Batches of exactly BATCH_SIZE rows from the buffers that have that many."""
        for name in ENTITY_ORDER:
            rows = self.buffers[name]
            if len(rows) >= BATCH_SIZE:
                cut = len(rows) - len(rows) % BATCH_SIZE
                self.buffers[name] = rows[cut:]
                for start in range(0, cut, BATCH_SIZE):
                    yield name, rows[start : start + BATCH_SIZE]

    def drain(self) -> Iterator[Batch]:
        for name in ENTITY_ORDER:
            rows = self.buffers[name]
            if rows:
                self.buffers[name] = []
                yield name, rows

    def pending(self) -> int:
        return max(map(len, self.buffers.values()))

    # --- the run ------------------------------------------------------------------------------

    def run(self) -> Iterator[Batch]:
        precincts = self.plan()
        yield from self.drain()  # territory
        for p in precincts:
            self.add("precinct", self.precinct_row(p))
        for p in precincts:
            self.add("user", self.user_row(p))
        yield from self.drain()
        for p in precincts:
            yield from _PrecinctRun(self, p).run()

    def early(self) -> str:
        """created_at of what was set up before the history starts (territory, users)."""
        return self.stamp(self.local(self.start - self.rng.randint(3, 40), 9, 18))

    def territory(self, kind: str, parent: str | None, name: str, code: str | None) -> str:
        tid = self.uuid()
        self.add(
            "territory",
            {
                "id": tid,
                "created_at": self.early(),
                "kind": kind,
                "parent_id": parent,
                "name": name,
                "code": code,
            },
        )
        return tid

    def plan(self) -> list[_Precinct]:
        """Territory rows for every precinct, and each precinct's households sizes."""
        rng = self.rng
        spec = self.spec
        region_name, region_code, lat0, lon0, district_names = rng.choice(
            names.REGIONS[self.country]
        )
        region_id = self.territory("region", None, region_name, self.code(region_code))
        chosen = rng.sample(district_names, min(spec.districts, len(district_names)))
        while len(chosen) < spec.districts:
            chosen.append(f"{district_names[len(chosen) % len(district_names)]} {len(chosen)}")
        precincts: list[_Precinct] = []
        for d, district_name in enumerate(chosen):
            district_code = self.code(region_code, 20 + 4 * d)
            district_id = self.territory("district", region_id, district_name, district_code)
            dlat = lat0 + rng.uniform(-1.0, 1.0)
            dlon = lon0 + rng.uniform(-1.5, 1.5)
            used: set[str] = set()
            rurals = 0  # rural districts of this district so far
            for p in range(spec.precincts):
                index = len(precincts) + 1
                sizes = self.household_sizes(spec.people)
                settlements = self.settlements(
                    sizes, region_code, d, rurals, district_id, dlat, dlon, used
                )
                rurals += len({s.rural_id for s in settlements})
                several = spec.precincts * spec.districts > 1
                precinct = _Precinct(
                    index=index,
                    id=self.uuid(),
                    code=f"{district_code}-{p + 1:02d}",
                    name=f"Административный участок №{p + 1}, {settlements[0].name}",
                    district_id=district_id,
                    district_code=district_code,
                    prefix=f"{spec.number_prefix}{index}" if several else spec.number_prefix,
                    inspector_id=self.uuid(),
                    sizes=sizes,
                    settlements=settlements,
                )
                first = settlements[0]
                street = first.streets[0][1] if first.streets else ""
                precinct.post_address = (
                    f"{names.SETTLEMENT_PREFIX[self.country]} {first.name}, "
                    + (f"{street}, {rng.randint(1, 60)}" if street else "здание акимата")
                )
                precincts.append(precinct)
        return precincts

    def code(self, region: str, district: int = 0, rural: int = 0, settlement: int = 0) -> str:
        """KATO-like codes for Kazakhstan (9 digits), SOATE-like for Kyrgyzstan (14 digits)."""
        if self.country == "KZ":
            return f"{region}{district:02d}{rural:02d}{settlement:03d}"
        return f"{region}{district:03d}{rural:03d}{settlement:03d}"

    def household_sizes(self, people: int) -> list[int]:
        sizes: list[int] = []
        left = people
        while left > 0:
            size = min(int(self.size_pick(self.rng)), left)
            sizes.append(size)
            left -= size
        return sizes

    def settlements(
        self,
        sizes: list[int],
        region_code: str,
        d: int,
        rurals: int,
        district_id: str,
        lat: float,
        lon: float,
        used: set[str],
    ) -> list[_Settlement]:
        rng = self.rng
        people = sum(sizes)
        count = max(1, min(40, round(people / 1500)))
        pool = [n for n in names.SETTLEMENTS[self.country] if n not in used]
        if len(pool) < count:
            pool = list(names.SETTLEMENTS[self.country])
        chosen = rng.sample(pool, count)
        used.update(chosen)
        # The first village is the precinct's centre and the biggest.
        weights = [3.0] + [rng.uniform(0.5, 1.5) for _ in range(count - 1)]
        total = sum(weights)
        households = [int(len(sizes) * w / total) for w in weights]
        households[0] += len(sizes) - sum(households)
        plat = lat + rng.uniform(-0.4, 0.4)
        plon = lon + rng.uniform(-0.5, 0.5)
        result: list[_Settlement] = []
        rural_id = ""
        rural = rurals
        for k, name in enumerate(chosen):
            if k == 0 or rng.random() < 0.4:  # a rural district of one to a few villages
                rural += 1
                rural_id = self.territory(
                    "rural_district",
                    district_id,
                    f"{name} {names.RURAL_DISTRICT_SUFFIX[self.country]}",
                    self.code(region_code, 20 + 4 * d, rural),
                )
            sid = self.territory(
                "settlement",
                rural_id,
                name,
                self.code(region_code, 20 + 4 * d, rural, 100 + 10 * k),
            )
            settlement = _Settlement(
                id=sid,
                name=name,
                rural_id=rural_id,
                lat=plat + rng.uniform(-0.15, 0.15),
                lon=plon + rng.uniform(-0.2, 0.2),
                households=households[k],
                state_style=rng.random() < (0.6 if self.country == "KZ" else 0.5),
            )
            pool_streets = names.STREETS[self.country]
            n_streets = max(2, min(len(pool_streets), households[k] // 25))
            for local_name, ru_name in rng.sample(pool_streets, n_streets):
                street = local_name if settlement.state_style else ru_name
                settlement.streets.append((self.territory("street", sid, street, None), street))
            result.append(settlement)
        return result

    def precinct_row(self, p: _Precinct) -> Row:
        return {
            "id": p.id,
            "created_at": self.early(),
            "code": p.code,
            "name": p.name,
            "district_id": p.district_id,
            "district_code": p.district_code,
            "settlement_ids": [s.id for s in p.settlements],
            "population": sum(p.sizes),
            "households_count": len(p.sizes),
            "inspector_id": p.inspector_id,
            "post_address": p.post_address,
            "notes": None,
            "phone": self.point_phone(p.code),
            "reception_hours": _RECEPTION_HOURS,
        }

    def point_phone(self, code: str) -> str:
        """The precinct point's phone, made from its code (no draw from the random stream, so
        the rest of the demo stays as it was)."""
        digits = f"{zlib.crc32(code.encode()) % 10_000_000:07d}"
        return f"+77212{digits}" if self.country == "KZ" else f"+99631{digits}"

    def user_row(self, p: _Precinct) -> Row:
        rng = self.rng
        group = _GROUPS[self.group_pick(rng)]
        male = rng.random() < 0.85
        surname, name, patronymic = self.person_name(group, male)
        rank = _Picker([r for r, _ in _RANKS], [w for _, w in _RANKS])(rng)
        initials = "".join(f"{x[0]}." for x in (name, patronymic) if x)
        p.speaker = f"участковый инспектор {self.police} {surname} {initials}"
        return {
            "id": p.inspector_id,
            "created_at": self.early(),
            "login": f"inspector{p.index}",
            "full_name": " ".join(x for x in (surname, name, patronymic) if x),
            "rank": f"{rank} {self.police}",
            "badge": f"{rng.randint(10, 99)}{rng.randint(0, 9999):04d}",
            "role": "inspector",
            "is_admin": 0,
            "device_id": None,  # the district's roster: signs in on no device of this one
            "active": 1,
            "sign_public": None,
            "certificate": None,
        }

    # --- people's names -----------------------------------------------------------------------

    def patronymic(self, group: _Group, father: str, male: bool) -> str:
        rng = self.rng
        if group.code == "kz" and rng.random() < 0.6:
            return father + ("ұлы" if male else "қызы")
        if group.code == "kg" and rng.random() < 0.3:
            return f"{father} {'уулу' if male else 'кызы'}"
        return russian_patronymic(father, male)

    def person_name(self, group: _Group, male: bool) -> tuple[str, str, str | None]:
        """A whole name for someone outside any generated family (inspectors, applicants)."""
        rng = self.rng
        surname = rng.choice(group.surnames)
        given = rng.choice(group.male if male else group.female)
        patronymic = self.patronymic(group, rng.choice(group.male), male)
        return (surname if male else feminine(surname)), given, patronymic

    def id_number(self, birth: int, female: int) -> str | None:
        """An IIN or PIN, unique in the run: serials count up per birth day and sex."""
        if self.rng.random() < 0.01:
            return None
        key = birth * 2 + female
        serial = self._id_serials.get(key)
        born = date.fromordinal(birth)
        sex = "F" if female else "M"
        if self.country == "KZ":
            if serial is None:
                serial = (birth * 37) % 5000
            number = make_iin(born, sex, serial)
            self._id_serials[key] = int(number[7:11]) + 1
        else:
            if serial is None:
                serial = (birth * 131) % 50000
            number = make_pin(born, sex, serial)
            self._id_serials[key] = serial + 1
        return number

    def phones(self) -> list[str]:
        rng = self.rng
        prefixes = _PHONE_PREFIXES[self.country]
        width = _PHONE_DIGITS[self.country]
        count = 2 if rng.random() < 0.1 else 1
        return [f"{rng.choice(prefixes)}{rng.randrange(10**width):0{width}d}" for _ in range(count)]

    def deadline(self, received: int) -> int:
        known = self._deadlines.get(received)
        if known is None:
            fn = self.spec.appeal_deadline
            known = received + 21 if fn is None else fn(date.fromordinal(received)).toordinal()
            self._deadlines[received] = known
        return known


_Member = tuple[int, int, str, str, str | None, int]  # female, age, surname, name, patr., parent


class _PrecinctRun:
    """One precinct: its households and people, then years of records about them.

    People and households live in compact arrays (ids as 16-byte strings, dates as ordinals)
    so a precinct of a million residents stays small while its records are made.
    """

    def __init__(self, gen: _Generator, precinct: _Precinct) -> None:
        self.g = gen
        self.rng = gen.rng
        self.p = precinct
        # people
        self.p_id = bytearray()
        self.p_birth = array("i")
        self.p_female = bytearray()
        self.p_household = array("i")
        self.p_created = array("i")
        self.p_parent = array("i")  # the mother (or father) living with a child, else -1
        self.p_surname = array("i")
        self.p_name = array("i")
        self.p_patronymic = array("i")
        # households
        self.h_id = bytearray()
        self.h_settlement = array("i")
        self.h_first = array("i")  # index of its first member; members are contiguous
        self.h_created = array("i")
        self.h_address: list[str] = []
        self.check_logs = 0
        self.overdue = 0
        # interned strings for the names
        self.strings: list[str] = [""]
        self.string_index: dict[str, int] = {"": 0}

    # --- ids and names ------------------------------------------------------------------------

    def new_id(self, store: bytearray) -> str:
        value = (self.rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET
        store += value.to_bytes(16, "big")
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    @staticmethod
    def id_at(store: bytearray, index: int) -> str:
        h = store[index * 16 : index * 16 + 16].hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pid(self, index: int) -> str:
        return self.id_at(self.p_id, index)

    def hid(self, index: int) -> str:
        return self.id_at(self.h_id, index)

    def intern(self, text: str | None) -> int:
        if text is None:
            return 0
        index = self.string_index.get(text)
        if index is None:
            index = self.string_index[text] = len(self.strings)
            self.strings.append(text)
        return index

    def full_name(self, person: int) -> str:
        parts = (
            self.strings[self.p_surname[person]],
            self.strings[self.p_name[person]],
            self.strings[self.p_patronymic[person]],
        )
        return " ".join(x for x in parts if x)

    def short_name(self, person: int) -> str:
        """«Иванова А.», as a companion is written in the log."""
        return f"{self.strings[self.p_surname[person]]} {self.strings[self.p_name[person]][0]}."

    def age(self, person: int, on: int) -> float:
        return (on - self.p_birth[person]) / _YEAR

    # --- the run ------------------------------------------------------------------------------

    def run(self) -> Iterator[Batch]:
        g = self.g
        household = 0
        for settlement_index, settlement in enumerate(self.p.settlements):
            numbers = [0] * len(settlement.streets)
            for _ in range(settlement.households):
                self.household(settlement_index, settlement, self.p.sizes[household], numbers)
                household += 1
                if household % 64 == 0 and g.pending() >= BATCH_SIZE:
                    yield from g.full()
        yield from g.drain()
        for step in (self.register, self.log, self.appeals, self.incidents):
            for count, _ in enumerate(step()):
                if count % 64 == 0 and g.pending() >= BATCH_SIZE:
                    yield from g.full()
            yield from g.drain()

    # --- households and people ----------------------------------------------------------------

    def household(
        self, s_index: int, settlement: _Settlement, size: int, numbers: list[int]
    ) -> None:
        g = self.g
        rng = self.rng
        hid = self.new_id(self.h_id)
        country = g.country
        prefix = f"{names.SETTLEMENT_PREFIX[country]} {settlement.name}"
        street_id: str | None = None
        house: str | None = None
        flat: str | None = None
        landmark: str | None = None
        lat: float | None = None
        lon: float | None = None
        roll = rng.random()
        if roll < 0.07 or not settlement.streets:
            landmark = rng.choice(names.LANDMARKS)
            address = f"{prefix}, {landmark}"
        else:
            k = rng.randrange(len(settlement.streets))
            street_id, street = settlement.streets[k]
            if s_index == 0 and roll > 0.93:  # a flat in one of the centre's two-storey blocks
                house = str(1 + rng.randrange(6))
                flat = str(1 + rng.randrange(16))
            else:
                numbers[k] += 1 + (rng.random() < 0.3)
                house = str(numbers[k]) + ("А" if rng.random() < 0.04 else "")
            if settlement.state_style:
                address = f"{prefix}, {street}, {house}" + (f", {flat}" if flat else "")
            else:
                address = f"{prefix}, {street}, д. {house}" + (f", кв. {flat}" if flat else "")
        if landmark is not None or rng.random() < 0.2:
            lat = round(settlement.lat + rng.uniform(-0.012, 0.012), 6)
            lon = round(settlement.lon + rng.uniform(-0.018, 0.018), 6)
        # Most households were entered in the first door-to-door round, some moved in later.
        if rng.random() < 0.85:
            created = g.start + rng.randint(0, 45)
        else:
            created = rng.randint(g.start, g.today)
        created = min(created, g.today)
        members = self.family(size)
        first = len(self.p_birth)
        births = [g.today - int(m[1] * _YEAR) - 1 - rng.randrange(364) for m in members]
        # The household is entered when its first member is; a baby comes after its birth.
        h_created = min(max(created, min(births) + 1), g.today)
        h_moment = g.local(h_created, 9, 19)
        h_index = len(self.h_first)
        self.h_settlement.append(s_index)
        self.h_first.append(first)
        self.h_created.append(h_created)
        self.h_address.append(address)
        g.add(
            "household",
            {
                "id": hid,
                "created_at": g.stamp(h_moment),
                "settlement_id": settlement.id,
                "street_id": street_id,
                "house": house,
                "flat": flat,
                "landmark": landmark,
                "latitude": lat,
                "longitude": lon,
                "notes": None,
            },
        )
        for k, ((female, age, surname, name, patronymic, parent), birth) in enumerate(
            zip(members, births, strict=True)
        ):
            # Entered with the household, one after another; a baby once born and registered.
            day = min(max(created, birth + rng.randint(5, 60)), g.today)
            moment = h_moment + 60 * (k + 1) if day == h_created else g.local(day, 9, 19)
            self.person(
                female, age, surname, name, patronymic,
                first + parent if parent >= 0 else -1,
                birth, day, moment, h_index, hid, settlement, address,
            )  # fmt: skip

    def person(
        self,
        female: int,
        age: int,
        surname: str,
        name: str,
        patronymic: str | None,
        parent: int,
        birth: int,
        created: int,
        moment: int,
        h_index: int,
        hid: str,
        settlement: _Settlement,
        address: str,
    ) -> None:
        g = self.g
        rng = self.rng
        pid = self.new_id(self.p_id)
        self.p_birth.append(birth)
        self.p_female.append(female)
        self.p_household.append(h_index)
        self.p_created.append(created)
        self.p_parent.append(parent)
        self.p_surname.append(self.intern(surname))
        self.p_name.append(self.intern(name))
        self.p_patronymic.append(self.intern(patronymic))
        workplace: str | None = None
        if 7 <= age <= 17:
            workplace = names.SCHOOL_PUPIL[g.country].format(s=settlement.name, g=age - 6)
        elif 18 <= age <= 22 and rng.random() < 0.5:
            workplace = rng.choice(names.COLLEGE_STUDENT)
        elif age >= (61 if female else 63):
            workplace = names.PENSIONER[female]
        elif age >= 18 and rng.random() < 0.75:
            workplace = rng.choice(names.WORKPLACES[g.country]).format(s=settlement.name)
        g.add(
            "person",
            {
                "id": pid,
                "created_at": g.stamp(moment),
                "surname": surname,
                "name": name,
                "patronymic": patronymic,
                "birth_date": g.day(birth),
                "sex": "F" if female else "M",
                "id_number": g.id_number(birth, female),
                "phones": g.phones() if age >= 16 and rng.random() < 0.7 else [],
                "address": address,
                "household_id": hid,
                "settlement_id": settlement.id,
                "workplace": workplace,
                "notes": rng.choice(names.PERSON_NOTES) if rng.random() < 0.03 else None,
                "precinct_id": self.p.id,
                "merged_into": None,
            },
        )

    def family(self, size: int) -> list[_Member]:
        """Members of one household: (female, age, surname, name, patronymic, parent index).

        Everyone bears the family's surname in its gendered form, wives included; children
        and the husband take their patronymic from their father. In the Kyrgyz families that
        write «Бакыт уулу» instead, the father's name is the surname and there is no patronymic.
        """
        rng = self.rng
        g = self.g
        group = _GROUPS[g.group_pick(rng)]
        by_father = group.code == "kg" and rng.random() < 0.15
        surname = rng.choice(group.surnames)

        def member(female: int, age: int, father: str, parent: int = -1) -> _Member:
            given = rng.choice(group.female if female else group.male)
            if by_father:
                return (
                    female,
                    age,
                    f"{father} {'кызы' if female else 'уулу'}",
                    given,
                    None,
                    parent,
                )
            family_name = feminine(surname) if female else surname
            return (
                female,
                age,
                family_name,
                given,
                g.patronymic(group, father, not female),
                parent,
            )

        def stranger() -> str:
            return rng.choice(group.male)

        if size == 1:
            if rng.random() < 0.6:  # a widow or widower
                return [member(int(rng.random() < 0.65), rng.randint(58, 90), stranger())]
            return [member(int(rng.random() < 0.4), rng.randint(20, 59), stranger())]
        roll = rng.random()
        if size == 2 and roll < 0.55:  # a couple
            age = rng.randint(22, 85)
            return [
                member(0, age, stranger()),
                member(1, max(19, age - rng.randint(0, 7)), stranger()),
            ]
        members: list[_Member] = []
        if roll < 0.22:  # a mother (or father) alone with children
            mother = int(rng.random() < 0.8)
            children = size - 1
            parent_age = rng.randint(max(20, 19 + children + 1), 60)
            members.append(member(mother, parent_age, stranger()))
            father = stranger() if mother else members[-1][3]
        else:  # a couple with children, and the husband's parents in a bigger household
            grand = 0
            if size >= 5 and rng.random() < 0.45:
                grand = 1 if size == 5 or rng.random() < 0.55 else 2
            children = size - 2 - grand
            parent_age = rng.randint(max(21, 19 + children + 2), 60)
            husband_age = parent_age + rng.randint(0, 7)
            grandfather = stranger()
            if grand:
                old = min(95, husband_age + rng.randint(22, 34))
                if grand == 2:
                    members.append(member(0, old, stranger()))
                    grandfather = members[-1][3]
                members.append(member(1, max(40, old - rng.randint(0, 6)), stranger()))
            members.append(member(0, husband_age, grandfather))
            father = members[-1][3]
            members.append(member(1, parent_age, stranger()))
        parent_index = len(members) - 1  # the mother, or the parent alone
        lo = max(0, parent_age - 42)
        span = range(lo, max(lo, parent_age - 19) + 1)
        ages = sorted(rng.sample(span, min(children, len(span))), reverse=True)
        while len(ages) < children:  # twins
            ages.append(ages[-1] if ages else 0)
        for age in ages:
            members.append(
                member(int(rng.random() < 0.49), age, father, parent_index if age < 18 else -1)
            )
        return members

    # --- picking people at a moment -------------------------------------------------------------

    def someone(self, on: int, min_age: float, max_age: float = 120.0, tries: int = 60) -> int:
        """A resident known to the inspector on that day and aged within the bounds, or -1."""
        rng = self.rng
        n = len(self.p_birth)
        # Two days' margin, so a calendar count of years agrees with these bounds.
        lo_birth = on - int(max_age * _YEAR) + 2
        hi_birth = on - int(min_age * _YEAR) - 2
        for _ in range(tries):
            i = rng.randrange(n)
            if self.p_created[i] <= on and lo_birth <= self.p_birth[i] <= hi_birth:
                return i
        return -1

    def some_household(self, on: int) -> int:
        rng = self.rng
        n = len(self.h_first)
        for _ in range(30):
            h = rng.randrange(n)
            if self.h_created[h] <= on:
                return h
        return 0

    def members(self, h: int) -> range:
        end = self.h_first[h + 1] if h + 1 < len(self.h_first) else len(self.p_birth)
        return range(self.h_first[h], end)

    def settlement_of(self, person: int) -> _Settlement:
        return self.p.settlements[self.h_settlement[self.p_household[person]]]

    # --- the preventive register --------------------------------------------------------------

    def register(self) -> Iterator[None]:
        g = self.g
        rng = self.rng
        categories = list(g.spec.categories)
        if not categories or g.today <= g.start:
            return
        adults = sum(1 for b in self.p_birth if g.today - b >= 18 * _YEAR)
        count = round(adults * _REGISTER_SHARE)
        check_log = "register_check" in g.log_kinds
        for _ in range(count):
            code, interval, duration = rng.choice(categories)
            start = rng.randint(g.start, g.today - 1)
            minor = ("minor" in code or "juvenile" in code) and "parent" not in code
            for _attempt in range(5):
                person = self.someone(start, 12, 17.9) if minor else self.someone(start, 18, 70)
                # Most people on the register are men; parents of minors are mostly mothers.
                female_share = 0.7 if "parent" in code else 0.15
                if person >= 0 and bool(self.p_female[person]) == (rng.random() < female_share):
                    break
            if person >= 0:
                self.entry(person, code, interval, duration, start, check_log)
                yield None

    def entry(
        self,
        person: int,
        code: str,
        interval: int | None,
        duration: int | None,
        start: int,
        check_log: bool,
    ) -> None:
        g = self.g
        rng = self.rng
        planned = start + duration if duration else None
        end: int | None
        reason: tuple[str, str | None] | None
        if planned is not None:
            end = planned if rng.random() < 0.85 else rng.randint(start, planned)
            reason = ("term_ended", None) if end == planned else rng.choice(names.END_REASONS)
        else:
            lo, hi = _match(code, _TYPICAL_DAYS)
            end = start + rng.randint(lo, hi)
            reason = rng.choice(names.END_REASONS)
        if end is not None and end > g.today:
            end, reason = None, None
        eid = g.uuid()
        pid = self.pid(person)
        basis = rng.choice(_match(code, names.REGISTER_BASES)).format(
            n=rng.randint(1, 999), d=self.dotted(start - rng.randint(0, 5))
        )
        risk: str | None = None
        if g.country == "KG" and ("protect" in code or "court" in code):
            risk = rng.choice(("low", "medium", "medium", "high"))
        g.add(
            "register_entry",
            {
                "id": eid,
                "created_at": g.entered(g.local(start, 9, 18), 48),
                "person_id": pid,
                "category": code,
                "basis": basis,
                "start_date": g.day(start),
                "planned_end": g.day(planned) if planned is not None else None,
                "end_date": g.day(end) if end is not None else None,
                "end_reason": reason[0] if reason else None,
                "end_note": reason[1] if reason else None,
                "risk_level": risk,
                "source": "probation" if "probation" in code else None,
                "precinct_id": self.p.id,
                "inspector_id": self.p.inspector_id,
                "notes": None,
            },
        )
        if not interval:
            return
        last = min(end if end is not None else g.today, g.today)
        behind = rng.random() < 0.2 or not self.overdue
        if end is None and start + 2 * interval < g.today and behind:
            # Checks fell behind: an overdue entry (at least one in every precinct).
            self.overdue += 1
            last = g.today - int(interval * rng.uniform(1.3, 3.0)) - 1
        jitter = interval // 5
        day = start + interval
        household = self.p_household[person]
        settlement = self.settlement_of(person)
        while day <= last:
            checked = day + (rng.randint(-jitter, jitter) if jitter else 0)
            if rng.random() >= 0.07 and checked <= last:  # some checks were missed
                self.check(eid, pid, checked, household, settlement, check_log)
            day = max(checked, day - jitter) + interval

    def check(
        self,
        entry_id: str,
        pid: str,
        on: int,
        household: int,
        settlement: _Settlement,
        check_log: bool,
    ) -> None:
        g = self.g
        rng = self.rng
        roll = rng.random()
        method = "visit" if roll < 0.8 else ("phone" if roll < 0.9 else "summons")
        result = rng.choice(names.CHECK_RESULTS[method])
        moment = g.local(on, 9, 21)
        check = {
            "id": g.uuid(),
            "created_at": g.entered(moment),
            "entry_id": entry_id,
            "person_id": pid,
            "checked_on": g.day(on),
            "method": method,
            "result": result,
            "notes": None,
            "inspector_id": self.p.inspector_id,
            "log_entry_id": None,
        }
        g.add("register_check", check)
        if check_log and method == "visit":
            self.check_logs += 1
            log = self.log_row(
                "register_check",
                moment,
                self.h_address[household],
                settlement.id,
                self.hid(household),
                [pid],
                None,
                rng.choice(names.LOG_SUMMARIES["register_check"]),
                result[0].upper() + result[1:],
                None,
            )
            check["log_entry_id"] = log["id"]  # the one piece of work, as the app records it
            g.add("log_entry", log)

    @staticmethod
    def dotted(ordinal: int) -> str:
        d = date.fromordinal(ordinal)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    # --- the log of preventive work -----------------------------------------------------------

    def log_row(
        self,
        kind: str,
        moment: int,
        place: str | None,
        settlement_id: str | None,
        household_id: str | None,
        person_ids: list[str],
        companion: str | None,
        summary: str,
        outcome: str | None,
        follow_up: int | None,
    ) -> Row:
        g = self.g
        return {
            "id": g.uuid(),
            "created_at": g.entered(moment, 20),
            "kind": kind,
            "at": g.stamp(moment),
            "place": place,
            "settlement_id": settlement_id,
            "household_id": household_id,
            "person_ids": person_ids,
            "companion": companion,
            "summary": summary,
            "outcome": outcome,
            "follow_up": g.day(follow_up) if follow_up is not None else None,
            "precinct_id": self.p.id,
            "inspector_id": self.p.inspector_id,
            "cancel_reason": None,
            "attendance": None,
            "police_speaker": None,
        }

    def log(self) -> Iterator[None]:
        g = self.g
        rng = self.rng
        if g.today <= g.start:
            return
        people = len(self.p_birth)
        years = (g.today - g.start) / _YEAR
        target = round(people * years * _LOG_RATE)
        already = self.check_logs  # the register's home visits are in the log too
        kinds = [k for k in g.log_kinds if k != "register_check" or not g.spec.categories]
        pick = _Picker(kinds, [_LOG_WEIGHTS.get(k, 4) for k in kinds])
        for _ in range(max(target - already, target // 3)):
            on = g.workday(g.start, g.today - 1)
            g.add("log_entry", self.log_entry(pick(rng), on))
            yield None

    def log_entry(self, kind: str, on: int) -> Row:
        g = self.g
        rng = self.rng
        settlement = self.p.settlements[0 if rng.random() < 0.5 else
                                        rng.randrange(len(self.p.settlements))]  # fmt: skip
        sname = settlement.name
        place: str | None = None
        household_id: str | None = None
        person_ids: list[str] = []
        companion: str | None = None
        follow_up: int | None = None
        summaries = names.LOG_SUMMARIES.get(kind)
        outcomes = names.LOG_OUTCOMES.get(kind)
        summary = rng.choice(summaries) if summaries else "Профилактическое мероприятие"
        outcome = rng.choice(outcomes) if outcomes else "Проведено"
        moment = g.local(on, 9, 19)
        if kind in ("round", "warning", "talk", "register_check"):
            person = -1
            if kind == "talk" and rng.random() < 0.35:
                person = self.someone(on, 10, 17.9)
                if person >= 0:
                    summary = rng.choice(names.MINOR_TALKS)
                    outcome = rng.choice(names.MINOR_TALK_OUTCOMES)
                    companion = self.companion(person)
            if person < 0:
                person = self.someone(on, 18, tries=1000)
            if person < 0:  # nobody known yet (a tiny precinct on its first day): a note alone
                return self.log_row(
                    kind, moment, place, settlement.id, None, [], None, summary, outcome, None
                )
            h = self.p_household[person]
            settlement = self.p.settlements[self.h_settlement[h]]
            if kind == "round":
                chosen = [i for i in self.members(h) if self.p_birth[i] <= on][: rng.randint(1, 3)]
                person_ids = [self.pid(i) for i in chosen] or [self.pid(person)]
            else:
                person_ids = [self.pid(person)]
            household_id = self.hid(h)
            place = self.h_address[h]
            if kind == "talk" and companion and rng.random() < 0.5:
                place = f"{names.PLACES['talk'][1].format(s=settlement.name)}"
                household_id = None
            if kind in ("talk", "warning") and rng.random() < 0.3:
                follow_up = on + rng.randint(7, 30)
        else:
            place = rng.choice(names.PLACES.get(kind, ("с. {s}",))).format(s=sname)
            if kind == "reception":
                moment = g.local(on, 17, 20)
                for _ in range(rng.randint(0, 3)):
                    person = self.someone(on, 18)
                    if person >= 0:
                        person_ids.append(self.pid(person))
            elif kind == "raid":
                moment = g.local(on, 20, 26)
                for _ in range(rng.randint(0, 2)):
                    person = self.someone(on, 14, 40)
                    if person >= 0:
                        person_ids.append(self.pid(person))
            elif kind in MEETING_KINDS:
                moment = g.local(on, 10, 18)
        row = self.log_row(
            kind,
            moment,
            place,
            settlement.id,
            household_id,
            person_ids,
            companion,
            summary,
            outcome,
            follow_up,
        )
        if kind in MEETING_KINDS:
            row["attendance"] = (
                rng.randint(6, 15) if kind == "public_council" else rng.randint(12, 140)
            )
            row["police_speaker"] = self.p.speaker
            for _ in range(rng.choices((0, 1, 2, 3), (3, 4, 2, 1))[0]):
                g.add("proposal", self.proposal(row["id"], on, sname))
        return row

    def proposal(self, log_id: str, on: int, settlement: str) -> Row:
        """A question raised at a meeting, taken into work and mostly answered."""
        g = self.g
        rng = self.rng
        text, answer = rng.choice(names.PROPOSALS)
        days = g.spec.proposal_answer_days or 30
        # most are answered in time; those of the last weeks may still be open
        recent = on > g.today - days - 30
        weights = (6, 1, 2, 1) if recent else (12, 2, 0, 0)
        status = rng.choices(("done", "declined", "in_work", "received"), weights)[0]
        answered = on + rng.randint(3, days + 10)
        if answered >= g.today:
            status = "in_work" if status in ("done", "declined") else status
        closed = status in ("done", "declined")
        if status == "declined":
            answer = rng.choice(names.PROPOSAL_DECLINES)
        raised_by = (
            rng.choice(names.PROPOSAL_RAISERS).format(s=settlement) if rng.random() < 0.5 else None
        )
        return {
            "id": g.uuid(),
            "created_at": g.entered(g.local(on, 10, 18), 20),
            "log_entry_id": log_id,
            "appeal_id": None,
            "raised_on": g.day(on),
            "raised_by_person_id": None,
            "raised_by": raised_by or rng.choice(names.PROPOSAL_RAISERS[:1]).format(s=settlement),
            "text": text,
            "assignee": rng.choice(names.PROPOSAL_ASSIGNEES),
            "due": g.day(on + days),
            "status": status,
            "answer": answer if closed else None,
            "answered_on": g.day(answered) if closed else None,
            "precinct_id": self.p.id,
            "inspector_id": self.p.inspector_id,
        }

    def companion(self, minor: int) -> str:
        rng = self.rng
        parent = self.p_parent[minor]
        if parent >= 0 and rng.random() < 0.75:
            relation = "мать" if self.p_female[parent] else "отец"
            return f"{relation}, {self.short_name(parent)}"
        group = _GROUPS[self.g.group_pick(rng)]
        female = rng.random() < 0.75
        surname, name, patronymic = self.g.person_name(group, not female)
        initials = name[0] + "." + (patronymic[0] + "." if patronymic else "")
        return f"{rng.choice(names.TEACHER_COMPANIONS)}, {surname} {initials}"

    # --- appeals ------------------------------------------------------------------------------

    def appeals(self) -> Iterator[None]:
        g = self.g
        rng = self.rng
        years = (g.today - g.start) / _YEAR
        count = round(len(self.p_birth) * years * _APPEAL_RATE)
        if count == 0 or g.today <= g.start:
            return
        today = g.today
        plan: list[tuple[int, str]] = [(g.workday(g.start, today), "") for _ in range(count)]
        # The newest appeals show every open status, as on any inspector's desk.
        forced = (
            (today, "registered"),
            (today - rng.randint(1, 5), "in_progress"),
            (self.extendable(today - rng.randint(17, 22)), "extended"),
            (today - rng.randint(5, 16), "forwarded"),
        )
        for k, (day, status) in enumerate(forced[: max(0, count - 1)]):
            plan[k] = (max(g.start, day), status)
        plan.sort()
        channel = _Picker(g.channels, [_CHANNEL_WEIGHTS.get(c, 10) for c in g.channels])
        seq: dict[str, int] = {}
        for day, status in plan:
            self.appeal(day, status or None, channel(rng), seq)
            yield None

    def extendable(self, day: int) -> int:
        """That day, or an earlier one whose appeal deadline leaves room for an extension."""
        for earlier in range(day, day - 60, -1):
            if self.g.deadline(earlier) < earlier + _EXTENDED_DAYS:
                return earlier
        return day

    def appeal(self, day: int, forced: str | None, channel: str, seq: dict[str, int]) -> None:
        g = self.g
        rng = self.rng
        today = g.today
        received = g.local(day, 9, 18) if channel != "reception" else g.local(day, 17, 20)
        deadline = g.deadline(day)
        year = g.day(day)[:4]
        seq[year] = seq.get(year, 0) + 1
        applicant = self.someone(day, 18) if rng.random() < 0.92 else -1
        if applicant >= 0:
            applicant_id: str | None = self.pid(applicant)
            applicant_name = self.full_name(applicant)
        else:
            applicant_id = None
            group = _GROUPS[g.group_pick(rng)]
            applicant_name = " ".join(x for x in g.person_name(group, rng.random() < 0.5) if x)
        summary, decision_text = rng.choice(names.APPEALS)

        # What happens to it, in order; each step only if it has happened by today.
        def after(on: int) -> int:
            """A moment on that day, later than the step before."""
            return max(events[-1][0] + 600, g.local(on, 9, 18))

        events: list[tuple[int, str, str, int | None]] = [
            (
                received,
                "registered",
                f"Зарегистрировано ({_CHANNEL_WORDS.get(channel, channel)})",
                None,
            )
        ]
        status = "registered"
        extended_to: int | None = None
        extended_on: int | None = None
        cancelled_on: int | None = None
        forwarded_to: str | None = None
        forwarded_on: int | None = None
        decided_on: int | None = None
        decision: str | None = None
        last_day = today if forced != "registered" else today - 1
        started = day + rng.randint(0, 1)
        taken_on: int | None = None
        if forced != "registered" and started <= last_day:
            taken_on = started
            events.append((after(started), "in_progress", "Передано участковому инспектору", None))
            status = "in_progress"
        roll = rng.random()
        if forced == "forwarded" or (forced is None and roll < 0.08):
            forward_day = day + rng.randint(1, 3)
            if forward_day <= last_day:
                forwarded_to = rng.choice(names.FORWARD_TO[g.country])
                forwarded_on = forward_day
                events.append(
                    (after(forward_day), "forwarded",
                     f"Направлено по подведомственности: {forwarded_to}", None)
                )  # fmt: skip
                status = "forwarded"
        elif forced in (None, "extended") and status == "in_progress":
            end = deadline
            # Extended to 30 days from receipt: within either country's maximum, and only
            # where that is later than the deadline (holidays can push it past 30 days).
            if (forced == "extended" or roll < 0.14) and deadline < day + _EXTENDED_DAYS:
                extend_day = max(started, deadline - rng.randint(1, 4))
                if forced == "extended":
                    extend_day = min(extend_day, last_day)
                if extend_day <= last_day:
                    extended_to = day + _EXTENDED_DAYS
                    extended_on = extend_day
                    end = extended_to
                    events.append(
                        (after(extend_day), "extended", _EXTENSION_REASON, extended_to)
                    )  # fmt: skip
                    status = "extended"
            if forced is None:
                if rng.random() < 0.93:
                    decide = rng.randint(min(started + 1, end), end)
                else:
                    decide = end + rng.randint(1, 12)  # answered late
                if decide <= last_day:
                    decided_on = decide
                    decision = decision_text if decide <= end else rng.choice(names.DECISIONS_LATE)
                    events.append((after(decide), "decided", decision, None))
                    status = "decided"
        aid = g.uuid()
        registered_at = g.entered(received, 0.5)
        g.add(
            "appeal",
            {
                "id": aid,
                "created_at": registered_at,
                "number": f"{self.p.prefix}-{year}-{seq[year]:06d}",
                "received_at": g.stamp(received),
                "registered_at": registered_at,
                "kind": "application",
                "extended_on": g.day(extended_on) if extended_on is not None else None,
                "extended_from": g.day(deadline) if extended_on is not None else None,
                "extension_entered_on": g.day(extended_on) if extended_on is not None else None,
                "extension_authorised_by": _HEAD[g.country] if extended_on is not None else None,
                "extension_reason": _EXTENSION_REASON if extended_on is not None else None,
                "cancelled_on": g.day(cancelled_on) if cancelled_on is not None else None,
                "cancel_reason": _CANCEL_REASON if cancelled_on is not None else None,
                "anonymous": 0,
                "collective": 0,
                "earlier_id": None,
                "about_officer_id": None,
                "language": None,
                "taken_by": self.p.inspector_id if taken_on is not None else None,
                "taken_on": g.day(taken_on) if taken_on is not None else None,
                # the applicant told of an extension the next day
                "notified_on": g.day(extended_on + 1) if extended_on is not None else None,
                "notify_late_reason": None,
                "forward_late_reason": None,
                "channel": channel,
                "applicant_id": applicant_id,
                "applicant_name": applicant_name,
                "summary": summary,
                "deadline": g.day(deadline),
                "status": status,
                "extended_to": g.day(extended_to) if extended_to is not None else None,
                "forwarded_to": forwarded_to,
                "forwarded_on": g.day(forwarded_on) if forwarded_on is not None else None,
                "decision": decision,
                "decided_on": g.day(decided_on) if decided_on is not None else None,
                "precinct_id": self.p.id,
                "inspector_id": self.p.inspector_id,
            },
        )
        for moment, kind, detail, new_deadline in events:
            g.add(
                "appeal_event",
                {
                    "id": g.uuid(),
                    "created_at": g.entered(moment, 0.5),
                    "appeal_id": aid,
                    "at": g.stamp(moment),
                    "kind": kind,
                    "detail": detail,
                    "new_deadline": g.day(new_deadline) if new_deadline is not None else None,
                    "authorised_by": _HEAD[g.country] if kind == "extended" else None,
                    "on_date": None,
                    "late": 0,
                },
            )

    # --- incidents ----------------------------------------------------------------------------

    def incidents(self) -> Iterator[None]:
        g = self.g
        rng = self.rng
        years = (g.today - g.start) / _YEAR
        count = round(len(self.p_birth) * years * _INCIDENT_RATE)
        if count == 0 or g.today <= g.start:
            return
        kinds = _Picker(g.incident_kinds, [_INCIDENT_WEIGHTS.get(k, 5) for k in g.incident_kinds])
        seq: dict[str, int] = {}
        external = 0
        for day in sorted(rng.randint(g.start, g.today - 1) for _ in range(count)):
            yield None
            external += rng.randint(1, 40)
            self.incident(day, kinds(rng), seq, external)

    def incident(self, day: int, kind: str, seq: dict[str, int], external: int) -> None:
        g = self.g
        rng = self.rng
        year = g.day(day)[:4]
        seq[year] = seq.get(year, 0) + 1
        night = rng.random() < 0.35
        moment = g.local(day, 20, 29) if night else g.local(day, 8, 20)
        summary, measures = rng.choice(_match(kind, names.INCIDENTS))
        # The people: by kind, from the households of the precinct.
        roles: list[tuple[int, str]] = []
        h = self.some_household(day)
        settlement = self.p.settlements[self.h_settlement[h]]
        at_home = any(w in kind for w in ("domestic", "theft", "fire"))
        place = (
            self.h_address[h]
            if at_home
            else rng.choice(names.PLACES["incident"]).format(s=settlement.name)
        )
        known = [i for i in self.members(h) if self.p_birth[i] <= day - 16 * _YEAR]
        if "domestic" in kind:
            women = [i for i in known if self.p_female[i]]
            men = [i for i in known if not self.p_female[i]]
            if women:
                roles.append((women[-1], "victim"))
            if men:
                roles.append((men[-1], "suspect"))
        elif "missing" in kind:
            members = [i for i in self.members(h) if self.p_birth[i] <= day]
            roles.append((rng.choice(members), "other"))
            if known:
                roles.append((known[0], "applicant"))
        elif known:
            roles.append((rng.choice(known), "victim" if rng.random() < 0.7 else "applicant"))
            if rng.random() < 0.5:
                suspect = self.someone(day, 16, 60)
                if suspect >= 0:
                    roles.append((suspect, "suspect"))
        if rng.random() < 0.3:
            witness = self.someone(day, 18)
            if witness >= 0:
                roles.append((witness, "witness"))
        # the number in the country's external register (its form: reference data) and what
        # came of the note
        register: str | None = None
        external_number: str | None = None
        outcome: str | None = rng.choice(("no_offence", "administrative", None))
        if rng.random() < 0.45:
            yy = g.day(day)[2:4]
            if rng.random() < 0.7:
                register = "kui" if g.country == "KZ" else "kup"
                external_number = str(external)
                outcome = rng.choice(
                    ("administrative", "no_offence", "passed_on", "joined", "criminal_case")
                )
            else:
                register = "erdr" if g.country == "KZ" else "erpp"
                external_number = f"{yy}{rng.randint(1000, 1999)}031{external:06d}"
                outcome = "criminal_case"
        iid = g.uuid()
        g.add(
            "incident",
            {
                "id": iid,
                "created_at": g.entered(moment, 30),
                "number": f"{self.p.prefix}-{year}-{seq[year]:05d}",
                "occurred_at": g.stamp(moment),
                "place": place,
                "settlement_id": settlement.id,
                "kind": kind,
                "summary": summary,
                "measures": measures,
                "external_number": external_number,
                "precinct_id": self.p.id,
                "inspector_id": self.p.inspector_id,
                "register": register,
                "outcome": outcome,
            },
        )
        seen: set[int] = set()
        for person, role in roles:
            if person in seen:
                continue
            seen.add(person)
            g.add(
                "incident_person",
                {
                    "id": g.uuid(),
                    "created_at": g.entered(moment, 30),
                    "incident_id": iid,
                    "person_id": self.pid(person),
                    "role": role,
                },
            )
