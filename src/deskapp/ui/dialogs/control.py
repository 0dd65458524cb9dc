"""Dialogs of the control room: the call to 119 with the five items said."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QWidget

from deskapp.domain.control import FireCall
from deskapp.ui.dialogs.base import FormDialog


class FireCallDialog(FormDialog):
    """119 was called: when, and the five items said (the address, where it started, what is burning,
    how large, the caller's name and phone). ``action(call)`` records it (``call.at`` naive UTC)."""

    FORM = "fire_call_form.ui"

    def __init__(self, *, prompt: str, now: datetime, address: str, caller: str,
                 action: Callable[[FireCall], object], parent: QWidget | None = None) -> None:
        self._action = action
        super().__init__(parent)
        u = self.ui
        u.promptLabel.setText(prompt)
        u.callAtEdit.setDateTime(QDateTime(now.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)))
        u.callAddressEdit.setText(address)
        u.callCallerEdit.setText(caller)
        self.initial_focus = u.callOriginEdit  # the address and the caller are filled in already

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"call_at": u.callAtEdit, "call_address": u.callAddressEdit, "call_origin": u.callOriginEdit,
                "call_burning": u.callBurningEdit, "call_size": u.callSizeEdit, "call_caller": u.callCallerEdit,
                "call_phone": u.callPhoneEdit}

    def submit(self) -> None:
        u = self.ui
        at = u.callAtEdit.dateTime().toPython().astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
        self._action(FireCall(address=u.callAddressEdit.text(), origin=u.callOriginEdit.text(),
                              burning=u.callBurningEdit.text(), size=u.callSizeEdit.text(),
                              caller=u.callCallerEdit.text(), phone=u.callPhoneEdit.text(), at=at))


class CorrectEventDialog(FormDialog):
    """Change an open event's place or text, with the reason (kept in the audit trail and as a note on the
    event). ``action(values)`` saves; a closed event is refused by the service: it takes a note only."""

    FORM = "correct_event_form.ui"

    def __init__(self, *, prompt: str, device_address: str, building: str, floor: str, zone: str, text: str,
                 action: Callable[[dict[str, str]], object], parent: QWidget | None = None) -> None:
        self._action = action
        super().__init__(parent)
        u = self.ui
        u.promptLabel.setText(prompt)
        for edit, value in ((u.correctDeviceEdit, device_address), (u.correctBuildingEdit, building),
                            (u.correctFloorEdit, floor), (u.correctZoneEdit, zone)):
            edit.setText(value)
        u.correctTextEdit.setPlainText(text)

    def fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {"device_address": u.correctDeviceEdit, "building": u.correctBuildingEdit, "floor": u.correctFloorEdit,
                "zone": u.correctZoneEdit, "text": u.correctTextEdit, "reason": u.correctReasonEdit}

    def submit(self) -> None:
        u = self.ui
        self._action({"device_address": u.correctDeviceEdit.text(), "building": u.correctBuildingEdit.text(),
                      "floor": u.correctFloorEdit.text(), "zone": u.correctZoneEdit.text(),
                      "text": u.correctTextEdit.toPlainText(), "reason": u.correctReasonEdit.text()})
