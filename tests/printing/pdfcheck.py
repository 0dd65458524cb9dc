"""Reading printouts back as a person would check them: text per page, page numbers, running heads, QR."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from deskapp.printing.common import ROLL_PART_MAX

# Text that is as long as a field takes, in the widest characters it may hold: common Chinese, a
# dense one (龘), a rare one that only the fallback font has (𠮷, CJK Extension B) and a wide Latin
# letter; no spaces, so nothing can hide in a line break.
FILL = "物业服务中心前台龘𠮷W"
# The same without characters outside the BMP, for inputs that go through the services' validation.
FILL_BMP = "物业服务中心前台龘㐀W"


def longest(length: int, salt: str = "", fill: str = FILL) -> str:
    """``length`` characters: ``salt`` then ``fill`` repeated (the salt tells fields apart)."""
    text = (salt + fill) * (length // len(salt + fill) + 1)
    return text[:length]


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


LABEL = re.compile(r"第 (\d+) 页 共 (\d+) 页")
CONTINUED_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}\s*（续）")


def check_pages(pdf: bytes, running_head: str, *, first_page: tuple[str, ...] = ()) -> list[str]:
    """Assert the page decorations; return each page's text with them taken out.

    One page: no page number. Several: every page says 第 k 页 共 n 页, every page after the first
    starts with ``running_head``; ``first_page`` texts are on the first page.
    """
    texts = page_texts(pdf)
    total = len(texts)
    body = []
    for number, text in enumerate(texts, 1):
        labels = LABEL.findall(text)
        if total == 1:
            assert labels == [], labels
        else:
            assert labels == [(str(number), str(total))], (number, labels)
            text = LABEL.sub("", text)
        if number > 1:
            assert text.startswith(running_head), (number, text[:60])
            text = text[len(running_head):]
        body.append(text)
    for expected in first_page:
        assert expected in texts[0].replace("\n", ""), expected
    return body


def squash(text: str) -> str:
    """``text`` without whitespace: pypdf breaks lines, and starts a centred one with a space."""
    return re.sub(r"\s+", "", text)


def joined(pages: list[str], *, drop: tuple[str, ...] = ()) -> str:
    """The pages' text in one piece, without whitespace, continued labels and repeated headings."""
    text = squash(CONTINUED_LABEL.sub("", "".join(pages)))
    for heading in drop:
        text = text.replace(squash(heading), "")
    return text


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]


def check_roll(pdf: bytes) -> int:
    """An 80 mm roll: 80 mm wide; one part as long as its content, or parts all of the maximum length."""
    sizes = page_sizes(pdf)
    for width, height in sizes:
        assert abs(width - 80 * mm) < 0.5
        assert height <= ROLL_PART_MAX + 0.5
    if len(sizes) > 1:
        assert all(abs(h - ROLL_PART_MAX) < 0.5 for _, h in sizes)
    return len(sizes)


def qr_codes(pdf: bytes) -> list[str]:
    """Render the first page as a printer would (poppler, 150 dpi) and decode every barcode on it."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(source), str(Path(tmp) / "page")],
                       check=True, capture_output=True)
        with Image.open(Path(tmp) / "page.png") as image:
            return [b.text for b in zxingcpp.read_barcodes(image)]
