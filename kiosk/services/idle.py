"""Watches the whole application for input and says when a session has gone idle.

An event filter notes the time of every touch, click, key and wheel; it sits
on the main window's native window and kiosk/ui/shell/window_filters.py keeps
it there when Qt replaces that window (the first web page does). A
single-shot timer wakes only when something may change. The rules
(when to warn, how long the countdown lasts) are the pure `IdleRules`.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.core.session.rules import IdleRules, Phase

log = logging.getLogger("kiosk.idle")

_INPUT = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits `warning(seconds_left)` each second of the countdown, then `expired`.

    `input_seen` fires on the first input after start (a session begins with
    the first touch). While the warning shows, only `keep_going()` (the
    Continue button) restarts the clock, so a stray touch elsewhere cannot
    hide the warning without the resident noticing.
    """

    warning = Signal(int)
    warning_cleared = Signal()
    expired = Signal()
    input_seen = Signal()

    def __init__(self, rules: IdleRules, clock=time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self._base_rules = rules
        self.clock = clock
        self._last = clock()
        self._running = False
        self._warning = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def rules(self) -> IdleRules:
        return self._rules

    def stretch(self, idle_timeout_s: float | None) -> None:
        """Use a longer idle timeout (a resident waiting for help), or None for the usual one.

        The warning's length stays; the clock is not restarted, only rescheduled.
        """
        base = self._base_rules
        timeout = max(base.idle_timeout_s, idle_timeout_s) if idle_timeout_s else base.idle_timeout_s
        self._rules = IdleRules(timeout, base.warning_s)
        if self._running and not self._warning:
            self._schedule()

    def start(self) -> None:
        """Start counting (a service or guide is open)."""
        self._running = True
        self.keep_going()

    def stop(self) -> None:
        """Stop counting (home screen, signed out)."""
        self._running = False
        self._timer.stop()
        if self._warning:
            self._warning = False
            self.warning_cleared.emit()

    def keep_going(self) -> None:
        """The resident is still here: restart the clock, hide the warning."""
        self._last = self.clock()
        if self._warning:
            self._warning = False
            self.warning_cleared.emit()
        if self._running:
            self._schedule()

    def idle_seconds(self) -> float:
        return self.clock() - self._last

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT:
            self.input_seen.emit()
            if not self._warning:
                self._last = self.clock()
        return False

    def _schedule(self) -> None:
        delay = self._rules.next_check_in(self.idle_seconds())
        self._timer.start(max(50, int(delay * 1000)))

    def poll(self) -> None:
        """Check the clock now (the timer calls this; tests call it after moving the clock)."""
        if not self._running:
            return
        idle = self.idle_seconds()
        phase = self._rules.phase(idle)
        if phase is Phase.ACTIVE:
            self._schedule()
        elif phase is Phase.WARNING:
            if not self._warning:
                log.info("idle warning shown after %.0f s without input", idle)
            self._warning = True
            self.warning.emit(self._rules.seconds_left(idle))
            self._schedule()
        else:
            self._running = False
            self._warning = False
            self.expired.emit()
