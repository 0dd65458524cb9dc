"""The record is the evidence: the audit chain verifies as the app wrote it, and every change made
behind the app's back (to the trail, or to a record) is found and named, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from deskapp.db import chain
from deskapp.db.models import AuditLog
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.roles import Role
from deskapp.domain.visits import Outcome, Purpose
from deskapp.services.integrity import parse_expect, verify_log


@pytest.fixture
def busy(world, desk, clock):
    """A few days of the desk: units, residents with phones, visits, a request, a call, a void."""
    unit = world.directory.create_unit(desk, "3-2-1502")
    world.directory.create_unit(desk, "5-1-101")
    r = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    world.directory.update_resident(desk, r.id, name="王建国", role="owner", phones=["13900001111"], notes="常在家")
    for i in range(3):
        clock.advance(minutes=7)
        world.visits.record(desk, unit="3-2-1502", resident_id=r.id, visitor_name="张三",
                            visitor_phone="13800001111", purpose=Purpose.INQUIRY, content=f"问缴费 {i}",
                            confirmed=True, outcome=Outcome.RESOLVED, resolution="已答")
    req = world.requests.register(desk, unit="3-2-1502", category="repair", description="门锁坏",
                                  department="engineering")
    world.requests.dispatch(desk, req.id, assignee="刘师傅", seen="registered")
    g = world.guests.check_in(desk, name="刘洋", phone="13600001111", host_unit="5-1-101", stay_minutes=60)
    world.guests.check_out(desk, g.slip_no)
    world.directory.reveal_phones(desk, r.id, reason="火警联系业主")
    return {"unit": unit, "resident": r, "request": req}


def sql(world, statement: str, **params) -> None:
    with world.engine.begin() as conn:
        conn.execute(text(statement), params)


def entries(world) -> list:
    with world.db.read() as s:
        return list(s.execute(select(AuditLog).order_by(AuditLog.seq)).scalars())


def visit_id(world) -> int:
    with world.engine.connect() as conn:
        return conn.execute(text("SELECT min(id) FROM visit")).scalar_one()


def test_an_intact_trail_verifies_and_gives_its_head(world, busy):
    report = verify_log(world.engine)
    assert report.intact, [f.text() for f in report.findings]
    rows = entries(world)
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))  # numbered without gaps
    assert rows[0].prev_hash == chain.GENESIS and all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    assert (report.entries, report.head_seq, report.head_hash) == (len(rows), rows[-1].seq, rows[-1].hash)
    assert report.records > 10 and report.tables >= 10
    assert verify_log(world.engine, expect=(rows[3].seq, rows[3].hash)).intact  # the head written down earlier


def test_every_kind_of_entry_is_chained(world, busy):
    actions = {r.action for r in entries(world)}
    assert {"insert", "update", "delete", "reveal"} <= actions


@pytest.mark.parametrize("column", ["new_value", "station", "at", "reason"])
def test_an_entry_changed_behind_the_apps_back_is_named(world, busy, column):
    target = entries(world)[6]
    value = {"new_value": '{"room_no":"9-9-999"}', "station": "evil", "at": "2020-01-01 00:00:00",
             "reason": "x"}[column]
    sql(world, f"UPDATE audit_log SET {column} = :v WHERE seq = :seq", v=value, seq=target.seq)
    report = verify_log(world.engine)
    first = report.findings[0]
    assert (first.kind, first.seq) == ("changed", target.seq), first.text()
    assert first.text() == f"Audit entry #{target.seq} was changed behind the app's back: its content no longer " \
                           "matches its hash."


def test_an_entry_changed_with_its_hash_recomputed_is_still_found(world, busy):
    rows = entries(world)
    target = rows[4]
    content = [getattr(target, k) for k in chain.CONTENT]
    content[chain.CONTENT.index("reason")] = "改过的原因"
    sql(world, "UPDATE audit_log SET reason = :r, hash = :h WHERE seq = :seq", r="改过的原因",
        h=chain.link(target.prev_hash, chain.content_of(content)), seq=target.seq)
    first = verify_log(world.engine).findings[0]
    # The changed entry verifies on its own; the next one no longer links to it.
    assert first.kind in ("changed", "removed") and first.seq in (target.seq, target.seq + 1), first.text()


def test_an_entry_removed_behind_the_apps_back_is_named(world, busy):
    target = entries(world)[5]
    sql(world, "DELETE FROM audit_log WHERE seq = :seq", seq=target.seq)
    first = verify_log(world.engine).findings[0]
    assert (first.kind, first.seq) == ("removed", target.seq), first.text()
    assert f"#{target.seq} was removed" in first.text() and f"from #{target.seq - 1}" in first.text()


def test_an_entry_removed_and_the_rest_renumbered_is_named(world, busy):
    target = entries(world)[5]
    sql(world, "DELETE FROM audit_log WHERE seq = :seq", seq=target.seq)
    # Renumbered one by one from the bottom (PostgreSQL checks the unique number at each row).
    for seq in range(target.seq + 1, len(entries(world)) + 2):
        sql(world, "UPDATE audit_log SET seq = seq - 1 WHERE seq = :seq", seq=seq)
    first = verify_log(world.engine).findings[0]
    assert (first.kind, first.seq) == ("removed", target.seq), first.text()


def _make_room(world, seq: int) -> None:
    """Shift the entries from ``seq`` on up by one (from the top, one by one: the number is unique)."""
    last = len(entries(world))
    for s in range(last, seq - 1, -1):
        sql(world, "UPDATE audit_log SET seq = seq + 1 WHERE seq = :seq", seq=s)


def _forged(world, before, *, seq: int, good_hash: bool) -> dict:
    entry = {"at": before.at, "staff_id": None, "station": "desk-1", "table_name": "visit", "record_id": "999",
             "action": "insert", "field": None, "old_value": None, "new_value": '{"content":"假"}',
             "reason": None, "state_hash": None}
    h = chain.entry_hash(before.hash, entry) if good_hash else "f" * 64
    return entry | {"seq": seq, "prev_hash": before.hash, "hash": h}


@pytest.mark.parametrize("good_hash", [False, True], ids=["bad-hash", "hash-computed"])
def test_an_entry_inserted_behind_the_apps_back_is_named(world, busy, good_hash):
    rows = entries(world)
    before = rows[7]
    _make_room(world, before.seq + 1)
    forged = _forged(world, before, seq=before.seq + 1, good_hash=good_hash)
    with world.engine.begin() as conn:
        conn.execute(AuditLog.__table__.insert(), forged)
    first = verify_log(world.engine).findings[0]
    assert first.kind == "inserted" and first.seq == before.seq + 1, first.text()
    assert first.text() == f"Audit entry #{before.seq + 1} was inserted behind the app's back: the entry after it " \
                           f"links to #{before.seq}."


def test_an_entry_appended_behind_the_apps_back_without_the_chain_is_named(world, busy):
    rows = entries(world)
    forged = _forged(world, rows[-2], seq=rows[-1].seq + 1, good_hash=False)
    with world.engine.begin() as conn:
        conn.execute(AuditLog.__table__.insert(), forged)
    first = verify_log(world.engine).findings[0]
    assert (first.kind, first.seq) == ("inserted", rows[-1].seq + 1), first.text()


def test_a_trail_rewritten_from_scratch_is_caught_by_the_head_written_down(world, busy):
    rows = entries(world)
    written_down = (rows[-1].seq, rows[-1].hash)
    # Someone with the database's password changes an entry and recomputes the whole chain after it.
    sql(world, "UPDATE audit_log SET reason = 'rewritten' WHERE seq = 3")
    prev = rows[1].hash
    for row in entries(world)[2:]:
        h = chain.entry_hash(prev, {k: getattr(row, k) for k in chain.CONTENT})
        sql(world, "UPDATE audit_log SET prev_hash = :p, hash = :h WHERE seq = :seq", p=prev, h=h, seq=row.seq)
        prev = h
    assert verify_log(world.engine).intact  # the chain alone cannot tell
    report = verify_log(world.engine, expect=written_down)
    assert [f.kind for f in report.findings] == ["changed"] and report.findings[0].seq == written_down[0]
    assert "as written down" in report.findings[0].text()


def test_a_record_changed_behind_the_apps_back_is_named_with_both_values(world, busy):
    vid = visit_id(world)
    sql(world, "UPDATE visit SET content = '没来过' WHERE id = :id", id=vid)
    report = verify_log(world.engine)
    assert [(f.kind, f.table, f.record_id, f.field, f.expected, f.found) for f in report.findings] == [
        ("row_changed", "visit", str(vid), "content", "问缴费 0", "没来过")]
    assert report.findings[0].text() == (f"visit #{vid}: content is “没来过”, its audit trail says “问缴费 0” "
                                         "(changed behind the app's back).")


def test_a_field_changed_by_the_app_later_is_expected_as_changed(world, busy, desk):
    """The expected value is the insert's snapshot with the later audited changes applied."""
    rid = busy["request"].id
    sql(world, "UPDATE request SET assignee = '王师傅' WHERE id = :id", id=rid)
    found = verify_log(world.engine).findings
    assert [(f.table, f.field, f.expected, f.found) for f in found] == [("request", "assignee", "刘师傅", "王师傅")]


