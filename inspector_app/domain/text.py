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


# --- invisible characters ---------------------------------------------------------------------

# Characters that show nothing yet are not spaces: zero-width spaces and joiners, bidi controls,
# the BOM, soft hyphens (all category Cf), and the few others Unicode calls "default ignorable"
# though they are letters or marks (the combining grapheme joiner, Hangul fillers, variation
# selectors). In a name they make two equal-looking names differ, which defeats the duplicate
# check, or reverse how the text is shown.
_IGNORABLE_NOT_CF = frozenset((0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0)).union(
    range(0x180B, 0x1810), range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0)
)


class _VisibleTable(dict[int, int | None]):
    """Translate table that drops invisible characters, filled on first sight of each."""

    def __missing__(self, code: int) -> int | None:
        invisible = unicodedata.category(chr(code)) == "Cf" or code in _IGNORABLE_NOT_CF
        value = None if invisible else code
        self[code] = value
        return value


_VISIBLE_TABLE = _VisibleTable()


def invisible_characters(text: str) -> list[str]:
    """The invisible characters in `text` as code points ("U+200B"), each once, in order."""
    visible = text.translate(_VISIBLE_TABLE)
    if len(visible) == len(text):  # the usual case, decided in C
        return []
    found = (char for char in text if _VISIBLE_TABLE[ord(char)] is None)
    return [f"U+{ord(char):04X}" for char in dict.fromkeys(found)]
