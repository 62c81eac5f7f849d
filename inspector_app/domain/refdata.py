"""Reference data of a country: register categories, appeal rules, kinds, calendar changes.

It lives in data (resources/refdata/<country>.json, then the `reference` table, sent down in
sync packages) because the figures change with the law. This module only checks the shape of
what the caller has parsed; it never reads files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from types import MappingProxyType
from typing import Any

from inspector_app.domain.calendar import WorkingCalendar
from inspector_app.domain.errors import AppError
from inspector_app.domain.model import COUNTRIES
from inspector_app.domain.rules import AppealRule

FALLBACK_LANGUAGE = "ru"  # the police's working language in both countries


@dataclass(frozen=True)
class Kind:
    """A coded choice (channel, log kind, incident kind, role) with its names per language."""

    code: str
    names: Mapping[str, str]


@dataclass(frozen=True)
class Category:
    """A preventive register category; day counts are None where the law sets none."""

    code: str
    names: Mapping[str, str]
    check_interval_days: int | None
    duration_days: int | None
    min_days: int | None
    max_days: int | None
    # Threat levels recorded with each entry (KG protection orders); empty for most categories.
    risk_levels: tuple[Kind, ...] = ()
    risk_level_required: bool = False
    # Only people younger than this on the start day (minors); None: any age.
    age_below: int | None = None


@dataclass(frozen=True)
class RemovalReason:
    """Why a person came off the register; `needs_text`: the reason is also put in words."""

    code: str
    names: Mapping[str, str]
    needs_text: bool = False


@dataclass(frozen=True)
class IncidentRegister:
    """An external register an incident is entered in (КУИ, ЕРДР; КУП, ЕРПП) and the form of
    its numbers, a regular expression the whole number must match."""

    code: str
    names: Mapping[str, str]
    pattern: str
    example: str

    def accepts(self, number: str) -> bool:
        return re.fullmatch(self.pattern, number) is not None


@dataclass(frozen=True)
class Partnership:
    """Figures of the work with residents."""

    report_to_residents_months: int | None = None  # None: no rule known
    proposal_answer_days: int | None = None


_KIND_LISTS = (
    "appeal_channels",
    "log_kinds",
    "incident_kinds",
    "incident_roles",
    "incident_outcomes",
    "appeal_kinds",
    "removal_reasons",
    "incident_registers",
)
# Lists added after the first databases were made: a stored document without them gets them
# from the shipped file (services.session), and they parse as empty here.
_OPTIONAL_LISTS = ("incident_outcomes", "removal_reasons", "incident_registers", "appeal_kinds")


@dataclass(frozen=True)
class ReferenceData:
    country: str
    categories: tuple[Category, ...]
    appeal_rules: tuple[AppealRule, ...]
    appeal_channels: tuple[Kind, ...]
    log_kinds: tuple[Kind, ...]
    incident_kinds: tuple[Kind, ...]
    incident_roles: tuple[Kind, ...]
    extra_holidays: tuple[date, ...]
    extra_workdays: tuple[date, ...]
    incident_outcomes: tuple[Kind, ...] = ()
    removal_reasons: tuple[RemovalReason, ...] = ()
    incident_registers: tuple[IncidentRegister, ...] = ()
    partnership: Partnership = Partnership()
    # the kinds of appeal the country's law names (application, complaint, proposal, ...)
    appeal_kinds: tuple[Kind, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReferenceData:
        """Build from parsed JSON; AppError("refdata.invalid", detail=...) on any bad shape."""
        root = _mapping(data, "reference data")
        country = root.get("country")
        if country not in COUNTRIES:
            raise _invalid(f"country: {country!r} is not one of {', '.join(COUNTRIES)}")
        calendar = _mapping(root.get("calendar", {}), "calendar")
        extra_holidays = _dates(calendar.get("extra_holidays", []), "calendar.extra_holidays")
        extra_workdays = _dates(calendar.get("extra_workdays", []), "calendar.extra_workdays")
        both = sorted(set(extra_holidays) & set(extra_workdays))
        if both:
            raise _invalid(f"calendar: {both[0].isoformat()} is both a holiday and a workday")
        kinds = {
            name: _kinds(root.get(name, [] if name in _OPTIONAL_LISTS else None), name)
            for name in _KIND_LISTS[:6]  # the lists of plain kinds; the others parse apart
        }
        return cls(
            country=country,
            categories=_categories(root.get("register_categories")),
            appeal_rules=_appeal_rules(root.get("appeal_rules")),
            appeal_channels=kinds["appeal_channels"],
            log_kinds=kinds["log_kinds"],
            incident_kinds=kinds["incident_kinds"],
            incident_roles=kinds["incident_roles"],
            appeal_kinds=kinds["appeal_kinds"],
            extra_holidays=extra_holidays,
            extra_workdays=extra_workdays,
            incident_outcomes=kinds["incident_outcomes"],
            removal_reasons=_removal_reasons(root.get("removal_reasons", [])),
            incident_registers=_incident_registers(root.get("incident_registers", [])),
            partnership=_partnership(root.get("partnership", {})),
        )

    def category(self, code: str) -> Category:
        for category in self.categories:
            if category.code == code:
                return category
        raise AppError("category.unknown", code=code)

    def name_of(self, kind_list_name: str, code: str, lang: str) -> str:
        """The name of a code in `lang`, else in Russian, else the code itself.

        `kind_list_name` is "register_categories" (or "categories") or one of the kind lists.
        An unknown code shows as itself: data from a newer package must still display.
        """
        items: tuple[Kind | Category | RemovalReason | IncidentRegister, ...]
        if kind_list_name in ("register_categories", "categories"):
            items = self.categories
        elif kind_list_name in _KIND_LISTS:
            items = getattr(self, kind_list_name)
        else:
            raise AppError("refdata.unknown_list", name=kind_list_name)
        for item in items:
            if item.code == code:
                return item.names.get(lang) or item.names.get(FALLBACK_LANGUAGE) or code
        return code

    def removal_reason(self, code: str) -> RemovalReason:
        for reason in self.removal_reasons:
            if reason.code == code:
                return reason
        raise AppError("register.removal_reason_unknown", code=code)

    def removal_words(self, code: str | None, note: str | None, lang: str) -> str:
        """Why an entry ended, in words: the reason's name, and the note when there is one.
        A free text from before reasons were coded shows as itself."""
        if not code:
            return note or ""
        name = self.name_of("removal_reasons", code, lang)
        return f"{name}: {note}" if note else name

    def incident_register(self, code: str) -> IncidentRegister:
        for register in self.incident_registers:
            if register.code == code:
                return register
        raise AppError("incident.register_unknown", code=code)

    def calendar(self) -> WorkingCalendar:
        """The country's working calendar with these changes (built once, then shared)."""
        return self._calendar

    @cached_property
    def _calendar(self) -> WorkingCalendar:
        return WorkingCalendar(self.country, self.extra_holidays, self.extra_workdays)


