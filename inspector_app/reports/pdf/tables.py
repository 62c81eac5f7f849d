"""Tables of plain text cells, wrapped beforehand to their column with the font's metrics, so
every row has a known height: reportlab then lays out and splits long tables without
measuring rows again (DESIGN.md section 9: a 10,000-row table takes 8-9 s otherwise). Long
tables repeat their header on every page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Table, TableStyle

from inspector_app.reports.pdf import fonts
from inspector_app.reports.pdf.styles import HEAD_FILL, INK, RULE, ZEBRA

PAD = 2.5
_LONG = 60  # rows from which LongTable's cheaper splitting pays


def _break_long(line: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the column (a long word in a narrow header) broken by letters."""
    if stringWidth(line, font, size) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char.lstrip()
        else:
            current += char
    return [*pieces, current]


def wrap(text: str, width: float, font: str, size: float, max_lines: int = 0) -> list[str]:
    """Lines of `text` within `width` points; cut to `max_lines` with an ellipsis when set."""
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]  # most cells: a figure or a short word, measured once
    lines: list[str] = []
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            lines.extend(_break_long(line, width, font, size))
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and simpleSplit(last + "…", font, size, width)[1:]:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


_SMALLEST = 5.5  # points: a header cell is set no smaller than this


def _fitting_size(text: str, width: float, font: str, size: float) -> float:
    """The size at which every word of a header cell fits its column, so no word is broken
    in the middle ("Просроче-но"); `size` when they fit already."""
    words = text.split()
    while size > _SMALLEST and any(stringWidth(w, font, size) > width for w in words):
        size -= 0.25
    return size


class Upright(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A header cell written bottom to top, for the narrow figure columns of wide tables:
    long words ("Жүргізілген тексерулер") stay whole."""

    def __init__(self, text: str, width: float, height: float, font: str, size: float) -> None:
        super().__init__()
        self.size, self.font = size, font
        self.width, self.height = width, height
        self.lines = wrap(text, height - 2 * PAD, font, size)
        self.leading = size * 1.15

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width - 2 * PAD, self.height - 2 * PAD

    def draw(self) -> None:
        canvas = self.canv
        block = len(self.lines) * self.leading
        x = (self.width - 2 * PAD - block) / 2 + self.size
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.rotate(90)
        for k, line in enumerate(self.lines):
            canvas.drawString(0, -(x + k * self.leading), line)
        canvas.restoreState()


def _runs(columns: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive column numbers."""
    runs: list[tuple[int, int]] = []
    for column in sorted(columns):
        if runs and runs[-1][1] == column - 1:
            runs[-1] = (runs[-1][0], column)
        else:
            runs.append((column, column))
    return runs


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    size: float = 8,
    bold_rows: Sequence[int] = (),
    max_lines: int = 0,
    upright_from: int | None = None,
    upright_height: float = 80,
) -> Table:
    """A table: `header` (may be empty) then `rows`; `right` are the column numbers set to the
    right (figures); `bold_rows` index `rows` (a total row: -1); header cells from column
    `upright_from` on are written upright, `upright_height` points tall."""
    leading = size * 1.22
    data: list[list[str]] = []
    heights: list[float] = []
    body_rows = [list(r) for r in rows]
    all_rows = ([list(header)] if header else []) + body_rows
    first_body = 1 if header else 0
    bold = {first_body + (b if b >= 0 else len(body_rows) + b) for b in bold_rows}
    smaller: list[tuple[int, float]] = []  # header cells set smaller so no word is broken
    for index, row in enumerate(all_rows):
        font = fonts.BOLD if index < first_body or index in bold else fonts.REGULAR
        head = index < first_body
        sizes = [
            _fitting_size(str(cell), widths[k] - 2 * PAD, font, size) if head else size
            for k, cell in enumerate(row)
        ]
        wrapped = [
            wrap(
                str(cell),
                max(widths[k] - 2 * PAD, 4),
                font,
                sizes[k],
                0 if head else max_lines,  # a header is never cut
            )
            for k, cell in enumerate(row)
        ]
        if head:
            smaller = [(k, cell_size) for k, cell_size in enumerate(sizes) if cell_size < size]
        data.append(["\n".join(lines) for lines in wrapped])
        tallest = max(len(lines) * sizes[k] * 1.22 for k, lines in enumerate(wrapped))
        heights.append(tallest + 2 * PAD)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD - 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 0.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    # Style commands are applied cell by cell: one command per run of columns, not per column.
    for first, last in _runs(right):
        commands.append(("ALIGN", (first, 0), (last, -1), "RIGHT"))
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ]
    for column, cell_size in smaller:
        commands.append(("FONTSIZE", (column, 0), (column, 0), cell_size))
        commands.append(("LEADING", (column, 0), (column, 0), cell_size * 1.22))
    for at in bold:
        commands.append(("FONTNAME", (0, at), (-1, at), fonts.BOLD))
        commands.append(("LINEABOVE", (0, at), (-1, at), 0.6, INK))
    if len(data) > first_body + 1:
        commands.append(("ROWBACKGROUNDS", (0, first_body), (-1, -1), [None, ZEBRA]))
    cells: list[list[object]] = [list(r) for r in data]
    if header and upright_from is not None:
        for k in range(upright_from, len(header)):
            cells[0][k] = Upright(header[k], widths[k], upright_height, fonts.BOLD, size)
        heights[0] = max(heights[0] if upright_from > 0 else 0, upright_height)
        if upright_from == 0:
            heights[0] = upright_height
    kind = LongTable if len(data) > _LONG else Table
    table = kind(
        cells,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1 if header else 0,
        style=TableStyle(commands),
        hAlign="LEFT",
    )
    return table
