"""Forms check their fields as the person types and say why in words, under the field.

A field's check returns the reason it is wrong, or None. A reason shows once the field has been
typed in (not while a form is still empty), and for every field when the person tries to go on;
what was typed always stays. Reasons that come from the core go through messages.describe.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit

from inspector_app.domain.errors import AppError
from inspector_app.gui.shell import style

Check = Callable[[], str | None]


def core_reason(check: Callable[[], None], lang: Callable[[], str]) -> str | None:
    """The words for the AppError a core check raises, or None when it passes."""
    try:
        check()
    except AppError as error:
        from inspector_app.messages import describe

        return describe(error, lang())
    return None


def core_words(code: str, lang: str, **params: object) -> str:
    """The words of a core message code ("password.mismatch") in `lang`."""
    from inspector_app.messages import describe

    return describe(AppError(code, **params), lang)


@dataclass
class _Field:
    edit: QLineEdit
    label: QLabel
    check: Check
    touched: bool = False


class FieldChecks(QObject):
    """The checks of one form. `changed` is emitted whenever validity may have changed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: list[_Field] = []

    def add(
        self, edit: QLineEdit, label: QLabel, check: Check, *, also: Sequence[QLineEdit] = ()
    ) -> None:
        """Check `edit` as it is typed in; `also`: fields whose change re-checks this one
        (the repeated password follows the password)."""
        field = _Field(edit, label, check)
        self._fields.append(field)
        style.mark_error(label)
        label.hide()

        def edited() -> None:
            field.touched = True
            self._show(field)
            self.changed.emit()

        edit.textEdited.connect(edited)
        edit.textChanged.connect(lambda _text: self.changed.emit())
        for other in also:
            other.textEdited.connect(lambda _text: self._show(field) if field.touched else None)

    def valid(self) -> bool:
        """Every shown field passes (nothing is displayed)."""
        return all(field.check() is None for field in self._active())

    def show_all(self) -> bool:
        """Show the reason of every wrong field and put the cursor in the first; True when
        all pass."""
        first: QLineEdit | None = None
        for field in self._active():
            field.touched = True
            if self._show(field) and first is None:
                first = field.edit
        if first is not None:
            first.setFocus()
        return first is None

    def refresh(self) -> None:
        """Show the reasons again (the language changed)."""
        for field in self._fields:
            if field.touched:
                self._show(field)

    def _active(self) -> list[_Field]:
        return [f for f in self._fields if not f.edit.isHidden() and f.edit.isEnabled()]

    def _show(self, field: _Field) -> bool:
        reason = field.check() if not field.edit.isHidden() else None
        field.label.setText(reason or "")
        field.label.setVisible(bool(reason))
        field.edit.setAccessibleDescription(reason or "")
        return reason is not None
