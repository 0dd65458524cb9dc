"""Overdue requests come first in the list (each part newest first), on every page of it."""

import pytest

from deskapp.domain.requests import Department, RequestState
from deskapp.domain.visits import Purpose


@pytest.fixture
def requests(world, desk, clock):
    """Five requests a minute apart; the oldest two are dispatched, the first of them with a promised time."""
    world.directory.create_unit(desk, "3-2-1502")
    made = []
    for i in range(5):
        made.append(world.requests.register(desk, unit="3-2-1502", category=Purpose.REPAIR, description=f"第{i}件",
                                            department=Department.ENGINEERING))
        clock.advance(minutes=1)
    world.requests.dispatch(desk, made[0].id, assignee="刘师傅")
    world.requests.dispatch(desk, made[1].id, assignee="刘师傅")
    return made


def numbers(rows) -> list[str]:
    return [r.number for r in rows]


def test_overdue_requests_come_first_newest_first_then_the_rest(world, desk, clock, requests):
    # Registered ones are overdue 5 minutes after registering; the two dispatched have no deadline.
    clock.advance(minutes=2)  # the third is now 5 minutes old, the fourth and fifth are not
    listed = world.requests.search(desk)
    assert numbers(listed) == numbers([requests[2], requests[4], requests[3], requests[1], requests[0]])
    assert [r.overdue(clock.now()) for r in listed] == [True, False, False, False, False]
    clock.advance(minutes=10)
    listed = world.requests.search(desk)
    assert numbers(listed) == numbers([requests[4], requests[3], requests[2], requests[1], requests[0]])
    assert [r.state for r in listed][-2:] == [RequestState.DISPATCHED, RequestState.DISPATCHED]


def test_pages_follow_on_across_the_overdue_ones(world, desk, clock, requests):
    clock.advance(minutes=4)  # the three registered ones are overdue
    whole = numbers(world.requests.search(desk))
    pages = [numbers(world.requests.search(desk, offset=o, limit=2)) for o in (0, 2, 4)]
    assert sum(pages, []) == whole and whole[:3] == numbers([requests[4], requests[3], requests[2]])
    assert numbers(world.requests.search(desk, text_="3-2-1502")) == whole  # a search keeps the order
