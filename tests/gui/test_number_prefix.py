"""The chief gives an inspector's laptop a new prefix for its appeal numbers from the Devices
tab of the Sync page: a prefix refused is said in the dialog, which stays open; the one given
goes down with the next package and the laptop numbers under it from 1."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.gui.sync.prefix_dialog import PrefixDialog
from inspector_app.services.appeals import register_appeal
from inspector_app.services.sync.export import export_package
from inspector_app.services.sync.importing import import_package
from tests.gui.test_sync_page import _read, _write, enrolled, pair  # noqa: F401 - fixtures


def _register(session: Any) -> str:
    return register_appeal(
        session, summary="Шум", channel="written", applicant_name="Сейітова Г."
    ).number


def test_the_chief_gives_a_laptop_a_new_prefix_from_the_devices_tab(
    qtbot,
    enrolled,  # noqa: F811 - the fixture imported above
    tmp_path,
) -> None:
    laptop, chief = enrolled
    first = _register(laptop.session)
    stick = tmp_path / "stick"
    stick.mkdir()
    _read(qtbot, chief, _write(qtbot, laptop, stick))

    devices = chief.page.devices
    chief.page.tabs.setCurrentIndex(2)
    assert devices.prefix_button.isVisible() and not devices.prefix_button.isEnabled()
    assert not laptop.page.devices.prefix_button.isVisible()  # the chief's, not the laptop's
    row = next(
        n
        for n in range(devices.model.rowCount())
        if devices.model.index(n, 0).data(ROW_ROLE).device_id == laptop.session.device_id
    )
    devices.table.selectRow(row)
    assert devices.prefix_button.isEnabled()

    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, PrefixDialog)
        seen["now"] = dialog.current.text()
        dialog.edit.setText("12 07")
        dialog.accept()  # refused: said under the field, the dialog stays
        seen["refused"] = dialog.message.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.edit.setText("12-07")
        dialog.accept()
        return dialog.result()

    chief.dialogs.on_run.append(fill)
    qtbot.mouseClick(devices.prefix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "12-07" in devices.known_message.text())
    assert seen["now"] == first[:5] == "12-05"
    assert "12 07" in seen["refused"] and "12-07" in seen["refused"]  # what to type instead

    down = export_package(chief.session, tmp_path / "stick", laptop.session.device_id)
    assert import_package(laptop.session, down.path).status == "imported"
    assert _register(laptop.session) == f"12-07-{first[6:10]}-000001"
