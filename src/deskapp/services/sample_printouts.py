"""Test pages: each kind of printout filled with made-up data, for a station to try its printer and
paper before the first real slip or work order (station settings' "Test print").

The templates and the letterhead are the real ones (the site's company and centre, who prints and
when), so the page shows exactly where everything lands; the data is plainly a test.
"""

from __future__ import annotations

from datetime import timedelta

from deskapp.domain.roles import Actor
from deskapp.printing.pages import ALLOWED_PAGES, DocumentKind, PageSize
from deskapp.services.printouts import Printout, PrintService

TEST = "测试页"
TITLES = {DocumentKind.UNIT_CARD: "住户信息卡", DocumentKind.VISITOR_SLIP: "访客单", DocumentKind.ROLL_CALL: "在场访客名单",
          DocumentKind.WORK_ORDER: "派工单", DocumentKind.MOVE_PASS: "大件物品放行条",
          DocumentKind.PASS_RECONCILIATION: "放行条核对表", DocumentKind.DUTY_LOG: "消防控制室值班记录表",
          DocumentKind.CONTROL_EVENT: "监控中心事件报告", DocumentKind.FAULT_RECORD: "建筑消防设施故障维修记录表",
          DocumentKind.CARD_RECEIPT: "业户卡办卡回执", DocumentKind.CARD_HANDOVER: "业户卡签收单",
          DocumentKind.CARD_DOOR_LIST: "门禁授权变更单", DocumentKind.STATISTICS: "统计报表"}


