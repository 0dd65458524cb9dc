"""What the screens do with misleading input (issue 8): the room scheme in the site settings, and
labels that show what was typed as plain text, never as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.units import RoomScheme
from deskapp.paths import form_path
from deskapp.ui.dialogs.settings import SiteDialog
from deskapp.ui.forms import load_form
from tests.ui.conftest import type_text

FORMS = sorted(p.name for p in form_path("site_form.ui").parent.glob("*.ui"))


def site_dialog(qtbot, ui) -> SiteDialog:
    dialog = SiteDialog(site=ui.site, actor=ui.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_site_settings_set_how_rooms_are_numbered(qtbot, ui):
    dialog = site_dialog(qtbot, ui)
    u = dialog.ui
    assert u.roomBuildingsEdit.text() == "" and u.roomEntrancesCombo.currentData() is None  # the default
    type_text(u.roomBuildingsEdit, "1-20，A、B")
    u.roomEntrancesCombo.setCurrentIndex(u.roomEntrancesCombo.findData(2))
    u.basementFloorsSpin.setValue(1)
    u.topFloorSpin.setValue(18)
    u.roomsPerFloorSpin.setValue(4)
    u.otherRoomsCheck.setChecked(False)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ui.site.settings().room_scheme == RoomScheme("1-20,A,B", 2, 1, 18, 4, False)
    with pytest.raises(ValidationError) as err:
        ui.directory.create_unit(ui.desk, "21-1-101")
    assert "no building 21" in str(err.value)
    again = site_dialog(qtbot, ui)
    assert again.ui.roomBuildingsEdit.text() == "1-20, A, B" and again.ui.roomEntrancesCombo.currentData() == 2


def test_a_building_list_that_cannot_be_read_is_shown_at_its_field_and_nothing_saved(qtbot, ui):
    dialog = site_dialog(qtbot, ui)
    type_text(dialog.ui.roomBuildingsEdit, "1-20, 商铺")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "roomBuildingsEditError")
    assert error is not None and "such as 1-20, A, B" in error.text()
    assert ui.site.settings().room_scheme == RoomScheme()


def test_a_field_error_quoting_markup_shows_it_literally(qtbot, ui):
    dialog = site_dialog(qtbot, ui)
    dialog.ui.centrePhoneEdit.setText("<b>12</b>")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "centrePhoneEditError")
    assert error.textFormat() == Qt.TextFormat.PlainText and "<b>12</b>" in error.text()
    assert dialog.ui.messageLabel.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("form", FORMS)
def test_every_label_of_every_form_shows_plain_text(qtbot, form):
    host = QWidget()
    qtbot.addWidget(host)
    ui = load_form(form, host)
    labels = ui.root.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), [
        label.objectName() for label in labels if label.textFormat() != Qt.TextFormat.PlainText]


def test_an_error_box_shows_the_message_as_plain_text(qtbot, monkeypatch):
    from deskapp.ui.messages import show_error

    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    show_error(None, ValidationError.single("x", "“{text}” is not a room number.", text="<b>3-2</b>"))
    assert seen[0].textFormat() == Qt.TextFormat.PlainText and "<b>3-2</b>" in seen[0].text()


def test_a_tooltip_shows_typed_markup_literally(qtbot):
    from deskapp.ui.models.table import Column, RowsModel

    class Notes(RowsModel[str]):
        columns = (Column("Text", lambda r: r),)

        def tooltip(self, row: str) -> str | None:
            return row

    model = Notes()
    model.set_rows(["<b>漏水</b>\n<img src='file:///etc/passwd'>"])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;漏水&lt;/b&gt;" in tip and "<img" not in tip
