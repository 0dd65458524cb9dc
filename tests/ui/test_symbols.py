"""Every character the screens can show is drawn by the bundled font: a symbol it lacks (the warning
sign, the no-entry sign, emoji) is an empty box on a desk PC that has only that font."""

from pathlib import Path

from PySide6.QtGui import QRawFont

from deskapp.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
SHOWN = [*(ROOT / "src" / "deskapp" / "ui").rglob("*.py"), *(ROOT / "src" / "deskapp" / "domain").rglob("*.py"),
         *(ROOT / "src" / "deskapp" / "services").rglob("*.py"), *(ROOT / "forms").glob("*.ui"),
         *(ROOT / "resources" / "translations").glob("*.ts")]


def test_the_bundled_font_draws_every_character_of_the_screens(qapp):
    font = QRawFont(str(resource_path("fonts", "wqy-microhei.ttc")), 12)
    assert font.isValid()
    missing = {}
    for path in SHOWN:
        for ch in set(path.read_text(encoding="utf-8")):
            if ord(ch) > 127 and font.glyphIndexesForString(ch)[0] == 0:  # glyph 0 is the empty box
                missing[ch] = sorted({*missing.get(ch, ()), path.name})
    assert not missing, {f"{ch} U+{ord(ch):04X}": files for ch, files in missing.items()}
