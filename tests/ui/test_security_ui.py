"""Security at the desk, driven through the real widgets: a pasted ID number is checked whole against the
do-not-admit list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.integration.test_guest_ids import GUEST_ID
from tests.ui.conftest import drive_modal, press, type_text
from tests.ui.test_visits_tab import estate, gate, tab  # noqa: F401 - fixtures


def test_a_pasted_full_id_is_kept_whole_and_stops_a_guest_listed_by_its_last_six(qtbot, gate, ui):
    ui.guests.add_to_watchlist(ui.desk, id_last=GUEST_ID[-6:], reason="冒充业主")
    g = gate.ui
    type_text(g.guestNameEdit, "赵六")
    type_text(g.hostUnitEdit, "3-2-1502")
    QApplication.clipboard().setText(GUEST_ID)
    press(g.idLastEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert g.idLastEdit.text() == GUEST_ID  # not cut to its first six (the region code)
    seen = {}

    def stopped(dialog):
        seen["dialog"] = dialog.objectName()
        seen["warning"] = dialog.ui.warningLabel.text() if hasattr(dialog, "ui") else ""
        dialog.reject()

    drive_modal(gate.check_in, stopped)
    assert seen["dialog"] != "printPreviewDialog" and "冒充业主" in seen["warning"]
    assert ui.guests.on_site(ui.desk) == []


def test_a_mistyped_full_id_is_refused_at_its_field(qtbot, gate, ui):
    g = gate.ui
    type_text(g.guestNameEdit, "赵六")
    type_text(g.hostUnitEdit, "3-2-1502")
    type_text(g.idLastEdit, GUEST_ID[:-1] + str((int(GUEST_ID[-1]) + 1) % 10))  # the last one mistyped
    press(g.idLastEdit, Qt.Key.Key_Return)
    error = gate.findChild(type(g.guestMessageLabel), "idLastEditError")
    assert error is not None and "check digit" in error.text()
    assert ui.guests.on_site(ui.desk) == [] and g.idLastEdit.text() != ""
