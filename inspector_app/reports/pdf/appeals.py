"""The register of appeals: A4 landscape, one line per appeal received in the period."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.labels import STATUSES
from inspector_app.reports.model import AppealsRegister
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.common import LANDSCAPE_WIDTH as WIDTH
from inspector_app.reports.pdf.common import n
from inspector_app.reports.pdf.styles import para, section
from inspector_app.reports.pdf.tables import grid


def render(model: AppealsRegister) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    several = len({r.unit for r in model.rows}) > 1

    def status(code: str) -> str:
        return _(STATUSES[code]) if code in STATUSES else code

    header = [
        "№",
        _("Number"),
        _("Received"),
        _("Applicant"),
        _("Channel"),
        _("Summary"),
        _("Deadline"),
        _("Status"),
        _("Decided or forwarded"),
        _("Days late"),
    ]
    widths = [26.0, 74, 54, 112, 66, 0, 54, 84, 62, 54]
    if several:
        header.insert(1, _("Precinct"))
        widths.insert(1, 62)
    widths[widths.index(0)] = WIDTH - sum(widths)
    rows = []
    for k, r in enumerate(model.rows, start=1):
        row = [str(k), r.number, fmt.day(r.received, lang), r.applicant, r.channel, r.summary]
        row += [fmt.day(r.deadline, lang), status(r.status), fmt.day(r.closed_on, lang)]
        row.append(n(r.late_days, lang) if r.late_days else "")
        rows.append([row[0], r.unit, *row[1:]] if several else row)
    story: list[Flowable] = [
        section(_("Appeals received in the period ({count})").format(count=n(len(rows), lang)))
    ]
    if rows:
        story.append(
            grid(header, rows, widths, right=[0, len(header) - 1], size=7)
        )  # wrapped whole
    else:
        story.append(para(_("None.")))
    story += [
        section(_("By status")),
        grid(
            [_("Status"), _("Count")],
            [[status(s.code), n(s.count, lang)] for s in model.by_status]
            + [[_("Total"), n(sum(s.count for s in model.by_status), lang)]],
            [200, 80],
            right=[1],
            bold_rows=[-1],
        ),
    ]
    story.append(common.signatures([_("Prepared by"), _("Checked by the chief")], lang, WIDTH))
    return document.build(common.page_text(model.header), story, wide=True)
