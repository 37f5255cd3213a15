"""Rules of the hidden admin entrance: the corner-tap gesture and the PIN lockout.

Both are plain arithmetic on times and coordinates, so they are tested without
Qt; the admin UI feeds them events and a clock. The gesture is five taps in
the top-left corner within three seconds; the PIN pad locks for five minutes
after five wrong PINs, and a lock that has run out gives five fresh attempts.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class PinLockout:
    """Counts wrong PINs; after `max_failures` of them, locks for `lock_s` seconds."""

    def __init__(self, max_failures: int = 5, lock_s: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_failures < 1 or lock_s <= 0:
            raise ValueError("max_failures must be >= 1 and lock_s > 0")
        self.max_failures = max_failures
        self.lock_s = lock_s
        self._clock = clock
        self._failures = 0
        self._locked_until: float | None = None

    def _expire(self) -> None:
        # A finished lock starts a fresh round of attempts.
        if self._locked_until is not None and self._clock() >= self._locked_until:
            self._locked_until = None
            self._failures = 0

    def locked_for(self) -> float:
        """Seconds until the pad opens again; 0.0 when it is open."""
        self._expire()
        if self._locked_until is None:
            return 0.0
        return max(0.0, self._locked_until - self._clock())

    @property
    def locked(self) -> bool:
        return self.locked_for() > 0

    @property
    def attempts_left(self) -> int:
        """Wrong PINs still allowed before the lock; 0 while locked."""
        self._expire()
        if self._locked_until is not None:
            return 0
        return self.max_failures - self._failures

    def failure(self) -> bool:
        """Count a wrong PIN; True when this one locked the pad.

        A failure while locked is not counted: the pad refuses input then, and
        counting would let a stuck key extend the lock forever.
        """
        if self.locked_for() > 0:
            return False
        self._failures += 1
        if self._failures >= self.max_failures:
            self._locked_until = self._clock() + self.lock_s
            return True
        return False

    def success(self) -> None:
        """The right PIN: forget the earlier failures."""
        self._failures = 0
        self._locked_until = None


# The admin corner's side: about 11 mm on the reference screen, room for a fingertip.
CORNER_PX = 44


class CornerTaps:
    """Recognises `taps` taps in the top-left corner within `window_s` seconds.

    The corner is a square of `corner_px` pixels, at most a quarter of the
    window's shorter side so that a small window is not all corner. A tap
    anywhere else starts the count again, so ordinary use of the screen
    (which has the Home button near that corner) never adds up to the gesture.
    The bar keeps its first button out of the corner (kiosk/ui/shell/nav_bar.py),
    so the corner is empty space, not a part of any control.
    """

    def __init__(self, taps: int = 5, window_s: float = 3.0, corner_px: int = CORNER_PX) -> None:
        if taps < 1 or window_s <= 0 or corner_px < 1:
            raise ValueError("taps, window_s and corner_px must be positive")
        self.taps = taps
        self.window_s = window_s
        self.corner_px = corner_px
        self._times: deque[float] = deque()

    def in_corner(self, x: float, y: float, width: float, height: float) -> bool:
        size = min(self.corner_px, max(1.0, min(width, height) / 4))
        return 0 <= x < size and 0 <= y < size

    def tap(self, x: float, y: float, width: float, height: float, t: float) -> bool:
        """Note a tap at (x, y) at time `t` (seconds); True when the gesture is complete."""
        if not self.in_corner(x, y, width, height):
            self._times.clear()
            return False
        if self._times and t < self._times[-1]:
            # The clock went backwards (a different time source): start over.
            self._times.clear()
        self._times.append(t)
        while self._times and t - self._times[0] > self.window_s:
            self._times.popleft()
        if len(self._times) >= self.taps:
            self._times.clear()
            return True
        return False

    def reset(self) -> None:
        self._times.clear()
