"""Benchmark for the foundation (issue 2): start-up and directory search at a big site's scale.

    python -m bench.bench_directory            # seeds bench/out/directory.sqlite3 once, then measures
    python -m bench.bench_directory --write    # also writes the figures into bench/RESULTS.md

Each measurement stands beside its baseline: start-up beside a bare PySide6 window, and each
search (typed text → rows shown in the real tab, offscreen) beside the raw SQL for the same rows.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.common import OUT, PASSWORD, machine, median_ms, p95_ms, raw_sql_ms, write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); t = QTabWidget(); t.addTab(QTableView(), 'x'); w.setCentralWidget(t); w.show()\n"
    "app.processEvents(); print('DESKAPP_SHOWN bare', flush=True)\n"
)


def seed(path: Path) -> tuple[int, int]:
    from deskapp.app import build
    from deskapp.db.engine import make_engine, sqlite_url
    from deskapp.db.migrate import upgrade
    from deskapp.services.demo import DemoSize, seed_directory, seed_site
    from deskapp.services.passwords import Hasher

    if path.exists():
        con = sqlite3.connect(path)
        counts = con.execute("SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM resident)").fetchone()
        con.close()
        return counts
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    db, services = build(engine, hasher=Hasher())
    seed_site(db)
    from deskapp.db.models import Staff
    from deskapp.domain.roles import Role, format_roles

    with db.write(None, station="bench") as s:
        s.add(Staff(staff_no="8001", name="赵敏", password_hash=Hasher().hash(PASSWORD),
                    roles=format_roles({Role.SUPERVISOR, Role.RECEPTIONIST}), active=True,
                    must_change_password=False, failed_logins=0, created_at=db.clock.now()))
    # 50 buildings × 4 entrances × 25 floors × 2 rooms = 10,000 units, about 5 residents each.
    counts = seed_directory(db, DemoSize(buildings=50, entrances=4, floors=25, rooms_per_floor=2,
                                         residents_per_unit=5.3), seed=11)
    engine.dispose()
    return counts


def timed_process(args: list[str], env: dict[str, str], marker: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if marker in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{args} never printed {marker}")
    proc.wait(timeout=60)
    return elapsed


def startup(db_path: Path, runs: int) -> dict[str, list[float]]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "DESKAPP_DATA_DIR": str(OUT / "data"),
                        "DESKAPP_CONFIG_DIR": str(OUT / "config"), "DESKAPP_LOG_DIR": str(OUT / "log")}
    app = [sys.executable, "-m", "deskapp", "--database", f"sqlite:///{db_path}"]
    times: dict[str, list[float]] = {"bare": [], "login": [], "ready": []}
    for _ in range(runs):
        times["bare"].append(timed_process([sys.executable, "-c", BARE], env, "DESKAPP_SHOWN bare"))
        times["login"].append(timed_process(app, env | {"DESKAPP_BENCH_EXIT_AT": "login"}, "DESKAPP_SHOWN login"))
        times["ready"].append(timed_process(app, env | {"DESKAPP_BENCH_EXIT_AT": "ready"}, "DESKAPP_SHOWN ready"))
    return times


def pick_queries(db_path: Path) -> dict[str, str]:
    """Real values from the seeded data, so every search finds rows."""
    con = sqlite3.connect(db_path)
    room = con.execute("SELECT room_no FROM unit WHERE room_no LIKE '23-3-15%' LIMIT 1").fetchone()[0]
    last4 = con.execute("SELECT last4 FROM resident_phone ORDER BY id LIMIT 1 OFFSET 20000").fetchone()[0]
    name3 = con.execute("SELECT name FROM resident WHERE length(name) = 3 ORDER BY id LIMIT 1 OFFSET 30000"
                        ).fetchone()[0]
    con.close()
    return {"room prefix": room[:-2], "phone last 4": last4, "name, 2 characters": name3[1:],
            "name, 3 characters": name3}


# The best hand-written SQL for the same rows: start from the matches, sort only those.
RAW_SQL = {
    "room prefix": ("SELECT u.id, u.room_no, r.id, r.name, r.role FROM unit u LEFT JOIN resident r ON r.unit_id = u.id "
                    "WHERE u.room_no LIKE ? || '%' ORDER BY u.sort_key LIMIT 100"),
    "phone last 4": ("SELECT u.id, u.room_no, r.id, r.name, r.role FROM resident_phone p "
                     "JOIN resident r ON r.id = p.resident_id JOIN unit u ON u.id = r.unit_id "
                     "WHERE p.last4 = ? ORDER BY u.sort_key LIMIT 100"),
    "name, 2 characters": ("SELECT u.id, u.room_no, r.id, r.name, r.role FROM resident_name_gram g "
                           "JOIN resident r ON r.id = g.resident_id JOIN unit u ON u.id = r.unit_id "
                           "WHERE g.gram = ? ORDER BY u.sort_key LIMIT 100"),
    "name, 3 characters": ("SELECT u.id, u.room_no, r.id, r.name, r.role FROM resident r JOIN unit u ON u.id = r.unit_id "
                           "WHERE r.id IN (SELECT resident_id FROM resident_name_gram WHERE gram IN (substr(?1, 1, 2), "
                           "substr(?1, 2, 2)) GROUP BY resident_id HAVING count(*) = 2) AND r.name LIKE '%' || ?1 || '%' "
                           "ORDER BY u.sort_key LIMIT 100"),
}


def searches(db_path: Path) -> dict[str, dict[str, float]]:
    from PySide6.QtWidgets import QApplication

    from deskapp.app import build
    from deskapp.config import StationConfig
    from deskapp.db.engine import make_engine, sqlite_url
    from deskapp.ui.tabs.directory import DirectoryTab

    app = QApplication.instance() or QApplication([])
    engine = make_engine(sqlite_url(db_path))
    _db, services = build(engine)
    actor = services.auth.login("8001", PASSWORD, station="bench")
    tab = DirectoryTab(directory=services.directory, importer=services.directory_import,
                       exporter=services.directory_export, printing=services.printing, actor=actor,
                       config=StationConfig(), config_path=OUT / "station.json", history=services.history)
    tab.resize(1200, 800)
    tab.show()
    app.processEvents()
    out = {}
    for kind, q in pick_queries(db_path).items():
        times = []
        for _ in range(30):
            tab.ui.searchEdit.setText("")
            app.processEvents()
            t = time.perf_counter()
            tab.ui.searchEdit.setText(q)  # textChanged → search → model → view
            app.processEvents()
            times.append(time.perf_counter() - t)
        rows = tab.results.rowCount()
        assert rows > 0, (kind, q)
        raw, raw_rows = raw_sql_ms(db_path, RAW_SQL[kind], (q,), runs=30)
        out[kind] = {"query": q, "median_ms": median_ms(times), "p95_ms": p95_ms(times), "rows": rows,
                     "raw_ms": raw, "raw_rows": raw_rows}
    return out


NOTES = """
What the figures include and how they were reached:
- "typed text → rows shown" is `searchEdit.setText(query)` in the real `DirectoryTab` (offscreen, 1200×800)
  up to the end of the event-loop pass that repaints it: the service call, the table model reset and the
  repaint; when the rows are all one unit, that unit's residents, notes and history are loaded and painted too.
