"""Benchmark for the statistics with charts (issue 14): every statistic over ten years at full size.

    python -m bench.bench_stats            # seeds bench/out/stats.sqlite3 once, then measures
    python -m bench.bench_stats --write    # also writes the figures into bench/RESULTS.md
    python -m bench.bench_stats --seed-only

One SQLite file with the records every statistic reads, at the sizes of the other benchmarks: 1,000,000
incoming calls, 1,000,000 walk-in visits, 300,000 requests (each with its five step notes: 1,500,000 notes,
4% reopened by an unsatisfied callback), 1,000,000 move-out passes, 200,000 card applications and 200,000
cards authorised, 1,000,000 control-room events (a fifth of them false alarms), 10,000 units in 50
buildings, over the ten years to 2026-11-27. Seeded with plain INSERTs in time order, as a desk writes
them (no audit rows: the statistics do not read them).

Measured: ``StatisticsService`` for each statistic over ten years (all buildings, and one building), and
this month; the tab's "chart shown" time: the statistic chosen in the list → figures read, the table
filled, the QtCharts chart built and the chart view painted (offscreen). Target: ≤ 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import time
from datetime import date, datetime, timedelta

from bench.common import OUT, PASSWORD, machine, median_ms, p95_ms, write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Asia/Shanghai"  # the site's PCs keep China time
if hasattr(time, "tzset"):
    time.tzset()

DB = OUT / "stats.sqlite3"
TITLE = "## Statistics with charts (issue 14): ten years at full size"
NOW = datetime(2026, 11, 27, 2, 0)  # naive UTC: 10:00 in Beijing
DAYS = 3650
CALLS = VISITS = PASSES = EVENTS = 1_000_000
REQUESTS = 300_000
CARDS = 200_000
BUILDINGS, UNITS_PER_BUILDING = 50, 200
CLASSES = ("服务态度", "服务质量", "工程质量", "设施设备", "安全管理", "环境卫生", "收费", "其他")
CAUSES = ("environment", "environment", "fire_like", "inappropriate_action", "accidental_damage", "equipment",
          "malicious", "good_intent", "unknown")
# How busy each hour of the day is at the desk (local), roughly: quiet at night, peaks morning and evening.
HOURS = (1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 13, 11, 9, 10, 12, 12, 11, 12, 14, 12, 8, 5, 3, 2)


def _t(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite storage format


def _times(rng: random.Random, start: datetime, n: int) -> list[datetime]:
    """``n`` moments in the ten years, in order: rows are inserted as things happen, so a table's row order
    follows its time column (as at a real desk; random order would make every range read a random read)."""
    return sorted(_when(rng, start) for _ in range(n))


def _when(rng: random.Random, start: datetime) -> datetime:
    """A random moment in the ten years, its local hour drawn from HOURS."""
    day = rng.randrange(DAYS)
    hour = rng.choices(range(24), HOURS)[0]
    local = datetime.combine(start.date() + timedelta(days=day), datetime.min.time()) + timedelta(
        hours=hour, seconds=rng.randrange(3600))
    return local - timedelta(hours=8)


def seed() -> None:
    from deskapp.app import build
    from deskapp.db.engine import make_engine, sqlite_url
    from deskapp.db.migrate import upgrade
    from deskapp.db.models import Staff
    from deskapp.domain.roles import Role, format_roles
    from deskapp.services.base import ManualClock
    from deskapp.services.demo import seed_site
    from deskapp.services.passwords import Hasher

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(DB.name + "*"):
        old.unlink()
    engine = make_engine(sqlite_url(DB))
    upgrade(engine)
    db, _services = build(engine, hasher=Hasher(), clock=ManualClock(NOW))
    seed_site(db)
    with db.write(None, station="bench") as s:
        s.add(Staff(staff_no="8001", name="赵敏", password_hash=Hasher().hash(PASSWORD),
                    roles=format_roles({Role.SUPERVISOR}), active=True, must_change_password=False,
                    failed_logins=0, created_at=NOW))
    engine.dispose()
    rng = random.Random(14)
    con = sqlite3.connect(DB)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # seeding only; the app always writes with synchronous=FULL
    con.execute("INSERT INTO setting (key, value) VALUES ('detector_count', '3200')")
    made = _t(NOW - timedelta(days=DAYS + 30))
    con.executemany("INSERT INTO building (id, code, name, created_at, created_station) VALUES (?,?,?,?,?)",
                    [(b, str(b), f"{b}栋", made, "bench") for b in range(1, BUILDINGS + 1)])
    units = []
    for b in range(1, BUILDINGS + 1):
        for n in range(UNITS_PER_BUILDING):
            entrance, floor, room = 1 + n // 50, 1 + (n % 50) // 2, 1 + n % 2
            room_no = f"{b}-{entrance}-{floor}{room:02d}"
            units.append((len(units) + 1, b, room_no, f"{b:04d}-{entrance:04d}-{floor:04d}{room:02d}", str(entrance),
                          f"{room:02d}", floor, made, "bench"))
    con.executemany("INSERT INTO unit (id, building_id, room_no, sort_key, entrance, room, floor, created_at, "
                    "created_station) VALUES (?,?,?,?,?,?,?,?,?)", units)
    unit_ids = [u[0] for u in units]
    start = NOW - timedelta(days=DAYS)
    categories = ("repair", "repair", "report", "report", "complaint", "inquiry", "inquiry", "suggestion", "other")

    rows: list[tuple] = []
    for i, at in enumerate(_times(rng, start, CALLS)):
        rows.append(("incoming", _t(at), _t(at + timedelta(minutes=3)), rng.choice(unit_ids) if i % 10 else None,
                     "", rng.choice(categories), "来电内容", 1, "answered", _t(at), "bench"))
        if len(rows) == 50_000 or i == CALLS - 1:
            con.executemany("INSERT INTO call (direction, started_at, ended_at, unit_id, caller_name, category, "
                            "content, confirmed, outcome, created_at, created_station) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            rows)
            rows.clear()
    purposes = ("inquiry", "inquiry", "repair", "report", "complaint", "card", "pass", "renovation", "parking", "other")
    for i, at in enumerate(_times(rng, start, VISITS)):
        rows.append((_t(at), rng.choice(unit_ids), "访客", rng.choice(purposes), "来访内容", 1, "resolved", "",
                     _t(at), "bench"))
        if len(rows) == 50_000 or i == VISITS - 1:
            con.executemany("INSERT INTO visit (visited_at, unit_id, visitor_name, purpose, content, confirmed, "
                            "outcome, resolution, created_at, created_station) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
            rows.clear()
    departments = ("engineering", "engineering", "engineering", "security", "cleaning", "landscaping",
                   "customer_service")
    notes: list[tuple] = []
    for rid, at in enumerate(_times(rng, start, REQUESTS), 1):
        category = rng.choice(("repair", "repair", "report", "complaint"))
        response = timedelta(seconds=int(rng.lognormvariate(5.2, 0.8)))  # about 3 minutes, a long tail
        done = at + response + timedelta(minutes=int(rng.lognormvariate(5.0, 1.0)))
        promised = at + timedelta(hours=rng.choice((2, 4, 24))) if rng.random() < 0.4 else None
        cancelled = rng.random() < 0.02
        reopened = not cancelled and rng.random() < 0.04
        called_back = done + timedelta(hours=rng.randrange(1, 24)) + (timedelta(days=2) if reopened else timedelta())
        satisfaction = rng.choices(("satisfied", "mostly"), (8, 2))[0]
        rows.append((rid, _t(at), "call", rng.choice(unit_ids), "", "", category, "内容", rng.choice(departments),
                     "normal", "cancelled" if cancelled else "closed", "维修工", _t(at + timedelta(minutes=5)),
                     _t(promised) if promised else None, _t(at + response), None if cancelled else _t(done),
                     None if cancelled else _t(called_back), None if cancelled else satisfaction,
                     None if cancelled else _t(called_back + timedelta(hours=1)),
                     _t(at + timedelta(hours=1)) if cancelled else None, "", "", "",
                     rng.choice(CLASSES) if category == "complaint" and not cancelled else "", "", "", _t(at), "bench"))
        steps = [("dispatch", at + response)]
        if cancelled:
            steps.append(("cancel", at + timedelta(hours=1)))
        else:
            steps += [("start", at + response + timedelta(minutes=10)), ("complete", done)]
            if reopened:
                steps.append(("reopen", done + timedelta(hours=2)))
            steps += [("call_back", called_back), ("close", called_back + timedelta(hours=1))]
        notes += [(rid, _t(t), "bench", "step", step, "") for step, t in steps]
        if len(rows) == 20_000 or rid == REQUESTS:
            con.executemany(
                "INSERT INTO request (id, registered_at, source, unit_id, location, contact_name, category, "
                "description, department, priority, state, assignee, response_due_at, promised_at, dispatched_at, "
                "completed_at, called_back_at, satisfaction, closed_at, cancelled_at, paid_item, service_promise, "
                "cause_analysis, complaint_class, accountability, cancel_reason, created_at, created_station) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            con.executemany("INSERT INTO request_note (request_id, at, station, kind, step, text) VALUES (?,?,?,?,?,?)",
                            notes)
            rows.clear()
            notes.clear()
    for i, at in enumerate(_times(rng, start, PASSES)):
        voided = _t(at + timedelta(hours=1)) if rng.random() < 0.02 else None
        rows.append((rng.choice(unit_ids), "collected", "申请人", 1, "居民身份证", "1101**********0000", 0, _t(at),
                     _t(at + timedelta(hours=8)), "", "", "", 0, "", _t(at), "bench", voided))
        if len(rows) == 50_000 or i == PASSES - 1:
            con.executemany("INSERT INTO move_pass (unit_id, state, applicant_name, applicant_is_owner, id_type, "
                            "id_masked, arrears_told, valid_from, valid_until, plate, movers, remarks, reprints, "
                            "gate_note, created_at, created_station, voided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            rows)
            rows.clear()
    cards: list[tuple] = []
    events: list[tuple] = []
    for cid, at in enumerate(_times(rng, start, CARDS), 1):
        unit = rng.choice(unit_ids)
        rows.append((cid, unit, "collected", "owner", "", "业主", 1, "", 1, "", _t(at), _t(at), "bench"))
        cards.append((cid, f"{cid:08d}", f"{cid:08d}", unit, "业主", "owner", "active", cid, _t(at), "bench"))
        events.append((cid, "authorised", _t(at + timedelta(days=1)), "bench", "", ""))
        if len(rows) == 50_000 or cid == CARDS:
            con.executemany("INSERT INTO card_application (id, unit_id, state, card_type, requirements, applicant_name, "
                            "applicant_is_owner, remarks, receipt_prints, notify_note, registered_at, created_at, "
                            "created_station) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            con.executemany("INSERT INTO access_card (id, card_no, live_no, unit_id, holder_name, card_type, state, "
                            "application_id, created_at, created_station) VALUES (?,?,?,?,?,?,?,?,?,?)", cards)
            con.executemany("INSERT INTO access_card_event (card_id, kind, at, station, note, reported_by) "
                            "VALUES (?,?,?,?,?,?)", events)
            rows.clear()
            cards.clear()
            events.clear()
    for n, at in enumerate(_times(rng, start, EVENTS), 1):
        b, floor = rng.randrange(1, BUILDINGS + 1), rng.randrange(1, 33)
        false = rng.random() < 0.2
        rows.append((n, _t(at), "", "fire_panel", "fire" if false or rng.random() < 0.3 else "fault", f"{b}栋",
                     f"{floor}F", f"{b}栋{floor}层", f"{b}-{floor:02d}01", "", "", "false_alarm" if false else "fault",
                     rng.choice(CAUSES) if false else None, "", "", "", "", "", "", "", "", "", _t(at), "bench"))
        if len(rows) == 50_000 or n == EVENTS:
            con.executemany(
                "INSERT INTO control_event (number, received_at, received_at_reason, source, kind, building, floor, "
                "zone, device_address, text, dispatched_guard, result, cause, cause_note, fire_call_address, "
                "fire_call_origin, fire_call_burning, fire_call_size, fire_call_caller, fire_call_phone, manager_name, "
                "handling, created_at, created_station) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows)
            rows.clear()
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()


def measure(runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from deskapp.app import build
    from deskapp.config import StationConfig
    from deskapp.db.engine import make_engine, sqlite_url
    from deskapp.domain.roles import Actor, Role
    from deskapp.services.base import ManualClock
    from deskapp.services.statistics import STATISTIC_LABELS, Statistic
    from deskapp.ui.tabs.statistics import StatisticsPage

    app = QApplication.instance() or QApplication([])
    _db, s = build(make_engine(sqlite_url(DB)), clock=ManualClock(NOW))
    supervisor = s.auth.login("8001", PASSWORD, station="bench")
    assert Role.SUPERVISOR in supervisor.roles and isinstance(supervisor, Actor)
    stats = s.statistics
    last = date(2026, 11, 27)
    first = date(2016, 12, 1)
    building = stats.buildings(supervisor)[2].id
    con = sqlite3.connect(DB)
    sizes = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - our own table names
             for t in ("call", "visit", "request", "request_note", "move_pass", "card_application",
                       "access_card_event", "control_event")}
    con.close()
    out: dict = {"sizes": sizes, "rows": [], "load": [os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0]}
    page = StatisticsPage(statistics=stats, actor=supervisor, config=StationConfig(station_name="bench"),
                          config_path=OUT / "station.json")
    page.resize(1280, 760)
    page.show()
    app.processEvents()
    page.choose_days(first, last)
    app.processEvents()
    for statistic in Statistic:
        row = {"name": STATISTIC_LABELS[statistic]}
        for key, (a, b, where) in {"all": (first, last, None), "building": (first, last, building),
                                   "month": (date(2026, 11, 1), last, None)}.items():
            times, cpu = [], []
            for _ in range(runs):
                t, c = time.perf_counter(), time.process_time()
                stats.figures(supervisor, statistic, a, b, where)
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            row[key] = (median_ms(times), p95_ms(times))
            row[key + "_cpu"] = median_ms(cpu)
        shown, shown_cpu = [], []
        for i in range(runs):
            other = Statistic.BY_HOUR if statistic is not Statistic.BY_HOUR else Statistic.BY_CATEGORY
            page.ui.statisticsList.blockSignals(True)
            page.choose(other)  # away and back, as the supervisor clicks from one to the next
            page.ui.statisticsList.blockSignals(False)
            app.processEvents()
            t, c = time.perf_counter(), time.process_time()
            page.choose(statistic)
            page.chart_view.viewport().repaint()
            page.ui.statisticsTable.viewport().repaint()
            shown.append(time.perf_counter() - t)
            shown_cpu.append(time.process_time() - c)
            assert page.statistic() is statistic and page.figures is not None, i
        row["shown"] = (median_ms(shown), p95_ms(shown))
        row["shown_cpu"] = median_ms(shown_cpu)
        out["rows"].append(row)
        print(row, flush=True)
    page.close()
    out["load"].append(os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
    return out


def report(r: dict, runs: int) -> str:
    sz = r["sizes"]
    lines = [TITLE, "", f"Machine: {machine()}", "",
             f"Data (bench/out/stats.sqlite3, SQLite, seeded by `python -m bench.bench_stats --seed-only`): "
             f"{sz['call']:,} incoming calls, {sz['visit']:,} visits, {sz['request']:,} requests with "
             f"{sz['request_note']:,} step notes (4% reopened), {sz['move_pass']:,} move-out passes, "
             f"{sz['card_application']:,} card applications and {sz['access_card_event']:,} cards authorised, "
             f"{sz['control_event']:,} control-room events (a fifth false alarms), 10,000 units in 50 buildings, "
             "over the ten years to 2026-11-27; China time (UTC+8).",
             f"Command: `python -m bench.bench_stats --write`; {runs} runs each, median / p95 wall time in ms, and "
             "(CPU …) the median CPU time of this process (SQLite runs in it): the machine is shared, and the load "
             f"average was {r['load'][0]:.1f} when the run began and {r['load'][1]:.1f} when it ended on "
             f"{os.cpu_count()} cores (a wall time well above its CPU time is time spent waiting for a core).", "",
             "| statistic | ten years, all buildings | ten years, one building | this month | "
             "tab: chosen → chart shown (ten years) | target |",
             "|---|---|---|---|---|---|"]
    for row in r["rows"]:
        cells = " | ".join(f"{row[k][0]:.0f} / {row[k][1]:.0f} (CPU {row[k + '_cpu']:.0f})"
                           for k in ("all", "building", "month", "shown"))
        lines.append(f"| {row['name']} | {cells} | ≤ 1000 |")
    lines += ["", "- *Service*: `StatisticsService.figures` (the GROUP BY queries and the few-hundred-row "
              "histograms the medians are read from). *Tab*: `StatisticsPage` with ten years chosen, offscreen: "
              "the statistic chosen in the list → the figures read, the table filled, the QtCharts series and axes "
              "built, the chart view and the table painted.",
              "- False alarms come from `ControlService.false_alarm_stats` (which also lists the devices flagged in "
              "the last 12 months).",
              "- Migration 0016's covering indexes: before them (the same file at revision 0013, load average ~7, "
              "2026-11-27) ten years of passes and cards took 6979 ms, callbacks 1757 ms, false alarms ~1400 ms, "
              "calls and visits by hour 2207 ms; without the time-ordered rows a real desk writes, every range read "
              "was a random read (by hour 11 s).",
              "- Every statistic is within 1000 ms at p95 on a quiet moment of this shared machine; the slowest are "
              "response and completion times (two grouped passes over 300,000 requests for the counts and the "
              "medians' histograms, ~900 ms with the tab) and calls and visits by hour (~780 ms). An earlier run at "
              "load average 7.5 (before the last change to response times; other engineers' work on the 2 cores) took "
              "1.3–2.3 s for those three: there is "
              "no room to spare on a busy PC. "
              "Not measured: PostgreSQL (the same queries; the covering indexes serve it too)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed-only", action="store_true")
    parser.add_argument("--seed", action="store_true", help="seed again even if the file is there")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--as-is", action="store_true", help="measure the file at whatever revision it is")
    args = parser.parse_args()
    from deskapp.db.migrate import HEAD

    have = None
    if DB.exists():
        con = sqlite3.connect(DB)
        try:
            have = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.Error:
            have = None
        con.close()
    if args.seed or (have != HEAD and not args.as_is):
        t = time.perf_counter()
        seed()
        print(f"seeded in {time.perf_counter() - t:.0f} s", flush=True)
    if args.seed_only:
        return
    result = measure(args.runs)
    text = report(result, args.runs)
    print(text)
    if args.write:
        write_section(TITLE, text)


if __name__ == "__main__":
    main()
