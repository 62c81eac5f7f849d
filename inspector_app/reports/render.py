"""Drawing a report model as PDF. reportlab is imported here, on the first report, never at
start-up."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.reports.model import (
    ActivityReport,
    AppealsRegister,
    DistrictReport,
    HqReport,
    PersonCard,
    PublicReport,
    ReportModel,
)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


def render(model: ReportModel) -> Rendered:
    """The PDF of a model: a pure function of it (same model, same bytes)."""
    from inspector_app.reports.pdf import (
        activity,
        appeals,
        district,
        fonts,
        hq,
        passport,
        person_card,
        public,
    )

    fonts.register()  # before any text is measured

    if isinstance(model, ActivityReport):
        pdf, pages = activity.render(model)
    elif isinstance(model, DistrictReport):
        pdf, pages = district.render(model)
    elif isinstance(model, HqReport):
        pdf, pages = hq.render(model)
    elif isinstance(model, PublicReport):
        pdf, pages = public.render(model)
    elif isinstance(model, PersonCard):
        pdf, pages = person_card.render(model)
    elif isinstance(model, AppealsRegister):
        pdf, pages = appeals.render(model)
    else:
        pdf, pages = passport.render(model)
    return Rendered(pdf, pages)
