"""Every table model passes Qt's model tester, including paging with fetchMore."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.errors import Problem
from deskapp.domain.requests import RequestState
from deskapp.domain.roles import Role
from deskapp.services.audit_view import AuditEntry
from deskapp.services.directory import DirectoryRow, NoteInfo, ResidentInfo
from deskapp.services.directory_import import PlanRow, RowAction, RowProblem
from deskapp.services.history import HistoryItem
from deskapp.services.staff import StaffInfo
from deskapp.ui import fmt
from deskapp.ui.models.audit import AuditEntriesModel
from deskapp.ui.models.directory import DirectoryResultsModel, NotesModel, ResidentsModel
from deskapp.ui.models.history import HistoryModel
from deskapp.ui.models.import_plan import ImportPlanModel
from deskapp.ui.models.staff import StaffModel

ROWS = [DirectoryRow(i, f"3-2-{i}", i, f"住户{i}", ResidentRole.OWNER, ("13812345678",), None, i % 7 == 0,
                     i % 5 == 0) for i in range(250)]


def fetch(offset, limit):
    return ROWS[offset:offset + limit]


def test_directory_results_page_through_fetch_more(qtmodeltester):
    model = DirectoryResultsModel()
    model.load(fetch)
    assert model.rowCount() == 100 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    qtmodeltester.check(model)
    assert model.data(model.index(7, 0), Qt.ItemDataRole.FontRole).strikeOut()  # void
    assert model.data(model.index(5, 5)) == "▲"  # a hold


def test_an_exact_page_fetches_once_more_and_stops(qtmodeltester):
    model = DirectoryResultsModel()
    model.load(lambda o, n: ROWS[:200][o:o + n])
    model.fetchMore()
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200 and not model.canFetchMore()
    qtmodeltester.check(model)


@pytest.mark.parametrize("model, rows", [
    (ResidentsModel, [ResidentInfo(1, 1, "王建国", ResidentRole.OWNER, ("13812345678",), "", date(2020, 1, 1), None,
                                   None, None),
                      ResidentInfo(2, 1, "李秀英", ResidentRole.FAMILY, (), "老人", None, date(2025, 1, 1),
                                   datetime(2026, 1, 1), "录错")]),
    (NotesModel, [NoteInfo(1, 1, NoteKind.ARREARS, "欠费", datetime(2026, 1, 1), "赵敏", None, None)]),
    (StaffModel, [StaffInfo(1, "9001", "周杰", frozenset({Role.ADMIN}), True, datetime(2099, 1, 1), False, None),
                  StaffInfo(2, "1001", "李娜", frozenset({Role.RECEPTIONIST}), False, None, True, None)]),
    (HistoryModel, [HistoryItem(datetime(2026, 1, 1), "visit", "王建国", "漏水", voided=True),
                    HistoryItem(datetime(2026, 1, 2), "request", "王建国", "漏水", "R0000001", RequestState.REGISTERED)]),
    (ImportPlanModel, [PlanRow(2, "3-2-1502", "王建国", RowAction.NEW),
                       PlanRow(3, "", "", RowAction.ERROR, (RowProblem("房号", Problem("room", "bad {x}", {"x": 1})),))]),
    (AuditEntriesModel, [AuditEntry(1, datetime(2026, 1, 1), "2026-01-01 09:30:00", "赵敏", "8001", "desk-1", "insert",
                                    snapshot=(("name", "王建国"), ("password_hash", "***"))),
                         AuditEntry(2, datetime(2026, 1, 1), "2026-01-01 09:35:00", "", "", "system", "update",
                                    field="notes", old="", new="常在家\n有狗"),
                         AuditEntry(3, datetime(2026, 1, 1), "2026-01-01 09:40:00", "赵敏", "8001", "desk-1", "void",
                                    field="voided_at", new="重复登记", reason="重复登记")]),
])
def test_list_models(qtmodeltester, model, rows):
    m = model()
    m.set_rows(rows)
    qtmodeltester.check(m)
    m.set_rows([])
    qtmodeltester.check(m)


def test_the_units_history_names_a_request_state_and_a_void_in_the_users_language(qapp):
    m = HistoryModel()
    m.set_rows([HistoryItem(datetime(2026, 1, 2), "request", "王建国", "漏水", "R0000001", RequestState.CANCELLED),
                HistoryItem(datetime(2026, 1, 1), "visit", "王建国", "录错了", voided=True)])
    content = [m.index(r, 3).data() for r in range(2)]
    assert content[0] == f"R0000001 {fmt.request_state(RequestState.CANCELLED)} 漏水"
    assert "cancelled" not in content[0]
    assert content[1].endswith(" 录错了") and content[1] != "录错了"
    assert m.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # the void is dimmed
