"""The precinct passport tab of the Territory page: the passport's figures beside what the
database holds (ui/passport_form.ui), the settlements with their households and residents, and
the objects of the precinct (schools, shops, farms...), added and changed in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_passport_form import Ui_PassportForm
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE, Column, RowsTableModel
from inspector_app.gui.shared.work_widgets import error_words, fit_columns, setup_table, show_reason
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.territory.precinct_object_dialog import PrecinctObjectDialog
from inspector_app.services.territory import (
    Passport,
    PrecinctObject,
    passport,
    remove_object,
    update_passport,
)

CONTEXT = "PassportTab"


class PassportTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.precinct_id: str | None = None
        self.data: Passport | None = None
        self._stale = False
        writer = context.session.can("territory.write")
        self.form = QWidget()
        self.ui = Ui_PassportForm()
        self.ui.setupUi(self.form)
        self.ui.formMessage.hide()
        for value in (self.ui.precinctValue, self.ui.inspectorValue):
            value.setProperty(style.VERBATIM, True)
        for value in (self.ui.residentsValue, self.ui.householdsValue):
            style.mark_secondary(value)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.saveButton.setVisible(writer)
        for edit in (self.ui.addressEdit, self.ui.notesEdit):
            edit.setReadOnly(not writer)
        for spin in (self.ui.populationEdit, self.ui.householdsEdit):
            spin.setReadOnly(not writer)

        self.settlements_label = QLabel()
        self.settlements_model = RowsTableModel(
            [
                Column(QT_TRANSLATE_NOOP("PassportTab", "Settlement"), CONTEXT, lambda s: s.name),
                Column(
                    QT_TRANSLATE_NOOP("PassportTab", "Households"),
                    CONTEXT,
                    lambda s: str(s.households),
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PassportTab", "Residents"),
                    CONTEXT,
                    lambda s: str(s.residents),
                    align_right=True,
                ),
            ],
            self,
        )
        self.settlements = QTableView()
        self.settlements.setObjectName("passportSettlements")
        self.settlements.setModel(self.settlements_model)
        setup_table(self.settlements, stretch=0)
        fit_columns(self.settlements, (24, 10, 10))
        self.settlements_label.setBuddy(self.settlements)

        self.objects_label = QLabel()
        self.objects_model = RowsTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("PassportTab", "Kind"),
                    CONTEXT,
                    lambda o: work_text.word(work_text.OBJECT_KINDS, o.kind),
                ),
                Column(QT_TRANSLATE_NOOP("PassportTab", "Name"), CONTEXT, lambda o: o.name),
                Column(
                    QT_TRANSLATE_NOOP("PassportTab", "Address"),
                    CONTEXT,
                    lambda o: o.address or "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("PassportTab", "Contact"),
                    CONTEXT,
                    lambda o: o.contact or "",
                ),
            ],
            self,
        )
        self.objects = QTableView()
        self.objects.setObjectName("passportObjects")
        self.objects.setModel(self.objects_model)
        setup_table(self.objects, stretch=1)
        fit_columns(self.objects, (22, 30, 30, 22))
        self.objects_label.setBuddy(self.objects)
        self.objects.activated.connect(lambda _i: self.edit_object())
        selection = self.objects.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._object_selected)
        self.add_button, self.edit_button, self.remove_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.add_button.clicked.connect(self.add_object)
        self.edit_button.clicked.connect(self.edit_object)
        self.remove_button.clicked.connect(self.remove_object)
        buttons = QHBoxLayout()
        buttons.setSpacing(style.SPACING)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(writer)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.objects_empty = QLabel()
        self.objects_empty.setWordWrap(True)
        style.mark_secondary(self.objects_empty)

        left = QVBoxLayout()
        left.setSpacing(style.SPACING)
        left.addWidget(self.form)
        left.addSpacing(style.GROUP_SPACING)
        left.addWidget(self.settlements_label)
        left.addWidget(self.settlements, 1)
        right = QVBoxLayout()
        right.setSpacing(style.SPACING)
        right.addWidget(self.objects_label)
        right.addWidget(self.objects, 1)
        right.addWidget(self.objects_empty)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(style.SPACING, style.SPACING, style.SPACING, style.SPACING)
        layout.setSpacing(style.GROUP_SPACING)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)
        self.settlements_label.setText(self.tr("Se&ttlements"))
        self.settlements.setAccessibleName(self.tr("Settlements of the precinct"))
        self.objects_label.setText(self.tr("O&bjects of the precinct"))
        self.objects.setAccessibleName(self.tr("Objects of the precinct"))
        self.add_button.setText(self.tr("Add an ob&ject…"))
        self.edit_button.setText(self.tr("Chan&ge…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.objects_empty.setText(
            self.tr(
                "No objects yet. Schools, shops, farms and places of worship of the precinct "
                "are added with “Add an object”."
            )
        )
        for model in (self.settlements_model, self.objects_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._show()

    # --- loading --------------------------------------------------------------------------
    def load(self, precinct_id: str | None) -> None:
        """Show this precinct's passport; read when the tab is first shown (a big precinct's
        figures take a moment to count)."""
        self.precinct_id = precinct_id
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._stale:
            return
        self._stale = False
        precinct_id = self.precinct_id
        self.data = None
        if precinct_id is not None:
            try:
                self.data = passport(self.context.session, precinct_id)
            except AppError as error:
                show_reason(self.ui.formMessage, error_words(error, self.context.lang))
        self._show()

    def _show(self) -> None:
        data = self.data
        ui = self.ui
        self.setEnabled(data is not None)
        if data is None:
            self.settlements_model.set_rows([])
            self.objects_model.set_rows([])
            return
        ui.precinctValue.setText(f"{data.code} — {data.name}")
        ui.inspectorValue.setText(data.inspector_name or work_text.DASH)
        ui.addressEdit.setText(data.post_address or "")
        ui.populationEdit.setValue(data.population or 0)
        ui.householdsEdit.setValue(data.households_count or 0)
        ui.notesEdit.setText(data.notes or "")
        households = sum(s.households for s in data.settlements)
        locale = QLocale()
        ui.residentsValue.setText(
            self.tr("in the database: %1").replace("%1", locale.toString(data.residents))
        )
        ui.householdsValue.setText(
            self.tr("in the database: %1").replace("%1", locale.toString(households))
        )
        self.settlements_model.set_rows(list(data.settlements))
        self.objects_model.set_rows(list(data.objects))
        self.objects_empty.setVisible(not data.objects)
        self._object_selected()

    def has_input(self) -> bool:
        data = self.data
        if data is None:
            return False
        ui = self.ui
        return (
            ui.addressEdit.text() != (data.post_address or "")
            or ui.notesEdit.text() != (data.notes or "")
            or ui.populationEdit.value() != (data.population or 0)
            or ui.householdsEdit.value() != (data.households_count or 0)
        )

    # --- actions --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.precinct_id is None:
            return True
        ui = self.ui
        try:
            update_passport(
                self.context.session,
                self.precinct_id,
                post_address=ui.addressEdit.text(),
                population=ui.populationEdit.value(),
                households_count=ui.householdsEdit.value(),
                notes=ui.notesEdit.text(),
            )
        except AppError as error:
            show_reason(ui.formMessage, error_words(error, self.context.lang))
            return False
        show_reason(ui.formMessage, self.tr("The passport is saved."))
        style.mark_secondary(ui.formMessage)
        self.context.bus.announce("precinct")
        return True

    def current_object(self) -> PrecinctObject | None:
        index = self.objects.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, PrecinctObject) else None

    def _object_selected(self, *_args: QItemSelection) -> None:
        chosen = self.current_object() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_object(self) -> None:
        self._object_dialog(None)

    def edit_object(self) -> None:
        item = self.current_object()
        if item is not None:
            self._object_dialog(item)

    def _object_dialog(self, item: PrecinctObject | None) -> None:
        if self.precinct_id is None or not self.context.session.can("territory.write"):
            return
        dialog = PrecinctObjectDialog(
            self.context.session, self.context.lang, self.precinct_id, item, self
        )
        accepted = self.context.dialogs.run(dialog) == PrecinctObjectDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("precinct_object")

    def remove_object(self) -> None:
        item = self.current_object()
        if item is None:
            return
        answer = self.context.dialogs.ask(
            self,
            self.tr("Remove an object"),
            self.tr("Remove “%1” from the precinct passport?").replace("%1", item.name),
        )
        if answer != Answer.YES:
            return
        try:
            remove_object(self.context.session, item.id)
        except AppError as error:
            show_reason(self.ui.formMessage, error_words(error, self.context.lang))
            return
        self.context.bus.announce("precinct_object")
