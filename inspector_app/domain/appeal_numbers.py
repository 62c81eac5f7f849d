"""Appeal registration numbers: the precinct prefix, the year, a gapless sequence per device
and year, e.g. 07-2026-000123. A device restored from a backup starts a new series, marked
with its epoch (07.TPOYD7-2026-000001), so it never hands out a number twice; the chief's
check reads the numbers back and finds gaps, duplicates and reused numbers."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# the format since the numbering rules of 2026, and the older one (year in two digits)
_NUMBER = re.compile(r"(?P<prefix>.+?)(?:\.(?P<mark>[0-9A-Z]+))?-(?P<year>\d{4})-(?P<seq>\d{6})")
_OLD_NUMBER = re.compile(
    r"(?P<prefix>.+?)(?:\.(?P<mark>[0-9A-Z]+))?-(?P<year>\d{2})-(?P<seq>\d{5})"
)


def base36(number: int) -> str:
    """A restored device's epoch (a moment in seconds) as a short mark: 1796673787 is TPOYD7."""
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = _DIGITS[rest] + text
    return text or "0"


def epoch_mark(epoch: int) -> str:
    """The series mark of an epoch: none for the device's first."""
    return f".{base36(epoch)}" if epoch > 1 else ""


def series_head(prefix: str, epoch: int, year: int) -> str:
    """What every number of a series starts with, before its sequence."""
    return f"{prefix}{epoch_mark(epoch)}-{year:04d}-"


def format_number(prefix: str, epoch: int, year: int, sequence: int) -> str:
    return f"{series_head(prefix, epoch, year)}{sequence:06d}"


@dataclass(frozen=True)
class ParsedNumber:
    prefix: str
    epoch: int  # 1 without a mark
    year: int
    sequence: int


def parse_number(number: str) -> ParsedNumber | None:
    """The parts of a number, or None for a number of no known format."""
    match = _NUMBER.fullmatch(number)
    year_base = 0
    if match is None:
        match = _OLD_NUMBER.fullmatch(number)
        year_base = 2000
    if match is None:
        return None
    mark = match["mark"]
    return ParsedNumber(
        prefix=match["prefix"],
        epoch=int(mark, 36) if mark else 1,
        year=year_base + int(match["year"]),
        sequence=int(match["seq"]),
    )


@dataclass(frozen=True)
class Numbered:
    """An appeal as the numbering check sees it."""

    id: str
    number: str
    registered_at: str  # ISO UTC moment, for the order of registration
    device: str = ""  # the device that registered it


@dataclass(frozen=True)
class NumberingFinding:
    """What the check found in one series (prefix, epoch, year).

    kind: "gap" (numbers missing inside the series), "duplicate" (one number on two appeals),
    "reused" (a number handed out again after higher ones: the counter went back),
    "new_series" (expected: the device was restored from a backup on `restored_on` and
    started a new series; the old one simply ends), or "new_prefix" (expected: the chief gave
    the device this prefix on `restored_on`, and it began a new series under it)."""

    kind: str
    prefix: str
    year: int
    epoch: int
    numbers: tuple[str, ...]
    restored_on: date | None = None
    device: str = ""  # the device whose series it is (that registered its first number)

    @property
    def expected(self) -> bool:
        return self.kind in ("new_series", "new_prefix")


def _epoch_day(epoch: int) -> date | None:
    # a restore's epoch is the Unix time it happened; small epochs are plain counters
    return datetime.fromtimestamp(epoch, UTC).date() if epoch > 10**9 else None


def check_numbering(
    appeals: Iterable[Numbered], reassigned: Mapping[str, date] | None = None
) -> list[NumberingFinding]:
    """Gaps, duplicates and reused numbers in each series, and the new series restores began.
    `reassigned`: the prefixes the chief gave devices after `init`, with the day; the first
    series under each is shown as expected."""
    reassigned = reassigned or {}
    announced: set[str] = set()
    series: dict[tuple[str, int, int], list[tuple[ParsedNumber, Numbered]]] = defaultdict(list)
    for appeal in appeals:
        parsed = parse_number(appeal.number)
        if parsed is not None:
            series[(parsed.prefix, parsed.epoch, parsed.year)].append((parsed, appeal))
    findings: list[NumberingFinding] = []
    for (prefix, epoch, year), members in sorted(series.items()):
        # registered in the same second: in the order of their numbers, never read as reuse
        members.sort(key=lambda m: (m[1].registered_at, m[0].sequence, m[1].id))
        by_sequence: dict[int, list[Numbered]] = defaultdict(list)
        reused: list[str] = []
        highest = 0
        for parsed, appeal in members:
            if by_sequence[parsed.sequence] and parsed.sequence < highest:
                reused.append(appeal.number)
            by_sequence[parsed.sequence].append(appeal)
            highest = max(highest, parsed.sequence)
        duplicates = sorted(
            {a.number for seq, found in by_sequence.items() if len(found) > 1 for a in found}
            - set(reused)
        )
        device = members[0][1].device
        head = series_head(prefix, epoch, year) if len(str(year)) == 4 else None
        missing = [s for s in range(1, highest + 1) if s not in by_sequence]
        if missing:
            names = tuple(
                format_number(prefix, epoch, year, s) if head else str(s) for s in missing
            )
            findings.append(NumberingFinding("gap", prefix, year, epoch, names, device=device))
        if duplicates:
            findings.append(
                NumberingFinding("duplicate", prefix, year, epoch, tuple(duplicates), device=device)
            )
        if reused:
            findings.append(
                NumberingFinding("reused", prefix, year, epoch, tuple(reused), device=device)
            )
        if epoch == 1 and prefix in reassigned and prefix not in announced:
            announced.add(prefix)  # the first year's series under it (sorted by year)
            findings.append(
                NumberingFinding(
                    "new_prefix",
                    prefix,
                    year,
                    epoch,
                    (members[0][1].number,),
                    reassigned[prefix],
                    device,
                )
            )
        if epoch > 1:
            first = members[0][1].number
            findings.append(
                NumberingFinding(
                    "new_series", prefix, year, epoch, (first,), _epoch_day(epoch), device
                )
            )
    return findings