# --- shape checks -----------------------------------------------------------------------------


def _invalid(detail: str) -> AppError:
    return AppError("refdata.invalid", detail=detail)


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _invalid(f"{where}: expected an object")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _invalid(f"{where}: expected a list")
    return value


def _code(item: Mapping[str, Any], where: str) -> str:
    code = item.get("code")
    if not isinstance(code, str) or not code.strip():
        raise _invalid(f"{where}.code: expected a non-empty text")
    return code


def _names(value: object, where: str) -> Mapping[str, str]:
    names = _mapping(value, where)
    for lang, name in names.items():
        if not isinstance(name, str) or not name.strip():
            raise _invalid(f"{where}.{lang}: expected a non-empty text")
    if FALLBACK_LANGUAGE not in names:
        raise _invalid(f"{where}: a {FALLBACK_LANGUAGE} name is required")
    return MappingProxyType(dict(names))


def _days(item: Mapping[str, Any], key: str, where: str, *, minimum: int = 1) -> int | None:
    value = item.get(key)
    if value is None:
        return None
    # bool is an int in Python, but true is no number of days
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _invalid(f"{where}.{key}: expected null or a whole number >= {minimum}")
    return value


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: object, where: str) -> date:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _invalid(f"{where}: expected a date as YYYY-MM-DD")


def _dates(value: object, where: str) -> tuple[date, ...]:
    return tuple(_date(v, f"{where}[{i}]") for i, v in enumerate(_list(value, where)))


