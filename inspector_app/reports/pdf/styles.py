"""Colours and paragraph styles of the reports. Colours stay legible printed in grey: the
series of a chart differ in lightness, and every colour has words beside it."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from inspector_app.reports.pdf import fonts

INK = colors.HexColor("#1F2328")
GREY = colors.HexColor("#8C959F")
RULE = colors.HexColor("#D0D7DE")
HEAD_FILL = colors.HexColor("#EAEEF2")
ZEBRA = colors.HexColor("#F6F8FA")
DARK = colors.HexColor("#1F4E79")  # first series
LIGHT = colors.HexColor("#F0A35E")  # second series
ALERT = colors.HexColor("#B42318")  # overdue (always with words)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "section": ParagraphStyle(
            "section", parent=base, fontName=fonts.BOLD, fontSize=10.5, leading=13,
            spaceBefore=7, spaceAfter=3, keepWithNext=1,
        ),
        "big": ParagraphStyle("big", parent=base, fontName=fonts.BOLD, fontSize=11, leading=14),
    }  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text), _styles()[style])


def section(text: str) -> Paragraph:
    return para(text, "section")


def gap(points: float = 6) -> Spacer:
    return Spacer(1, points)
