"""The filter row of the dated lists (the work log, incidents): from and to days typed as
DD.MM.YYYY, and a kind. The pages keep the words (each in its own translation context); this
holds the widgets and reads what is typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from inspector_app.gui.shared.work_widgets import add_data_item, date_reason, parse_day, show_reason
from inspector_app.gui.shell import style


@dataclass(frozen=True)
class DayKind:
    start: date | None
    end: date | None
    kind: str | None


class DayKindFilter:
    def __init__(
        self,
        edited: Callable[[], None],
        kind_changed: Callable[[], None],
        start: str = "",
        end: str = "",
    ) -> None:
        self.from_label, self.from_edit = QLabel(), QLineEdit(start)
        self.to_label, self.to_edit = QLabel(), QLineEdit(end)
        self.kind_label, self.kind_combo = QLabel(), QComboBox()
        for label, edit in (
            (self.from_label, self.from_edit),
            (self.to_label, self.to_edit),
            (self.kind_label, self.kind_combo),
        ):
            label.setBuddy(edit)
            # room for the letters a mnemonic's underline keeps apart ("To" loses its kerning)
            label.setContentsMargins(0, 0, style.GRID // 2, 0)
        for edit in (self.from_edit, self.to_edit):
            edit.setMaxLength(10)
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 14 + 4 * style.GRID)
            # never narrower than a whole date: a squeezed list showed "026" of "16.11.2026"
            edit.setMinimumWidth(
                edit.fontMetrics().horizontalAdvance("00.00.0000") + 4 * style.GRID
            )
            edit.textEdited.connect(lambda _text: edited())
        self.kind_combo.currentIndexChanged.connect(lambda _i: kind_changed())

    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.kind_label,
            self.kind_combo,
        )

    def fill_kinds(self, all_kinds: str, kinds: Iterable[tuple[str, str]]) -> None:
        """(Re)fill the kinds, (code, name), after "all"; the choice stays, no signal is sent."""
        combo = self.kind_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_kinds, None)
        for code, name in kinds:
            add_data_item(combo, name, code)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def typed(self, lang: str, message: QLabel) -> DayKind | None:
        """What is typed, or None (and the reason shown in `message`) when a date is no date."""
        reason = date_reason(self.from_edit.text(), lang) or date_reason(self.to_edit.text(), lang)
        show_reason(message, reason)
        if reason:
            return None
        kind = self.kind_combo.currentData()
        return DayKind(
            parse_day(self.from_edit.text()),
            parse_day(self.to_edit.text()),
            str(kind) if kind else None,
        )

    def clear(self) -> None:
        """Every day and every kind (the caller reloads)."""
        self.from_edit.clear()
        self.to_edit.clear()
        self.kind_combo.setCurrentIndex(0)