def test_a_change_to_a_column_the_audit_leaves_out_is_not_a_finding(world, busy):
    sql(world, "UPDATE staff SET last_login_at = NULL, updated_at = NULL")
    assert verify_log(world.engine).intact


def test_a_secret_changed_behind_the_apps_back_is_named_but_not_shown(world, busy, admin):
    sql(world, "UPDATE staff SET password_hash = 'known-hash' WHERE id = :id", id=admin.staff_id)
    found = verify_log(world.engine).findings
    assert [(f.table, f.record_id, f.field, f.expected, f.found) for f in found] == [
        ("staff", str(admin.staff_id), "password_hash", "***", "***")]
    assert "known-hash" not in found[0].text()


def test_a_record_deleted_behind_the_apps_back_is_named(world, busy):
    vid = visit_id(world)
    sql(world, "DELETE FROM visit WHERE id = :id", id=vid)
    found = verify_log(world.engine).findings
    assert [(f.kind, f.table, f.record_id) for f in found] == [("row_deleted", "visit", str(vid))]
    assert found[0].text() == f"visit #{vid} was deleted behind the app's back: its audit trail says it exists."


def test_a_record_inserted_behind_the_apps_back_is_named(world, busy):
    unit_id = busy["unit"].id
    sql(world, "INSERT INTO unit_note (id, unit_id, kind, text, created_at, created_station) "
               "VALUES (4242, :u, 'note', '假的', '2026-03-02 01:30:00', 'x')", u=unit_id)
    found = verify_log(world.engine).findings
    assert [(f.kind, f.table, f.record_id) for f in found] == [("row_inserted", "unit_note", "4242")]


