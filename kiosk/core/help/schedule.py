"""When peer helpers are at the service point: weekly shifts, holidays, extra dates.

Pure Python on zoneinfo. Shift times are wall-clock times in the site's time
zone, so a 10:00-12:00 shift stays 10:00-12:00 across the March and October
daylight-saving changes (its UTC instant moves, its local time does not).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class WeeklyShift:
    day: str          # mon .. sun
    start: time
    end: time
    who: str = ""


@dataclass(frozen=True)
class ExtraShift:
    on: date
    start: time
    end: time
    who: str = ""


@dataclass(frozen=True)
class Slot:
    """One concrete shift: aware local datetimes in the site's zone."""

    start: datetime
    end: datetime
    who: str = ""
    until: time | None = None    # the end as the site wrote it (23:59 for a shift that runs to midnight)

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    @property
    def shown_end(self) -> time:
        """The end to tell residents: as the site wrote it."""
        return self.until or self.end.time()


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    # A wall-clock time that does not exist on a spring-forward day (03:30)
    # is moved forward by the gap, as the clocks on the wall are.
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)


END_OF_DAY = time(23, 59)


def _end(day: date, at: time, zone: ZoneInfo) -> datetime:
    # A shift written to end at 23:59 runs to midnight: the site file has no
    # 24:00 for "to the end of the day", and a last minute with nobody on duty
    # (the help screen saying "next help tomorrow" at 23:59:30) helps no one.
    if at == END_OF_DAY:
        return _local(day + timedelta(days=1), time(0, 0), zone)
    return _local(day, at, zone)


@dataclass(frozen=True)
class Schedule:
    """The site's helper hours."""

    zone: ZoneInfo
    weekly: tuple[WeeklyShift, ...] = ()
    holidays: frozenset[date] = frozenset()
    extra: tuple[ExtraShift, ...] = ()

    @classmethod
    def build(cls, zone: str, weekly: Iterable[WeeklyShift] = (), holidays: Iterable[date] = (),
              extra: Iterable[ExtraShift] = ()) -> "Schedule":
        return cls(ZoneInfo(zone), tuple(weekly), frozenset(holidays), tuple(extra))

    def slots_on(self, day: date) -> list[Slot]:
        """The shifts of one local day, in order (none on a holiday, extra dates added)."""
        out = []
        if day not in self.holidays:
            name = DAYS[day.weekday()]
            out += [Slot(_local(day, s.start, self.zone), _end(day, s.end, self.zone), s.who, s.end)
                    for s in self.weekly if s.day == name]
        out += [Slot(_local(day, s.start, self.zone), _end(day, s.end, self.zone), s.who, s.end)
                for s in self.extra if s.on == day]
        return sorted(out, key=lambda s: s.start)

    def current(self, now: datetime) -> Slot | None:
        """The shift going on at `now` (an aware datetime), if any."""
        local = now.astimezone(self.zone)
        return next((s for s in self.slots_on(local.date()) if s.contains(local)), None)

    def next_slot(self, now: datetime, horizon_days: int = 60) -> Slot | None:
        """The next shift that has not ended yet (the current one counts)."""
        local = now.astimezone(self.zone)
        for offset in range(horizon_days + 1):
            for slot in self.slots_on(local.date() + timedelta(days=offset)):
                if slot.end > local:
                    return slot
        return None

    def today(self, now: datetime) -> date:
        return now.astimezone(self.zone).date()


# What the home screen says about help; the wording is the interface's.
HERE_NOW = "here_now"       # a helper has marked themselves on duty
TODAY = "today"             # a shift later today (or one going on, nobody marked yet)
NEXT = "next"               # a shift on a later day
NONE = "none"               # no shift in the horizon


@dataclass(frozen=True)
class HelpStatus:
    kind: str
    slot: Slot | None = None
    who: str = ""


def help_status(schedule: Schedule, now: datetime, on_duty: Sequence[str] = ()) -> HelpStatus:
    """What to tell residents about help at `now`; `on_duty` are the helpers marked present."""
    slot = schedule.next_slot(now)
    if on_duty:
        current = schedule.current(now)
        who = current.who if current and current.who else ", ".join(on_duty)
        return HelpStatus(HERE_NOW, current, who)
    if slot is None:
        return HelpStatus(NONE)
    if slot.start.date() == now.astimezone(schedule.zone).date():
        return HelpStatus(TODAY, slot, slot.who)
    return HelpStatus(NEXT, slot, slot.who)
