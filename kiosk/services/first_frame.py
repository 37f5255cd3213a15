"""After the first frame: what waits until the resident sees the home screen.

The kiosk defers everything home does not need (the storage worker's thread,
the speech host, the helper screens), tells systemd READY=1 and writes the
release's ready marker, and `kiosk --smoke` measures start-up, all at the same
moment: just after the window's first paint. One watcher per window
(`Kiosk.first_frame`), and each of them subscribes to it with `then()`.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger("kiosk.first_frame")

FALLBACK_MS = 2000   # the deferred start: a window never painted (not on a real screen) starts anyway


class FirstFrame(QObject):
    """The watched widget's first paint; `then(callback)` runs once, just after it.

    `painted_at` is when that paint came: (wall clock, CPU time of the whole
    process), as the start-up figures measure it; None until then.
    `imported_at_paint`: the modules loaded by then (`kiosk --smoke` reports
    those that must wait until after it).
    """

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self._waiting: list[Callable[[], None]] = []
        self._came = False           # the subscribers of the paint have run
        self.painted_at: tuple[float, float] | None = None
        self.imported_at_paint: frozenset[str] = frozenset()
        widget.installEventFilter(self)

    def then(self, callback: Callable[[], None], *, fallback_ms: int | None = None) -> None:
        """Call `callback` once, just after the first paint, in the order subscribed (now, if that has run).

        With `fallback_ms` it also runs when no paint came by then (the
        others still wait for the paint).
        """
        if self._came:
            callback()
            return
        self._waiting.append(callback)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, lambda: self._run_one(callback))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = (time.time(), time.process_time())
            self.imported_at_paint = frozenset(sys.modules)
            self.parent().removeEventFilter(self)
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run_one(self, callback: Callable[[], None]) -> None:
        if callback in self._waiting:
            self._waiting.remove(callback)
            _call(callback)

    def _run(self) -> None:
        self._came = True
        while self._waiting:   # one by one: a callback may subscribe another
            _call(self._waiting.pop(0))


def _call(callback: Callable[[], None]) -> None:
    """A fault in one subscriber is logged; the others still run (READY must not wait on the admin view)."""
    try:
        callback()
    except Exception:
        log.exception("after the first frame: %r failed", callback)
