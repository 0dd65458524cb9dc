"""``deskapp verify-log``: the same check from the command line, on the same database options as the app;
exit code 0 when the record is intact, 1 with the findings, 2 when it could not be checked."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import text

from deskapp.app import main
from deskapp.db.models import AuditLog


def url_of(world) -> str:
    return world.engine.url.render_as_string(hide_password=False)


def head(world):
    with world.engine.connect() as conn:
        return conn.execute(AuditLog.__table__.select().order_by(AuditLog.seq.desc()).limit(1)).first()


def test_an_intact_record_exits_0_and_prints_the_head_to_write_down(world, desk, capsys):
    world.directory.create_unit(desk, "3-2-1502")
    assert main(["verify-log", "--database", url_of(world)]) == 0
    out = capsys.readouterr().out
    last = head(world)
    assert "The record is intact: " in out
    assert f"Last verified entry: #{last.seq} {last.hash}." in out
    assert f"--expect {last.seq}:{last.hash}" in out
    # The option before the command works as well, and so does the head written down.
    assert main(["--database", url_of(world), "verify-log", "--expect", f"{last.seq}:{last.hash}"]) == 0


def test_a_change_behind_the_apps_back_exits_1_and_is_named(world, desk, capsys):
    unit = world.directory.create_unit(desk, "3-2-1502")
    with world.engine.begin() as conn:
        conn.execute(text("UPDATE unit SET area_m2 = '999' WHERE id = :id"), {"id": unit.id})
        conn.execute(text("UPDATE audit_log SET station = 'x' WHERE seq = 2"))
    assert main(["verify-log", "--database", url_of(world)]) == 1
    out = capsys.readouterr().out
    assert "The record is NOT intact: 2 findings." in out
    assert "Audit entry #2 was changed behind the app's back" in out
    assert f"unit #{unit.id}: area_m2 is “999”, its audit trail says “∅”" in out
    assert "Last entry verified: #1 " in out and "The record is not intact: find out what happened" in out


def test_a_wrong_head_written_down_exits_1(world, desk, capsys):
    world.directory.create_unit(desk, "3-2-1502")
    last = head(world)
    assert main(["verify-log", "--database", url_of(world), "--expect", f"{last.seq}:{'0' * 64}"]) == 1
    assert "as written down" in capsys.readouterr().out
    assert main(["verify-log", "--database", url_of(world), "--expect", f"{last.seq + 5}:{'0' * 64}"]) == 1
    assert "is not in the trail any more" in capsys.readouterr().out


def test_what_cannot_be_checked_exits_2(tmp_path, sqlite_engine, capsys):
    assert main(["verify-log", "--database", f"sqlite:///{tmp_path / 'none.sqlite3'}"]) == 2
    assert "there is no database file there" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()
    url = sqlite_engine.url.render_as_string(hide_password=False)
    assert main(["verify-log", "--database", url, "--expect", "12"]) == 2
    assert "number:hash" in capsys.readouterr().err
    with sqlite_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))
    assert main(["verify-log", "--database", url]) == 2
    assert "is at schema revision 0009" in capsys.readouterr().err


def test_the_command_runs_as_a_process(sqlite_world, tmp_path):
    admin = sqlite_world.set_up_site()
    sqlite_world.directory.create_unit(admin, "3-2-1502")
    env = os.environ | {"DESKAPP_LOG_DIR": str(tmp_path / "log")}
    env.pop("DESKAPP_DATABASE_URL", None)
    url = url_of(sqlite_world)
    result = subprocess.run([sys.executable, "-m", "deskapp", "verify-log", "--database", url],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "The record is intact" in result.stdout
    with sqlite_world.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 1"))
    result = subprocess.run([sys.executable, "-m", "deskapp", "verify-log"], capture_output=True, text=True,
                            env=env | {"DESKAPP_DATABASE_URL": url}, timeout=120)
    assert result.returncode == 1 and "Audit entry #1 was removed" in result.stdout