def test_the_findings_are_listed_up_to_a_limit_and_the_rest_counted(world, busy):
    sql(world, "UPDATE visit SET content = 'x', resolution = 'y'")
    report = verify_log(world.engine, limit=4)
    assert len(report.findings) == 4 and report.more == 2


def test_the_bulk_import_is_chained_and_verifies(world, desk):
    world.directory.create_unit(desk, "3-2-1502")
    with world.db.write(desk) as s:
        from deskapp.db.audit import audit_bulk_inserts
        from deskapp.db.models import Building

        s.execute(Building.__table__.insert(), [{"id": 77, "code": "77", "name": "77栋",
                                                  "created_at": world.clock.now()}])
        audit_bulk_inserts(s, Building, [{"id": 77, "code": "77", "name": "77栋", "created_at": world.clock.now()}])
    assert verify_log(world.engine).intact


def test_the_demo_site_verifies(world):
    from deskapp.services.demo import DemoSize, seed_directory, seed_passes, seed_site, seed_staff
    from tests.conftest import HASHER

    seed_site(world.db)
    seed_staff(world.db, HASHER)
    seed_directory(world.db, DemoSize(buildings=2, floors=3))
    seed_passes(world.db, days=3)
    with world.db.write(None, station="demo") as s:
        from deskapp.db.audit import baseline

        baseline(s.connection(), at=world.clock.now(), station="demo", reason="demo data", only_missing=True)
    assert verify_log(world.engine).intact


