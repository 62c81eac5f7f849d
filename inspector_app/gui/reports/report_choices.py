"""The choices of the Reports page (ui/reports_page.ui): the kind of report, the period (a month,
a quarter, a year, or days typed), what it covers (a precinct or a district of this database), the
person of a person card (names complete as one types) and the report's language.

`request()` turns the choices into a `ReportRequest`, or shows under the field why it cannot
(a date that is no date, no person chosen) and returns None. `changed` follows every choice.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_reports_page import Ui_ReportsForm
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.work_widgets import (
    PeopleSearch,
    add_data_item,
    parse_day,
    person_line,
    show_reason,
)
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.reports.formatting import period as period_words
from inspector_app.reports.model import Period
from inspector_app.services.people import SearchHit
from inspector_app.services.reports import (
    ReportKind,
    ReportRequest,
    ScopeChoice,
    parse_period,
    period_code,
    report_kinds,
    scope_choices,
)
from inspector_app.services.reports.periods import month, quarter, year

CONTEXT = "ReportChoices"
# the names of the languages in themselves, as the Settings page shows them
LANGUAGE_NAMES = (("ru", "Русский"), ("kk", "Қазақша"), ("ky", "Кыргызча"), ("en", "English"))
PERIOD_KINDS = (
    ("month", QT_TRANSLATE_NOOP("ReportChoices", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("ReportChoices", "Quarter")),
    ("year", QT_TRANSLATE_NOOP("ReportChoices", "Year")),
    ("range", QT_TRANSLATE_NOOP("ReportChoices", "Dates")),
)
MONTHS_BACK, QUARTERS_BACK, YEARS_BACK = 24, 8, 5
KIND_NOTES = {
    "activity": QT_TRANSLATE_NOOP(
        "ReportChoices",
        "One inspector's work in the period: households visited, the register, talks and "
        "warnings, appeals, incidents, and the overdue lists by name.",
    ),
    "district": QT_TRANSLATE_NOOP(
        "ReportChoices",
        "Every inspector of the district side by side, with charts of appeals decided on time "
        "and of checks done, and the district's overdue lists.",
    ),
    "hq": QT_TRANSLATE_NOOP(
        "ReportChoices", "Districts and regions with their totals and monthly trends."
    ),
    "public": QT_TRANSLATE_NOOP(
        "ReportChoices",
        "The report to residents: figures only, no names; a count of 1 or 2 shows as “fewer "
        "than 3”. Fit for a notice board.",
    ),
    "person-card": QT_TRANSLATE_NOOP(
        "ReportChoices", "One person's register card with checks and history, as of today."
    ),
    "appeals": QT_TRANSLATE_NOOP(
        "ReportChoices",
        "The register of appeals received in the period, with their status and deadlines.",
    ),
    "passport": QT_TRANSLATE_NOOP("ReportChoices", "The precinct passport as of today."),
}
# the report a role makes most often comes first in view
DEFAULT_KIND = {"inspector": "activity", "assistant": "activity", "chief": "district", "hq": "hq"}


def say(label: QLabel, reason: str | None, *, from_catalog: bool) -> None:
    """A reason under a field, or nothing. Words from the services' gettext catalogs are
    marked verbatim: Qt's translation never sees them (the translation test skips them)."""
    label.setProperty(style.VERBATIM, from_catalog)
    show_reason(label, reason)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def recent_periods(kind: str, today: date) -> list[Period]:
    """The months, quarters or years a form offers, newest first."""
    if kind == "month":
        found: list[Period] = []
        at_year, number = today.year, today.month
        for _ in range(MONTHS_BACK):
            found.append(month(at_year, number))
            at_year, number = (at_year, number - 1) if number > 1 else (at_year - 1, 12)
        return found
    if kind == "quarter":
        found = []
        at_year, number = today.year, (today.month + 2) // 3
        for _ in range(QUARTERS_BACK):
            found.append(quarter(at_year, number))
            at_year, number = (at_year, number - 1) if number > 1 else (at_year - 1, 4)
        return found
    return [year(today.year - back) for back in range(YEARS_BACK)]


