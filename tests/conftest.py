"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL where marked), services wired
as the app wires them, a controllable clock, and staff members of each role."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

# Before anything imports Qt: no display here, and nothing may touch the real user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="deskapp-test-home-"))
for _var, _sub in (("DESKAPP_CONFIG_DIR", "config"), ("DESKAPP_DATA_DIR", "data"), ("DESKAPP_LOG_DIR", "log")):
    os.environ[_var] = str(_HOME / _sub)

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402

from deskapp.app import build  # noqa: E402
from deskapp.db.engine import make_engine, sqlite_url  # noqa: E402
from deskapp.db.migrate import upgrade  # noqa: E402
from deskapp.db.models import Base  # noqa: E402
from deskapp.domain.roles import Actor, Role  # noqa: E402
from deskapp.services.base import ManualClock  # noqa: E402
from deskapp.services.passwords import Hasher  # noqa: E402

START = datetime(2026, 3, 2, 1, 30, 0)  # naive UTC: 09:30 in Beijing on a Monday
PASSWORD = "correct-horse"
HASHER = Hasher.fast_for_tests()


# -- PostgreSQL: a throwaway cluster for the whole run --------------------------------------

def _pg_bin() -> Path | None:
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / "initdb").exists():
            return root
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="session")
def pg_server():
    """URL of a PostgreSQL cluster started for this run (DESKAPP_TEST_PG_URL uses an existing one)."""
    if os.environ.get("DESKAPP_TEST_PG_URL"):
        yield os.environ["DESKAPP_TEST_PG_URL"]
        return
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing on CI; .ci/run must install them")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    work = Path(tempfile.mkdtemp(prefix="deskapp-pg-"))
    if os.geteuid() == 0:
        shutil.chown(work, "postgres", "postgres")
    port = _free_port()
    data = work / "data"
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                 "-E", "UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(work / "log"), "-w", "-o",
                                 f"-p {port} -k {work} -c listen_addresses=127.0.0.1 -c fsync=off "
                                 "-c full_page_writes=off -c synchronous_commit=off", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_engine(pg_server):
    engine = make_engine(pg_server)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    upgrade(engine)
    yield engine
    engine.dispose()


# -- SQLite: a migrated template copied for each test ----------------------------------------

@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _sqlite_engine(template: Path, tmp_path: Path):
    path = tmp_path / "deskapp.sqlite3"
    shutil.copy(template, path)
    return make_engine(sqlite_url(path))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path, sqlite_template):
    """A database at the newest schema with no rows, on each backend."""
    if request.param == "sqlite":
        eng = _sqlite_engine(sqlite_template, tmp_path)
        yield eng
        eng.dispose()
        return
    eng = request.getfixturevalue("pg_engine")
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with eng.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield eng


@pytest.fixture
def sqlite_engine(tmp_path, sqlite_template):
    """SQLite only: for widget tests and SQLite-specific behaviour."""
    eng = _sqlite_engine(sqlite_template, tmp_path)
    yield eng
    eng.dispose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


class World:
    """The services over one database, plus helpers to make staff of any role."""

    def __init__(self, engine, clock: ManualClock) -> None:
        self.engine = engine
        self.clock = clock
        self.db, self.services = build(engine, hasher=HASHER, clock=clock)
        s = self.services
        self.site, self.auth, self.staff, self.directory = s.site, s.auth, s.staff, s.directory
        self.importer, self.exporter, self.printing = s.directory_import, s.directory_export, s.printing
        self.visits, self.guests, self.requests, self.calls = s.visits, s.guests, s.requests, s.calls
        self.history = s.history
        self.passes = s.passes
        self.control = s.control
        self.cards = s.cards
        self.audit_view = s.audit_view

    def set_up_site(self) -> Actor:
        self.site.set_up(site_name="保利花园", centre_name="保利花园服务中心", centre_phone="020-38881234",
                         company_name="保利物业", admin_staff_no="9001", admin_name="周杰",
                         password=PASSWORD, password_again=PASSWORD)
        return self.auth.login("9001", PASSWORD, station="desk-1")

    def member(self, admin: Actor, staff_no: str, *roles: Role, name: str = "李娜", settled: bool = False) -> Actor:
        """A new staff member; ``settled`` ones have already replaced the initial password (by itself)."""
        info = self.staff.create_staff(admin, staff_no=staff_no, name=name, roles=set(roles), password=PASSWORD)
        actor = Actor(info.id, info.staff_no, info.name, frozenset(roles), "desk-1")
        if settled:
            self.auth.change_password(actor, current=PASSWORD, new=PASSWORD, again=PASSWORD)
        return actor


@pytest.fixture
def world(engine, clock) -> World:
    return World(engine, clock)


@pytest.fixture
def admin(world) -> Actor:
    return world.set_up_site()


@pytest.fixture
def desk(world, admin) -> Actor:
    """A receptionist and supervisor: may view, edit, void, import, export and print."""
    return world.member(admin, "8001", Role.SUPERVISOR, Role.RECEPTIONIST, name="赵敏")


@pytest.fixture
def sqlite_world(sqlite_engine, clock) -> World:
    return World(sqlite_engine, clock)
