"""Migration 0010 chains the trail a site already has and accounts for every record as it is, so the first
check after the upgrade finds the record intact — and from then on every change behind the app's back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from deskapp.db import migrate
from deskapp.services.integrity import verify_log


def to_revision(engine, revision: str, *, down: bool) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_an_old_trail_is_chained_and_the_records_are_baselined(world, admin, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13812345678"])
    to_revision(world.engine, "0009", down=True)
    try:
        with world.engine.begin() as conn:
            old_entries = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
            # Before the chain: a record written without an audit row (a demo seed, an old bulk path) and a
            # change made behind the app's back. Both are what the site has when it upgrades.
            conn.execute(text("INSERT INTO unit_note (id, unit_id, kind, text, created_at, created_station) "
                              "VALUES (77, :u, 'note', '钥匙寄存', '2026-03-01 08:00:00', 'old')"), {"u": unit.id})
            conn.execute(text("UPDATE unit SET area_m2 = '88.5' WHERE id = :u"), {"u": unit.id})
            records = sum(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                          for t in ("site", "setting", "staff", "building", "unit", "resident", "resident_phone",
                                    "unit_note"))
    finally:
        to_revision(world.engine, "head", down=False)
    report = verify_log(world.engine)
    assert report.intact, [f.text() for f in report.findings]
    assert report.entries == old_entries + records  # the old entries, then one baseline entry a record
    with world.engine.connect() as conn:
        seqs = [s for (s,) in conn.execute(text("SELECT seq FROM audit_log ORDER BY id"))]
        baseline = conn.execute(text("SELECT new_value FROM audit_log WHERE action = 'baseline' "
                                     "AND table_name = 'unit_note' AND record_id = '77'")).scalar_one()
    assert seqs == list(range(1, len(seqs) + 1))
    assert "钥匙寄存" in baseline
    # From here on the app's saves chain on, and a change behind its back is found.
    world.directory.create_unit(desk, "5-1-101")
    assert verify_log(world.engine).intact
    with world.engine.begin() as conn:
        conn.execute(text("UPDATE unit_note SET text = '改了' WHERE id = 77"))
    assert [(f.table, f.record_id, f.field, f.expected, f.found) for f in verify_log(world.engine).findings] == [
        ("unit_note", "77", "text", "钥匙寄存", "改了")]
