"""The printout fonts: WenQuanYi Micro Hei, and per character a fallback for rare CJK (生僻字).

WenQuanYi Micro Hei has the common ideographs but none of CJK Extension A or B and beyond (㐀, 𠮷,
𪚥, 𫖮 …). ``deskcjk-ext.ttf`` (a subset of Hanazono Mincho, see resources/fonts) has them. reportlab
draws one font per run of text, so text is split into runs by the font that has each glyph: in a
Paragraph with ``<font face=…>`` (:func:`markup`), on the canvas with :func:`draw_string`. The
fallback font is loaded only when a text needs it; both are embedded as subsets of the glyphs used.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from deskapp.paths import resource_path

FONT = "DeskCJK"
EXT_FONT = "DeskCJKExt"
MAIN_FILE = ("fonts", "wqy-microhei.ttc")
EXT_FILE = ("fonts", "deskcjk-ext.ttf")

_main: dict[int, int] | None = None
_ext: dict[int, int] | None = None


def register_fonts() -> None:
    """Register the main font once; reportlab embeds the glyphs used as a subset."""
    global _main
    if _main is None:
        font = TTFont(FONT, str(resource_path(*MAIN_FILE)), subfontIndex=0)
        pdfmetrics.registerFont(font)
        _main = font.face.charToGlyph


def _main_cmap() -> dict[int, int]:
    register_fonts()
    assert _main is not None
    return _main


def _ext_cmap() -> dict[int, int]:
    """The fallback font's characters, registering it on first use (about 0.1 s)."""
    global _ext
    if _ext is None:
        path = resource_path(*EXT_FILE)
        if path.is_file():
            font = TTFont(EXT_FONT, str(path))
            pdfmetrics.registerFont(font)
            _ext = font.face.charToGlyph
        else:  # a stripped install: rare characters print as boxes rather than fail
            _ext = {}
    return _ext


def can_print(ch: str) -> bool:
    """Whether one of the printout fonts has a glyph for ``ch``."""
    cp = ord(ch)
    return cp in _main_cmap() or cp in _ext_cmap()


def runs(text: str) -> Iterator[tuple[str, str]]:
    """``text`` cut into (font name, run) pieces; a character neither font has stays in the main one."""
    main = _main_cmap()
    if all(ord(ch) in main for ch in text):
        if text:
            yield FONT, text
        return
    ext = _ext_cmap()
    current, start = FONT, 0
    for i, ch in enumerate(text):
        cp = ord(ch)
        font = EXT_FONT if cp not in main and cp in ext else FONT
        if font != current:
            if i > start:
                yield current, text[start:i]
            current, start = font, i
    if len(text) > start:
        yield current, text[start:]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """``text`` as Paragraph markup: XML escaped, rare characters in the fallback font, line breaks kept."""
    out = []
    for i, line in enumerate((text or "").replace("\t", " ").split("\n")):
        if i:
            out.append("<br/>")
        for font, run in runs(line):
            out.append(_xml(run) if font == FONT else f'<font face="{font}">{_xml(run)}</font>')
    return "".join(out)


def string_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs(text))


def draw_string(canv, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
    """Draw one line on a reportlab canvas, each run in the font that has its glyphs."""
    pieces = list(runs(text))
    if align != "left":
        width = sum(pdfmetrics.stringWidth(run, font, size) for font, run in pieces)
        x -= width / 2 if align == "center" else width
    for font, run in pieces:
        canv.setFont(font, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


# reportlab (5.1 and earlier) writes a character outside the BMP into a font's ToUnicode map as five
# hex digits (<20BB7>), which is not valid: PDF readers, text extraction and search then lose 𠮷.
# The map wants UTF-16BE there, a surrogate pair (<D842DFB7>). The wrapper rewrites only those
# entries; everything else is reportlab's own output.
_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname, subset):
    text = _reportlab_to_unicode(fontname, subset)
    for i, cp in enumerate(subset):
        if cp > 0xFFFF:
            utf16 = chr(cp).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{i:02X}> <{cp:04X}>", f"<{i:02X}> <{utf16}>", 1)
    return text


if getattr(ttfonts.makeToUnicodeCMap, "__module__", "") != __name__:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
