"""The log file never holds a secret: an unexpected database error, written through the app's own logging
(setup_logging and the exception hook), shows no SQL parameters, password hash, password or ID number."""

import logging
import sys

import pytest
from sqlalchemy.exc import IntegrityError

from deskapp.app import setup_logging
from deskapp.db.models import Staff
from deskapp.logsafe import scrub
from deskapp.ui import messages
from tests.conftest import HASHER, PASSWORD, START
from tests.integration.test_guest_ids import GUEST_ID


@pytest.fixture
def log_file(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("DESKAPP_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(messages.QMessageBox, "critical", staticmethod(lambda *args: None))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging()
    messages.install_excepthook(path)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_an_unexpected_database_error_is_logged_without_its_secrets(world, admin, log_file):
    pw_hash = HASHER.hash(PASSWORD)
    try:  # a bug: a row the database refuses (no name), whose values are secrets
        with world.db.write(admin) as s:
            s.add(Staff(staff_no="7777", name=None, password_hash=pw_hash, roles=f"{PASSWORD} {GUEST_ID}",
                        created_at=START))
    except IntegrityError:
        sys.excepthook(*sys.exc_info())
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "IntegrityError" in logged and "Traceback" in logged
    assert pw_hash not in logged and pw_hash.split("$")[-1] not in logged
    assert PASSWORD not in logged and GUEST_ID not in logged
    assert "parameters hidden" in logged or "(hidden)" in logged


def test_a_log_call_with_a_hash_or_an_id_in_its_text_is_scrubbed_too(log_file):
    pw_hash = HASHER.hash(PASSWORD)
    logging.getLogger("deskapp").warning("odd row %s for %s", pw_hash, GUEST_ID.lower())
    logged = log_file.read_text(encoding="utf-8")
    assert "odd row" in logged and pw_hash not in logged and GUEST_ID.lower() not in logged
    assert "4403**********" + GUEST_ID[-4:] in logged


def test_what_the_scrubber_hides():
    assert scrub("[parameters: ('9001', '$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA')]") == \
        "[parameters: (hidden)]"
    detail = 'DETAIL:  Failing row contains (null, $argon2id$v=19$m=1,t=1,p=1$x$y correct-horse).'
    assert scrub(detail) == "DETAIL:  Failing row contains (hidden)"
    assert scrub("DETAIL:  Key (staff_no)=(9001) already exists.") == "DETAIL:  Key (staff_no)=(hidden) already exists."
    assert scrub("hash=$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA end") == "hash=$argon2(hidden) end"
    assert scrub(f"id {GUEST_ID} slip V00000017") == f"id 4403**********{GUEST_ID[-4:]} slip V00000017"
