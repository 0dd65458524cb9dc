"""The exports' streaming sources (issue #14): ``search_all`` gives exactly the rows ``search`` pages
through, in the same order, for the same filter, on SQLite and PostgreSQL; and it may be read from
another thread (the export's worker) while this one writes."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.roles import Role
from deskapp.services.demo import DemoSize, seed_calls_and_requests, seed_directory, seed_passes
from deskapp.services.passes import PassQuery
from deskapp.services.timeutil import local_date


def paged(search, page: int = 37) -> list:
    out: list = []
    while True:
        rows = search(len(out), page)
        out.extend(rows)
        if len(rows) < page:
            return out


@pytest.fixture
def estate(world, desk):
    seed_directory(world.db, DemoSize(buildings=2, entrances=1, floors=3, rooms_per_floor=2))
    return desk


def test_every_pass_of_the_filter_streamed_in_the_list_s_order(world, estate, clock):
    desk = estate
    seed_passes(world.db, days=40, per_day=5)
    today = local_date(clock.now())
    for query in (PassQuery(), PassQuery(first_day=today - timedelta(days=10), last_day=today),
                  PassQuery(text="搬家")):
        expected = paged(lambda o, n, q=query: world.passes.search(desk, q, offset=o, limit=n))
        streamed = list(world.passes.search_all(desk, query, batch=16))
        assert streamed == expected and world.passes.search_count(desk, query) == len(expected)
    assert len(list(world.passes.search_all(desk, PassQuery(), batch=16))) > 100


def test_every_call_of_the_filter_streamed_in_the_list_s_order(world, estate, clock):
    desk = estate
    seed_calls_and_requests(world.db, days=5, calls_per_day=30)
    today = local_date(clock.now())
    for kwargs in ({}, {"first_day": today - timedelta(days=2), "last_day": today}, {"text": "1"}):
        expected = paged(lambda o, n, k=kwargs: world.calls.search(desk, offset=o, limit=n, **k))
        assert list(world.calls.search_all(desk, batch=16, **kwargs)) == expected
        assert world.calls.search_count(desk, **kwargs) == len(expected)
    assert len(list(world.calls.search_all(desk))) > 100


def test_the_stream_is_read_on_another_thread_while_this_one_writes(world, admin, estate):
    desk = estate
    seed_passes(world.db, days=20, per_day=5)
    expected = len(list(world.passes.search_all(desk, PassQuery())))
    got: list[int] = []
    errors: list[BaseException] = []
    started = threading.Event()

    def read() -> None:
        try:
            n = 0
            for _ in world.passes.search_all(desk, PassQuery(), batch=10):
                n += 1
                started.set()
            got.append(n)
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            errors.append(exc)
            started.set()

    worker = threading.Thread(target=read)
    worker.start()
    started.wait(30)
    world.member(admin, "5555", Role.GUARD)  # a write while the export reads
    worker.join(60)
    assert not errors and got == [expected]  # the export's snapshot: the rows as they were when it began


def test_a_member_without_the_view_right_gets_no_rows(world, admin):
    guard = world.member(admin, "3001", Role.GUARD)
    with pytest.raises(PermissionDenied):
        list(world.calls.search_all(guard))
