"""Other stations for the race tests: each runs in its own process ('spawn': a fresh interpreter with its
own engine and connections, as another PC would), does what its script says at the moment the others
do (a barrier before each step), and reports every outcome to the test through a queue.

Not a test module: the tests in ``test_races.py`` start these.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from deskapp.domain.errors import DeskError
from deskapp.domain.roles import Actor, Role

START = datetime(2026, 3, 2, 1, 30, 0)  # the tests' clock (tests/conftest.py)
BARRIER_TIMEOUT = 60


@dataclass(frozen=True)
class Outcome:
    """What one step gave: ``ok`` with its value, ``refused`` with the DeskError, or ``crashed``."""

    kind: str  # ok / refused / crashed
    value: Any = None
    error: str = ""  # the DeskError's class name
    message: str = ""  # the message as the user would read it (or the traceback of a crash)


@dataclass
class Report:
    """One process's results: an Outcome per scripted step, or the summary of a mixed run."""

    outcomes: list[Outcome] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


def attempt(do: Callable[[], Any]) -> Outcome:
    try:
        return Outcome("ok", do())
    except DeskError as exc:
        return Outcome("refused", None, type(exc).__name__, str(exc))
    except Exception:  # a bug: the test shows its traceback
        return Outcome("crashed", None, "", traceback.format_exc())


def _services(url: str, start: datetime):
    from deskapp.app import build
    from deskapp.db.engine import make_engine
    from deskapp.services.base import ManualClock
    from deskapp.services.passwords import Hasher

    engine = make_engine(url)
    _db, services = build(engine, hasher=Hasher.fast_for_tests(), clock=ManualClock(start))
    return engine, services


def _step(sv, actor: Actor, name: str, kw: dict) -> Callable[[], Any]:
    """The service call a scripted step names (its result reduced to something picklable)."""
    rq = sv.requests
    steps: dict[str, Callable[[], Any]] = {
        "check_out": lambda: sv.guests.check_out(actor, kw["slip"]).slip_no,
        "collect_pass": lambda: sv.passes.collect(actor, kw["number"], gate=kw["gate"]).number,
        "authorise_card": lambda: sv.cards.authorise(actor, kw["application_id"], card_no=kw["card_no"]).card_no,
        "open_card_application": lambda: sv.cards.open_application(
            actor, unit=kw["room"], card_type="resident", requirements=kw["requirements"]).number,
        "dispatch": lambda: rq.dispatch(actor, kw["request_id"], assignee=kw["assignee"], seen=kw.get("seen")).state,
        "cancel": lambda: rq.cancel(actor, kw["request_id"], reason=kw["reason"], seen=kw.get("seen")).state,
        "login": lambda: sv.auth.login(kw["staff_no"], kw["password"], station=actor.station).staff_no,
        "create_staff": lambda: sv.staff.create_staff(actor, staff_no=kw["staff_no"], name=kw["name"],
                                                      roles={Role.RECEPTIONIST}, password=kw["password"]).id,
        "create_unit": lambda: sv.directory.create_unit(actor, kw["room"]).id,
        "from_visit": lambda: sv.requests.from_visit(actor, kw["visit_id"], department="engineering").number,
        "log_event": lambda: _log_event(sv, actor, kw),
        "close_event": lambda: sv.control.close(actor, kw["event_id"], handling=kw.get("handling", "")).closed_by,
        "update_staff": lambda: sv.staff.update_staff(actor, kw["staff_id"], name=kw["name"], roles=kw["roles"],
                                                      active=kw["active"]).active,
    }
    return steps[name]


def _log_event(sv, actor: Actor, kw: dict) -> int:
    from deskapp.services.control import EventInput

    return sv.control.log_event(actor, EventInput(kw.get("source", "fire_panel"), kw.get("kind", "fire"),
                                                  text=kw.get("text", "烟感报警"))).number


def station(index: int, url: str, actor: Actor, script: list[tuple[str, dict]], barrier, out,
            start: datetime = START) -> None:
    """Run ``script`` (steps, each after the barrier) and put ``(index, Report)`` on ``out``."""
    report = Report()
    try:
        engine, sv = _services(url, start)
        try:
            for name, kw in script:
                if name == "mix":
                    barrier.wait(BARRIER_TIMEOUT)
                    report.summary = mixed_saves(sv, actor, index, **kw)
                    continue
                do = _step(sv, actor, name, kw)
                barrier.wait(BARRIER_TIMEOUT)
                report.outcomes.append(attempt(do))
        finally:
            engine.dispose()
    except Exception:
        report.outcomes.append(Outcome("crashed", None, "", traceback.format_exc()))
    out.put((index, report))


