"""The command line: version, and a demo start in a fresh folder up to the login window."""

import os
import sqlite3
import subprocess
import sys

from deskapp import __version__


def run(args, tmp_path, **env):
    environ = os.environ | {"DESKAPP_DATA_DIR": str(tmp_path / "data"), "DESKAPP_CONFIG_DIR": str(tmp_path / "cfg"),
                            "DESKAPP_LOG_DIR": str(tmp_path / "log"), "QT_QPA_PLATFORM": "offscreen"} | env
    environ.pop("DESKAPP_DATABASE_URL", None)
    return subprocess.run(args, capture_output=True, text=True, env=environ, timeout=120)


def test_version_from_the_script_and_the_module(tmp_path):
    script = os.path.join(os.path.dirname(sys.executable), "deskapp")
    for args in ([script, "--version"], [sys.executable, "-m", "deskapp", "--version"]):
        result = run(args, tmp_path)
        assert result.returncode == 0 and result.stdout.strip() == f"deskapp {__version__}"


def test_demo_opens_a_separate_seeded_database_and_reaches_the_login(tmp_path):
    result = run([sys.executable, "-m", "deskapp", "--demo"], tmp_path, DESKAPP_BENCH_EXIT_AT="ready")
    assert result.returncode == 0, result.stderr
    assert "DESKAPP_SHOWN ready" in result.stdout
    db = sqlite3.connect(tmp_path / "data" / "demo.sqlite3")
    buildings, units, residents = (db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                   for t in ("building", "unit", "resident"))
    roles = {r for (r,) in db.execute("SELECT roles FROM staff")}
    states = {s for (s,) in db.execute("SELECT DISTINCT state FROM request")}
    satisfaction = {s for (s,) in db.execute("SELECT DISTINCT satisfaction FROM request WHERE satisfaction IS NOT NULL")}
    calls, visits, guests = (db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("call", "visit", "guest_visit"))
    db.close()
    assert states == {"registered", "dispatched", "in_progress", "completed", "called_back", "closed", "cancelled"}
    assert satisfaction == {"satisfied", "mostly", "not_satisfied"}
    assert calls > 1000 and visits > 900 and guests > 600
    assert buildings == 20 and units >= 1000 and residents >= 2000
    assert {"receptionist", "control_operator", "guard", "admin"} <= {x for r in roles for x in r.split(",")}
    assert not (tmp_path / "data" / "deskapp.sqlite3").exists()  # the real database is untouched


def test_a_database_that_cannot_be_opened_is_said_plainly(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from deskapp import app

    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert app.main(["--language", "en", "--database", "postgresql+psycopg://x@127.0.0.1:1/none"]) == 2
    assert len(said) == 1 and "cannot be reached" in said[0]
