"""Kyrgyz demo data speaks of «милиция», «айыл өкмөтү» and «охранный ордер», never of
Kazakhstan's «полиция», «акимат» and «защитное предписание» (issue 9)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.unit.test_demo_generator import collect, make_spec

# Kazakhstan's institutional words; word starts, so a surname such as Хакимов is no match
KAZAKH_WORDS = re.compile(
    r"\b(полици|акимат|аким[аеу]?\b|защитн\w* предписани|УПП\b|КУИ\b|ЕРДР\b|ауылдық|сельск\w* округ)",
    re.IGNORECASE,
)
KYRGYZ_WORDS = ("милиции", "айыл өкмөтү", "охранный ордер")


def _texts(rows: dict[str, list[dict[str, Any]]]) -> list[str]:
    skip = {"surname", "name", "patronymic", "login", "full_name"}
    return [
        value
        for entity, batch in rows.items()
        for row in batch
        for field, value in row.items()
        if isinstance(value, str) and field not in skip and entity != "territory"
    ]


@pytest.fixture(scope="module")
def both() -> dict[str, list[str]]:
    return {c: _texts(collect(make_spec(c, people=700, seed=3))) for c in ("KZ", "KG")}


def test_kyrgyz_demo_has_no_kazakh_institutional_words(both: dict[str, list[str]]) -> None:
    found = sorted({m.group(0) for t in both["KG"] for m in [KAZAKH_WORDS.search(t)] if m})
    assert found == []


def test_kyrgyz_demo_uses_the_kyrgyz_words(both: dict[str, list[str]]) -> None:
    text = "\n".join(both["KG"])
    for word in KYRGYZ_WORDS:
        assert word in text, word


def test_kazakh_demo_keeps_its_words(both: dict[str, list[str]]) -> None:
    text = "\n".join(both["KZ"])
    for word in ("полиции", "акимат", "защитное предписание"):
        assert word in text.lower(), word
