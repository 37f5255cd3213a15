"""When a usage event really happened, though the wall clock may have been wrong (pure Python).

Every event keeps, beside its wall-clock minute, the boot it was recorded in
(/proc/sys/kernel/random/boot_id) and the monotonic time of that boot
(CLOCK_BOOTTIME: counts suspend, is never set). Within one boot `wall - mono`
stays the same unless somebody (NTP, an admin) sets the clock. So the latest
(wall, mono) pair known for a boot, its "anchor", dates every event of that
boot: `anchor.wall - (anchor.mono - event.mono)`. When that disagrees with the
minute the event carries by more than `TOLERANCE`, the clock was set after the
event, and the event is re-dated ("corrected"). The later clock is believed:
clocks are set right (NTP after a boot with a flat RTC battery) far more often
than wrong, and the clock of the moment of sending is the one every receiver
compares with anyway.

An event whose boot is not the current one may have been recorded under a
clock that was wrong for the whole of that boot; nothing measures that. Its
time is then only checked for plausibility: not after now, not before this
project existed (`FLOOR`), and not more than `OUT_OF_ORDER` before an event
recorded earlier (the outbox keeps the order events happened in). A time that
fails is replaced by the earliest time the event can have had, the time of
the event recorded before it (or now when there is none), and flagged
"estimated". Nothing is ever dropped for its time here.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

TOLERANCE = timedelta(minutes=5)     # minutes are stored rounded down; NTP's small steps
OUT_OF_ORDER = timedelta(days=1)
# Before Digipiste existed: no event of it can be older, so such a date is a wrong clock.
FLOOR = datetime(2026, 11, 1, tzinfo=UTC)

CORRECTED, ESTIMATED = "corrected", "estimated"
FLAGS = (CORRECTED, ESTIMATED)

_BOOT_ID = "/proc/sys/kernel/random/boot_id"


@dataclass(frozen=True)
class Stamp:
    """A wall-clock time and the monotonic time of the same instant, in one boot."""

    wall: datetime
    boot: str            # "" when unknown (no /proc): then nothing is derived from it
    mono: float          # seconds since that boot (CLOCK_BOOTTIME)

    @property
    def offset_s(self) -> float:
        """The wall time of the boot itself; changes only when the clock is set."""
        return self.wall.timestamp() - self.mono

    def at_mono(self, mono: float) -> datetime:
        """The wall time, by this stamp's clock, of monotonic time `mono` in the same boot."""
        return self.wall - timedelta(seconds=self.mono - mono)


class SystemClock:
    """The machine's clocks. Tests pass their own object with the same `now()`."""

    def __init__(self) -> None:
        self._boot: str | None = None

    def boot(self) -> str:
        if self._boot is None:
            try:
                with open(_BOOT_ID, encoding="ascii") as fh:
                    self._boot = fh.read().strip()
            except OSError:
                self._boot = ""
        return self._boot

    @staticmethod
    def mono() -> float:
        return time.clock_gettime(time.CLOCK_BOOTTIME) if hasattr(time, "CLOCK_BOOTTIME") else time.monotonic()

    @staticmethod
    def wall() -> datetime:
        return datetime.now(UTC)

    def now(self) -> Stamp:
        return Stamp(self.wall(), self.boot(), self.mono())


def clock_set_by(before: Stamp | None, now: Stamp) -> float:
    """Seconds the clock was set forward (negative: back) between two stamps of one boot; else 0."""
    if before is None or not now.boot or before.boot != now.boot:
        return 0.0
    step = now.offset_s - before.offset_s
    return step if abs(step) > TOLERANCE.total_seconds() else 0.0


def derived(boot: str | None, mono: float | None, anchors: Mapping[str, Stamp]) -> datetime | None:
    """The event's time by the latest clock known in its boot, or None when nothing relates them."""
    if not boot or mono is None:
        return None
    anchor = anchors.get(boot)
    return None if anchor is None else anchor.at_mono(mono)


def minute(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(second=0, microsecond=0)


def settle(recorded: datetime, boot: str | None, mono: float | None, anchors: Mapping[str, Stamp],
           now: Stamp, previous: datetime | None = None) -> tuple[datetime, str | None]:
    """(the minute to date the event with, None | CORRECTED | ESTIMATED).

    `anchors` holds the latest stamp of each boot (the current boot's is `now`);
    `previous` is the time of the event recorded just before this one.
    """
    t = derived(boot, mono, anchors)
    flag = None
    if t is not None and abs(t - recorded) > TOLERANCE:
        recorded, flag = minute(t), CORRECTED
    if boot and boot == now.boot and t is not None:
        return min(recorded, minute(now.wall)), flag    # measured against the clock of now
    current = now.wall
    if recorded > current + TOLERANCE:
        return minute(current), ESTIMATED                # recorded while the clock was ahead
    earliest = previous if previous is not None and previous <= current else None
    if current >= FLOOR and recorded < FLOOR:
        return minute(earliest if earliest is not None and earliest >= FLOOR else current), ESTIMATED
    if earliest is not None and recorded < earliest - OUT_OF_ORDER:
        return minute(earliest), ESTIMATED               # recorded after an event a day younger
    return recorded, flag


def truly_old(recorded: datetime, boot: str | None, mono: float | None, anchors: Mapping[str, Stamp],
              now: Stamp, cutoff: datetime) -> bool:
    """Whether the age bound may drop this event: old by every measure, not by a wrong clock."""
    t = derived(boot, mono, anchors)
    if t is not None and abs(t - recorded) > TOLERANCE:
        recorded = t
    if recorded >= cutoff:
        return False
    # A date before Digipiste existed is a wrong clock, not an old event.
    return not (now.wall >= FLOOR and recorded < FLOOR)
