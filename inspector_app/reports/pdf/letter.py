"""A one-page letter to an applicant (the receipt of an appeal, the letters on its extension,
forwarding and decision): the sender, a title, the facts as label and value, then the text.
Drawn in reportlab's invariant mode: the same letter gives the same bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from inspector_app.reports.pdf import fonts
from inspector_app.reports.pdf.styles import INK, RULE, gap, para


@dataclass(frozen=True)
class Letter:
    sender: str  # the police unit and precinct, as the letterhead
    title: str
    facts: tuple[tuple[str, str], ...]  # label, value
    paragraphs: tuple[str, ...]
    signature: str  # who registered or signs it
    lang: str


def render_letter(letter: Letter) -> tuple[bytes, int]:
    """The PDF and its page count."""
    fonts.register()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=letter.title,
        author=letter.signature,
        lang=letter.lang,
        invariant=1,
    )
    width = A4[0] - 40 * mm
    facts = Table(
        [[para(label), para(value)] for label, value in letter.facts],
        colWidths=[width * 0.38, width * 0.62],
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story = [para(letter.sender, "small"), gap(10), para(letter.title, "big"), gap(8), facts]
    story.append(gap(10))
    for text in letter.paragraphs:
        story += [para(text), gap(5)]
    story += [gap(16), para(letter.signature), para("_______________________", "small")]
    doc.build(story)
    return out.getvalue(), doc.page
