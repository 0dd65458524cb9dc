"""Walk-in visits: recording with every refusal, a follow-up visit's request in the same save,
history, search, voiding."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import ServiceRequest, Visit
from deskapp.domain.errors import Conflict, DeskError, NotFound, PermissionDenied, ValidationError
from deskapp.domain.requests import Department, RequestState
from deskapp.domain.roles import Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.timeutil import local_date
from deskapp.services.visits import VisitQuery
from tests.conftest import START


@pytest.fixture
def estate(world, desk):
    d = world.directory
    units = {room: d.create_unit(desk, room).id for room in ("3-2-1502", "3-2-902", "5-1-101")}
    owner = d.add_resident(desk, units["3-2-1502"], name="王建国", role="owner", phones=["13812345678"])
    return units, owner


def visits(world):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(Visit))


def requests(world):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(ServiceRequest))


def record(world, actor, **overrides):
    values = dict(unit="3-2-1502", resident_id=None, visitor_name="李先生", visitor_phone="13900005678",
                  purpose=Purpose.REPAIR, content="厨房水管漏水", confirmed=True, outcome=Outcome.FOLLOW_UP,
                  resolution="")
    values.update(overrides)
    return world.visits.record(actor, **values)


def test_an_owner_visit_takes_the_residents_name_and_phone(world, desk, estate):
    units, owner = estate
    v = record(world, desk, unit="3栋2单元1502", resident_id=owner.id, visitor_name="", visitor_phone="")
    assert (v.room_no, v.visitor_name, v.visitor_phone, v.recorded_by) == ("3-2-1502", "王建国", "13812345678", "赵敏")
    assert v.visited_at == START and v.confirmed and v.outcome is Outcome.FOLLOW_UP


def test_someone_not_in_the_directory_is_recorded_by_name_and_phone(world, desk, estate):
    v = record(world, desk, visitor_name="装修师傅刘", visitor_phone="150 1234 0000")
    assert (v.resident_id, v.visitor_name, v.visitor_phone) == (None, "装修师傅刘", "15012340000")


def test_resolved_on_the_spot_needs_what_was_done(world, desk, estate):
    with pytest.raises(ValidationError) as err:
        record(world, desk, outcome=Outcome.RESOLVED, resolution="  ")
    assert [p.field for p in err.value.problems] == ["resolution"]
    v = record(world, desk, outcome=Outcome.RESOLVED, resolution="已告知维修电话")
    assert v.resolution == "已告知维修电话"


@pytest.mark.parametrize("overrides, fields", [
    ({"unit": ""}, {"unit"}),
    ({"unit": "9-9-999"}, {"unit"}),
    ({"unit": "not a room"}, {"unit"}),
    ({"purpose": None}, {"purpose"}),
    ({"purpose": "gossip"}, {"purpose"}),
    ({"content": "   "}, {"content"}),
    ({"content": "漏" * 2001}, {"content"}),
    ({"content": "漏水\x00"}, {"content"}),
    ({"visitor_phone": "12345"}, {"visitor_phone"}),
    ({"visitor_name": ""}, {"visitor_name"}),
    ({"visitor_name": "李😀"}, {"visitor_name"}),
    ({"outcome": None}, {"outcome"}),
    ({"unit": "", "purpose": None, "content": ""}, {"unit", "purpose", "content"}),
])
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(world, desk, estate, overrides, fields):
    with pytest.raises(ValidationError) as err:
        record(world, desk, **overrides)
    assert {p.field for p in err.value.problems} == fields
    assert visits(world) == 0


def test_a_follow_up_visit_registers_its_request_in_the_same_save(world, desk, estate):
    units, owner = estate
    published = []
    world.db.changes.subscribe(published.append)
    v = record(world, desk, resident_id=owner.id, visitor_name="", visitor_phone="", purpose=Purpose.PARKING,
               department=Department.ENGINEERING)
    assert published == [frozenset({"visit", "request"})]  # one transaction
    [r] = world.requests.search(desk)
    assert v.request_number == r.number
    assert (r.source, r.visit_id, r.unit_id, r.contact_name, r.contact_phone, r.description) == (
        "visit", v.id, units["3-2-1502"], "王建国", "13812345678", "厨房水管漏水")
    assert (r.category, r.department, r.state) == (Purpose.OTHER, Department.ENGINEERING, RequestState.REGISTERED)
    with pytest.raises(DeskError):  # a visit becomes a request once
        world.requests.from_visit(desk, v.id, department=Department.ENGINEERING)
    assert requests(world) == 1


def test_a_visit_without_a_department_or_resolved_on_the_spot_has_no_request(world, desk, estate):
    assert record(world, desk).request_number is None  # follow-up, recorded alone (as before)
    resolved = record(world, desk, outcome=Outcome.RESOLVED, resolution="已告知", department=Department.ENGINEERING)
    assert resolved.request_number is None and requests(world) == 0 and visits(world) == 2


def test_a_refused_request_rolls_the_visit_back_too(world, desk, estate):
    published = []
    world.db.changes.subscribe(published.append)
    with pytest.raises(ValidationError) as err:
        record(world, desk, department="nowhere")
    assert [p.field for p in err.value.problems] == ["department"]
    assert (visits(world), requests(world), published) == (0, 0, [])


def test_a_request_refused_at_the_last_moment_leaves_no_visit(world, desk, estate, monkeypatch):
    """Refused after both rows were written (as when another station made the request a moment
    before): the visit is rolled back with it and nobody is told of a change."""
    register_in = world.requests.register_in

    def made_then_refused(s, actor, **fields):
        register_in(s, actor, **fields)
        s.flush()
        raise Conflict("This visit already has request {number}.", field="visit", number="x")

    monkeypatch.setattr(world.requests, "register_in", made_then_refused)
    published = []
    world.db.changes.subscribe(published.append)
    with pytest.raises(Conflict):
        record(world, desk, department=Department.ENGINEERING)
    assert (visits(world), requests(world), published) == (0, 0, [])


def test_a_resident_of_another_unit_is_refused(world, desk, estate):
    units, owner = estate
    with pytest.raises(ValidationError) as err:
        record(world, desk, unit="3-2-902", resident_id=owner.id)
    assert [p.field for p in err.value.problems] == ["visitor"]


def test_the_units_history_shows_its_latest_visits_first(world, desk, estate, clock):
    for i in range(3):
        record(world, desk, content=f"第{i}次")
        clock.advance(hours=1)
    record(world, desk, unit="5-1-101", content="别家")
    units, _ = estate
    assert [v.content for v in world.visits.unit_history(desk, units["3-2-1502"])] == ["第2次", "第1次", "第0次"]


def test_search_by_unit_phone_name_word_purpose_outcome_and_dates(world, desk, estate, clock):
    record(world, desk, content="电梯异响，晚上很吵", purpose=Purpose.COMPLAINT)
    clock.advance(days=1)
    record(world, desk, unit="5-1-101", visitor_name="欧阳建国", visitor_phone="13711112222",
           content="咨询停车位租赁", purpose=Purpose.PARKING, outcome=Outcome.RESOLVED, resolution="已介绍")
    q = world.visits.search
    assert [v.room_no for v in q(desk, VisitQuery(text="5-1"))] == ["5-1-101"]
    assert [v.visitor_name for v in q(desk, VisitQuery(text="2222"))] == ["欧阳建国"]
    assert [v.visitor_name for v in q(desk, VisitQuery(text="137 1111 2222"))] == ["欧阳建国"]
    assert [v.visitor_name for v in q(desk, VisitQuery(text="1371111"))] == ["欧阳建国"]  # its start
    assert [v.visitor_name for v in q(desk, VisitQuery(text="１１１２２２２"))] == ["欧阳建国"]  # a longer ending
    assert q(desk, VisitQuery(text="13711112223")) == [] and q(desk, VisitQuery(text="1111")) == []
    assert [v.visitor_name for v in q(desk, VisitQuery(text="建国"))] == ["欧阳建国"]
    assert [v.content for v in q(desk, VisitQuery(text="电梯"))] == ["电梯异响，晚上很吵"]  # 2 characters
    assert [v.content for v in q(desk, VisitQuery(text="停车位"))] == ["咨询停车位租赁"]  # 3: the index
    assert [v.content for v in q(desk, VisitQuery(text="欧阳建"))] == ["咨询停车位租赁"]  # a name, 3 chars
    assert [v.purpose for v in q(desk, VisitQuery(purpose=Purpose.COMPLAINT))] == [Purpose.COMPLAINT]
    assert [v.outcome for v in q(desk, VisitQuery(outcome=Outcome.RESOLVED))] == [Outcome.RESOLVED]
    first = local_date(START)
    assert len(q(desk, VisitQuery(first_day=first, last_day=first))) == 1
    assert len(q(desk, VisitQuery(first_day=first + timedelta(days=1)))) == 1
    assert q(desk, VisitQuery(text="不存在的词")) == []
    with pytest.raises(ValidationError):
        q(desk, VisitQuery(first_day=date(2026, 3, 5), last_day=date(2026, 3, 1)))


@pytest.mark.parametrize("text", ["%", "_", "'", '"', '" OR 1=1 --', "漏水\"", "*"])
def test_search_metacharacters_are_literal(world, desk, estate, text):
    record(world, desk)
    assert world.visits.search(desk, VisitQuery(text=text)) == []


def test_a_quote_in_the_content_can_be_searched(world, desk, estate):
    record(world, desk, content='业主说"明天再来"')
    assert len(world.visits.search(desk, VisitQuery(text='"明天再'))) == 1


def test_pages_come_newest_first_without_gaps(world, desk, estate, clock):
    for i in range(7):
        record(world, desk, content=f"记录{i}")
        clock.advance(minutes=1)
    first = world.visits.search(desk, VisitQuery(), limit=4)
    rest = world.visits.search(desk, VisitQuery(), offset=4, limit=4)
    assert [v.content for v in first + rest] == [f"记录{i}" for i in range(6, -1, -1)]


def test_a_voided_visit_stays_listed_with_its_reason(world, desk, estate):
    v = record(world, desk)
    with pytest.raises(ValidationError):
        world.visits.void(desk, v.id, reason="")
    world.visits.void(desk, v.id, reason="登记重复")
    listed = world.visits.search(desk, VisitQuery())
    assert [(x.id, x.void_reason) for x in listed] == [(v.id, "登记重复")] and listed[0].voided_at
    with pytest.raises(Conflict):
        world.visits.void(desk, v.id, reason="again")
    with pytest.raises(NotFound):
        world.visits.void(desk, 999, reason="x")


def test_who_may_record_and_void(world, admin, desk, estate):
    guard = world.member(admin, "3001", Role.GUARD)
    clerk = world.member(admin, "1001", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        record(world, guard)
    v = record(world, clerk)
    with pytest.raises(PermissionDenied):
        world.visits.void(clerk, v.id, reason="x")
    assert world.visits.search(guard, VisitQuery())  # guards may look


def test_an_edited_content_is_found_by_its_new_words(world, desk, estate):
    """The full-text index follows the table (triggers on SQLite)."""
    v = record(world, desk, content="门禁卡失灵")
    with world.db.write(desk) as s:
        s.get(Visit, v.id).content = "信报箱损坏"
    assert world.visits.search(desk, VisitQuery(text="门禁卡")) == []
    assert [x.id for x in world.visits.search(desk, VisitQuery(text="信报箱"))] == [v.id]


def test_two_character_words_are_found_in_names_and_content_and_follow_edits(world, desk, estate):
    v = record(world, desk, visitor_name="欧阳娜娜", content="信报箱被撬，信件丢失")
    record(world, desk, content="门口有积水")
    found = lambda word: [x.id for x in world.visits.search(desk, VisitQuery(text=word))]  # noqa: E731
    assert found("被撬") == [v.id] and found("阳娜") == [v.id] and found("信件") == [v.id]
    assert found("撬信") == []  # the pieces are taken inside a run of letters, not across the comma
    with world.db.write(desk) as s:
        s.get(Visit, v.id).content = "电梯停运"
    assert found("被撬") == [] and found("停运") == [v.id]
