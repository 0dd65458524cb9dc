"""Writes tests/data/deskapp-0008.sqlite3 with the deskapp of revision 0008 (commit b8efaa7~1), the last
release before the move-out passes: `git worktree add old b8efaa7~1 && cd old && PYTHONPATH=src python
../tests/data/make_0008_database.py ../tests/data/deskapp-0008.sqlite3`. Kept for the upgrade test."""
import sys
from datetime import datetime

from deskapp.app import build
from deskapp.db.engine import make_engine
from deskapp.db.migrate import HEAD, upgrade
from deskapp.services.base import ManualClock
from deskapp.services.passwords import Hasher

path = sys.argv[1]
engine = make_engine(f"sqlite:///{path}")
upgrade(engine)
assert HEAD == "0008", HEAD
db, s = build(engine, hasher=Hasher.fast_for_tests(), clock=ManualClock(datetime(2026, 3, 2, 1, 30)))
s.site.set_up(site_name="旧版小区", centre_name="旧版服务中心", centre_phone="020-38881234", company_name="旧版物业",
              admin_staff_no="9001", admin_name="周杰", password="old-version-1", password_again="old-version-1")
admin = s.auth.login("9001", "old-version-1", station="desk-1")
unit = s.directory.create_unit(admin, "3-2-1502")
s.directory.add_resident(admin, unit.id, name="王建国", role="owner", phones=["13812345678"])
s.visits.record(admin, unit="3-2-1502", resident_id=None, visitor_name="王建国", visitor_phone="13812345678", purpose="inquiry",
                content="咨询物业费缴纳方式", confirmed=True, outcome="resolved", resolution="已告知")
s.requests.register(admin, unit="3-2-1502", contact_name="王建国", contact_phone="13812345678", category="repair",
                    description="卫生间漏水", department="engineering")
s.guests.check_in(admin, name="刘洋", host_unit="3-2-1502", stay_minutes=60)
engine.dispose()
print("written", path)
