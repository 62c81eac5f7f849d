"""Reference data: the shipped files load, bad shapes are refused."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.refdata import Category, Kind, ReferenceData
from inspector_app.domain.rules import appeal_deadline, pick_rule

REFDATA = Path(__file__).resolve().parents[3] / "resources" / "refdata"
LANGUAGES = ("ru", "kk", "ky", "en")


def _raw(country: str) -> dict[str, Any]:
    with (REFDATA / f"{country}.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@pytest.fixture(scope="module", params=["KZ", "KG"])
def shipped(request: pytest.FixtureRequest) -> ReferenceData:
    return ReferenceData.from_json(_raw(request.param))


def test_shipped_files_load(shipped: ReferenceData) -> None:
    assert shipped.country in ("KZ", "KG")
    assert shipped.categories and shipped.appeal_rules


def test_every_name_is_given_in_four_languages(shipped: ReferenceData) -> None:
    items: list[Category | Kind] = [
        *shipped.categories,
        *shipped.appeal_channels,
        *shipped.log_kinds,
        *shipped.incident_kinds,
        *shipped.incident_roles,
    ]
    items += [level for category in shipped.categories for level in category.risk_levels]
    for item in items:
        assert set(item.names) == set(LANGUAGES), item.code


def test_shipped_files_are_two_space_indented_utf8() -> None:
    for country in ("KZ", "KG"):
        text = (REFDATA / f"{country}.json").read_text(encoding="utf-8")
        assert text == json.dumps(_raw(country), ensure_ascii=False, indent=2) + "\n"


def test_shared_kind_lists() -> None:
    for country in ("KZ", "KG"):
        data = ReferenceData.from_json(_raw(country))
        assert [k.code for k in data.appeal_channels] == [
            "in_person",
            "written",
            "phone",
            "online",
            "reception",
        ]
        assert [k.code for k in data.log_kinds] == [
            "round",
            "talk",
            "register_check",
            "reception",
            "meeting",
            "public_council",
            "report_to_residents",
            "raid",
            "warning",
        ]
        assert {k.code for k in data.incident_roles} == {
            "victim",
            "suspect",
            "witness",
            "applicant",
            "other",
        }
        assert {"domestic_violence", "livestock_theft", "missing_person", "other"} <= {
            k.code for k in data.incident_kinds
        }


def test_kz_categories_and_rule() -> None:
    data = ReferenceData.from_json(_raw("KZ"))
    assert {c.code for c in data.categories} == {
        "protective_order",
        "behaviour_requirements",
        "parole",
        "administrative_supervision",
        "official_warning",
        "non_custodial",
        "outstanding_conviction",
        "minors",
        "parents_of_minors",
    }
    order = data.category("protective_order")
    assert (order.duration_days, order.check_interval_days) == (30, 7)
    requirements = data.category("behaviour_requirements")
    assert (requirements.min_days, requirements.max_days) == (90, 365)
    warning = data.category("official_warning")
    assert (warning.duration_days, warning.check_interval_days) == (30, 15)
    rule = pick_rule(data.appeal_rules, date(2026, 3, 19))
    assert (rule.deadline_working_days, rule.max_extension_months) == (15, 2)
    assert rule.max_extension_days is None  # two calendar months, not 60 days
    assert (rule.notify_extension_working_days, rule.forward_working_days) == (3, 3)
    assert appeal_deadline(date(2026, 3, 19), rule, data.calendar()) == date(2026, 4, 14)


def test_kg_categories_and_rule() -> None:
    data = ReferenceData.from_json(_raw("KG"))
    order = data.category("protection_order")
    assert (order.duration_days, order.max_days) == (3, 30)
    assert [level.code for level in order.risk_levels] == ["low", "medium", "high"]
    assert data.category("from_probation").check_interval_days is None
    codes = {c.code for c in data.categories}
    assert {
        "administrative_supervision",
        "released_prisoners",
        "juvenile_offenders",
        "mental_illness",
        "alcohol_abuse",
        "drug_abuse",
    } <= codes
    assert "parole" not in codes  # supervised by the Probation service, not the militsiya
    rule = pick_rule(data.appeal_rules, date(2026, 4, 30))
    assert (rule.deadline_working_days, rule.register_working_days) == (14, 1)
    assert appeal_deadline(date(2026, 4, 30), rule, data.calendar()) == date(2026, 5, 29)


def test_kg_texts_say_militsiya_not_politsiya() -> None:
    text = (REFDATA / "KG.json").read_text(encoding="utf-8").casefold()
    assert "полиц" not in text


def test_category_lookup(shipped: ReferenceData) -> None:
    first = shipped.categories[0]
    assert shipped.category(first.code) is first
    with pytest.raises(AppError) as caught:
        shipped.category("no_such")
    assert (caught.value.code, caught.value.params) == ("category.unknown", {"code": "no_such"})


def test_name_of() -> None:
    data = ReferenceData.from_json(_raw("KZ"))
    assert data.name_of("register_categories", "protective_order", "ru") == "Защитное предписание"
    assert data.name_of("categories", "protective_order", "kk") == "Қорғау нұсқамасы"
    assert data.name_of("log_kinds", "talk", "ky") == "Профилактикалык маек"
    assert data.name_of("incident_roles", "victim", "en") == "Victim"
    assert data.name_of("appeal_channels", "phone", "de") == "По телефону"  # falls back to ru
    assert data.name_of("incident_kinds", "from_the_future", "ru") == "from_the_future"
    with pytest.raises(AppError, match=r"refdata\.unknown_list"):
        data.name_of("weapons", "x", "ru")


def test_name_of_falls_back_to_russian_when_a_language_is_missing() -> None:
    raw = _raw("KG")
    del raw["incident_roles"][0]["names"]["ky"]
    data = ReferenceData.from_json(raw)
    assert data.name_of("incident_roles", "victim", "ky") == "Потерпевший"


def test_calendar_is_built_once_and_uses_the_extra_days() -> None:
    raw = _raw("KZ")
    raw["calendar"] = {"extra_holidays": ["2026-04-13"], "extra_workdays": ["2026-01-03"]}
    data = ReferenceData.from_json(raw)
    assert data.extra_holidays == (date(2026, 4, 13),)
    assert data.extra_workdays == (date(2026, 1, 3),)
    calendar = data.calendar()
    assert calendar is data.calendar()
    assert not calendar.is_working_day(date(2026, 4, 13))
    assert calendar.is_working_day(date(2026, 1, 3))


def test_calendar_section_is_optional() -> None:
    raw = _raw("KG")
    del raw["calendar"]
    assert ReferenceData.from_json(raw).extra_holidays == ()


def _broken(country: str, change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(_raw(country))
    change(raw)
    return raw


BAD_CHANGES = {
    "unknown country": lambda r: r.update(country="RU"),
    "no categories": lambda r: r.pop("register_categories"),
    "categories not a list": lambda r: r.update(register_categories={}),
    "category not an object": lambda r: r["register_categories"].append("x"),
    "missing code": lambda r: r["register_categories"][0].pop("code"),
    "empty code": lambda r: r["register_categories"][0].update(code=" "),
    "duplicate code": lambda r: r["register_categories"].append(r["register_categories"][0]),
    "names not an object": lambda r: r["register_categories"][0].update(names="x"),
    "no russian name": lambda r: r["register_categories"][0]["names"].pop("ru"),
    "empty name": lambda r: r["log_kinds"][0]["names"].update(kk=""),
    "interval as text": lambda r: r["register_categories"][0].update(check_interval_days="7"),
    "interval zero": lambda r: r["register_categories"][0].update(check_interval_days=0),
    "interval bool": lambda r: r["register_categories"][0].update(check_interval_days=True),
    "interval float": lambda r: r["register_categories"][0].update(duration_days=7.5),
    "min above max": lambda r: r["register_categories"][0].update(min_days=400, max_days=300),
    "no rules list": lambda r: r.pop("appeal_rules"),
    "rule date bad": lambda r: r["appeal_rules"][0].update(valid_from="01.07.2021"),
    "rule date compact": lambda r: r["appeal_rules"][0].update(valid_from="20210701"),
    "rule date impossible": lambda r: r["appeal_rules"][0].update(valid_from="2021-02-30"),
    "rule without deadline": lambda r: r["appeal_rules"][0].update(deadline_working_days=None),
    "rule negative": lambda r: r["appeal_rules"][0].update(forward_working_days=-1),
    "duplicate rule date": lambda r: r["appeal_rules"].append(r["appeal_rules"][0]),
    "kinds missing": lambda r: r.pop("incident_kinds"),
    "duplicate kind": lambda r: r["incident_roles"].append(r["incident_roles"][0]),
    "calendar not an object": lambda r: r.update(calendar=[]),
    "holiday not a date": lambda r: r["calendar"].update(extra_holidays=["soon"]),
    "workdays not a list": lambda r: r["calendar"].update(extra_workdays="2026-01-03"),
    "both holiday and workday": lambda r: r["calendar"].update(
        extra_holidays=["2026-01-03"], extra_workdays=["2026-01-03"]
    ),
    "risk levels not a list": lambda r: r["register_categories"][0].update(risk_levels="high"),
}


@pytest.mark.parametrize("what", list(BAD_CHANGES))
def test_bad_shapes_are_refused_with_a_detail(what: str) -> None:
    with pytest.raises(AppError) as caught:
        ReferenceData.from_json(_broken("KG", BAD_CHANGES[what]))
    assert caught.value.code == "refdata.invalid"
    assert isinstance(caught.value.params["detail"], str) and caught.value.params["detail"]


@pytest.mark.parametrize("data", [[], "KZ", None, 5])
def test_non_object_is_refused(data: Any) -> None:
    with pytest.raises(AppError, match=r"refdata\.invalid"):
        ReferenceData.from_json(data)


def test_zero_register_days_are_allowed() -> None:
    raw = _raw("KG")
    raw["appeal_rules"][0]["register_working_days"] = 0
    assert ReferenceData.from_json(raw).appeal_rules[0].register_working_days == 0


def test_names_cannot_be_changed_after_loading() -> None:
    data = ReferenceData.from_json(_raw("KZ"))
    with pytest.raises(TypeError):
        data.categories[0].names["ru"] = "x"  # type: ignore[index]
