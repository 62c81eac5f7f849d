"""How hard a password is to guess: zxcvbn's estimate, with the kind of weakness named.

zxcvbn knows English words, names and the leaked-password lists, and says why in English only.
So the kind of its weakest part is turned into one of our own message codes (translated like
every message), and a Cyrillic password is also judged as typed on the Latin layout
("пароль" is "gfhjkm", a common password) and transliterated ("Иванов" is "Ivanov"), the
weakest of the three counting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from inspector_app.domain.errors import AppError

MIN_PASSWORD_LENGTH = 8
# zxcvbn's 3: "safely unguessable", about 10^8 guesses or more
MIN_SCORE = 3
# zxcvbn's time grows quickly with length; what lies beyond this only makes a password stronger
ESTIMATED_CHARS = 64
# words anyone would try on an inspector's laptop
APP_WORDS = (
    "inspector",
    "uchastok",
    "uchastkovyi",
    "police",
    "politsiya",
    "militsiya",
    "kazakhstan",
    "kyrgyzstan",
    "almaty",
    "astana",
    "bishkek",
)

_RU_ROW = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_EN_ROW = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
LAYOUT = str.maketrans(_RU_ROW + _RU_ROW.upper(), _EN_ROW + _EN_ROW.upper())
TRANSLIT = {
    **dict(
        zip(
            "абвгдезийклмнопрстуфхцыэ",
            "abvgdeziyklmnoprstufhcye",
            strict=True,
        )
    ),
    "ё": "e",
    "ж": "zh",
    "ч": "ch",
    "ш": "sh",
    "щ": "sch",
    "ъ": "",
    "ь": "",
    "ю": "yu",
    "я": "ya",
    # Kazakh and Kyrgyz letters
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}


def transliterate(text: str) -> str:
    out = []
    for char in text:
        lower = char.lower()
        latin = TRANSLIT.get(lower)
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char != lower else latin)
    return "".join(out)


def _variants(text: str) -> list[str]:
    found = [text]
    for variant in (text.translate(LAYOUT), transliterate(text)):
        if variant not in found:
            found.append(variant)
    return found


def weakness_code(match: dict[str, Any]) -> str:
    """Our message code for the kind of zxcvbn's weakest (longest) match."""
    pattern = match.get("pattern")
    if pattern == "repeat":
        return "password.weak_repeat"
    if pattern == "sequence":
        return "password.weak_sequence"
    if pattern == "spatial":
        return "password.weak_keyboard"
    if pattern == "date" or (pattern == "regex" and match.get("regex_name") == "recent_year"):
        return "password.weak_date"
    if pattern == "dictionary":
        return {
            "passwords": "password.weak_common",
            "user_inputs": "password.weak_personal",
            "surnames": "password.weak_name",
            "male_names": "password.weak_name",
            "female_names": "password.weak_name",
        }.get(str(match.get("dictionary_name")), "password.weak_word")
    return "password.weak_simple"


def _longest(sequence: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return max(sequence, key=lambda m: len(str(m.get("token", ""))), default={})


def password_problem(password: str, user_inputs: Iterable[str] = ()) -> AppError | None:
    """Why `password` is too weak (a refusal with its message code), or None when it will do."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return AppError("password.too_short", minimum=MIN_PASSWORD_LENGTH)
    words = [*APP_WORDS]
    for given in user_inputs:
        for part in given.replace(".", " ").replace("_", " ").replace("-", " ").split():
            words.extend(v.lower() for v in _variants(part) if len(v) >= 3)
    from zxcvbn import zxcvbn  # its word lists take 80 ms to load: only when a password is set

    results = [zxcvbn(v, user_inputs=words) for v in _variants(password[:ESTIMATED_CHARS])]
    weakest = min(results, key=lambda result: int(result["score"]))
    if weakest["score"] >= MIN_SCORE:
        return None
    sequence: Sequence[dict[str, Any]] = weakest["sequence"]  # type: ignore[assignment]
    return AppError(weakness_code(_longest(sequence)))
