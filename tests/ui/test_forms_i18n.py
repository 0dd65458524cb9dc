"""Designer forms load and name their widgets; the Chinese translation is complete and current."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from deskapp.ui import i18n
from deskapp.ui.forms import load_form

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
TS = ROOT / "resources" / "translations" / "deskapp_zh_CN.ts"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox)
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]+$")
QT_DEFAULT = re.compile(r"^(lineEdit|pushButton|comboBox|checkBox|label|tableView|widget|spinBox)(_\d+)?$")


def _inside_interactive(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parent()
    return False


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_every_interactive_widget_has_a_stable_camel_case_name(qtbot, form):
    host = QWidget()
    qtbot.addWidget(host)
    ui = load_form(form.name, host)
    for w in ui.root.findChildren(QWidget):
        if isinstance(w, INTERACTIVE) and w.parent() is not None and not w.objectName().startswith("qt_"):
            if _inside_interactive(w):  # inner parts of a compound widget (a combo box's popup list …)
                continue
            name = w.objectName()
            assert CAMEL.match(name) and not QT_DEFAULT.match(name), f"{form.name}: {type(w).__name__} {name!r}"



@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_layout_stretches_reach_the_loaded_form(qtbot, form):
    """Designer keeps a box layout's stretch as an attribute; written as a <property> the loader drops
    it silently and the space goes to the wrong widget (the callback form spread down the page)."""
    layouts = list(ET.parse(form).getroot().iter("layout"))
    assert not [lay.get("name") for lay in layouts
                if any(p.get("name") == "stretch" for p in lay.findall("property"))], form.name
    host = QWidget()
    qtbot.addWidget(host)
    ui = load_form(form.name, host)
    for lay in layouts:
        if lay.get("stretch"):
            loaded = ui.root.findChild(QBoxLayout, lay.get("name"))
            assert [loaded.stretch(i) for i in range(loaded.count())] == \
                [int(x) for x in lay.get("stretch").split(",")], (form.name, lay.get("name"))

def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text or ""
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_the_translation_has_no_unfinished_or_empty_entry():
    for key, tr in _messages(TS).items():
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), key
        assert (tr.text or "").strip(), key


def test_every_string_in_the_code_and_forms_is_translated(tmp_path):
    """lupdate over the sources finds no string the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "src" / "deskapp").rglob("*.py")) + [str(p) for p in FORMS]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:10]}"


def test_the_compiled_translation_is_current(tmp_path):
    out = tmp_path / "check.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TS.with_suffix(".qm")).read_bytes(), "run pyside6-lrelease"


def test_chinese_is_installed_and_used(qapp):
    try:
        assert i18n.install(qapp, "zh_CN")
        assert QCoreApplication.translate("errors", "This field is required.") == "此项必填。"
        assert QCoreApplication.translate("LoginForm", "&Log in") == "登录(&L)"
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("errors", "This field is required.") == "This field is required."


def test_the_main_window_speaks_chinese(qapp, ui, make_window):
    i18n.install(qapp, "zh_CN")  # the autouse fixture puts English back afterwards
    w = make_window(ui.desk)
    assert w.tabs.tabText(w.tabs.indexOf(w.directory_tab)) == "住户档案"
    assert w.tabs.tabText(w.tabs.indexOf(w.visits_tab)) == "来访登记"
    assert w.directory_tab.ui.addResidentButton.text() == "新增住户(&R)…"  # the letter of issue 9, item 6
