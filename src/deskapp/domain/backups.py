"""Which backups to keep: 14 daily, 8 weekly, 12 monthly (grandfather–father–son), in plain Python.

A backup is known by the local time it was taken. For each of the 14 most recent days that have a
backup, the newest backup of that day is kept; likewise for the 8 most recent ISO weeks and the 12
most recent months. The newest backup of all is always kept. Everything else may be deleted.

"Most recent days that have a backup", not "the last 14 calendar days": a site closed for the Spring
Festival, or a PC that was off for a month, does not lose its last good backups by waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Retention:
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


DEFAULT_RETENTION = Retention()


def _newest_per_period(times: list[datetime], period: Callable[[datetime], Hashable], count: int) -> set[datetime]:
    """The newest time in each of the ``count`` most recent periods that hold one."""
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for when in sorted(times, reverse=True):
        key = period(when)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(when)
    return kept


def to_keep(times: Iterable[datetime], rule: Retention = DEFAULT_RETENTION) -> set[datetime]:
    """The backup times ``rule`` keeps, out of ``times``."""
    all_times = sorted(set(times))
    if not all_times:
        return set()
    keep = {all_times[-1]}
    keep |= _newest_per_period(all_times, lambda t: t.date(), rule.daily)
    keep |= _newest_per_period(all_times, lambda t: tuple(t.isocalendar())[:2], rule.weekly)
    keep |= _newest_per_period(all_times, lambda t: (t.year, t.month), rule.monthly)
    return keep


def to_delete(times: Iterable[datetime], rule: Retention = DEFAULT_RETENTION) -> set[datetime]:
    """The backup times ``rule`` lets go, out of ``times``."""
    all_times = set(times)
    return all_times - to_keep(all_times, rule)
