"""The error log: a bug's details for the person to send on, readable by its owner only. Used
by the command line and the window alike.

A log never holds personal data: a bug's traceback is written as the code's own places (file,
line, function, the source line) and the exceptions' types, without their messages, which may
quote what was typed or stored (a name in a KeyError, a value in a driver's error)."""

from __future__ import annotations

import traceback
from pathlib import Path

from inspector_app.store.files import append_private


def append_details(path: Path, text: str) -> None:
    """Append to the log, made 0600; OSError when it cannot be written (the caller decides)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    append_private(path, text)


def traceback_without_data(error: BaseException) -> str:
    """The traceback of `error` and of the exceptions it came from, messages left out."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines = "".join(traceback.format_list(frames))
        kind = type(current)
        parts.append(
            f"Traceback (most recent call last):\n{lines}{kind.__module__}.{kind.__qualname__}"
        )
        current = current.__cause__ or current.__context__
    return "\n\nwhich came from:\n\n".join(parts) + "\n"
