"""Printing: the PDF itself goes to the system's queue (CUPS `lp`; on Windows the shell's
print verb), never re-drawn as images, so the printout is the very file that was previewed.
Each print of personal data is journaled."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from inspector_app.domain.errors import AppError, EnvironmentProblem
from inspector_app.services.reports.make import MadeReport
from inspector_app.services.session import Session

MAX_COPIES = 99
_JOB = re.compile(r"request id is (\S+)")
_TIMEOUT = 60  # seconds: lp hands the file to the spooler and returns


@dataclass(frozen=True)
class PrintJob:
    printer: str  # empty: the system's default printer
    copies: int
    job: str  # the queue's job id where it gives one


def list_printers() -> tuple[list[str], str | None]:
    """The CUPS queues and the default one; ([], None) where CUPS is not installed (Windows:
    the GUI lists printers through Qt)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return [], None
    names = subprocess.run(
        [lpstat, "-e"], capture_output=True, text=True, check=False, timeout=_TIMEOUT
    ).stdout.split()
    default = subprocess.run(
        [lpstat, "-d"], capture_output=True, text=True, check=False, timeout=_TIMEOUT
    ).stdout
    found = default.rsplit(":", 1)[-1].strip() if ":" in default else ""
    return names, found or None


def send_to_queue(path: Path, printer: str | None, copies: int) -> str:
    """Hand a PDF file to the system's queue; returns the job id (empty if none is given)."""
    if not 1 <= copies <= MAX_COPIES:
        raise AppError("print.copies", maximum=MAX_COPIES)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        for _ in range(copies):
            if printer:
                os.startfile(str(path), "printto", f'"{printer}"')  # type: ignore[attr-defined,unused-ignore]
            else:
                os.startfile(str(path), "print")  # type: ignore[attr-defined,unused-ignore]
        return ""
    lp = shutil.which("lp")
    if lp is None:
        raise AppError("print.no_queue")
    command = [lp, "-n", str(copies), *(["-d", printer] if printer else []), "--", str(path)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        raise AppError("print.failed", reason="timeout") from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise AppError("print.failed", reason=reason[-1] if reason else str(done.returncode))
    match = _JOB.search(done.stdout)
    return match.group(1) if match else ""


def print_report(
    session: Session, report: MadeReport, printer: str | None = None, copies: int = 1
) -> PrintJob:
    """Print a made report: journaled first when it names people, then queued."""
    session.require("report.print")
    if report.kind.personal:
        with session.store.transaction():
            session.event(
                "report.print",
                printer=printer or "",
                copies=copies,
                pages=report.pages,
                **report.detail,
            )
    # The application's own temporary file, not a file the person chose, so not the guarded
    # writer: a fresh private folder (0700, made by mkdtemp) and in it a new file that only its
    # owner may read (0600: the report names people). lp copies the file into the spool before
    # it returns; Windows' print verb reads it later, so there the file stays in the temporary
    # folder.
    folder = Path(tempfile.mkdtemp(prefix="inspector-print-"))
    path = folder / report.file_name
    try:
        _write_private(path, report.pdf)
        job = send_to_queue(path, printer, copies)
    finally:
        if sys.platform != "win32":
            shutil.rmtree(folder, ignore_errors=True)
    return PrintJob(printer or "", copies, job)


def _write_private(path: Path, data: bytes) -> None:
    """A new file (never an existing one, never through a symlink), mode 0600; a full or
    failing disk is said in words."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    except OSError as error:
        raise EnvironmentProblem(
            "file.write", path=str(path), reason=error.strerror or str(error)
        ) from None