def test_only_a_supervisor_may_verify_from_the_app(world, admin, desk):
    clerk = world.member(admin, "1001", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        world.services.integrity.verify(clerk)
    assert world.services.integrity.verify(desk).intact
    assert world.services.integrity.verify(admin).intact


def test_a_head_written_down_is_read_back():
    h = "ab" * 32
    assert parse_expect(f" 12:{h.upper()} ") == (12, h)
    for bad in ("", "12", "x:" + h, "12:abc"):
        with pytest.raises(ValidationError):
            parse_expect(bad)


def test_appends_count_on(world, busy, desk):
    with world.db.read() as s:
        before = s.scalar(select(func.max(AuditLog.seq)))
    world.directory.create_unit(desk, "7-1-101")  # the unit and its building: two entries
    with world.db.read() as s:
        assert s.scalar(select(func.max(AuditLog.seq))) == before + 2
    assert [r.seq for r in entries(world)] == list(range(1, before + 3))
    assert verify_log(world.engine).intact


def test_unusual_characters_in_an_entry_still_verify(world, desk):
    """The chain's JSON is Python's; SQLite's own (built in the query) must agree, or the entry is read
    and serialised here before it is called changed."""
    from deskapp.db import audit

    odd = "引号\"反斜杠\\ tab\t newline\n ctrl\x01\x1f del\x7f ls\u2028 emoji😀 é"
    with world.db.write(desk) as s:
        audit.append(s.connection(), [{"at": world.clock.now(), "staff_id": desk.staff_id, "station": "desk-1",
                                       "table_name": "resident", "record_id": "1", "action": "reveal",
                                       "field": "phones", "old_value": odd, "new_value": odd, "reason": odd}])
    world.directory.create_unit(desk, "3-2-1502")
    assert verify_log(world.engine).intact
    sql(world, "UPDATE audit_log SET reason = 'x' WHERE action = 'reveal'")
    first = verify_log(world.engine).findings[0]
    assert first.kind == "changed"


def test_an_entry_of_a_later_time_with_microseconds_verifies(world, desk, clock):
    clock.set(clock.now().replace(microsecond=123456))
    world.directory.create_unit(desk, "3-2-1502")
    assert verify_log(world.engine).intact


def test_the_database_writes_entries_and_states_as_the_chain_does(world, busy, desk, clock, monkeypatch):
    """SQLite builds the JSON, PostgreSQL the JSON and its hash, for speed; neither may need the slower
    reading here for data the app writes (microseconds, quotes, control characters, booleans, dates)."""
    from deskapp.services import integrity

    clock.set(clock.now().replace(microsecond=654321))
    unit = world.directory.create_unit(desk, "7-1-101", area_m2="88.5")
    world.directory.add_resident(desk, unit.id, name="李娜", role="tenant", phones=["13900002222"],
                                 notes="说\"好\"的 \\ 反斜杠")
    world.directory.add_note(desk, unit.id, kind="note", text="钥匙寄存\t前台")

    def slow(*_args):
        raise AssertionError("the database's JSON or digest differed from the chain's")

    monkeypatch.setattr(integrity, "_live_values", slow)
    monkeypatch.setattr(integrity, "_content_here", slow)
    assert verify_log(world.engine).intact


def test_a_savepoint_rolled_back_takes_its_audit_rows_with_it(world, desk):
    from deskapp.db.models import Building

    with world.db.write(desk) as s:
        with pytest.raises(RuntimeError), s.begin_nested():
            s.add(Building(code="8", name="8栋", created_at=world.clock.now(), created_station="desk-1"))
            s.flush()
            raise RuntimeError("this part is rolled back")
        with s.begin_nested():
            s.add(Building(code="9", name="9栋", created_at=world.clock.now(), created_station="desk-1"))
        s.add(Building(code="10", name="10栋", created_at=world.clock.now(), created_station="desk-1"))
    with world.db.read() as s:
        audited = sorted(s.scalars(select(AuditLog.new_value).where(AuditLog.table_name == "building")))
    assert len(audited) == 2 and not any("8栋" in a for a in audited), audited
    assert verify_log(world.engine).intact


def test_audit_rows_are_appended_at_commit_and_not_before(world, desk):
    from deskapp.db.models import Building

    with world.db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditLog))
    with world.db.write(desk) as s:
        s.add(Building(code="8", name="8栋", created_at=world.clock.now(), created_station="desk-1"))
        s.flush()
        # Flushed, but the chain (and on PostgreSQL its lock) is not touched until the commit.
        assert s.scalar(select(func.count()).select_from(AuditLog)) == before
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == before + 1
