"""Wrong supervisor passwords typed at a station to let a listed guest in 放行: counted per station and
slowed down, as plain functions of the stored count and the time.

They are not charged to the supervisor's own login: a guard guessing at the gate must not lock the
supervisor out of the desk. Instead the station waits: the first tries are free, then each further
wrong try makes the next one wait twice as long (30 s, 1 min, 2 min, … up to 15 minutes). A right
password clears the count; an hour without a wrong try forgets it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

FREE_TRIES = 2  # wrong tries with no wait after them; the third makes the next one wait
FIRST_WAIT = timedelta(seconds=30)
MAX_WAIT = timedelta(minutes=15)
FORGET_AFTER = timedelta(hours=1)


@dataclass(frozen=True)
class OverrideTries:
    """A station's recent wrong override passwords."""

    failures: int = 0
    last_failure_at: datetime | None = None
    wait_until: datetime | None = None

    def waiting(self, now: datetime) -> bool:
        """Whether a try now is refused without looking at the password."""
        return self.wait_until is not None and now < self.wait_until

    def after_failure(self, now: datetime) -> OverrideTries:
        """One more wrong password: from the third on, the next try waits 30 s, then twice as long each time."""
        fresh = self.last_failure_at is None or now - self.last_failure_at > FORGET_AFTER
        count = 1 if fresh else self.failures + 1
        wait = None
        if count > FREE_TRIES:
            wait = now + min(FIRST_WAIT * 2 ** min(count - FREE_TRIES - 1, 16), MAX_WAIT)
        return OverrideTries(count, now, wait)
