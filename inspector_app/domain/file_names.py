"""File names as a person can read them, whatever bytes they came in.

On Linux a name is bytes; Python hands bytes that are not UTF-8 over as "surrogate escapes"
(U+DC80..U+DCFF), which print as garbage and cannot be written to the database or a log.
A USB stick written on Windows gives exactly that: names in Windows-1251. Such a name is
still opened with its own bytes; only what is shown or journaled goes through `readable`.
"""

from __future__ import annotations

import os
import re

ESCAPES = range(0xDC80, 0xDD00)
_RUN = re.compile("[\udc80-\udcff]+")


def has_escapes(text: str) -> bool:
    """Whether `text` holds bytes that were not UTF-8 (surrogate escapes)."""
    return any(ord(char) in ESCAPES for char in text)


def readable(text: str | os.PathLike[str]) -> str:
    """`text` with each run of undecodable bytes read as Windows-1251 (the legacy encoding of
    Russian, Kazakh and Kyrgyz Windows); a byte that is not even that shows as U+FFFD. The
    rest, valid already, stays as it is, so a whole message line can pass through here."""
    text = os.fspath(text)
    if not has_escapes(text):
        return text
    return _RUN.sub(
        lambda run: bytes(ord(c) - 0xDC00 for c in run.group()).decode("cp1251", "replace"), text
    )


def surrogates_out(text: str) -> str:
    """Lone surrogates of any kind (also ones typed as escapes) replaced, so the text can be
    encoded as UTF-8."""
    return readable(text).encode("utf-8", "replace").decode("utf-8")
