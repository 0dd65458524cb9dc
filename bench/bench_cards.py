"""Benchmark for access cards (issue 13): 200,000 cards.

    python -m bench.bench_cards            # seeds bench/out/cards.sqlite3 once, then measures
    python -m bench.bench_cards --write    # also writes the figures into bench/RESULTS.md

Measured: a card number typed or scanned → the card with its owner, unit, state and history
(``CardService.lookup``), and the same shown on the access-card page (offscreen, painted), p95 ≤ 20 ms;
the raw SQL of the look-up for comparison; a unit's cards (``cards_of_unit``, the line beside the forms).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from datetime import datetime

from bench.common import OUT, machine, median_ms, p95_ms, raw_sql_ms, seed_once, write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DB = OUT / "cards.sqlite3"
CARDS = 200_000
TITLE = "## Access cards (issue 13): 200,000 cards"
NOW = datetime(2026, 11, 27, 2, 0)  # naive UTC: 10:00 in Beijing


def _services():
    from deskapp.app import build
    from deskapp.db.engine import make_engine
    from deskapp.db.migrate import upgrade
    from deskapp.services.base import ManualClock
    from deskapp.services.passwords import Hasher

    engine = make_engine(f"sqlite:///{DB}")
    upgrade(engine)
    return build(engine, hasher=Hasher.fast_for_tests(), clock=ManualClock(NOW))


def seed() -> None:
    from deskapp.services.demo import seed_cards, seed_directory, seed_site, seed_staff
    from deskapp.services.passwords import Hasher

    OUT.mkdir(exist_ok=True)
    for old in DB.parent.glob(DB.name + "*"):
        old.unlink()
    db, _services_ = _services()
    seed_site(db)
    seed_staff(db, Hasher.fast_for_tests())
    seed_directory(db)
    print("cards:", seed_cards(db, cards=CARDS, applications=True))


def measure(runs: int) -> dict[str, float]:
    from sqlalchemy import func, select

    from deskapp.db.models import AccessCard
    from deskapp.services.demo import DEMO_PASSWORD, demo_card_no

    db, sv = _services()
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(AccessCard))
    desk = sv.auth.login("8001", DEMO_PASSWORD, station="前台1")
    rng = random.Random(5)
    numbers = [demo_card_no(rng.randrange(CARDS)) for _ in range(runs)]
    typed = [f"{n[:4]}-{n[4:]}" if i % 3 == 0 else n for i, n in enumerate(numbers)]  # some typed with a dash
    sv.cards.lookup(desk, numbers[0])  # warm
    lookups = []
    for number in typed:
        t = time.perf_counter()
        card = sv.cards.lookup(desk, number)
        lookups.append(time.perf_counter() - t)
        assert card.holder_name and card.room_no
    units = []
    for number in numbers[:100]:
        unit_id = sv.cards.lookup(desk, number).unit_id
        t = time.perf_counter()
        sv.cards.cards_of_unit(desk, unit_id)
        units.append(time.perf_counter() - t)
    shown = _shown_on_the_page(sv, desk, typed[:300])
    raw, _rows = raw_sql_ms(DB, "SELECT c.id, c.holder_name, u.room_no, c.state FROM access_card c "
                                "JOIN unit u ON u.id = c.unit_id WHERE c.live_no = ?", (numbers[1],))
    return {"total": total, "shown_median": median_ms(shown), "shown_p95": p95_ms(shown),
            "lookup_median": median_ms(lookups), "lookup_p95": p95_ms(lookups),
            "unit_median": median_ms(units), "unit_p95": p95_ms(units), "raw": raw}


def _shown_on_the_page(sv, desk, numbers: list[str]) -> list[float]:
    """The access-card page offscreen: a number typed, Enter, until the owner, unit, state and history
    are on screen (the label set, the history list filled and painted)."""
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from deskapp.config import StationConfig
    from deskapp.ui.tabs.card_page import CardPage

    app = QApplication.instance() or QApplication([])
    page = CardPage(cards=sv.cards, card_printing=sv.card_printing, directory=sv.directory, site=sv.site,
                    rooms=None, actor=desk, config=StationConfig(station_name="bench"),
                    config_path=Path(tempfile.mkdtemp()) / "station.json")
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    times = []
    for number in numbers:
        t = time.perf_counter()
        page.ui.cardLookupEdit.setText(number)
        page.look_up()
        page.ui.historyTable.viewport().repaint()
        page.ui.lookupResultLabel.repaint()
        times.append(time.perf_counter() - t)
        assert page.looked_up is not None
    page.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed-only", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--runs", type=int, default=1000)
    args = parser.parse_args()
    if args.seed_only:
        seed()
        return
    seed_once("bench.bench_cards", DB)
    r = measure(args.runs)
    text = "\n".join([
        TITLE, "", machine(), "",
        f"{r['total']:,} cards (bench/out/cards.sqlite3, the demo's seeder: active, lost, replaced, returned, "
        f"expired), SQLite; {args.runs} look-ups of random card numbers, a third typed with a dash.", "",
        "| what | median | p95 | target |", "|---|---|---|---|",
        f"| card number → owner, unit, state, history (`CardService.lookup`) | {r['lookup_median']:.2f} ms | "
        f"{r['lookup_p95']:.2f} ms | p95 ≤ 20 ms |",
        f"| the same, shown on the access-card page (offscreen: owner, unit, state, history painted) | "
        f"{r['shown_median']:.2f} ms | {r['shown_p95']:.2f} ms | p95 ≤ 20 ms |",
        f"| the same look-up as bare SQL (sqlite3, warm) | {r['raw']:.3f} ms | | |",
        f"| a unit's cards and open applications (`cards_of_unit`, the panel beside the forms) | "
        f"{r['unit_median']:.2f} ms | {r['unit_p95']:.2f} ms | |", ""])
    print(text)
    if args.write:
        write_section(TITLE, text)


if __name__ == "__main__":
    main()