def race(url: str, scripts: list[tuple[Actor, list[tuple[str, dict]]]], *, timeout: float = 120) -> list[Report]:
    """Run each (actor, script) in its own process, all at once; their reports in the same order."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(scripts))
    out = ctx.Queue()
    procs = [ctx.Process(target=station, args=(i, url, actor, script, barrier, out), daemon=True)
             for i, (actor, script) in enumerate(scripts)]
    for p in procs:
        p.start()
    reports: dict[int, Report] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(reports) < len(procs):
            try:
                i, report = out.get(timeout=1)
            except queue.Empty:
                ended = not any(p.is_alive() for p in procs)
                if ended:  # what they put before exiting may still be in the pipe (a busy parent reads late)
                    with contextlib.suppress(queue.Empty):
                        i, report = out.get(timeout=10)
                        reports[i] = report
                        continue
                if ended or time.monotonic() > deadline:
                    raise AssertionError(f"stations did not report: exit codes {[p.exitcode for p in procs]}") from None
                continue
            reports[i] = report
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    return [reports[i] for i in range(len(procs))]


# -- 300 mixed saves ------------------------------------------------------------------------------

ROOMS = ("3-2-1502", "5-1-101")


def mixed_saves(sv, actor: Actor, index: int, *, saves: int) -> dict[str, Any]:
    """``saves`` saves as a busy desk makes them: visits, guests in and out, calls (some becoming
    requests), requests registered, dispatched and noted. Returns what was saved and what was refused."""
    made: dict[str, list[int]] = {"visit": [], "guest_visit": [], "call": [], "request": [], "checked_out": [],
                                  "dispatched": [], "notes": []}
    refused: list[str] = []
    crashed: list[str] = []
    seconds: list[float] = []
    on_site: list[str] = []
    open_requests: list[int] = []
    rq = sv.requests
    began = time.time()
    for i in range(saves):
        room = ROOMS[i % 2]
        op = i % 8
        if op == 2 and not on_site:
            op = 1
        if op in (5, 7) and not open_requests:
            op = 6

        def save(op=op, room=room, i=i) -> None:
            if op == 0:
                v = sv.visits.record(actor, unit=room, resident_id=None, visitor_name="张三",
                                     visitor_phone="13800001111", purpose="inquiry", content=f"问缴费 {index}-{i}",
                                     confirmed=True, outcome="resolved", resolution="已答")
                made["visit"].append(v.id)
            elif op == 1:
                g = sv.guests.check_in(actor, name="刘洋", phone="13600001111", host_unit=room, people=1,
                                       stay_minutes=60)
                made["guest_visit"].append(g.id)
                on_site.append(g.slip_no)
            elif op == 2:
                g = sv.guests.check_out(actor, on_site.pop(0))
                made["checked_out"].append(g.id)
            elif op == 3:
                c = sv.calls.record_incoming(actor, started_at=sv.calls.now(), phone="13812345678", unit=room,
                                             category="inquiry", content=f"问停车 {index}-{i}", confirmed=True,
                                             outcome="answered")
                made["call"].append(c.id)
            elif op == 4:
                c = sv.calls.record_incoming(actor, started_at=sv.calls.now(), phone="13812345678", unit=room,
                                             category="repair", content=f"漏水 {index}-{i}", confirmed=True,
                                             outcome="request", department="engineering")
                made["call"].append(c.id)
                made["request"].append(c.request_id)
                open_requests.append(c.request_id)
            elif op == 5:
                rq.add_note(actor, open_requests[-1], text=f"已联系业主 {index}-{i}")
                made["notes"].append(open_requests[-1])
            elif op == 6:
                r = rq.register(actor, unit=room, category="repair", description=f"门锁坏 {index}-{i}",
                                department="engineering")
                made["request"].append(r.id)
                open_requests.append(r.id)
            else:
                rid = open_requests.pop(0)
                rq.dispatch(actor, rid, assignee="刘师傅", seen="registered")
                made["dispatched"].append(rid)

        at = time.perf_counter()
        result = attempt(save)
        seconds.append(time.perf_counter() - at)
        if result.kind == "refused":
            refused.append(result.message)
        elif result.kind == "crashed":
            crashed.append(result.message)
    return {"made": made, "refused": refused, "crashed": crashed, "seconds": seconds, "began": began,
            "ended": time.time()}
