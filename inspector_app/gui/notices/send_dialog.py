"""What the dialogs that send work down (a wanted notice, a task) share: the Save button says
"Send", and a refusal of the service is said at the foot of the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from inspector_app.domain.errors import AppError
from inspector_app.gui.shell import style
from inspector_app.messages import describe


def name_send_button(buttons: QDialogButtonBox, words: str) -> None:
    """Call the Save button `words` (the caller translates, in its own context)."""
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    if save is not None:
        save.setText(words)


def send(form_message: QLabel, lang: str, write: Callable[[], str]) -> str | None:
    """The id `write` saved, or None with the refusal said in `form_message`."""
    try:
        return write()
    except AppError as error:
        form_message.setText(describe(error, lang))
        style.mark_error(form_message)
        form_message.show()
        return None
