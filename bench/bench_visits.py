"""Benchmark for the visitor-reception tab (issue 3): 1,000,000 visits.

    python -m bench.bench_visits            # seeds bench/out/visits.sqlite3 once (about a minute), then measures
    python -m bench.bench_visits --write    # also writes the figures into bench/RESULTS.md

Measured in one run, each beside the raw SQL for the same rows: opening the tab, searching by unit,
by phone last 4, by a 2- and a 3-character word of the content (typed text → rows shown), saving a
visit (a durable commit), and the memory of the app with that database open.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import (
    OUT,
    PASSWORD,
    machine,
    median_ms,
    p95_ms,
    raw_sql_ms,
    seed_once,
    write_section,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DB = OUT / "visits.sqlite3"
VISITS = 1_000_000
RARE_2 = "被撬"  # in about 1 visit in 10,000: the 2-character search must scan to find them
RARE_3 = "信报箱"


def seed() -> tuple[int, int]:
    """Directory of 10,000 units, then a million visits over ten years through the real schema."""
    from deskapp.app import build
    from deskapp.db.engine import make_engine, sqlite_url
    from deskapp.db.migrate import upgrade
    from deskapp.db.models import Staff
    from deskapp.domain.roles import Role, format_roles
    from deskapp.domain.visits import Outcome, Purpose
    from deskapp.services.demo import (
        VISIT_TEXTS,
        DemoSize,
        _name,
        _phone,
        seed_directory,
        seed_site,
    )
    from deskapp.services.passwords import Hasher

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("visits.sqlite3*"):
        old.unlink()
    engine = make_engine(sqlite_url(DB))
    upgrade(engine)
    db, _services = build(engine, hasher=Hasher())
    seed_site(db)
    with db.write(None, station="bench") as s:
        s.add(Staff(staff_no="8001", name="赵敏", password_hash=Hasher().hash(PASSWORD),
                    roles=format_roles({Role.SUPERVISOR, Role.RECEPTIONIST}), active=True,
                    must_change_password=False, failed_logins=0, created_at=db.clock.now()))
    seed_directory(db, DemoSize(buildings=50, entrances=4, floors=25, rooms_per_floor=2, residents_per_unit=2.5),
                   seed=3)
    engine.dispose()
    rng = random.Random(17)
    con = sqlite3.connect(DB)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # seeding only; the app always writes with synchronous=FULL
    units = [u for (u,) in con.execute("SELECT id FROM unit")]
    texts = [(p, t) for p, ts in VISIT_TEXTS.items() for t in ts]
    start = datetime.utcnow() - timedelta(days=3650)
    step = 3650 * 86400 / VISITS
    batch = []
    for i in range(VISITS):
        at = start + timedelta(seconds=i * step)
        purpose, text = rng.choice(texts)
        if rng.random() < 0.0001:
            text = "一楼信报箱被撬，信件丢失"
        phone = _phone(rng)
        batch.append((at.isoformat(sep=" "), rng.choice(units), _name(rng), phone, phone[-4:], purpose.value, text,
                      1, (Outcome.FOLLOW_UP if purpose is Purpose.REPAIR else Outcome.RESOLVED).value, "",
                      at.isoformat(sep=" "), "bench"))
        if len(batch) == 20_000:
            con.executemany("INSERT INTO visit (visited_at, unit_id, visitor_name, visitor_phone, phone_last4, purpose, "
                            "content, confirmed, outcome, resolution, created_at, created_station) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", batch)
            batch.clear()
    con.commit()
    con.close()
    from deskapp.db import visit_words

    engine = make_engine(sqlite_url(DB))
    with engine.begin() as conn:  # rows written directly bypass the app's flush hook: index them
        visit_words.index_all(conn)
    engine.dispose()
    con = sqlite3.connect(DB)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = con.execute("SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM unit)").fetchone()
    con.close()
    return counts


LIST = ("SELECT v.id, v.visited_at, u.room_no, v.visitor_name, v.content FROM visit v JOIN unit u ON u.id = v.unit_id "
        "WHERE {} ORDER BY v.visited_at DESC, v.id DESC LIMIT 100")


def measure() -> dict:
    from PySide6.QtCore import QDate, QEvent
    from PySide6.QtWidgets import QApplication

    from deskapp.app import build
    from deskapp.config import StationConfig
    from deskapp.db.engine import make_engine, sqlite_url
    from deskapp.ui.pages import ChangeSignals
    from deskapp.ui.tabs.visits import VisitsTab

    app = QApplication.instance() or QApplication([])
    _db, s = build(make_engine(sqlite_url(DB)))
    actor = s.auth.login("8001", PASSWORD, station="bench")
    opens = []
    for _ in range(7):
        t = time.perf_counter()
        tab = VisitsTab(visits=s.visits, guests=s.guests, directory=s.directory, printing=s.printing, actor=actor,
                        config=StationConfig(), config_path=OUT / "station.json", history=s.history)
        tab.resize(1280, 800)
        tab.show()
        app.processEvents()
        opens.append(time.perf_counter() - t)
        tab.guest_page.overdue_timer.stop()
        tab.close()
        tab.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # really free it before the next one
    tab = VisitsTab(visits=s.visits, guests=s.guests, directory=s.directory, printing=s.printing, actor=actor,
                    config=StationConfig(), config_path=OUT / "station.json", history=s.history)
    signals = ChangeSignals(_db.changes)  # as the main window does: saves reach the lists through the feed
    signals.changed.connect(lambda kinds: [p.on_changes(kinds) for p in tab.pages])
    tab.resize(1280, 800)
    tab.show()
    page = tab.visit_page
    v = page.ui
    v.visitFromDate.setDate(QDate(2000, 1, 1))  # all ten years: the search is not helped by the date
    app.processEvents()
    con = sqlite3.connect(DB)
    room = con.execute("SELECT room_no FROM unit WHERE id = (SELECT unit_id FROM visit ORDER BY id DESC LIMIT 1)").fetchone()[0]
    last4 = con.execute("SELECT phone_last4 FROM visit ORDER BY id LIMIT 1 OFFSET 500000").fetchone()[0]
    con.close()
    cases = {
        "unit": (room, "v.unit_id = (SELECT id FROM unit WHERE room_no = ?)", (room,)),
        "phone last 4": (last4, "v.phone_last4 = ?", (last4,)),
        f"2-character word `{RARE_2}`": (RARE_2, "v.id IN (SELECT rowid FROM visit_words WHERE visit_words MATCH ?)",
                                          (f'"{RARE_2}"',)),
        f"3-character word `{RARE_3}`": (RARE_3, "v.id IN (SELECT rowid FROM visit_fts WHERE visit_fts MATCH ?)", (f'"{RARE_3}"',)),
    }
    out: dict = {"open_ms": median_ms(opens), "searches": {}}
    for name, (q, where, args) in cases.items():
        times = []
        for _ in range(15):
            v.visitSearchEdit.setText("")
            app.processEvents()
            t = time.perf_counter()
            v.visitSearchEdit.setText(q)
            app.processEvents()
            times.append(time.perf_counter() - t)
        rows = page.visit_list.model.rowCount()
        assert rows > 0, name
        raw_ms, raw_rows = raw_sql_ms(DB, LIST.format(where), args)
        out["searches"][name] = {"query": q, "rows": rows, "median_ms": median_ms(times),
                                 "p95_ms": p95_ms(times), "raw_ms": raw_ms,
                                 "raw_rows": raw_rows}
    saves, shown = [], []
    v.visitSearchEdit.setText("")
    app.processEvents()
    for i in range(20):
        v.unitEdit.setText(room)
        page.unit_entered()
        v.visitorCombo.setCurrentIndex(0)
        v.purposeCombo.setCurrentIndex(2)
        v.contentEdit.setPlainText(f"基准测试保存第{i}条")
        v.followUpRadio.setChecked(True)
        v.followUpDepartmentCombo.setCurrentIndex(1)  # a follow-up visit registers its request as well
        t = time.perf_counter()
        page.save()
        saves.append(time.perf_counter() - t)  # saved, the form empty and ready for the next visitor
        while f"基准测试保存第{i}条" not in (page.visit_list.model.row_at(0).content or ""):
            app.processEvents()  # until the change feed has brought the visit into the list, repainted
        shown.append(time.perf_counter() - t)
        assert "基准测试" not in v.contentEdit.toPlainText()
    con = sqlite3.connect(DB, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    raw_saves = []
    for i in range(20):
        t = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO visit (visited_at, unit_id, visitor_name, purpose, content, confirmed, outcome, "
                    "resolution, created_at, created_station) VALUES (datetime('now'), 1, '基准', 'repair', ?, 1, "
                    "'follow_up', '', datetime('now'), 'raw')", (f"raw {i}",))
        con.execute("COMMIT")
        raw_saves.append(time.perf_counter() - t)
    con.execute("DELETE FROM visit WHERE created_station = 'raw'")
    con.close()
    out["save_ms"] = median_ms(saves)
    out["shown_ms"] = median_ms(shown)
    out["shown_p95_ms"] = p95_ms(shown)
    out["save_p95_ms"] = p95_ms(saves)
    out["raw_save_ms"] = median_ms(raw_saves)
    out["rss_mb"] = current_rss_mb()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def current_rss_mb() -> float:
    """Resident memory now (Linux): the app as it stands, not its highest moment."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report(counts, r) -> str:
    lines = [
        "## Visitor reception (issue 3)",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on: {machine()}.",
        f"Data: {counts[0]:,} visits over ten years, {counts[1]:,} units (SQLite, WAL, synchronous=FULL, "
        "FTS5 indexes of visitor name and content: trigrams, and two-character pieces).",
        "Command: `python -m bench.bench_visits --write`",
        "",
        "| measurement | rows | median ms | p95 ms | raw SQL ms | target |",
        "|---|---:|---:|---:|---:|---|",
        f"| open the tab (today's visits and guests on site; room completion loads on the first key; 7 runs) | | {r['open_ms']:.0f} | | | ≤ 100 ms |",
    ]
    targets = {"unit": "≤ 20 ms", "phone last 4": "≤ 20 ms"}
    for name, x in r["searches"].items():
        target = targets.get(name, "≤ 150 ms" if name.startswith("2-") else "≤ 20 ms")
        lines.append(f"| search by {name} (`{x['query']}`), typed → shown, 15 runs | {x['rows']} | "
                     f"{x['median_ms']:.1f} | {x['p95_ms']:.1f} | {x['raw_ms']:.2f} | {target} |")
    lines.append(f"| save a follow-up visit through the form (durable commit with its request, audit rows, index, "
                 f"change feed; the form ready for the next visitor), 20 runs | | "
                 f"{r['save_ms']:.1f} | {r['save_p95_ms']:.1f} | {r['raw_save_ms']:.2f} | ≤ 20 ms |")
    lines.append(f"| … and until the change feed has brought it into the visits list, repainted | | "
                 f"{r['shown_ms']:.1f} | {r['shown_p95_ms']:.1f} | | (reported) |")
    lines.append(f"| memory of the app with this database open, after all of the above (resident) | | "
                 f"{r['rss_mb']:.0f} MB | | | ≤ 200 MB |")
    lines.append(f"| highest memory during the run (max RSS) | | {r['peak_rss_mb']:.0f} MB | | | (reported) |")
    lines += [
        "",
        "Notes: the 2-character word is found through `visit_words` (each visit's two-character pieces in an",
        "FTS5 index); before that index the same search took 621 ms (p95 721 ms) scanning a million rows, and",
        "the unit search took 473 ms because `20-3-1901` was also read as a 7-digit phone fragment (now a room",
        "typed with dashes is only a phone when it is a whole number). The highest memory includes Argon2id's",
        "64 MiB working memory while the login's password is checked, freed right after by design.",
        "Since the stations issue the list hears of a save through the change feed after the save returns:",
        "\"save\" is the save as the receptionist waits for it (one transaction for the visit and its request,",
        "where it was two), the next line until the visits list shows it, repainted (the earlier \"save\"",
        "included reloading the list, without the repaint).",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--seed-only", action="store_true")
    args = parser.parse_args()
    if args.seed_only:
        print(seed())
        return 0
    seed_once("bench.bench_visits", DB)
    con = sqlite3.connect(DB)
    counts = con.execute("SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM unit)").fetchone()
    con.close()
    text = report(counts, measure())
    print(text)
    if args.write:
        write_section("## Visitor reception (issue 3)", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
