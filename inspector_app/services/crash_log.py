"""The error log: a bug's details for the person to send on, readable by its owner only (a
traceback may quote personal data). Used by the command line and the window alike."""

from __future__ import annotations

from pathlib import Path

from inspector_app.store.files import append_private


def append_details(path: Path, text: str) -> None:
    """Append to the log, made 0600; OSError when it cannot be written (the caller decides)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    append_private(path, text)
