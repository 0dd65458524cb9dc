"""The shift's rules in the domain: the 2-hourly schedule, the daily check's standing, the equipment record's
flags and explanations, the shift's length and operators, the form's time slots and alarm natures."""

import math
from datetime import datetime, timedelta

import pytest

from deskapp.domain.errors import Problems
from deskapp.domain.shifts import (
    MSG_LINKAGE_MANUAL,
    MSG_NOTE_NEEDED,
    MSG_SHIFT_LENGTH,
    MSG_SYSTEM_MISSING,
    MSG_TOO_FEW,
    MSG_TOO_MANY,
    AlarmNature,
    ControlMode,
    DailyDue,
    RecordDue,
    RunState,
    SystemReading,
    SystemSpec,
    alarm_nature,
    check_equipment,
    check_operator_count,
    check_shift_length,
    daily_status,
    is_flagged,
    record_schedule,
    shift_overrun,
    slot_label,
    slot_of,
)

T0 = datetime(2026, 3, 2, 8, 0)
SYSTEMS = [SystemSpec(1, "防火卷帘", True), SystemSpec(2, "消防电梯", False)]


@pytest.mark.parametrize(("minutes", "status"), [(0, RecordDue.NOT_DUE), (109, RecordDue.NOT_DUE),
                                                 (110, RecordDue.DUE), (120, RecordDue.DUE),
                                                 (121, RecordDue.OVERDUE)])
def test_the_record_is_due_two_hours_after_the_last(minutes, status):
    s = record_schedule(T0, T0 + timedelta(minutes=minutes))
    assert s.due_at == T0 + timedelta(hours=2) and s.status is status
    assert s.blocks_handover is (status is RecordDue.OVERDUE)


def test_with_no_record_yet_it_is_due_from_the_shifts_start():
    assert record_schedule(None, T0, since=T0).status is RecordDue.DUE
    assert record_schedule(None, T0 + timedelta(minutes=10), since=T0).status is RecordDue.DUE
    assert record_schedule(None, T0 + timedelta(minutes=11), since=T0).status is RecordDue.OVERDUE


def test_the_daily_check_is_done_today_due_or_overdue():
    midnight = datetime(2026, 3, 2, 0, 0)
    assert daily_status(T0, T0 + timedelta(hours=1), today_starts=midnight) is DailyDue.DONE
    assert daily_status(T0 - timedelta(hours=20), T0, today_starts=midnight) is DailyDue.DUE
    assert daily_status(T0 - timedelta(hours=25), T0, today_starts=midnight) is DailyDue.OVERDUE
    assert daily_status(None, T0, today_starts=midnight) is DailyDue.OVERDUE


def test_manual_where_automatic_is_required_or_a_fault_must_be_explained():
    assert is_flagged(True, "manual", "normal") and is_flagged(False, "auto", "fault")
    assert not is_flagged(False, "manual", "normal")
    p = Problems()
    _c, _n, link, _ln, clean = check_equipment(
        p, controller="normal", controller_note="", linkage="manual", linkage_note="", systems=SYSTEMS,
        readings=[SystemReading(1, "manual", "normal", ""), SystemReading(2, "manual", "normal", "")])
    assert [x.message for x in p.items] == [MSG_LINKAGE_MANUAL, MSG_NOTE_NEEDED] and link is ControlMode.MANUAL
    assert [r.flagged for r in clean] == [True, False]
    p = Problems()
    check_equipment(p, controller="normal", controller_note="", linkage="auto", linkage_note="", systems=SYSTEMS,
                    readings=[SystemReading(1, "auto", RunState.NORMAL, "")])
    assert [x.message for x in p.items] == [MSG_SYSTEM_MISSING]


@pytest.mark.parametrize("hours", [0, 0.5, 8.01, 9, -8, math.nan, math.inf, 2**64, "8", None, True])
def test_a_shift_lasts_one_to_eight_hours(hours):
    p = Problems()
    check_shift_length(p, hours)
    assert [x.message for x in p.items] == [MSG_SHIFT_LENGTH]


def test_the_shift_length_and_operators_that_are_fine():
    p = Problems()
    assert check_shift_length(p, 8) == timedelta(hours=8) and check_shift_length(p, 1.5) == timedelta(minutes=90)
    check_operator_count(p, 2)
    assert not p
    check_operator_count(p, 1)
    check_operator_count(p, 7)
    assert [x.message for x in p.items] == [MSG_TOO_FEW, MSG_TOO_MANY]
    assert shift_overrun(T0, T0 + timedelta(hours=8, seconds=1)) and not shift_overrun(T0, T0 + timedelta(hours=8))


def test_the_forms_slots_and_natures():
    assert slot_of(datetime(2026, 3, 2, 0, 0)) == 0 and slot_of(datetime(2026, 3, 2, 23, 59)) == 11
    assert slot_label(4) == "8:00–10:00"
    assert alarm_nature(kind="fire", result="real_fire", source="fire_panel") is AlarmNature.FIRE
    assert alarm_nature(kind="fire", result="real_fire", source="patrol") is AlarmNature.MISSED
    assert alarm_nature(kind="fire", result="false_alarm", source="fire_panel") is AlarmNature.FALSE
    assert alarm_nature(kind="fault", result=None, source="fire_panel") is AlarmNature.FAULT
    assert alarm_nature(kind="supervisory", result=None, source="fire_panel") is AlarmNature.SUPERVISORY
    assert alarm_nature(kind="cctv", result=None, source="cctv") is None
