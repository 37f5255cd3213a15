"""An optional nightly restart, at a configured time, only when nobody is using the kiosk.

A long-running Chromium slowly gathers memory and state that no session wipe
reaches (GPU caches, fragmented heaps). Once a night, in a window of an hour
after the configured time, the kiosk quits cleanly when no session runs; the
kiosk session (systemd) starts it again within seconds. While a resident is
there it waits and checks again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk.nightly")

WINDOW_MIN = 60


def due(now: datetime, at_minute: int, started: datetime, busy: bool) -> bool:
    """Restart now? Within WINDOW_MIN after `at_minute` today, not busy, and not started since."""
    minute = now.hour * 60 + now.minute
    in_window = at_minute <= minute < at_minute + WINDOW_MIN
    started_today_after = started.date() == now.date() and \
        started.hour * 60 + started.minute >= at_minute
    return in_window and not busy and not started_today_after


class NightlyRestart(QObject):
    def __init__(self, at_minute: int, zone: str, busy: Callable[[], bool], quit_app: Callable[[], None],
                 clock: Callable[[ZoneInfo], datetime] = datetime.now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._at = at_minute
        self._zone = ZoneInfo(zone)
        self._busy = busy
        self._quit = quit_app
        self._clock = clock
        self._started = clock(self._zone)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(60_000)

    def check(self) -> None:
        if due(self._clock(self._zone), self._at, self._started, self._busy()):
            log.info("nightly restart")
            self._timer.stop()
            self._quit()
