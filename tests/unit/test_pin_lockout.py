"""The admin entrance's rules: PIN lockout and the five-taps-in-the-corner gesture."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.session.pin_lockout import CornerTaps, PinLockout


class FakeClock:
    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


# -- PinLockout -----------------------------------------------------------------


def test_open_at_start():
    lock = PinLockout(clock=FakeClock())
    assert lock.locked_for() == 0.0
    assert not lock.locked
    assert lock.attempts_left == 5


def test_five_failures_lock_for_five_minutes():
    clock = FakeClock()
    lock = PinLockout(clock=clock)
    results = [lock.failure() for _ in range(5)]
    assert results == [False, False, False, False, True]
    assert lock.locked
    assert lock.locked_for() == pytest.approx(300.0)
    assert lock.attempts_left == 0
    clock.t += 299.5
    assert lock.locked_for() == pytest.approx(0.5)


def test_attempts_left_counts_down():
    lock = PinLockout(clock=FakeClock())
    seen = []
    for _ in range(4):
        lock.failure()
        seen.append(lock.attempts_left)
    assert seen == [4, 3, 2, 1]


def test_lock_runs_out_and_gives_fresh_attempts():
    clock = FakeClock()
    lock = PinLockout(clock=clock)
    for _ in range(5):
        lock.failure()
    clock.t += 300.0
    assert lock.locked_for() == 0.0
    assert lock.attempts_left == 5
    assert lock.failure() is False
    assert lock.attempts_left == 4


def test_failures_while_locked_do_not_extend_the_lock():
    clock = FakeClock()
    lock = PinLockout(clock=clock)
    for _ in range(5):
        lock.failure()
    clock.t += 200
    for _ in range(10):
        assert lock.failure() is False
    assert lock.locked_for() == pytest.approx(100.0)


def test_success_resets():
    lock = PinLockout(clock=FakeClock())
    for _ in range(4):
        lock.failure()
    lock.success()
    assert lock.attempts_left == 5
    assert [lock.failure() for _ in range(5)][-1] is True


def test_custom_limits():
    clock = FakeClock()
    lock = PinLockout(max_failures=2, lock_s=10, clock=clock)
    lock.failure()
    assert lock.failure() is True
    assert lock.locked_for() == pytest.approx(10.0)


@pytest.mark.parametrize("kwargs", [{"max_failures": 0}, {"lock_s": 0}])
def test_rejects_nonsense_limits(kwargs):
    with pytest.raises(ValueError):
        PinLockout(**kwargs)


# -- CornerTaps -----------------------------------------------------------------

W, H = 1280, 800


def taps(gesture: CornerTaps, points, times) -> list[bool]:
    return [gesture.tap(x, y, W, H, t) for (x, y), t in zip(points, times)]


def test_five_quick_taps_in_the_corner():
    g = CornerTaps()
    assert taps(g, [(5, 5)] * 5, [0, 0.5, 1.0, 1.5, 2.0]) == [False] * 4 + [True]


def test_four_taps_are_not_enough():
    g = CornerTaps()
    assert not any(taps(g, [(5, 5)] * 4, [0, 0.3, 0.6, 0.9]))


def test_taps_must_fall_within_three_seconds():
    g = CornerTaps()
    assert not any(taps(g, [(5, 5)] * 5, [0, 1, 2, 3, 3.01]))
    # The window slides: the last five of these are within 3 s.
    g = CornerTaps()
    assert taps(g, [(5, 5)] * 6, [0, 4, 4.5, 5, 5.5, 6]) == [False] * 5 + [True]


def test_exactly_three_seconds_counts():
    g = CornerTaps()
    assert taps(g, [(5, 5)] * 5, [0, 1, 2, 2.5, 3.0])[-1] is True


def test_tap_elsewhere_resets():
    g = CornerTaps()
    points = [(5, 5), (5, 5), (640, 400), (5, 5), (5, 5), (5, 5)]
    assert not any(taps(g, points, [0, 0.1, 0.2, 0.3, 0.4, 0.5]))
    assert g.tap(5, 5, W, H, 0.6) is False
    assert g.tap(5, 5, W, H, 0.7) is True


@pytest.mark.parametrize("point", [(W - 5, 5), (5, H - 5), (W - 5, H - 5), (64, 5), (5, 64), (-1, 5)])
def test_other_corners_and_edges_do_not_count(point):
    g = CornerTaps()
    assert not any(taps(g, [point] * 5, [0, 0.1, 0.2, 0.3, 0.4]))


def test_corner_region_edges():
    g = CornerTaps(corner_px=64)
    assert g.in_corner(0, 0, W, H) and g.in_corner(63.9, 63.9, W, H)
    assert not g.in_corner(64, 0, W, H)
    # A small window: at most a quarter of its shorter side.
    assert g.in_corner(24, 24, 200, 100) and not g.in_corner(26, 10, 200, 100)


def test_gesture_starts_over_after_it_fired():
    g = CornerTaps()
    assert taps(g, [(5, 5)] * 5, [0, 0.1, 0.2, 0.3, 0.4])[-1] is True
    assert g.tap(5, 5, W, H, 0.5) is False


def test_clock_going_backwards_starts_over():
    g = CornerTaps()
    taps(g, [(5, 5)] * 3, [10, 10.1, 10.2])
    assert not any(taps(g, [(5, 5)] * 4, [1, 1.1, 1.2, 1.3]))
    assert g.tap(5, 5, W, H, 1.4) is True


def test_module_does_not_import_qt() -> None:
    code = (
        "import sys, kiosk.core.session.pin_lockout; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
