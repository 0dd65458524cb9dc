"""Local calendar days (the site's) as UTC ranges for queries over naive-UTC timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# Days a range may name: the zone's arithmetic overflows at the calendar's ends (year 1, year 9999).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)
MSG_DAY_OUTSIDE = QT_TRANSLATE_NOOP("errors", "Choose days from {first} to {last}.")


def day_start_utc(day: date) -> datetime:
    """Midnight at the start of ``day`` in this PC's time zone, as naive UTC."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def local_date(utc: datetime) -> date:
    return utc.replace(tzinfo=UTC).astimezone().date()


def day_range_utc(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """[start of ``first``, start of the day after ``last``) in naive UTC; None where open. A day before
    :data:`FIRST_DAY` or after :data:`LAST_DAY` is refused (at "first_day" or "last_day")."""
    for field, day in (("first_day", first), ("last_day", last)):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise ValidationError.single(field, MSG_DAY_OUTSIDE, first=FIRST_DAY.isoformat(),
                                         last=LAST_DAY.isoformat())
    return (day_start_utc(first) if first else None,
            day_start_utc(last + timedelta(days=1)) if last else None)


def to_local(utc: datetime) -> datetime:
    """A stored (naive UTC) time as this PC's local time, naive."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_hhmm(utc: datetime) -> str:
    """A stored (naive UTC) time as this PC's local HH:MM, for messages."""
    return utc.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


def local_text(utc: datetime) -> str:
    """A stored (naive UTC) time as this PC's local date and time, for messages."""
    return utc.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
