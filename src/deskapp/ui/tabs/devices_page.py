"""The devices the admin lists 设备地址表: the panel's address → building, floor, zone and type, so that
an address typed in the alarm log fills in where it is, and a device that keeps false-alarming is flagged."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor
from deskapp.services.control import ControlService, DeviceInfo
from deskapp.ui.dialogs.directory import ReasonDialog
from deskapp.ui.forms import FormPanel, load_form, tr_error
from deskapp.ui.keys import SAVE_KEYS, shortcuts
from deskapp.ui.models.control import DevicesModel
from deskapp.ui.pages import ListPanel, Page, kinds, list_takes_the_space

LIST_MAX = 2000


class DevicesPage(Page):
    """The device list and the form of the device picked (or of a new one)."""

    start_field = "deviceSearchEdit"
    kinds = kinds("control_device", "control_event")

    def __init__(self, *, control: ControlService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPageHost")
        self._control, self._actor = control, actor
        self.editing: DeviceInfo | None = None
        self.ui = ui = load_form("devices_page.ui", self)
        self.form = FormPanel({"device_address": ui.deviceAddressEdit, "device_type": ui.deviceTypeEdit,
                               "building": ui.deviceBuildingEdit, "floor": ui.deviceFloorEdit,
                               "zone": ui.deviceZoneEdit, "note": ui.deviceNoteEdit}, ui.deviceMessageLabel,
                              clear=self._clear_fields, form=ui.deviceGroup)
        self.device_list = ListPanel(ui.devicesTable, DevicesModel(self), key=lambda d: d.id,
                                     count_label=ui.deviceCountLabel, count_text=self._count_text,
                                     audit=("control_device", lambda d: d.id))
        self.device_list.selected.connect(self._edit)
        ui.deviceSearchEdit.textChanged.connect(lambda *_: self.reload())
        ui.saveDeviceButton.clicked.connect(self.save)
        shortcuts(ui.deviceGroup, SAVE_KEYS, self.save)
        ui.newDeviceButton.clicked.connect(self.new)
        ui.retireDeviceButton.clicked.connect(self.retire)
        list_takes_the_space(ui.deviceSplitter, 1)
        self.on_changes(self.kinds)

    def reload(self) -> None:
        text = self.ui.deviceSearchEdit.text()
        try:
            self.device_list.set_rows(self._control.devices(self._actor, text, limit=LIST_MAX))
        except DeskError as exc:
            self.ui.deviceCountLabel.setText(tr_error(exc))

    def _count_text(self, count: int, _more: bool) -> str:
        return self.tr("1 device") if count == 1 else self.tr("{count} devices").format(count=count)

    def _edit(self, d: DeviceInfo | None) -> None:
        if d is None or (self.editing is not None and d.id == self.editing.id):
            return
        ui = self.ui
        self.editing = d
        for edit, value in ((ui.deviceAddressEdit, d.address), (ui.deviceTypeEdit, d.device_type),
                            (ui.deviceBuildingEdit, d.building), (ui.deviceFloorEdit, d.floor),
                            (ui.deviceZoneEdit, d.zone), (ui.deviceNoteEdit, d.note)):
            edit.setText(value)
        ui.retireDeviceButton.setEnabled(True)

    def save(self) -> None:
        ui = self.ui
        editing = self.editing
        saved = self.form.submit(lambda: self._control.save_device(
            self._actor, address=ui.deviceAddressEdit.text(), device_type=ui.deviceTypeEdit.text(),
            building=ui.deviceBuildingEdit.text(), floor=ui.deviceFloorEdit.text(), zone=ui.deviceZoneEdit.text(),
            note=ui.deviceNoteEdit.text(), device_id=editing.id if editing else None))
        if saved is not None:
            self.form.say(self.tr("Saved: {address}.").format(address=saved.address))
            self.reload()

    def new(self) -> None:
        self.form.clear()
        self.device_list.view.clearSelection()

    def _clear_fields(self) -> None:
        ui = self.ui
        self.editing = None
        for edit in (ui.deviceAddressEdit, ui.deviceTypeEdit, ui.deviceBuildingEdit, ui.deviceFloorEdit,
                     ui.deviceZoneEdit, ui.deviceNoteEdit):
            edit.clear()
        ui.retireDeviceButton.setEnabled(False)
        ui.deviceAddressEdit.setFocus()

    def retire(self) -> None:
        d = self.editing
        if d is None:
            return
        dialog = ReasonDialog(
            prompt=self.tr("Remove {address} from the list? Events that name it keep it.").format(address=d.address),
            action=lambda reason: self._control.retire_device(self._actor, d.id, reason=reason), parent=self)
        if dialog.exec():
            self.form.clear()
            self.reload()
