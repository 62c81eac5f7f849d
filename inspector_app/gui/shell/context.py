"""What every page receives: the signed-in session, the dialog service, the data bus, and a
way for background work to open its own connection (a connection never crosses threads)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from inspector_app.gui.shell import local_clock
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.dialogs import DialogService

if TYPE_CHECKING:
    from inspector_app.gui.shell.tasks import TaskRunner
    from inspector_app.services.session import Session


@dataclass
class AppContext:
    session: Session
    dialogs: DialogService
    bus: DataBus
    lang: str
    # opens a second session on the same database for a worker thread; the worker closes it
    open_worker_session: Callable[[], Session]
    # a chief or HQ shows one inspector's records (their user id) or everyone's (None); the
    # window sets it and emits bus.filter_changed, pages read it when they load
    inspector_filter: str | None = None
    # the database's master key, in memory only while the window is open (never written
    # anywhere): adding a user wraps it for the new password (services.users.add_user)
    master_key: bytes | None = field(default=None, repr=False, compare=False)
    # the window's one helper for background work (gui/shell/tasks.py): jobs run one at a time, so
    # writes never contend; a page built without a window uses TaskRunner.for_context(context)
    tasks: TaskRunner | None = None

    def __post_init__(self) -> None:
        # every screen of this database shows times on its country's clock
        local_clock.set_country(self.session.country)
