"""Every character the screens can show is drawn by a bundled font (WenQuanYi Micro Hei, and the
rare-character fallback): a symbol they lack (the warning sign, the no-entry sign, emoji) is an empty
box on a desk PC that has only those fonts."""

from pathlib import Path

from PySide6.QtGui import QRawFont

from deskapp.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
SHOWN = [*(ROOT / "src" / "deskapp" / "ui").rglob("*.py"), *(ROOT / "src" / "deskapp" / "domain").rglob("*.py"),
         *(ROOT / "src" / "deskapp" / "services").rglob("*.py"), *(ROOT / "forms").glob("*.ui"),
         *(ROOT / "resources" / "translations").glob("*.ts")]


def test_the_bundled_fonts_draw_every_character_of_the_screens(qapp):
    fonts = [QRawFont(str(path), 12) for path in sorted(resource_path("fonts").glob("*.tt[cf]"))]
    assert fonts and all(f.isValid() for f in fonts)
    missing = {}
    for path in SHOWN:
        for ch in set(path.read_text(encoding="utf-8")):
            # glyph 0 is the empty box
            if ord(ch) > 127 and not any(f.glyphIndexesForString(ch)[0] for f in fonts):
                missing[ch] = sorted({*missing.get(ch, ()), path.name})
    assert not missing, {f"{ch} U+{ord(ch):04X}": files for ch, files in missing.items()}
