"""Benchmark for the control room's shift (issue 12, the shift half): a year of shifts, and a busy day.

    python -m bench.bench_shift            # seeds bench/out/shift.sqlite3 once (seconds), then measures
    python -m bench.bench_shift --write    # also writes the figures into bench/RESULTS.md

Measured: the duty log 《消防控制室值班记录表》 of a busy day (200 entries: the alarm log's events and the
2-hourly records) read and rendered as an A4 PDF, p95 ≤ 1 s; saving a 2-hourly equipment record (seven
systems) p95; the status every control-room station reads for its banner (every 30 s and on each change).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from datetime import datetime, timedelta

from bench.common import OUT, machine, median_ms, p95_ms, seed_once, write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DB = OUT / "shift.sqlite3"
DAYS = 365
BUSY_EVENTS = 188  # + the day's 12 records = 200 entries on the busy day's log
TITLE = "## Control-room shifts (issue 12): duty log and equipment record"
NOW = datetime(2026, 11, 27, 2, 0)  # naive UTC: 10:00 in Beijing
BUSY_DAY_AGO = 3
PLACES = (("3栋", "12", "走道"), ("5栋", "B1", "车库"), ("1栋", "1", "大堂"), ("8栋", "21", "前室"), ("会所", "2", "厨房"))
KINDS = (("fire", "false_alarm", "environment", "厨房油烟"), ("fire", "false_alarm", "equipment", "探测器污染"),
         ("fault", None, None, "模块通讯故障"), ("supervisory", None, None, "信号阀关闭"),
         ("fire", "real_fire", None, "配电箱冒烟，已扑灭"), ("cctv", None, None, "车库有人徘徊，已派岗"))


def _services(clock=None):
    from deskapp.app import build
    from deskapp.db.engine import make_engine
    from deskapp.db.migrate import upgrade
    from deskapp.services.base import ManualClock
    from deskapp.services.passwords import Hasher

    engine = make_engine(f"sqlite:///{DB}")
    upgrade(engine)
    return build(engine, hasher=Hasher.fast_for_tests(), clock=clock or ManualClock(NOW))


def busy_day_start() -> datetime:
    from deskapp.services.timeutil import day_start_utc, local_date

    return day_start_utc(local_date(NOW) - timedelta(days=BUSY_DAY_AGO))


def seed() -> None:
    from sqlalchemy import insert

    from deskapp.db.models import ControlCounter, ControlEvent
    from deskapp.services.demo import seed_site, seed_staff
    from deskapp.services.demo_shifts import seed_shifts
    from deskapp.services.passwords import Hasher

    OUT.mkdir(exist_ok=True)
    for old in DB.parent.glob(DB.name + "*"):
        old.unlink()
    db, _sv = _services()
    seed_site(db)
    seed_staff(db, Hasher.fast_for_tests())
    rng = random.Random(5)
    start = busy_day_start()
    events = []
    for n in range(1, BUSY_EVENTS + 1):
        at = start + timedelta(seconds=rng.randint(0, 86_399))
        kind, result, cause, text = rng.choice(KINDS)
        building, floor, zone = rng.choice(PLACES)
        events.append({"number": n, "received_at": at, "received_at_reason": "", "source": "fire_panel",
                       "kind": kind, "building": building, "floor": floor, "zone": zone,
                       "device_address": f"1-{rng.randint(1, 200):03d}-{rng.randint(1, 250):03d}", "text": text,
                       "result": result, "result_at": at + timedelta(minutes=3) if result else None,
                       "cause": cause, "cause_note": "", "handling": "已到场确认并复位" if result else "已通知维保",
                       "closed_at": at + timedelta(minutes=20), "created_at": at, "created_station": "监控中心"})
    events.sort(key=lambda e: e["received_at"])
    for n, e in enumerate(events, 1):
        e["number"] = n
    with db.write(None, station="bench") as s:
        s.execute(insert(ControlEvent), events)
        s.execute(insert(ControlCounter), [{"name": "event", "value": len(events)}])
    print("shifts:", seed_shifts(db, Hasher.fast_for_tests(), days=DAYS))


def measure(runs: int) -> dict[str, float]:
    from deskapp.domain.shifts import SystemReading
    from deskapp.services.base import ManualClock
    from deskapp.services.demo import DEMO_PASSWORD
    from deskapp.services.timeutil import local_date
    from tests.printing.pdfcheck import page_texts

    clock = ManualClock(NOW)
    db, sv = _services(clock)
    svc = sv.shifts
    admin = sv.auth.login("9001", DEMO_PASSWORD, station="监控中心")
    on_duty = svc.status(admin).shift
    assert on_duty is not None
    op = sv.auth.login(on_duty.operators[0].staff_no, DEMO_PASSWORD, station="监控中心")
    day = local_date(busy_day_start())
    head = sv.printing.letterhead(op)
    log = svc.duty_log(op, day=day)
    entries = sum(len(lines) for _label, lines, _missing in log.slots)
    pdf = svc.duty_log_pdf(op, head, day=day)  # warm: fonts registered, queries prepared
    pages = len(page_texts(pdf))
    logs = []
    for _ in range(max(5, runs // 15)):
        t = time.perf_counter()
        svc.duty_log_pdf(op, head, day=day)
        logs.append(time.perf_counter() - t)
    systems = svc.systems(op)
    readings = [SystemReading(x.id, "auto" if x.should_be_auto else "manual", "normal") for x in systems]
    saves = []
    for n in range(runs):
        clock.advance(minutes=1)
        odd = n % 10 == 0  # now and then a shutter in manual, explained
        rs = [SystemReading(r.system_id, "manual", "normal", "检修") if odd and i == 3 else r
              for i, r in enumerate(readings)]
        t = time.perf_counter()
        svc.record_equipment(op, controller="normal", linkage="auto", readings=rs)
        saves.append(time.perf_counter() - t)
    statuses = []
    for _ in range(runs):
        t = time.perf_counter()
        svc.status(op)
        statuses.append(time.perf_counter() - t)
    return {"entries": entries, "pages": pages, "kb": len(pdf) / 1024, "systems": len(systems),
            "log_median": median_ms(logs), "log_p95": p95_ms(logs), "save_median": median_ms(saves),
            "save_p95": p95_ms(saves), "status_median": median_ms(statuses), "status_p95": p95_ms(statuses)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed-only", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    if args.seed_only:
        seed()
        return
    seed_once("bench.bench_shift", DB)
    r = measure(args.runs)
    text = "\n".join([
        TITLE, "", machine(), "",
        f"A year of shifts (three a day, the record every 2 hours, a handover at each change; the demo's seeder) "
        f"and a busy day of {r['entries']:.0f} entries on its duty log ({BUSY_EVENTS} alarm-log events + the day's "
        f"records), SQLite (bench/out/shift.sqlite3).", "",
        "| what | median | p95 | target |", "|---|---|---|---|",
        f"| duty log of the busy day: read + A4 PDF ({r['pages']:.0f} pages, {r['kb']:.0f} KB) | "
        f"{r['log_median']:.0f} ms | {r['log_p95']:.0f} ms | p95 ≤ 1 s |",
        f"| save a 2-hourly equipment record ({r['systems']:.0f} systems; every tenth with one explained) | "
        f"{r['save_median']:.1f} ms | {r['save_p95']:.1f} ms | feels instant |",
        f"| the control room's status (the banner on every station) | {r['status_median']:.1f} ms | "
        f"{r['status_p95']:.1f} ms | |", ""])
    print(text)
    if args.write:
        write_section(TITLE, text)


if __name__ == "__main__":
    main()
