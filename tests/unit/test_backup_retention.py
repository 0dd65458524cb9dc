"""The retention rule: 14 daily, 8 weekly, 12 monthly, the newest always."""

from __future__ import annotations

from datetime import datetime, timedelta

from deskapp.domain.backups import Retention, to_delete, to_keep


def daily(days: int, start: datetime = datetime(2026, 3, 31, 13, 0)) -> list[datetime]:
    return [start - timedelta(days=n) for n in range(days)]


def test_nothing_to_keep_out_of_nothing():
    assert to_keep([]) == set()
    assert to_delete([]) == set()


def test_a_fortnight_of_dailies_is_kept_whole():
    times = daily(14)
    assert to_keep(times) == set(times)


def test_a_year_of_dailies_keeps_14_days_8_weeks_12_months():
    times = daily(400)
    kept = to_keep(times)
    newest = max(times)
    # the last 14 days, every one
    assert {t for t in times if t > newest - timedelta(days=14)} <= kept
    # one per ISO week for 8 weeks, one per month for 12 months: the newest of each
    weeks = {tuple(t.isocalendar())[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and len(weeks) >= 8
    assert len(kept) <= 14 + 8 + 12
    for t in kept:
        same_month = [u for u in times if (u.year, u.month) == (t.year, t.month)]
        same_week = [u for u in times if u.isocalendar()[:2] == t.isocalendar()[:2]]
        same_day = [u for u in times if u.date() == t.date()]
        assert t in (max(same_month), max(same_week), max(same_day))
    assert to_delete(times) == set(times) - kept
    # the oldest months' backups are let go
    assert min(times) not in kept


def test_several_backups_a_day_keep_the_newest_of_the_day():
    day = datetime(2026, 3, 2)
    times = [day.replace(hour=h) for h in (8, 12, 17)]
    assert to_keep(times) == {day.replace(hour=17)}


def test_days_without_a_backup_do_not_count_against_the_dailies():
    """A PC off for a month keeps its last 14 backups, not nothing."""
    old = daily(14, datetime(2026, 1, 31, 9, 0))
    assert to_keep(old + [datetime(2026, 3, 31, 9, 0)]) >= set(old)


def test_a_narrower_rule():
    times = daily(10)
    kept = to_keep(times, Retention(daily=2, weekly=0, monthly=0))
    assert kept == set(sorted(times)[-2:])
    assert to_keep(times, Retention(daily=0, weekly=0, monthly=0)) == {max(times)}
