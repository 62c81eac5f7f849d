"""Printing hands the PDF itself to a real CUPS queue: a cups-pdf printer, set up here when
CUPS and cups-pdf are installed (Debian: cups printer-driver-cups-pdf, packaging/bootstrap.sh installs them
when run as root) and the tests run as root; skipped, saying why, otherwise."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app.domain.errors import AppError
from inspector_app.services.reports import ReportRequest, list_printers, make_report, print_report
from inspector_app.services.reports.printing import send_to_queue
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF

QUEUE = "inspector-app-test-pdf"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPDS = (
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
)
WAIT = 60.0


def _why_not() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "the CUPS test starts cupsd and adds a queue: it needs root"
    for tool in ("cupsd", "lpadmin", "lp", "lpstat"):
        if shutil.which(tool) is None:
            return f"CUPS is not installed ({tool} is missing; Debian: apt-get install cups)"
    if not BACKEND.exists() or not any(p.exists() for p in PPDS):
        return "cups-pdf is not installed (Debian: apt-get install cups-pdf)"
    return None


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "is running" in done.stdout


def _outputs() -> list[Path]:
    """Where cups-pdf writes: the submitting user's ~/PDF, or its spool for anonymous jobs."""
    folders = [Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF", Path("/var/spool/cups-pdf")]
    return [f for folder in folders if folder.exists() for f in folder.rglob("*.pdf")]


@pytest.fixture(scope="module")
def pdf_queue() -> Iterator[str]:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        started = subprocess.Popen(
            ["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while not _scheduler_running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.kill()
                pytest.skip("cupsd did not start")
            time.sleep(0.2)
    ppd = next(p for p in PPDS if p.exists())
    subprocess.run(
        ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd)],
        check=True,
        capture_output=True,
    )
    try:
        yield QUEUE
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], check=False, capture_output=True)
        if started is not None:  # only the scheduler this test started
            started.terminate()
            started.wait(timeout=20)


def test_a_report_goes_to_the_cups_queue(
    pdf_queue: str, inspector: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    names, _default = list_printers()
    assert pdf_queue in names
    before = set(_outputs())
    report = make_report(inspector, ReportRequest("activity", period="2026-10", as_of=AS_OF))
    job = print_report(inspector, report, printer=pdf_queue, copies=1)
    assert job.printer == pdf_queue and job.job.startswith(pdf_queue)
    deadline = time.monotonic() + WAIT
    while not (printed := sorted(set(_outputs()) - before)):
        assert time.monotonic() < deadline, "cups-pdf wrote nothing"
        time.sleep(0.3)
    time.sleep(0.5)  # cups-pdf may still be writing
    out = printed[-1]
    try:
        # cups-pdf redraws the file through Ghostscript (its text is no longer extractable):
        # the same pages, on A4, are what is left to compare.
        pages = PdfReader(out).pages
        assert len(pages) == report.pages
        box = pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        assert report.file_name.removesuffix(".pdf") in out.name
    finally:
        out.unlink()
    entry = inspector.store.select(
        "SELECT detail FROM journal WHERE action = 'report.print' ORDER BY seq DESC LIMIT 1"
    )
    assert entry and pdf_queue in entry[0]["detail"]


def test_a_bad_printer_or_copies_is_refused(pdf_queue: str, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(AppError) as refused:
        send_to_queue(pdf, "no-such-printer-here", 1)
    assert refused.value.code == "print.failed"
    with pytest.raises(AppError) as copies:
        send_to_queue(pdf, pdf_queue, 0)
    assert copies.value.code == "print.copies"
