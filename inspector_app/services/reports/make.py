"""Making a report: the kinds a form offers, the model assembled, the PDF drawn, saved through
the guarded writer (store/files.py), and the export of personal data journaled."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.errors import AppError
from inspector_app.domain.roles import may_make_report
from inspector_app.i18n import gettext_for
from inspector_app.reports.indicators import INDICATORS
from inspector_app.reports.labels import TITLES
from inspector_app.reports.model import ReportModel
from inspector_app.services.reports import (
    access,
    activity,
    appeals_register,
    district,
    hq,
    passport,
    person_card,
    public,
)
from inspector_app.services.reports.context import (
    Context,
    ReportRequest,
    as_of_ms,
    build_context,
)
from inspector_app.services.reports.periods import period_code
from inspector_app.services.session import Session
from inspector_app.store import as_of, issued_reports
from inspector_app.store.files import check_target, guarded_output, target_of


@dataclass(frozen=True)
class ReportKind:
    code: str
    needs_period: bool  # a period must be chosen (else: the whole history, as of today)
    needs_person: bool
    personal: bool  # names people: each export and print is journaled
    scopes: tuple[str, ...]  # what the form lets choose: precinct, district
    build: Callable[[Context], ReportModel]

    def title(self, lang: str) -> str:
        """The report's name in a language, as its first page names it."""
        return gettext_for(lang)(TITLES[self.code])


KINDS: dict[str, ReportKind] = {
    k.code: k
    for k in (
        ReportKind("activity", True, False, True, ("precinct",), activity.build),
        ReportKind("district", True, False, True, ("district",), district.build),
        ReportKind("hq", True, False, False, ("district",), hq.build),
        ReportKind("public", True, False, False, ("precinct", "district"), public.build),
        ReportKind("person-card", False, True, True, (), person_card.build),
        ReportKind("appeals", True, False, True, ("precinct", "district"), appeals_register.build),
        ReportKind("passport", False, False, True, ("precinct",), passport.build),
    )
}


@dataclass(frozen=True)
class MadeReport:
    request: ReportRequest
    kind: ReportKind
    pdf: bytes  # the PDF (also when a spreadsheet was asked for: the preview shows it)
    pages: int
    detail: dict[str, str]  # what the journal records of it
    file_format: str = "pdf"
    xlsx: bytes = b""  # the spreadsheet, when file_format is xlsx

    @property
    def content(self) -> bytes:
        """The bytes of the file to write: the PDF or the spreadsheet."""
        return self.xlsx if self.file_format == "xlsx" else self.pdf

    @property
    def file_name(self) -> str:
        """A name for "Save as": kind, scope code or person, period."""
        parts = [self.kind.code, *(v for k, v in self.detail.items() if k != "kind" and v)]
        text = "-".join(parts)
        name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)
        return name + FORMATS[self.file_format]


def report_kinds(session: Session | None = None) -> list[ReportKind]:
    """Every kind, or those the session's role may make."""
    return [k for k in KINDS.values() if session is None or may_make_report(session.role, k.code)]


def _kind(code: str) -> ReportKind:
    kind = KINDS.get(code)
    if kind is None:
        raise AppError("report.kind", kind=code, known=", ".join(KINDS))
    return kind


def build_model(session: Session, request: ReportRequest) -> ReportModel:
    """The report's model: the figures, without drawing anything."""
    session.require("report.make")
    kind = _kind(request.kind)
    access.require_report(session, kind.code)
    if request.rank_by is not None and request.rank_by not in INDICATORS:
        raise AppError("report.rank_by", value=request.rank_by, known=", ".join(INDICATORS))
    if kind.needs_person:
        session.require("person.read")
        if request.person:
            access.require_person(session, request.person)
    with _as_it_stood(session, request):
        context = build_context(session, request, needs_period=kind.needs_period)
        if not kind.needs_person:
            access.require_scope(session, context.scope)
        return kind.build(context)


