"""Local calendar days (the site's) as UTC ranges for queries over naive-UTC timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def day_start_utc(day: date) -> datetime:
    """Midnight at the start of ``day`` in this PC's time zone, as naive UTC."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def local_date(utc: datetime) -> date:
    return utc.replace(tzinfo=UTC).astimezone().date()


def day_range_utc(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """[start of ``first``, start of the day after ``last``) in naive UTC; None where open."""
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
