"""An optional nightly restart, at a configured time, only when nobody is using the kiosk.

A long-running Chromium slowly gathers memory and state that no session wipe
reaches (GPU caches, fragmented heaps). Once a night, in a window of an hour
after the configured time, the kiosk quits cleanly when nobody needs it; the
kiosk session (systemd) starts it again within seconds. "Nobody needs it" is
the composition root's `busy()` answer: no resident session, no admin or
helper view open, no help request being handled, no input for a while. While
any of these holds it waits and checks again each minute of the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk.nightly")

WINDOW_MIN = 60
# Input this recent means someone is at the screen even without a session
# (reading the home screen, changing the text size).
QUIET_S = 300


def due(now: datetime, at_minute: int, started: datetime, busy: bool) -> bool:
    """Restart now? Within WINDOW_MIN after the last `at_minute`, not busy, and not started since.

    The window may cross midnight (23:30 runs until 00:30).
    """
    if busy:
        return False
    slot = now.replace(hour=at_minute // 60, minute=at_minute % 60, second=0, microsecond=0)
    if slot > now:
        slot -= timedelta(days=1)
    in_window = now - slot < timedelta(minutes=WINDOW_MIN)
    return in_window and started < slot


class NightlyRestart(QObject):
    """Checks once a minute; `busy()` returns why the kiosk is needed now ("" when free)."""

    def __init__(self, at_minute: int, zone: str, busy: Callable[[], str], quit_app: Callable[[], None],
                 clock: Callable[[ZoneInfo], datetime] = datetime.now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._at = at_minute
        self._zone = ZoneInfo(zone)
        self._busy = busy
        self._quit = quit_app
        self._clock = clock
        self._started = clock(self._zone)
        self._waiting_for = ""   # the reason last logged, so a busy night logs once per reason
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(60_000)

    def check(self) -> bool:
        """Restart if due now; True when it asked the application to quit."""
        now = self._clock(self._zone)
        if not due(now, self._at, self._started, busy=False):
            self._waiting_for = ""
            return False
        reason = self._busy()
        if reason:
            if reason != self._waiting_for:
                log.info("nightly restart waits: %s", reason)
                self._waiting_for = reason
            return False
        log.info("nightly restart")
        self._timer.stop()
        self._quit()
        return True

    def stop(self) -> None:
        self._timer.stop()
