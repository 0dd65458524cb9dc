"""The demo site's month of control-room shifts: three 8-hour shifts a day with two operators each, the
record every 2 hours, a daily check each morning, each change of shift a signed handover; the newest
shift is on duty and the service works on from it (on both databases: the ids come from the database)."""

from datetime import timedelta

from sqlalchemy import func, select

from deskapp.db.models import ControlShift, EquipmentRecord, Handover, HandoverSignature
from deskapp.domain.roles import Role
from deskapp.domain.shifts import MAX_SHIFT, MIN_OPERATORS, ShiftState, SystemReading
from deskapp.services.demo_shifts import DEMO_PASSWORD, seed_shifts
from deskapp.services.shifts import Credential
from deskapp.services.timeutil import local_date
from tests.conftest import HASHER, PASSWORD, START
from tests.printing.pdfcheck import page_texts


def test_a_month_of_shifts_handed_over_and_the_last_one_on_duty(world, admin):
    world.member(admin, "2001", Role.CONTROL_OPERATOR, name="张伟")
    world.member(admin, "2002", Role.CONTROL_OPERATOR, name="刘洋")
    assert seed_shifts(world.db, HASHER, days=30) >= 90
    svc = world.services.shifts
    with world.db.read() as s:
        shifts = s.scalars(select(ControlShift).order_by(ControlShift.started_at)).all()
        assert [x.state for x in shifts].count(ShiftState.ON_DUTY.value) == 1
        assert shifts[-1].state == ShiftState.ON_DUTY.value
        assert all(x.ended_at - x.started_at <= MAX_SHIFT for x in shifts[:-1])
        assert all(len(x.operators) >= MIN_OPERATORS for x in shifts)
        handovers = s.scalar(select(func.count()).select_from(Handover))
        assert handovers >= len(shifts) - 3
        sides = dict(s.execute(select(HandoverSignature.side, func.count()).group_by(HandoverSignature.side)).all())
        assert sides == {"out": 2 * handovers, "in": 2 * handovers}
        assert s.scalar(select(func.count()).select_from(EquipmentRecord)) >= 4 * (len(shifts) - 1)
    on_duty = svc.status(admin).shift
    assert on_duty is not None and len(on_duty.operators) == 2
    first = on_duty.operators[0].staff_no
    op = world.auth.login(first, PASSWORD if first in ("2001", "2002") else DEMO_PASSWORD, station="ctl")
    record = svc.record_equipment(op, controller="normal", linkage="auto",
                                  readings=[SystemReading(x.id, "auto", "normal") for x in svc.systems(op)])
    assert record.shift_id == on_duty.id
    day = local_date(START) - timedelta(days=5)
    text = "".join(page_texts(svc.duty_log_pdf(op, world.printing.letterhead(op), day=day))).replace(" ", "")
    assert "消防控制室值班记录表" in text and "交班人" in text and "自检" in text
    other = [o for o in ("2003", "2004", "2005", "2006") if o not in {x.staff_no for x in on_duty.operators}]
    assert len(other) >= 2  # the demo's own operators sign with the demo's password
    svc.record_daily_check(op, results={"self_test": "normal", "silence": "normal", "reset": "normal",
                                        "main_power": "normal", "backup_power": "normal"})
    out = Credential(first, PASSWORD if first in ("2001", "2002") else DEMO_PASSWORD)
    done = svc.hand_over(op, outgoing=[out], incoming=[Credential(o, DEMO_PASSWORD) for o in other[:2]],
                         acknowledged=[i.key for i in svc.carried_items(op)])
    assert done.from_shift_id == on_duty.id