def _as_it_stood(session: Session, request: ReportRequest) -> AbstractContextManager[None]:
    """With --as-of, the records as the changes stamped by then made them; without, or when
    nothing was changed since, the records as they are."""
    if request.as_of is None:
        return nullcontext()
    limit = as_of.stamp_limit(as_of_ms(session, request.as_of))
    if not as_of.changed_since(session.store, limit):
        return nullcontext()
    return as_of.data_as_of(session.store, limit)


def make_report(session: Session, request: ReportRequest, file_format: str = "pdf") -> MadeReport:
    """The report as PDF bytes (reportlab is loaded on the first call, not at start-up), and
    as a spreadsheet with the same tables and figures when `file_format` is xlsx."""
    if file_format not in FORMATS:
        raise AppError("report.format", format=file_format, known=", ".join(FORMATS))
    from inspector_app.reports.render import render

    model = build_model(session, request)
    period = model.header.period
    detail = {
        "kind": request.kind,
        "scope": request.precinct or request.district or "",
        "person": request.person or "",
        "period": period_code(period) if period else "",
        "lang": model.header.lang,
    }
    model = numbered(session, model, {**detail, "as_of": model.header.made_at})
    rendered = render(model)
    xlsx = b""
    if file_format == "xlsx":
        from inspector_app.reports.xlsx import write_xlsx

        xlsx = write_xlsx(model)
        detail["format"] = "xlsx"
    return MadeReport(
        request, _kind(request.kind), rendered.pdf, rendered.pages, detail, file_format, xlsx
    )


def numbered(session: Session, model: ReportModel, key: dict[str, str]) -> ReportModel:
    """The model with its document number: the same report (kind, scope, person, period,
    language, as-of) keeps the number it was first issued with, so its bytes repeat."""
    seq = issued_reports.document_number(session.store, canonical_json(key))
    prefix = session.store.meta("number_prefix") or ""
    number = f"{prefix}-Д-{seq:05d}" if prefix else f"Д-{seq:05d}"
    return dataclasses.replace(model, header=dataclasses.replace(model.header, number=number))


def save_report(
    session: Session, report: MadeReport, path: Path, *, overwrite: bool = False
) -> Path:
    """Save the PDF through the guarded writer (store/files.py): never over the database, its
    key file, a backup or a package, nor over an existing file unless `overwrite` (the person
    agreed). Returns the real file written.

    An export of personal data is journaled once its bytes are written and synced, with the
    absolute path, before the rename makes the file appear: a refused or failed write is never
    journaled, and a file never appears without its journal entry (if journaling fails, the
    target stays as it was)."""
    target = target_of(path)
    with guarded_output(path, database=session.store.path, overwrite=overwrite) as out:
        out.write(report.content)
        if report.kind.personal:
            out.flush()
            os.fsync(out.fileno())
            with session.store.transaction():
                session.event(
                    "report.export", path=str(target), pages=report.pages, **report.detail
                )
    return target


# The file formats a report is written in, with the extension each file name must have.
FORMATS = {"pdf": ".pdf", "xlsx": ".xlsx"}


def check_format(path: Path, file_format: str = "pdf") -> None:
    """A file name whose extension says another format is refused (a PDF in a.txt is a file
    nobody can open by its name)."""
    wanted = FORMATS.get(file_format)
    if wanted is None:
        raise AppError("report.format", format=file_format, known=", ".join(FORMATS))
    if path.suffix.lower() != wanted:
        raise AppError("report.extension", path=str(path), extension=wanted, format=file_format)


def write_report(
    session: Session,
    request: ReportRequest,
    path: Path,
    *,
    overwrite: bool = False,
    file_format: str = "pdf",
) -> MadeReport:
    """Make the report and save it; a target that will be refused is refused before the report
    is made, so the person does not wait for nothing."""
    check_target(path, database=session.store.path, overwrite=overwrite)
    check_format(path, file_format)
    report = make_report(session, request, file_format)
    save_report(session, report, path, overwrite=overwrite)
    return report
