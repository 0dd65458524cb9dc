"""Printing benchmark: how long each printout takes to render once the fonts are loaded.

    python -m bench.bench_printing            # print the figures
    python -m bench.bench_printing --write    # and put them in bench/RESULTS.md

Templates are rendered directly (plain data in, PDF bytes out), as the print service does after
reading the record: a typical slip and work order on each page size, the same with the longest text
the services accept (which pages onto several pages or roll parts), a guest with a rare-character
name (the second font), a unit card and a 60-line roll call.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime, timedelta

from bench.common import machine, median_ms, p95_ms, write_section

RUNS = 30


def cases() -> dict[str, object]:
    from deskapp.printing.common import Letterhead, PageSize
    from deskapp.printing.unit_card import CardNote, CardResident, UnitCard, render_unit_card
    from deskapp.printing.visitor_slip import RollCallLine, Slip, render_roll_call, render_slip
    from deskapp.printing.work_order import WorkOrder, render_work_order

    now = datetime(2026, 11, 27, 14, 2)
    head = Letterhead("澄湾物业", "青禾苑服务中心", "020 3888 1234", "1001 李娜", "前台1", now)
    long_text = ("厨房水管漏水，楼下天花板渗水，需要上门维修。" * 200)[:4000]
    slip = Slip("V00001236", "青禾苑", "王建国", "138****8000", "3-2-1502", 2, "粤B12345", "探亲", now,
                now + timedelta(hours=2))
    rare = Slip("V00001236", "青禾苑", "𠮷野𪚥", "138****8000", "3-2-1502", 1, "", "探亲", now, now + timedelta(hours=2))
    order = WorkOrder("R0012345", "报修", "工程部", "维修工刘师傅", "3-2-1502", "王建国 138 0013 8000",
                      "厨房水管漏水，需要上门维修", now, now + timedelta(hours=4), "", None)
    long_order = WorkOrder("R0012345", "报修", "工程部", "维修工刘师傅", "3-2-1502", "王建国 138 0013 8000",
                           long_text, now, now + timedelta(hours=4), "", None)
    card = UnitCard("3-2-1502", "3栋", 15, "98.50", tuple(
        CardResident(f"住户{i}", "家属", ("139 0000 0000",), None, "", "备注" * 100) for i in range(6)),
        (CardNote("欠费", "欠物业费 3 个月", True, "2026-11-27 李娜"),))
    lines = [RollCallLine(f"V{n:08d}", f"访客{n}", "138****0000", "3-2-1502", 1, "", now, 30) for n in range(60)]
    out: dict[str, object] = {}
    for page in (PageSize.A5, PageSize.A4, PageSize.RECEIPT_80):
        out[f"visitor slip, {page.value}"] = lambda page=page: render_slip(slip, head, page)
        out[f"work order, {page.value}"] = lambda page=page: render_work_order(order, head, page)
        out[f"work order with 4,000 characters, {page.value}"] = \
            lambda page=page: render_work_order(long_order, head, page)
    out["visitor slip, rare-character name (second font), A5"] = lambda: render_slip(rare, head, PageSize.A5)
    out["unit card, 6 residents with long notes, A4"] = lambda: render_unit_card(card, head, PageSize.A4)
    out["roll call, 60 guests, A4"] = lambda: render_roll_call(lines, head)
    return out


def measure() -> dict[str, tuple[float, float, int, int]]:
    from io import BytesIO

    from pypdf import PdfReader

    from deskapp.printing.common import Letterhead, PageSize  # noqa: F401 - fonts registered on first render

    results = {}
    t = time.perf_counter()
    first = cases()
    first["visitor slip, A5"]()  # the main font
    first["visitor slip, rare-character name (second font), A5"]()  # the fallback font
    warm = time.perf_counter() - t
    for name, render in first.items():
        times = []
        pdf = b""
        for _ in range(RUNS):
            t = time.perf_counter()
            pdf = render()  # type: ignore[operator]
            times.append(time.perf_counter() - t)
        pages = len(PdfReader(BytesIO(pdf)).pages)
        results[name] = (median_ms(times), p95_ms(times), pages, len(pdf))
    results["(fonts loaded, first slip and first rare-character slip)"] = (warm * 1000, 0.0, 0, 0)
    return results


def report(r: dict[str, tuple[float, float, int, int]]) -> str:
    lines = [
        "## Printing (issue 8)",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on: {machine()}.",
        f"Templates rendered directly ({RUNS} runs each, fonts already loaded).",
        "Command: `python -m bench.bench_printing --write`",
        "",
        "| printout | median ms | p95 ms | pages | PDF KB |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, (med, p95, pages, size) in r.items():
        if pages:
            lines.append(f"| {name} | {med:.1f} | {p95:.1f} | {pages} | {size / 1024:.0f} |")
    warm = r["(fonts loaded, first slip and first rare-character slip)"][0]
    lines += [
        "",
        f"Loading the fonts and rendering the first two slips took {warm:.0f} ms (the rare-character font is",
        "loaded only when a text needs it). Long text pages onto further pages (A4, A5) or numbered 297 mm",
        "parts (80 mm roll), with the title, the number and 「第 k 页 共 n 页」 on each.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the figures into bench/RESULTS.md")
    args = parser.parse_args()
    text = report(measure())
    print(text)
    if args.write:
        write_section("## Printing (issue 8)", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
