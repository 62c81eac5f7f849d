"""Reading a report back: its text with pypdf, one table cell per line, and the figures that
follow a row's label."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

_FIGURE = re.compile(r"^(\d[\d ]*(,\d+)? ?%?|–)$")


def clean(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        found += [clean(line) for line in page.extract_text().splitlines() if line.strip()]
    return found


def text(pdf: bytes) -> str:
    return "\n".join(lines(pdf))


def number(text: str) -> int:
    return int(text.replace(" ", ""))


def _label_end(found: list[str], index: int, label: str) -> int | None:
    """The last line of `label` when it starts at `index` (a wrapped label spans lines)."""
    joined, end = found[index], index
    while joined != label and label.startswith(joined + " ") and end + 1 < len(found):
        end += 1
        joined = f"{joined} {found[end]}"
    return end if joined == label else None


def figures_after(found: list[str], label: str, count: int, start: int = 0) -> list[str]:
    """The `count` figures drawn after the row whose label is `label`, the first such row
    from line `start` on."""
    for index in range(start, len(found)):
        end = _label_end(found, index, label)
        if end is None:
            continue
        figures = []
        for following in found[end + 1 :]:
            if _FIGURE.match(following):
                figures.append(following)
                if len(figures) == count:
                    return figures
            elif figures:
                break
        raise AssertionError(f"{label!r}: only {figures} follow it")
    raise AssertionError(f"{label!r} is not in the report")
