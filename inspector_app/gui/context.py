"""What every page receives: the signed-in session, the dialog service, the data bus, and a
way for background work to open its own connection (a connection never crosses threads)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inspector_app.gui.bus import DataBus
from inspector_app.gui.dialogs import DialogService

if TYPE_CHECKING:
    from inspector_app.services.session import Session


@dataclass
class AppContext:
    session: Session
    dialogs: DialogService
    bus: DataBus
    lang: str
    # opens a second session on the same database for a worker thread; the worker closes it
    open_worker_session: Callable[[], Session]
