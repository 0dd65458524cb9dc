"""A guest's ID at check-in and on the do-not-admit list: a full resident ID number (checked) or its last
4 to 6 characters, matched on the last four on both sides, and never stored whole."""

import pytest
from sqlalchemy import select

from deskapp.db.models import AuditLog, GuestVisit, WatchEntry
from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import MSG_ID_CHECK, MSG_ID_TAIL
from deskapp.services.guests import WatchlistHit
from tests.integration.test_guests import check_in, guests
from tests.unit.test_identity import with_check

GUEST_ID = with_check("44030419900101123")  # 深圳福田, born 1990-01-01


@pytest.fixture
def estate(world, desk):
    for room in ("3-2-1502", "5-1-101"):
        world.directory.create_unit(desk, room)


def test_a_full_id_is_stopped_by_an_entry_holding_its_last_six(world, desk, estate):
    world.guests.add_to_watchlist(desk, id_last=GUEST_ID[-6:], reason="冒充业主")
    with pytest.raises(WatchlistHit):
        check_in(world, desk, name="赵六", phone="", id_last=GUEST_ID)
    with pytest.raises(WatchlistHit):  # the last four only, as a guard may type them from the card
        check_in(world, desk, name="赵六", phone="", id_last=GUEST_ID[-4:])
    with pytest.raises(WatchlistHit):  # pasted with spaces
        check_in(world, desk, name="赵六", phone="", id_last=" ".join([GUEST_ID[:6], GUEST_ID[6:]]).lower())
    assert guests(world) == 0


def test_the_region_at_the_start_of_an_id_matches_nobody(world, desk, estate):
    world.guests.add_to_watchlist(desk, id_last="0304", reason="同区另一人")  # the district's code, 440304
    g = check_in(world, desk, name="赵六", phone="", id_last=GUEST_ID)
    assert g.on_site


def test_an_entry_can_be_made_from_a_full_id_and_keeps_only_its_end(world, desk, estate):
    entry = world.guests.add_to_watchlist(desk, id_last=GUEST_ID.lower(), reason="冒充业主")
    assert entry.id_last == GUEST_ID[-6:]
    with pytest.raises(WatchlistHit):
        check_in(world, desk, name="赵六", phone="", id_last=GUEST_ID[-5:])


def test_a_mistyped_full_id_or_a_number_that_is_neither_is_refused(world, desk, estate):
    wrong = GUEST_ID[:17] + ("0" if GUEST_ID[17] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        check_in(world, desk, id_last=wrong)
    assert (err.value.field, err.value.message) == ("id_last", MSG_ID_CHECK)
    for text in ("123", GUEST_ID[:8], GUEST_ID[:17], "12 34 56 78"):
        with pytest.raises(ValidationError) as err:
            check_in(world, desk, id_last=text)
        assert (err.value.field, err.value.message) == ("id_last", MSG_ID_TAIL)
    with pytest.raises(ValidationError):
        world.guests.add_to_watchlist(desk, id_last=wrong, reason="x")
    assert guests(world) == 0


def test_the_guest_keeps_only_the_end_of_the_id_and_nothing_holds_it_whole(world, desk, estate):
    g = check_in(world, desk, id_last=GUEST_ID)
    world.guests.add_to_watchlist(desk, id_last=GUEST_ID, reason="事后列入")
    with world.db.read() as s:
        assert s.scalar(select(GuestVisit.id_last).where(GuestVisit.id == g.id)) == GUEST_ID[-6:]
        assert s.scalar(select(WatchEntry.id_last)) == GUEST_ID[-6:]
        audit = " ".join(f"{a.old_value} {a.new_value} {a.reason}" for a in s.scalars(select(AuditLog)))
    assert GUEST_ID[-6:] in audit and GUEST_ID not in audit and GUEST_ID[:10] not in audit
    assert check_in(world, desk, name="陈静", phone="").on_site  # no ID given: none kept
    with world.db.read() as s:
        assert s.scalar(select(GuestVisit.id_last).where(GuestVisit.name == "陈静")) is None


def test_watch_matches_reads_the_id_the_same_way(world, desk, estate):
    world.guests.add_to_watchlist(desk, id_last="9" + GUEST_ID[-4:], reason="x")
    assert world.guests.watch_matches(desk, name="赵六", id_last=GUEST_ID)
    assert not world.guests.watch_matches(desk, name="赵六", id_last=GUEST_ID[:6])  # ends differently
    with pytest.raises(ValidationError):
        world.guests.watch_matches(desk, name="赵六", id_last=GUEST_ID[:12])