def _unique(codes: list[str], where: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise _invalid(f"{where}: code {code!r} appears twice")
        seen.add(code)


def _kinds(value: object, where: str) -> tuple[Kind, ...]:
    kinds: list[Kind] = []
    for i, raw in enumerate(_list(value, where)):
        at = f"{where}[{i}]"
        item = _mapping(raw, at)
        kinds.append(Kind(_code(item, at), _names(item.get("names"), f"{at}.names")))
    _unique([k.code for k in kinds], where)
    return tuple(kinds)


def _categories(value: object) -> tuple[Category, ...]:
    where = "register_categories"
    categories: list[Category] = []
    for i, raw in enumerate(_list(value, where)):
        at = f"{where}[{i}]"
        item = _mapping(raw, at)
        min_days = _days(item, "min_days", at)
        max_days = _days(item, "max_days", at)
        if min_days is not None and max_days is not None and min_days > max_days:
            raise _invalid(f"{at}: min_days is greater than max_days")
        categories.append(
            Category(
                code=_code(item, at),
                names=_names(item.get("names"), f"{at}.names"),
                check_interval_days=_days(item, "check_interval_days", at),
                duration_days=_days(item, "duration_days", at),
                min_days=min_days,
                max_days=max_days,
                risk_levels=_kinds(item.get("risk_levels", []), f"{at}.risk_levels"),
                risk_level_required=_flag(item, "risk_level_required", at),
                age_below=_days(item, "age_below", at),
            )
        )
        if categories[-1].risk_level_required and not categories[-1].risk_levels:
            raise _invalid(f"{at}: risk_level_required without risk_levels")
    _unique([c.code for c in categories], where)
    return tuple(categories)


def _appeal_rules(value: object) -> tuple[AppealRule, ...]:
    where = "appeal_rules"
    rules: list[AppealRule] = []
    for i, raw in enumerate(_list(value, where)):
        at = f"{where}[{i}]"
        item = _mapping(raw, at)
        deadline = _days(item, "deadline_working_days", at)
        if deadline is None:
            raise _invalid(f"{at}.deadline_working_days: required")
        rules.append(
            AppealRule(
                valid_from=_date(item.get("valid_from"), f"{at}.valid_from"),
                deadline_working_days=deadline,
                max_extension_days=_days(item, "max_extension_days", at),
                notify_extension_working_days=_days(item, "notify_extension_working_days", at),
                forward_working_days=_days(item, "forward_working_days", at),
                register_working_days=_days(item, "register_working_days", at, minimum=0),
                max_extension_months=_days(item, "max_extension_months", at),
            )
        )
    _unique([r.valid_from.isoformat() for r in rules], where)
    return tuple(rules)


def _flag(item: Mapping[str, Any], key: str, where: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise _invalid(f"{where}.{key}: expected true or false")
    return value


def _removal_reasons(value: object) -> tuple[RemovalReason, ...]:
    where = "removal_reasons"
    reasons: list[RemovalReason] = []
    for i, raw in enumerate(_list(value, where)):
        at = f"{where}[{i}]"
        item = _mapping(raw, at)
        reasons.append(
            RemovalReason(
                _code(item, at),
                _names(item.get("names"), f"{at}.names"),
                _flag(item, "needs_text", at),
            )
        )
    _unique([r.code for r in reasons], where)
    return tuple(reasons)


def _incident_registers(value: object) -> tuple[IncidentRegister, ...]:
    where = "incident_registers"
    registers: list[IncidentRegister] = []
    for i, raw in enumerate(_list(value, where)):
        at = f"{where}[{i}]"
        item = _mapping(raw, at)
        pattern, example = item.get("pattern"), item.get("example")
        if not isinstance(pattern, str) or not isinstance(example, str):
            raise _invalid(f"{at}: pattern and example must be texts")
        try:
            compiled = re.compile(pattern)
        except re.error:
            raise _invalid(f"{at}.pattern: not a regular expression") from None
        if compiled.fullmatch(example) is None:
            raise _invalid(f"{at}.example: does not match its pattern")
        registers.append(
            IncidentRegister(
                _code(item, at), _names(item.get("names"), f"{at}.names"), pattern, example
            )
        )
    _unique([r.code for r in registers], where)
    return tuple(registers)


def _partnership(value: object) -> Partnership:
    item = _mapping(value, "partnership")
    defaults = Partnership()
    return Partnership(
        report_to_residents_months=_days(item, "report_to_residents_months", "partnership")
        if "report_to_residents_months" in item
        else defaults.report_to_residents_months,
        proposal_answer_days=_days(item, "proposal_answer_days", "partnership")
        if "proposal_answer_days" in item
        else defaults.proposal_answer_days,
    )