class ReportChoices(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ReportsForm()
        self.ui.setupUi(self)
        self.person: SearchHit | None = None
        self.kinds: dict[str, ReportKind] = {k.code: k for k in report_kinds(context.session)}
        self.scopes: list[ScopeChoice] = []
        self.search = PeopleSearch(self.ui.personSearch, context.session, context.lang)
        self.search.picked.connect(self._picked)
        for label in (self.ui.periodMessage, self.ui.formMessage):
            label.hide()
            style.mark_error(label)
        style.mark_secondary(self.ui.kindNote)
        ui = self.ui
        today = self.today()
        ui.fromEdit.setText(work_text.day(today.replace(day=1)))
        ui.toEdit.setText(work_text.day(today))
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.periodKindCombo.currentIndexChanged.connect(lambda _i: self._period_kind_changed())
        for combo in (ui.periodCombo, ui.scopeCombo, ui.languageCombo):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        for edit in (ui.fromEdit, ui.toEdit):
            edit.textEdited.connect(lambda _t: self._dates_edited())
        self.setFocusProxy(ui.kindCombo)
        self.reload_scopes()
        self.retranslate()

    def today(self) -> date:
        return self.context.session.today()

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill(self.ui.kindCombo, self._kind_items(), self._default_kind())
        self._fill(
            self.ui.periodKindCombo,
            [
                (QCoreApplication.translate(CONTEXT, words), code, False)
                for code, words in PERIOD_KINDS
            ],
            "month",
        )
        self._fill(
            self.ui.languageCombo,
            [(name, code, True) for code, name in LANGUAGE_NAMES],
            self.context.lang,
        )
        self._fill_periods()
        self._kind_changed(announce=False)

    def _kind_items(self) -> list[tuple[str, object, bool]]:
        # the reports' own names, from the reports' catalogs (gettext), in the window's language
        return [(kind.title(self.context.lang), code, True) for code, kind in self.kinds.items()]

    def _default_kind(self) -> str:
        return DEFAULT_KIND.get(self.context.session.role, "activity")

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object, bool]], default: object) -> None:
        """Fill a combo with (text, data, verbatim) items, keeping the choice it had."""
        keep = combo.currentData() if combo.count() else default
        combo.blockSignals(True)
        combo.clear()
        for text, data, verbatim in items:
            if verbatim:
                add_data_item(combo, text, data)
            else:
                combo.addItem(text, data)
        found = combo.findData(keep)
        combo.setCurrentIndex(found if found >= 0 else max(combo.findData(default), 0))
        combo.blockSignals(False)

    # --- the choices ----------------------------------------------------------------------
    def kind(self) -> ReportKind:
        return self.kinds[str(self.ui.kindCombo.currentData() or self._default_kind())]

    def set_kind(self, code: str) -> None:
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(code))

    def set_period(self, kind: str, period: Period | None = None) -> None:
        """Choose a period kind, and a period of that kind when given (for tests and shortcuts)."""
        self.ui.periodKindCombo.setCurrentIndex(self.ui.periodKindCombo.findData(kind))
        if period is not None:
            self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData(period_code(period)))

    def reload_scopes(self) -> None:
        """The precincts and districts of this database, read again (they may have changed)."""
        try:
            self.scopes = scope_choices(self.context.session)
        except AppError:
            self.scopes = []
        if self.ui.kindCombo.count():
            self._fill_scopes()

    def _fill_periods(self) -> None:
        kind = str(self.ui.periodKindCombo.currentData() or "month")
        if kind == "range":
            self.ui.periodCombo.blockSignals(True)
            self.ui.periodCombo.clear()
            self.ui.periodCombo.blockSignals(False)
            return
        periods = recent_periods(kind, self.today())
        # a month's report is made once the month is over: the last full month comes first
        default = period_code(periods[1] if kind == "month" else periods[0])
        items: list[tuple[str, object, bool]] = [
            (_capitalised(period_words(p, self.context.lang)), period_code(p), True)
            for p in periods
        ]
        self._fill(self.ui.periodCombo, items, default)

    def _fill_scopes(self) -> None:
        kind = self.kind()
        first = "precinct" if self.context.session.device_role == "inspector" else "district"
        levels = sorted(kind.scopes, key=lambda level: level != first)
        items: list[tuple[str, object, bool]] = [
            (choice.name, f"{choice.level}:{choice.code}", True)
            for level in levels
            for choice in self.scopes
            if choice.level == level
        ]
        if kind.code == "hq" or not items:
            words = (
                self.tr("Every district of this database")
                if kind.code == "hq"
                else self.tr("What this database holds")
            )
            items.insert(0, (words, "", False))
        self._fill(self.ui.scopeCombo, items, items[0][1])

    def _kind_changed(self, *, announce: bool = True) -> None:
        kind = self.kind()
        ui = self.ui
        ui.kindNote.setText(QCoreApplication.translate(CONTEXT, KIND_NOTES.get(kind.code, "")))
        for widget in (ui.periodLabel, ui.periodKindCombo):
            widget.setVisible(kind.needs_period)
        self._show_dates()
        self._fill_scopes()
        has_scope = bool(kind.scopes)
        ui.scopeLabel.setVisible(has_scope)
        ui.scopeCombo.setVisible(has_scope)
        for part in (ui.personLabel, ui.personSearch, ui.personChosen):
            part.setVisible(kind.needs_person)
        self._show_person()
        if announce:
            self._changed()

    def _period_kind_changed(self) -> None:
        self._fill_periods()
        self._show_dates()
        self._changed()

    def _show_dates(self) -> None:
        dates = self.kind().needs_period and self.ui.periodKindCombo.currentData() == "range"
        self.ui.datesBox.setVisible(dates)
        self.ui.periodCombo.setVisible(self.kind().needs_period and not dates)
        if not dates:
            show_reason(self.ui.periodMessage, None)

    def _dates_edited(self) -> None:
        self._period_reason()
        self._changed()

    def _picked(self, hit: SearchHit) -> None:
        self.person = hit
        self._show_person()
        self._changed()

    def _show_person(self) -> None:
        label = self.ui.personChosen
        if self.person is not None:
            label.setText(person_line(self.person))
            label.setProperty(style.VERBATIM, True)  # a person's name and dates are data
            label.setStyleSheet("")
        else:
            label.setText(
                self.tr("No person chosen yet: type a name above and pick from the list.")
            )
            label.setProperty(style.VERBATIM, False)
            style.mark_secondary(label)

    def _changed(self) -> None:
        show_reason(self.ui.formMessage, None)
        self.changed.emit()

    # --- the request ----------------------------------------------------------------------
    def _period_reason(self) -> str | None:
        """Why the typed days are refused, shown under them; None when they make a period."""
        lang = self.context.lang
        ui = self.ui
        reason, from_catalog = None, True  # the services' reasons come from gettext
        for edit in (ui.fromEdit, ui.toEdit):
            if not edit.text().strip():
                reason, from_catalog = self.tr("Type both days as DD.MM.YYYY."), False
                break
            try:
                parse_day(edit.text())
            except AppError as error:
                reason = describe(error, lang)
                break
        if reason is None:
            try:
                parse_period(self._typed_range())
            except AppError as error:
                reason = describe(error, lang)
        say(ui.periodMessage, reason, from_catalog=from_catalog)
        return reason

    def _typed_range(self) -> str:
        first, last = parse_day(self.ui.fromEdit.text()), parse_day(self.ui.toEdit.text())
        assert first is not None and last is not None
        return f"{first.isoformat()}..{last.isoformat()}"

    def period(self) -> str | None:
        """The period as parse_period reads it; None where the kind needs none (or the typed
        days are refused: see request())."""
        if not self.kind().needs_period:
            return None
        if self.ui.periodKindCombo.currentData() == "range":
            return None if self._period_reason() else self._typed_range()
        return str(self.ui.periodCombo.currentData() or "") or None

    def request(self) -> ReportRequest | None:
        """The choices as a request, or None after showing why they are not complete."""
        kind = self.kind()
        period = self.period()
        if kind.needs_period and period is None:
            edit = self.ui.fromEdit if self.ui.periodMessage.isVisible() else self.ui.periodCombo
            edit.setFocus()
            return None
        if kind.needs_person and self.person is None:
            self.show_failure(self.tr("Choose the person of the card first."), from_catalog=False)
            self.ui.personSearch.setFocus()
            return None
        level, _, code = str(self.ui.scopeCombo.currentData() or "").partition(":")
        scoped = bool(kind.scopes) and bool(code)
        return ReportRequest(
            kind=kind.code,
            period=period,
            precinct=code if scoped and level == "precinct" else None,
            district=code if scoped and level == "district" else None,
            person=self.person.id if kind.needs_person and self.person else None,
            lang=str(self.ui.languageCombo.currentData() or self.context.lang),
        )

    def summary(self, request: ReportRequest) -> str:
        """What a request asks for, in words: the report, what it covers, the period."""
        kind = self.kinds[request.kind]
        parts = [kind.title(self.context.lang)]
        if request.person and self.person is not None:
            parts.append(self.person.full_name)
        elif kind.scopes:
            parts.append(self.ui.scopeCombo.currentText())
        if request.period:
            parts.append(period_words(parse_period(request.period), self.context.lang))
        return " — ".join(p for p in parts if p)

    def show_failure(self, reason: str, *, from_catalog: bool = True) -> None:
        """A reason for refusing these choices, under the form: the services' own words
        (gettext) or the window's."""
        say(self.ui.formMessage, reason, from_catalog=from_catalog)
