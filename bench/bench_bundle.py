"""Benchmark for the installer (issue 15): the frozen bundle's size, and its start-up to the login window
beside a bare PySide6 window (target ≤ 2×) and beside `python -m deskapp`.

    bash installer/bundle.sh                 # builds dist/deskapp (and self-checks it)
    python -m bench.bench_bundle --write     # 7 runs each, medians; --write updates bench/RESULTS.md

Each start is a new process, timed from its start to the line the window prints once shown
(``DESKAPP_BENCH_EXIT_AT=login``: the login window; ``ready``: the database open and migrated, the
login ready to accept a password).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from bench.bench_directory import BARE, timed_process
from bench.common import OUT, machine, median_ms, write_section

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "deskapp"


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _set_up(url: str) -> None:
    """The directory benchmark's file has units and residents but no site: give it one (else the first
    start would stop at the set-up window)."""
    from deskapp.app import build
    from deskapp.db.engine import make_engine
    from deskapp.db.migrate import upgrade
    from deskapp.services.passwords import Hasher

    engine = make_engine(url)
    upgrade(engine)
    _db, services = build(engine, hasher=Hasher.fast_for_tests())
    if services.site.needs_setup():
        services.site.set_up(site_name="基准小区", centre_name="基准服务中心", centre_phone="020-12345678",
                             admin_staff_no="9001", admin_name="基准", password="bench-pass-1",
                             password_again="bench-pass-1")
    engine.dispose()


def measure(runs: int) -> dict[str, list[float]]:
    exe = BUNDLE / ("deskapp.exe" if sys.platform == "win32" else "deskapp")
    if not exe.exists():
        raise SystemExit(f"{exe} is missing: build it with `bash installer/bundle.sh` first")
    OUT.mkdir(parents=True, exist_ok=True)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "DESKAPP_DATA_DIR": str(OUT / "bundle-data"),
                        "DESKAPP_CONFIG_DIR": str(OUT / "bundle-config"), "DESKAPP_LOG_DIR": str(OUT / "bundle-log")}
    site = OUT / "bundle.sqlite3"  # a site already set up (else the first start would ask for the set-up)
    if not site.exists():
        seeded = OUT / "directory.sqlite3"
        if not seeded.exists():
            raise SystemExit("bench/out/directory.sqlite3 is missing: run `python -m bench.bench_directory` first")
        shutil.copy(seeded, site)
    db = f"sqlite:///{site}"
    _set_up(db)
    times: dict[str, list[float]] = {"bare": [], "python login": [], "frozen login": [], "frozen ready": []}
    timed_process([str(exe), "--database", db], env | {"DESKAPP_BENCH_EXIT_AT": "ready"}, "DESKAPP_SHOWN ready")
    for _ in range(runs):
        times["bare"].append(timed_process([sys.executable, "-c", BARE], env, "DESKAPP_SHOWN bare"))
        times["python login"].append(timed_process([sys.executable, "-m", "deskapp", "--database", db],
                                                   env | {"DESKAPP_BENCH_EXIT_AT": "login"}, "DESKAPP_SHOWN login"))
        times["frozen login"].append(timed_process([str(exe), "--database", db],
                                                   env | {"DESKAPP_BENCH_EXIT_AT": "login"}, "DESKAPP_SHOWN login"))
        times["frozen ready"].append(timed_process([str(exe), "--database", db],
                                                   env | {"DESKAPP_BENCH_EXIT_AT": "ready"}, "DESKAPP_SHOWN ready"))
    return times


def report(times: dict[str, list[float]], runs: int) -> str:
    bare = median_ms(times["bare"])
    lines = [
        "## Installer: the frozen bundle (issue 15)",
        "",
        f"{machine()}; `installer/bundle.sh` (PyInstaller one-folder, no UPX); medians of {runs} starts, "
        "process start → window shown, offscreen.",
        "",
        f"Bundle: {size_mb(BUNDLE):.0f} MB on disk (`dist/deskapp`; the Qt libraries and plugins are most of it, "
        "the rare-character font 25 MB).",
        "",
        "| start-up | ms | vs bare window | target |",
        "|---|---|---|---|",
        f"| a bare PySide6 window (`python -c`) | {bare:.0f} | 1.00× | |",
        f"| `python -m deskapp` → login window | {median_ms(times['python login']):.0f} | "
        f"{median_ms(times['python login']) / bare:.2f}× | |",
        f"| frozen `deskapp` → login window | {median_ms(times['frozen login']):.0f} | "
        f"{median_ms(times['frozen login']) / bare:.2f}× | ≤ 2× |",
        f"| frozen `deskapp` → database open, login ready | {median_ms(times['frozen ready']):.0f} | "
        f"{median_ms(times['frozen ready']) / bare:.2f}× | |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    text = report(measure(args.runs), args.runs)
    print(text)
    if args.write:
        write_section("## Installer: the frozen bundle (issue 15)", text)


if __name__ == "__main__":
    main()
