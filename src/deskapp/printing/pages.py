"""Page sizes of printouts (kept apart from the templates so choosing one loads no reportlab)."""

from __future__ import annotations

import enum


class PageSize(enum.StrEnum):
    A4 = "A4"
    A5 = "A5"
    RECEIPT_80 = "80mm"


PAGE_LABELS = {PageSize.A4: "A4", PageSize.A5: "A5", PageSize.RECEIPT_80: "80 mm"}


class DocumentKind:
    """Kinds of printout; each station remembers a printer and page size per kind."""

    UNIT_CARD = "unit_card"
    VISITOR_SLIP = "visitor_slip"
    ROLL_CALL = "roll_call"
    WORK_ORDER = "work_order"
    MOVE_PASS = "move_pass"
    PASS_RECONCILIATION = "pass_reconciliation"
    DUTY_LOG = "duty_log"  # the control room's 《消防控制室值班记录表》, per shift or per day
    CONTROL_EVENT = "control_event"  # one control-room event's own report
    FAULT_RECORD = "fault_record"  # 《建筑消防设施故障维修记录表》 (A4 landscape)
    CARD_RECEIPT = "card_receipt"  # 办卡回执 (#13)
    CARD_HANDOVER = "card_handover"  # 业户卡签收单
    CARD_DOOR_LIST = "card_door_list"  # 门禁授权变更单
    STATISTICS = "statistics"  # a statistic with its chart and figures 统计报表 (#14, A4 landscape)


# The one table of each printout's page size unless the station chose another: slips and work orders
# are handed to a person (A5, or the 80 mm receipt roll where the station has one); lists are A4.
DEFAULT_PAGES: dict[str, PageSize] = {
    DocumentKind.UNIT_CARD: PageSize.A4,
    DocumentKind.VISITOR_SLIP: PageSize.A5,
    DocumentKind.ROLL_CALL: PageSize.A4,
    DocumentKind.WORK_ORDER: PageSize.A5,
    DocumentKind.MOVE_PASS: PageSize.A4,  # the stub and the red copy on one sheet, cut apart
    DocumentKind.PASS_RECONCILIATION: PageSize.A4,
    DocumentKind.DUTY_LOG: PageSize.A4,
    DocumentKind.CONTROL_EVENT: PageSize.A4,
    DocumentKind.FAULT_RECORD: PageSize.A4,
    DocumentKind.CARD_RECEIPT: PageSize.A5,
    DocumentKind.CARD_HANDOVER: PageSize.A5,
    DocumentKind.CARD_DOOR_LIST: PageSize.A4,
    DocumentKind.STATISTICS: PageSize.A4,
}
# The kinds that go on the receipt roll at a station that prints on one.
ROLL_KINDS: frozenset[str] = frozenset({DocumentKind.VISITOR_SLIP, DocumentKind.WORK_ORDER, DocumentKind.MOVE_PASS,
                                        DocumentKind.CARD_RECEIPT, DocumentKind.CARD_HANDOVER})
# The sizes a kind can be printed on (a list of many lines does not fit a receipt roll).
ALLOWED_PAGES: dict[str, tuple[PageSize, ...]] = {
    DocumentKind.UNIT_CARD: (PageSize.A4, PageSize.A5, PageSize.RECEIPT_80),
    DocumentKind.VISITOR_SLIP: (PageSize.A5, PageSize.A4, PageSize.RECEIPT_80),
    DocumentKind.ROLL_CALL: (PageSize.A4,),
    DocumentKind.WORK_ORDER: (PageSize.A5, PageSize.A4, PageSize.RECEIPT_80),
    DocumentKind.MOVE_PASS: (PageSize.A4, PageSize.A5, PageSize.RECEIPT_80),
    DocumentKind.PASS_RECONCILIATION: (PageSize.A4,),
    DocumentKind.DUTY_LOG: (PageSize.A4,),  # the statutory form's layout is A4's
    DocumentKind.CONTROL_EVENT: (PageSize.A4,),
    DocumentKind.FAULT_RECORD: (PageSize.A4,),  # turned: the form's twelve columns
    DocumentKind.CARD_RECEIPT: (PageSize.A5, PageSize.RECEIPT_80),
    DocumentKind.CARD_HANDOVER: (PageSize.A5, PageSize.A4, PageSize.RECEIPT_80),
    DocumentKind.CARD_DOOR_LIST: (PageSize.A4,),
    DocumentKind.STATISTICS: (PageSize.A4,),  # turned: a chart and its table
}


def default_page(kind: str, *, receipt_roll: bool = False) -> PageSize:
    """The page a printout of ``kind`` comes out on when the station has not chosen one."""
    if receipt_roll and kind in ROLL_KINDS:
        return PageSize.RECEIPT_80
    return DEFAULT_PAGES.get(kind, PageSize.A4)
