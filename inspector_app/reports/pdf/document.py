"""The page of every report: a header (title, precinct or district, period) and a footer
("made at ... by ...", "page N of M"), drawn in reportlab's invariant mode so the same model
gives the same bytes.

The page total is known only once the story has been laid out; instead of building twice,
the canvas keeps each finished page aside and draws the footers when it is saved (the
"numbered canvas" pattern of the reportlab users' list).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from inspector_app.reports.pdf import fonts
from inspector_app.reports.pdf.styles import GREY, INK

MARGIN = 15 * mm
HEADER_LINE = 4.6 * mm  # height of one header line
_FOOTER_Y = 9 * mm


@dataclass(frozen=True)
class PageText:
    """What the header and the footer say; `page_of` holds {page} and {pages}."""

    titles: tuple[str, ...]  # one line per language
    lines: tuple[str, ...]  # scope, period, as-of
    made: str
    page_of: str
    document_title: str
    author: str
    lang: str
    marking: str = ""  # drawn at the top right of every page ("ДСП": for official use)
    created: str = ""  # the PDF's CreationDate ("D:YYYYMMDDHHmmSS+05'00'"): the report's "made at"


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that draws every footer at the end, when the number of pages is known."""

    def __init__(self, *args: Any, text: PageText, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._text = text
        self._pages: list[dict[str, Any]] = []
        if text.created:  # invariant mode would write 2000-01-01: the report's "made at" instead
            created = text.created
            self.setDateFormatter(lambda *_date: created)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setStrokeColor(GREY)
        self.setLineWidth(0.4)
        self.line(MARGIN, _FOOTER_Y + 3.6 * mm, width - MARGIN, _FOOTER_Y + 3.6 * mm)
        self.setFillColor(INK)
        self.setFont(fonts.REGULAR, 7.5)
        self.drawString(MARGIN, _FOOTER_Y, self._text.made)
        page = self._text.page_of.format(page=self._pageNumber, pages=total)
        self.drawRightString(width - MARGIN, _FOOTER_Y, page)
        self.restoreState()


def _header(text: PageText) -> Any:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        y = height - MARGIN + 2 * mm
        canvas.saveState()
        canvas.setFillColor(INK)
        if text.marking:
            # above the title, in the top margin: a long title never runs into it
            canvas.setFont(fonts.BOLD, 9)
            canvas.drawRightString(width - MARGIN, y + 2 * mm, text.marking)
        for title in text.titles:
            canvas.setFont(fonts.BOLD, 12)
            canvas.drawString(MARGIN, y - 12, title)
            y -= HEADER_LINE + 1.4 * mm
        canvas.setFont(fonts.REGULAR, 8.5)
        for line in text.lines:
            canvas.drawString(MARGIN, y - 9, line)
            y -= HEADER_LINE
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)
        canvas.restoreState()

    return draw


def header_height(text: PageText) -> float:
    lines = len(text.titles) * (HEADER_LINE + 1.4 * mm) + len(text.lines) * HEADER_LINE
    return float(lines + 4 * mm)


def build(text: PageText, story: Sequence[Flowable], *, wide: bool = False) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages. `wide`: landscape, for side-by-side tables."""
    fonts.register()
    size = landscape(A4) if wide else A4
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + header_height(text),
        bottomMargin=MARGIN + 4 * mm,
        title=text.document_title,
        author=text.author,
        subject=text.document_title,
        creator="inspector-app",
        lang=text.lang,
        invariant=1,  # no creation date or random id: the same model gives the same bytes
        initialFontName=fonts.REGULAR,  # else every page names Helvetica
        initialFontSize=9,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_header(text))])
    doc.build(list(story), canvasmaker=lambda *a, **k: _NumberedCanvas(*a, text=text, **k))
    return out.getvalue(), int(doc.page)