def sample_printout(printing: PrintService, actor: Actor, kind: str, page: PageSize) -> Printout:
    """A test page of ``kind`` on ``page`` (a page the kind cannot be printed on is refused by ValueError)."""
    if page not in ALLOWED_PAGES.get(kind, ()):
        raise ValueError(f"{kind} is not printed on {page}")
    head = printing.letterhead(actor)
    now = head.printed_at
    if kind == DocumentKind.UNIT_CARD:
        from deskapp.printing.unit_card import CardNote, CardResident, UnitCard, render_unit_card

        card = UnitCard("1-1-101", f"1栋（{TEST}）", 1, "88.00", (
            CardResident("测试业主", "业主", ("138 0000 0000",), now.date(), ""),
            CardResident("测试家属", "家属", ("139 0000 0000",), now.date(), "", "这是测试页，不是住户资料"),
        ), (CardNote("备注", "测试页：检查打印机、纸张和页边距", False, f"{now:%Y-%m-%d} {actor.name}"),))
        pdf = render_unit_card(card, head, page)
    elif kind == DocumentKind.VISITOR_SLIP:
        from deskapp.printing.visitor_slip import Slip, render_slip

        slip = Slip("V00000000", TEST, "测试访客", "138****0000", "1-1-101", 1, "", TEST, now,
                    now + timedelta(hours=2))
        pdf = render_slip(slip, head, page)
    elif kind == DocumentKind.ROLL_CALL:
        from deskapp.printing.visitor_slip import RollCallLine, render_roll_call

        lines = [RollCallLine(f"V0000000{n}", f"测试访客{n}", "138****0000", "1-1-101", n, "", now - timedelta(minutes=n * 25),
                              n * 25) for n in range(1, 4)]
        pdf = render_roll_call(lines, head)
    elif kind == DocumentKind.WORK_ORDER:
        from deskapp.printing.work_order import WorkOrder, render_work_order

        order = WorkOrder("R0000000", "报修", "工程部", "测试师傅", "1-1-101", "测试业主 138 0000 0000",
                          f"{TEST}：检查打印机、纸张和页边距", now, now + timedelta(hours=2), "", None)
        pdf = render_work_order(order, head, page)
    elif kind == DocumentKind.MOVE_PASS:
        from deskapp.printing.move_pass import PassItemLine, PassSlip, render_move_pass

        pass_ = PassSlip("P00000000", TEST, "1-1-101", "测试申请人", "居民身份证 1101**********0000", "",
                         (PassItemLine(f"{TEST}物品", 1, "件"),), now, now + timedelta(hours=2), "", "",
                         f"{TEST}：检查打印机、纸张和页边距", actor.name, now)
        pdf = render_move_pass(pass_, head, page)
    elif kind == DocumentKind.PASS_RECONCILIATION:
        from deskapp.printing.move_pass import ReconciliationLine, render_reconciliation

        found = [ReconciliationLine(f"P0000000{n}", "1-1-101", f"测试申请人{n}", f"{now:%Y-%m-%d} 08:00–18:00",
                                    f"{now:%Y-%m-%d} 10:0{n} 测试门岗" if n < 3 else "") for n in range(1, 5)]
        pdf = render_reconciliation(now.date(), now.date(), found[:2], found[2:], head)
    elif kind == DocumentKind.DUTY_LOG:
        from deskapp.printing.duty_log import render_duty_log, sample_duty_log

        pdf = render_duty_log(sample_duty_log(now, actor.name), head)
    elif kind == DocumentKind.CONTROL_EVENT:
        from deskapp.printing.control_event import EventReport, render_event_report

        report = EventReport(
            "E000000", TEST, f"{now:%Y-%m-%d %H:%M}", "火灾报警控制器", "火警", "1栋/1F/测试区/0-000", "", False,
            f"{TEST}：检查打印机、纸张和页边距", "", "", "", "", (), "", "", "", "", "", "", "",
            f"{actor.name}（{TEST}）", (), ())
        pdf = render_event_report(report, head)
    elif kind == DocumentKind.FAULT_RECORD:
        from deskapp.printing.fault_record import FaultLine, render_fault_record

        faults = [FaultLine(f"F00000{n}", now - timedelta(hours=n), actor.name, "1栋/1F/测试区", f"{TEST}故障{n}",
                            "", False, "", None, "", "", "", False) for n in range(1, 3)]
        pdf = render_fault_record(faults, head, first_day=now.date(), last_day=now.date())
    elif kind == DocumentKind.STATISTICS:
        from deskapp.printing.statistics import StatisticsSheet, render_statistics

        hours = tuple(f"{h:02d}时" for h in range(24))
        calls = tuple(float((h * 7) % 11) for h in range(24))
        visits = tuple(float((h * 5) % 7) for h in range(24))
        sheet = StatisticsSheet(f"来电来访时段统计（{TEST}）", f"{now:%Y-%m-%d} 至 {now:%Y-%m-%d}", "全部楼栋", "bar", "时段",
                                hours, (("来电", calls), ("来访", visits)), ("时段", "来电", "来访"),
                                tuple((h, f"{c:.0f}", f"{v:.0f}") for h, c, v in zip(hours, calls, visits, strict=True)),
                                (f"{TEST}：检查打印机、纸张和页边距",))
        pdf = render_statistics(sheet, head)
    elif kind in (DocumentKind.CARD_RECEIPT, DocumentKind.CARD_HANDOVER, DocumentKind.CARD_DOOR_LIST):
        pdf = _card_sample(kind, head, page, actor.name)
    else:
        raise ValueError(f"no test page for {kind}")
    return Printout(kind, f"{TEST} {TITLES[kind]}", pdf, page)


def _card_sample(kind: str, head, page: PageSize, name: str) -> bytes:
    from deskapp.printing.access_card import (
        CardReceipt,
        DoorListLine,
        Handover,
        StepLine,
        render_card_receipt,
        render_door_list,
        render_handover,
    )

    now = head.printed_at
    if kind == DocumentKind.CARD_RECEIPT:
        return render_card_receipt(CardReceipt("K00000000", TEST, "1-1-101", "测试申请人", "居民身份证 1101**********0000",
                                               "业户卡", "¥0.00", now + timedelta(days=1), "", f"{TEST}：检查打印机、纸张和页边距",
                                               name, now, ()), head, page)
    if kind == DocumentKind.CARD_HANDOVER:
        wave = tuple((x * 25, 200 + (60 if x % 2 else -60)) for x in range(1, 39))
        return render_handover(Handover("K00000000", TEST, "1-1-101", "测试申请人", "居民身份证 1101**********0000",
                                        "00000000", "业户卡", None, "免费：测试页",
                                        (StepLine("登记开回执", f"{now:%Y-%m-%d %H:%M} {name}", TEST),), (wave,), now, name),
                               head, page)
    lines = [DoorListLine(f"0000000{n}", "1-1-101", f"测试持卡人{n}", "挂失" if n < 3 else "授权", f"{now:%H:%M} {name}", "")
             for n in range(1, 5)]
    return render_door_list(now.date(), lines[:2], lines[2:], head)
