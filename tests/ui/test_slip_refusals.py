"""The gate's check-out field tells a mistyped slip number from something that is no slip number."""

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text


def check_out(window, text: str) -> str:
    tab = window.visits_tab
    tab.tabs.setCurrentWidget(tab.guest_page)
    g = tab.guest_page.ui
    g.slipEdit.clear()
    type_text(g.slipEdit, text)
    press(g.slipEdit, Qt.Key.Key_Return)
    return g.checkOutLabel.text()


def test_a_wrong_check_digit_is_said_to_be_mistyped(qtbot, window):
    said = check_out(window, "V00007592")
    assert said.startswith("✖ ") and "mistyped" in said and "not a slip number" not in said
    said = check_out(window, "3-2-1502")
    assert said.startswith("✖ ") and "not a slip number" in said
    said = check_out(window, "V00007591")  # well formed, no such slip
    assert "There is no guest slip V00007591" in said
