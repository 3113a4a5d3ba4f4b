"""When a scheduled backup is due, and when the last one is old enough to warn about.

Rules only (no timers, no I/O): the GUI's scheduler (ui/backups/scheduler.py) asks
these with its own clock, so tests drive them with a fake one. Backups themselves
are made and pruned by `BackupManager`, which registers every copy so that an
erasure still reaches it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Frequency(StrEnum):
    OFF = "off"
    DAILY = "daily"
    WEEKLY = "weekly"


INTERVALS = {Frequency.DAILY: dt.timedelta(days=1), Frequency.WEEKLY: dt.timedelta(days=7)}
# Without a schedule a week without a backup is still worth a warning.
UNSCHEDULED_WARNING = dt.timedelta(days=7)
# A due backup runs within minutes while the vault is open; a day past the interval
# means it did not (the vault stayed locked, the folder was unreachable).
GRACE = dt.timedelta(days=1)


def parse_time(iso: str | None) -> dt.datetime | None:
    """A backup's `created_at` (UTC ISO 8601) as an aware datetime; None if absent."""
    if not iso:
        return None
    when = dt.datetime.fromisoformat(iso)
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def is_due(frequency: Frequency, last: dt.datetime | None, now: dt.datetime) -> bool:
    """A scheduled backup should be made now."""
    if frequency is Frequency.OFF:
        return False
    return last is None or now - last >= INTERVALS[frequency]


def is_overdue(frequency: Frequency, last: dt.datetime | None, now: dt.datetime) -> bool:
    """The last backup is old enough (or missing) that the user should be told."""
    if last is None:
        return True
    limit = INTERVALS[frequency] + GRACE if frequency in INTERVALS else UNSCHEDULED_WARNING
    return now - last > limit
