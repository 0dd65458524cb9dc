"""Build deskcjk-ext.ttf: the rare-character fallback font, a subset of Hanazono Mincho (花園明朝).

Not run by the app or the tests: this records how the shipped file was made. It needs fontTools
(``pip install fonttools``), Debian ``fonts-hanazono`` and ``unicode-data`` (for Unihan's kTGH
field, the Table of General Standard Chinese Characters 通用规范汉字表), and the shipped
WenQuanYi Micro Hei beside this file:

    python resources/fonts/make_deskcjk_ext.py /usr/share/fonts/truetype/hanazono \\
        /usr/share/unicode/Unihan_OtherMappings.txt.bz2 resources/fonts/deskcjk-ext.ttf

The subset holds every ideograph WenQuanYi Micro Hei lacks among:
- the BMP: CJK Unified Ideographs (the additions after U+9FA5), Extension A, the compatibility
  ideographs that stay themselves under NFC (the services store NFC text), radicals and strokes;
  from HanaMinA.ttf;
- all of Extension B (U+20000-U+2A6DF: 42,711 characters, 𠮷 𪚥 …), from HanaMinB.ttf;
- the 196 characters of 通用规范汉字表 outside the BMP (in Extensions B, C, D and E): with
  Extension A, what GB 18030-2022 implementation level 2 adds to level 1.
Extensions C-F in full would add about 9 MB and are left out. Hinting and OpenType layout tables
are dropped (printouts and Qt's fallback need neither). The family is renamed "DeskCJK Ext"; the
Hanazono Font License (one of the two the font is offered under) allows modified copies.
"""

from __future__ import annotations

import bz2
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
BMP_RANGES = ((0x2E80, 0x2FDF), (0x31C0, 0x31EF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
EXT_B = (0x20000, 0x2A6DF)
FAMILY = "DeskCJK Ext"


def general_standard_outside_bmp(unihan_other_mappings: Path) -> set[int]:
    found = set()
    with bz2.open(unihan_other_mappings, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 3 and parts[1] == "kTGH":
                cp = int(parts[0][2:], 16)
                if cp >= 0x20000:
                    found.add(cp)
    return found


def subset_of(path: Path, unicodes: set[int]) -> TTFont:
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.glyph_names = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.drop_tables += ["FFTM", "BASE", "GDEF", "GSUB", "GPOS", "prop", "vhea", "vmtx"]
    font = TTFont(path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    return font


def main(hanazono: Path, unihan: Path, out: Path) -> None:
    main_cmap = TTCollection(str(HERE / "wqy-microhei.ttc")).fonts[0].getBestCmap()
    a_cmap = TTFont(hanazono / "HanaMinA.ttf", lazy=True).getBestCmap()
    b_cmap = TTFont(hanazono / "HanaMinB.ttf", lazy=True).getBestCmap()
    from_a = {cp for cp in a_cmap if cp < 0x20000 and cp not in main_cmap
              and any(lo <= cp <= hi for lo, hi in BMP_RANGES)
              and unicodedata.normalize("NFC", chr(cp)) == chr(cp)}
    wanted_b = {cp for cp in b_cmap if EXT_B[0] <= cp <= EXT_B[1]} | general_standard_outside_bmp(unihan)
    from_b = {cp for cp in wanted_b if cp in b_cmap}
    missing = wanted_b - from_b
    print(f"from HanaMinA {len(from_a)}, from HanaMinB {len(from_b)}, not in Hanazono {len(missing)}")
    parts = []
    with_tmp = out.with_suffix(".tmp-a.ttf"), out.with_suffix(".tmp-b.ttf")
    for font, path in zip((subset_of(hanazono / "HanaMinA.ttf", from_a),
                           subset_of(hanazono / "HanaMinB.ttf", from_b)), with_tmp, strict=True):
        font.save(path)
        parts.append(str(path))
    merged = Merger().merge(parts)
    for path in with_tmp:
        path.unlink()
    name = merged["name"]
    for record in list(name.names):
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "-")
        elif record.nameID == 3:
            record.string = f"{FAMILY}: subset of Hanazono Mincho 20170904 for deskapp"
        elif record.nameID == 2:
            record.string = "Regular"
    merged.save(out)
    print(out, out.stat().st_size, "bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
