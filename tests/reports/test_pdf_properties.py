"""What holds for every report: fonts embedded (never Helvetica), the same inputs give the
same bytes, the words of the chosen language, reportlab loaded only for drawing, and each
export of personal data journaled."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from inspector_app.domain.hlc import Stamp
from inspector_app.services.reports import (
    KINDS,
    ReportRequest,
    make_report,
    save_report,
    write_report,
)
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF, _open
from tests.reports.pdftext import lines

PERIODS = {"activity": "2026-10", "district": "2026-Q4", "hq": "2026", "public": "2026-10"}


def _request(kind: str, person: str, lang: str = "ru", **more: Any) -> ReportRequest:
    return ReportRequest(
        kind,
        period=PERIODS.get(kind, "2026-10" if kind == "appeals" else None),
        person=person if kind == "person-card" else None,
        lang=lang,
        **more,
    )


def _fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font, embedded) of every font any page uses."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_report_embeds_its_fonts_and_repeats_its_bytes(
    kz_inspector: tuple[Path, dict[str, str]], kg_hq: Path, kind: str, lang: str
) -> None:
    path, made = kz_inspector
    if kind in ("district", "hq"):  # not an inspector's to make
        path = kg_hq
    first = _open(path, lang)
    try:
        report = make_report(first, _request(kind, made["person"], lang, as_of=AS_OF))
    finally:
        first.close()
    fonts = _fonts(report.pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert {name.split("+")[-1] for name, _ in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}
    assert b"Helvetica" not in report.pdf
    again = _open(path, lang)  # another session, as another day's run would be
    try:
        assert (
            make_report(again, _request(kind, made["person"], lang, as_of=AS_OF)).pdf == report.pdf
        )
    finally:
        again.close()
    assert report.pdf.startswith(b"%PDF") and report.pages >= 1


def test_the_language_shows(inspector: Session, kz_inspector: tuple[Path, dict[str, str]]) -> None:
    person = kz_inspector[1]["person"]
    kk = "\n".join(
        lines(make_report(inspector, _request("activity", person, "kk", as_of=AS_OF)).pdf)
    )
    assert "Учаскелік полиция инспекторының қызметі" in kk and "Профилактикалық есеп" in kk
    assert "Қорғау нұсқамасы" in kk and "Бет 1 /" in kk  # a category named from reference data
    ky = "\n".join(
        lines(make_report(inspector, _request("appeals", person, "ky", as_of=AS_OF)).pdf)
    )
    assert "Кайрылууларды каттоо журналы" in ky and "Барак 1 /" in ky
    ru = make_report(inspector, _request("activity", person, "ru", as_of=AS_OF)).pdf
    assert ru != make_report(inspector, _request("activity", person, "kk", as_of=AS_OF)).pdf


def test_made_at_is_the_newest_change_without_as_of(
    inspector: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    newest = inspector.store.scalar("SELECT max(hlc) FROM change")
    moment = datetime.fromtimestamp(Stamp.parse(newest).wall_ms / 1000, UTC) + timedelta(hours=5)
    request = _request("activity", kz_inspector[1]["person"])
    report = make_report(inspector, request)
    assert f"Сформировано {moment:%d.%m.%Y %H:%M}" in "\n".join(lines(report.pdf))
    assert make_report(inspector, request).pdf == report.pdf


def test_exports_of_personal_data_are_journaled(
    inspector: Session, kz_inspector: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    def journaled() -> list[dict[str, Any]]:
        return inspector.store.select(
            "SELECT action, detail FROM journal WHERE action LIKE 'report.%' ORDER BY seq"
        )

    before = len(journaled())
    person = kz_inspector[1]["person"]
    card = write_report(
        inspector, _request("person-card", person, as_of=AS_OF), tmp_path / "card.pdf"
    )
    assert (tmp_path / "card.pdf").read_bytes() == card.pdf
    assert not list(tmp_path.glob("*.part"))
    public = make_report(inspector, _request("public", person, as_of=AS_OF))
    save_report(inspector, public, tmp_path / "public.pdf")
    entries = journaled()[before:]
    assert [e["action"] for e in entries] == ["report.export"]  # the public report names nobody
    assert person in entries[0]["detail"] and "card.pdf" in entries[0]["detail"]


def test_reportlab_is_loaded_only_to_draw() -> None:
    code = (
        "import sys, inspector_app.cli, inspector_app.services.reports; "
        "print(any(m.startswith('reportlab') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
