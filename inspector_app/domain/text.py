"""Folding, search tokens and sort keys for names typed in Russian, Kazakh and Kyrgyz.

People type «Нургалиева» for «Нұрғалиева», «Елкин» for «Ёлкин», Latin «i» for Kazakh «і»:
`fold` maps all of these to one form so the search finds the person anyway. `sort_key`
gives a string whose plain code-point order (SQLite's BINARY collation) is the alphabetical
order a Kazakh or Russian reader expects.

Both are computed for every name in the database, so they lean on `str.translate` with a
lazily filled table instead of per-character Python loops.
"""

from __future__ import annotations

import re
import unicodedata

# --- fold -------------------------------------------------------------------------------------

# Applied after casefold and NFD, so ё and й have already lost their marks; they stay listed
# for text that arrives pre-composed in a way NFD leaves alone (it never does, but it is cheap).
_FOLD_LETTERS = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",  # Cyrillic і, U+0456
    "i": "и",  # Latin i: people type it for і (casefold has already turned I into i)
    "ё": "е",
    "й": "и",
}


class _FoldTable(dict[int, int | None]):
    """Translate table: the letters above, combining marks dropped, anything else kept.

    Filled on first sight of each character, so no scan of all of Unicode at import.
    """

    def __missing__(self, code: int) -> int | None:
        value: int | None = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable({ord(k): ord(v) for k, v in _FOLD_LETTERS.items()})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and Kazakh/Kyrgyz letters to their plain Russian look-alikes."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return " ".join(decomposed.translate(_FOLD_TABLE).split())


# --- search tokens ----------------------------------------------------------------------------

# Runs of letters and digits; "_" is a word character for `\w` but not for people.
_TOKEN = re.compile(r"[^\W_]+")


def search_tokens(text: str) -> list[str]:
    """Folded word tokens; a run of digits stays whole, so phone and ID digits are searchable."""
    return _TOKEN.findall(fold(text))


# --- sort key ---------------------------------------------------------------------------------

# The Kazakh Cyrillic alphabet, which contains the Russian one and the Kyrgyz letters (ң ө ү).
_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"

# Weights are code points in one run, Cyrillic then Latin: their plain order is the alphabet.
_LETTER_BASE = 0x0100
# Characters with no place of their own sort after every letter, by their code point.
_OTHER_MARK = chr(_LETTER_BASE + len(_CYRILLIC) + len(_LATIN))
# Between the primary key and the original text: below every key character, so "Ан" < "Анна".
_KEY_SEPARATOR = "\x01"


def _base_weights() -> dict[int, str]:
    weights: dict[int, str] = {}
    for i, letter in enumerate(_CYRILLIC + _LATIN):
        weights[ord(letter)] = chr(_LETTER_BASE + i)
    for digit in "0123456789":
        weights[ord(digit)] = digit  # below every letter weight: digits sort first
    weights[ord(" ")] = " "
    return weights


class _SortTable(dict[int, str]):
    """Translate table from a casefolded character to its weight, filled lazily.

    Space, punctuation, symbols and control characters all weigh as one space (sorted first);
    a letter with a diacritic weighs as its base letter (é as e, ї as і) when that base has a
    place; any other character sorts after all letters.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        weight: str
        if category[0] in "ZPSC":
            weight = " "
        elif category == "Nd":
            weight = str(unicodedata.digit(char))
        elif category[0] == "M":
            weight = ""  # a stray combining mark adds nothing to the order
        else:
            base = unicodedata.normalize("NFD", char)[0]
            known_base = base != char and ord(base) in self
            weight = self[ord(base)] if known_base else _OTHER_MARK + char
        self[code] = weight
        return weight


_SORT_TABLE = _SortTable(_base_weights())


def sort_key(text: str | None) -> str:
    """A key whose binary order is the Kazakh/Russian alphabetical order, case-insensitive.

    Digits come first, then Cyrillic in the Kazakh alphabet's order (Ё right after Е, Ә after
    А, І after Ы), then Latin. Ties are broken by the original text so the order is total.
    None and empty text get the lowest key.
    """
    if not text:
        return ""
    composed = unicodedata.normalize("NFC", text)
    primary = " ".join(composed.casefold().translate(_SORT_TABLE).split())
    return primary + _KEY_SEPARATOR + text
