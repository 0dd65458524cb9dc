"""The demo site's month of alarm-log events: numbered 1…n without gaps, every state there (open fire
alarms to dispatch and being confirmed, false alarms with causes and their fault records, tests, a real
fire with every step, amendments), a flagged device, and the service working on from it (both databases)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from deskapp.db.models import ControlEvent
from deskapp.domain.control import EventKind, EventStage, Result, Source
from deskapp.domain.roles import Role
from deskapp.services.control import EventInput, FaultInput
from deskapp.services.demo_control import seed_control


def test_a_month_of_events_in_every_state(world, admin):
    operator = world.member(admin, "2001", Role.CONTROL_OPERATOR, name="张伟")
    supervisor = world.member(admin, "8001", Role.SUPERVISOR, name="赵敏")
    world.site.update_settings(admin, idle_lock_minutes=10, detector_count=300)
    n = seed_control(world.db)
    assert n >= 240
    with world.db.read() as s:
        assert sorted(s.scalars(select(ControlEvent.number))) == list(range(1, n + 1))
    events = world.control.events(operator, limit=n)
    stages = Counter(e.stage for e in events)
    assert stages[EventStage.TO_DISPATCH] == 1 and stages[EventStage.CONFIRMING] == 1
    assert stages[EventStage.TO_CLOSE] >= 3 and stages[EventStage.CLOSED] == n - 5
    assert [e.is_open for e in events[:5]] == [True] * 5 and not any(e.is_open for e in events[5:])
    results = Counter(e.result for e in events)
    assert results[Result.FALSE_ALARM] > 50 and results[Result.TEST] > 5 and results[Result.REAL_FIRE] == 1
    fire = next(e for e in events if e.result is Result.REAL_FIRE)
    assert not fire.missing and fire.closed_at is not None
    assert any(world.control.get(operator, e.id).notes for e in events if e.closed_at)
    assert {e.source for e in events} >= {Source.FIRE_PANEL, Source.CCTV, Source.ELEVATOR, Source.WATER}
    summary = world.control.open_summary(operator)
    assert summary.open_events == 5 and summary.faults_overdue == 1 and summary.open_faults >= 3
    stats = world.control.false_alarm_stats(supervisor)
    assert "3-1299" in [d.address for d in stats.flagged] and stats.rate is not None
    after = world.control.log_event(operator, EventInput(Source.CCTV, EventKind.CCTV, text="南门"))
    assert after.number == n + 1
    faults = world.control.faults(operator, limit=1000)
    fault = world.control.record_fault(operator, FaultInput("探测器故障", place="1栋"))
    assert fault.number == max(f.number for f in faults) + 1
