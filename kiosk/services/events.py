"""The event hub: the one place where features say what happened.

A feature calls `hub.report("tile.opened", tile="kela")`; it never calls
another feature's storage. Subscribers (the refused-host counter, the usage
log, the help queue's figures) are connected to `happened` in the composition
root (kiosk.app) only. A subscriber that raises is logged and the others still
run: reporting never throws a resident out of their errand.

While the kiosk starts, some subscribers are attached only after the first
frame: `hold()` keeps what is reported until `release()` hands it on, in
order, so no event of a resident who taps early is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.core.usage.event_time import SystemClock
from kiosk.core.usage.events import Event

log = logging.getLogger("kiosk.events")


class EventHub(QObject):
    """Carries `Event`s from features to subscribers, on the interface thread."""

    happened = Signal(object)   # kiosk.core.usage.events.Event

    def __init__(self, parent: QObject | None = None, clock=None) -> None:
        super().__init__(parent)
        # Wall and monotonic time of each report (kiosk.core.usage.event_time); tests pass their own.
        self._clock = clock or SystemClock()
        self._subscribers: list[tuple[str, Callable[[Event], None]]] = []
        self._held: list[Event] | None = None

    def hold(self) -> None:
        """Keep the events reported from now on until `release()`."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Hand the held events to the subscribers, in order; report directly again."""
        held, self._held = self._held, None
        for event in held or ():
            self._deliver(event)

    def subscribe(self, name: str, handler: Callable[[Event], None]) -> None:
        """Call `handler(event)` for every event; errors are logged per subscriber."""
        self._subscribers.append((name, handler))

    def report(self, kind: str, /, **fields: Any) -> None:
        """Say that something happened (see kiosk.core.usage.events.KINDS)."""
        now = self._clock.now()
        event = Event.make(kind, at=now.wall, mono=now.mono, **fields)
        if self._held is not None:
            self._held.append(event)
            return
        self._deliver(event)

    def _deliver(self, event: Event) -> None:
        kind = event.kind
        for name, handler in self._subscribers:
            try:
                handler(event)
            except Exception:  # a subscriber's fault must not reach the feature
                log.exception("event subscriber %s failed on %s", name, kind)
        self.happened.emit(event)
