"""Dates and sex as people type them in forms and imported spreadsheets."""

from __future__ import annotations

import re
from datetime import date

from inspector_app.domain.errors import AppError

# Day first (as written in KZ and KG): 05.03.2026, 5.3.2026, 05/03/2026.
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
# ISO, as stored and as exported by spreadsheets: 2026-03-05.
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(text: str) -> date:
    """Read DD.MM.YYYY, D.M.YYYY, DD/MM/YYYY or YYYY-MM-DD; anything else is refused."""
    cleaned = text.strip()
    if match := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(cleaned):
        year, month, day = match.groups()
    else:
        raise AppError("date.invalid", value=text)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise AppError("date.invalid", value=text) from None


# Words for each sex in Russian, Kazakh, Kyrgyz and English; compared casefolded, without dots.
_SEX_WORDS = {
    "M": ("м", "m", "муж", "мужской", "мужчина", "male", "man", "ер", "ер адам", "эркек", "эр"),
    "F": ("ж", "f", "жен", "женский", "женщина", "female", "woman", "әйел", "әйел адам", "аял"),
}
_SEX_BY_WORD = {word: sex for sex, words in _SEX_WORDS.items() for word in words}


def parse_sex(text: str) -> str:
    """Return "M" or "F" from the usual words and abbreviations («м», «жен.», «әйел», "male")."""
    word = " ".join(text.replace(".", " ").casefold().split())
    try:
        return _SEX_BY_WORD[word]
    except KeyError:
        raise AppError("sex.invalid", value=text) from None


def age_on(birth: date, day: date) -> int:
    """Full years on `day`; someone born on 29 February comes of age on 1 March."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years
