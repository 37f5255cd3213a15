"""Dating events by the clock they were recorded with (kiosk.core.usage.event_time)."""

from datetime import UTC, datetime, timedelta

from kiosk.core.usage.event_time import (
    CORRECTED, ESTIMATED, FLOOR, Stamp, SystemClock, clock_set_by, settle, truly_old,
)

NOW = datetime(2027, 9, 1, 12, 0, tzinfo=UTC)     # late enough for 200 days back to be after FLOOR
BOOT, OLD_BOOT = "b" * 36, "a" * 36
YEARS = timedelta(days=730)


def now_stamp(mono=100_000.0):
    return Stamp(NOW, BOOT, mono)


def test_same_boot_jump_is_measured_and_corrected_both_ways():
    now = now_stamp()
    anchors = {BOOT: now}
    # Recorded an hour ago (mono) while the wall clock said two years earlier.
    at, flag = settle(NOW - YEARS - timedelta(hours=1), BOOT, now.mono - 3600, anchors, now)
    assert (at, flag) == (NOW - timedelta(hours=1), CORRECTED)
    # Recorded while the clock was a day ahead.
    at, flag = settle(NOW + timedelta(days=1), BOOT, now.mono - 60, anchors, now)
    assert (at, flag) == (NOW - timedelta(minutes=1), CORRECTED)
    # Agrees within the tolerance: left as recorded.
    assert settle(NOW - timedelta(minutes=10), BOOT, now.mono - 660, anchors, now) == (
        NOW - timedelta(minutes=10), None)


def test_an_earlier_boot_is_dated_by_the_last_clock_it_had():
    now = now_stamp()
    # That boot's clock was set right at its end (its anchor); its events were recorded before.
    end_of_old = Stamp(NOW - timedelta(days=2), OLD_BOOT, 50_000.0)
    anchors = {BOOT: now, OLD_BOOT: end_of_old}
    at, flag = settle(NOW - YEARS, OLD_BOOT, 46_400.0, anchors, now, previous=None)
    assert (at, flag) == (NOW - timedelta(days=2, hours=1), CORRECTED)


def test_unrelated_times_are_checked_for_plausibility():
    now = now_stamp()
    previous = NOW - timedelta(days=10)
    # No stamp: in the future, before Digipiste existed, or a day before an earlier event.
    assert settle(NOW + timedelta(days=3), None, None, {}, now) == (NOW, ESTIMATED)
    assert settle(FLOOR - YEARS, None, None, {}, now, previous) == (previous, ESTIMATED)
    assert settle(FLOOR - YEARS, None, None, {}, now) == (NOW, ESTIMATED)
    assert settle(NOW - timedelta(days=40), None, None, {}, now, previous) == (previous, ESTIMATED)
    # Plausible: kept as recorded, even if old (the age bound decides about that).
    assert settle(NOW - timedelta(days=11), None, None, {}, now, previous) == (NOW - timedelta(days=11), None)
    assert settle(NOW - timedelta(days=200), None, None, {}, now) == (NOW - timedelta(days=200), None)


def test_truly_old_only_by_every_measure():
    now = now_stamp()
    cutoff = NOW - timedelta(days=180)
    assert truly_old(NOW - timedelta(days=200), None, None, {}, now, cutoff)
    assert not truly_old(NOW - timedelta(days=100), None, None, {}, now, cutoff)
    # Dated two years back, but its boot's clock says an hour ago.
    assert not truly_old(NOW - YEARS, BOOT, now.mono - 3600, {BOOT: now}, now, cutoff)
    # Before Digipiste existed: a wrong clock, not an old event.
    assert not truly_old(FLOOR - timedelta(days=1), None, None, {}, now, cutoff)


def test_clock_set_by_compares_two_stamps_of_one_boot():
    before = Stamp(NOW - YEARS, BOOT, 1000.0)
    assert clock_set_by(before, Stamp(NOW + timedelta(seconds=60), BOOT, 1060.0)) == YEARS.total_seconds()
    assert clock_set_by(before, Stamp(NOW - YEARS + timedelta(seconds=61), BOOT, 1060.0)) == 0.0
    assert clock_set_by(before, Stamp(NOW, OLD_BOOT, 10.0)) == 0.0          # another boot: unknown
    assert clock_set_by(None, now_stamp()) == 0.0


def test_system_clock_reads_this_boot():
    a, b = SystemClock().now(), SystemClock().now()
    assert a.boot == b.boot and len(a.boot) == 36 and b.mono >= a.mono
    assert abs(a.offset_s - b.offset_s) < 1.0