- The raw SQL column is the best hand-written query for the same rows on the same file (`sqlite3`
  module, no ORM, no Qt): the gap is the app's own cost (SQLAlchemy, building the rows, the model, paint).
- Before three changes the same run gave 17–37 ms medians (p95 to 55 ms): the search joined every unit
  in room order and probed residents (now each branch starts from its own index and only the matches are
  sorted); the result tables re-measured every cell on each keystroke (now sized from the first 20
  rows, then only widened when later rows need it); and name fragments were a 50,000-row `LIKE` scan (now an index of two-character pieces).
- Start-up: the login window is shown before the database layer is imported; "ready" adds SQLAlchemy
  (~0.35 s of imports), opening the file, the migration check, the clock and the station registration.
- This is a 2-core VM: repeated runs vary by ±20–30 % (the bare window itself moved between 124 and
  152 ms over the session); medians of 5–7 (start-up) and 30 (searches) are given.
"""


def report(counts, start, search) -> str:
    med = {k: median_ms(v) for k, v in start.items()}
    lines = [
        "## Directory and start-up (issue 2)",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on: {machine()}.",
        f"Data: {counts[0]:,} units, {counts[1]:,} residents (SQLite, WAL, synchronous=FULL).",
        "Command: `python -m bench.bench_directory --write`",
        "",
        "| start-up (median of 7, process start → window shown) | ms | vs bare window | target |",
        "|---|---:|---:|---|",
        f"| bare PySide6 window (baseline) | {med['bare']:.0f} | 1.00× | |",
        f"| deskapp login window shown | {med['login']:.0f} | {med['login'] / med['bare']:.2f}× | ≤ 2× |",
        f"| deskapp ready to log in (database opened, migrations checked) | {med['ready']:.0f} | "
        f"{med['ready'] / med['bare']:.2f}× | (reported) |",
        "",
        "| search, typed text → rows shown (30 runs) | query | rows | median ms | p95 ms | raw SQL ms | target |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for kind, r in search.items():
        lines.append(f"| {kind} | `{r['query']}` | {r['rows']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | "
                     f"{r['raw_ms']:.2f} | ≤ 20 ms |")
    return "\n".join(lines) + "\n" + NOTES


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the figures into bench/RESULTS.md")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    db_path = OUT / "directory.sqlite3"
    t = time.perf_counter()
    counts = seed(db_path)
    print(f"data: {counts[0]} units, {counts[1]} residents (ready in {time.perf_counter() - t:.1f} s)")
    start = startup(db_path, args.runs)
    search = searches(db_path)
    text = report(counts, start, search)
    print(text)
    if args.write:
        write_section("## Directory and start-up (issue 2)", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
