"""What the benchmarks share: where they write, the machine line, medians and p95s, the RESULTS.md
sections, and seeding in a process of its own."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"
RESULTS = Path(__file__).parent / "RESULTS.md"
PASSWORD = "bench-password"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    import sqlalchemy

    return (f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; Python "
            f"{platform.python_version()}; SQLite {sqlite3.sqlite_version}; PySide6 {PySide6.__version__}; "
            f"SQLAlchemy {sqlalchemy.__version__}")


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def p95_ms(times: list[float]) -> float:
    return sorted(times)[max(0, int(len(times) * 0.95) - 1)] * 1000


def raw_sql_ms(db: Path, sql: str, args: tuple, runs: int = 15) -> tuple[float, int]:
    """The median of `runs` warm runs of the bare query through sqlite3, and how many rows it gave."""
    con = sqlite3.connect(db)
    con.execute(sql, args).fetchall()  # warm the cache as the app's first query does
    times = []
    rows: list = []
    for _ in range(runs):
        t = time.perf_counter()
        rows = con.execute(sql, args).fetchall()
        times.append(time.perf_counter() - t)
    con.close()
    return median_ms(times), len(rows)


def _revision(db: Path) -> str | None:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def seed_once(module: str, db: Path) -> None:
    """Seed `db` by running `python -m module --seed-only`, unless it is there already at the app's schema
    revision (a file seeded by an older app is seeded again). Seeding runs in a process of its own so that
    the memory figures are the app's, not the seeder's."""
    from deskapp.db.migrate import HEAD

    if db.exists() and _revision(db) == HEAD:
        return
    t = time.perf_counter()
    try:
        subprocess.run([sys.executable, "-m", module, "--seed-only"], check=True)
    except subprocess.CalledProcessError:
        for half_made in db.parent.glob(db.name + "*"):  # never measure a half-seeded file next time
            half_made.unlink()
        raise
    print(f"seeded in {time.perf_counter() - t:.0f} s")


def write_section(title: str, text: str) -> None:
    """Put `text` (which starts with the heading `title`) in RESULTS.md in place of that section."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    head, sep, rest = old.partition(title)
    tail = rest[rest.find("\n## ") + 1:] if sep and "\n## " in rest else ""
    RESULTS.write_text(head.rstrip() + "\n\n" + text + ("\n" + tail if tail else ""), encoding="utf-8")
