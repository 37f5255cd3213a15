"""After the first frame: what waits until the resident sees the home screen.

The kiosk defers everything home does not need (the storage worker's thread,
the speech host, the helper screens), tells systemd READY=1, and `kiosk
--smoke` measures start-up, all at the same moment: just after the window's
first paint. One watcher for all of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

FALLBACK_MS = 2000   # after_first_frame: a window never painted (not on a real screen) starts anyway


class FirstFrame(QObject):
    """Calls `callback` once, just after the watched widget's first paint.

    `painted_at` is when that paint came: (wall clock, CPU time of the whole
    process), as the start-up figures measure it. With `fallback_ms` the
    callback also runs when no paint came by then; `painted_at` stays None.
    """

    def __init__(self, widget: QObject, callback: Callable[[], None], *,
                 fallback_ms: int | None = None) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        self.painted_at: tuple[float, float] | None = None
        widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.painted_at is None and not self._done:
            self.painted_at = (time.time(), time.process_time())
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self.parent().removeEventFilter(self)
        self._callback()


def after_first_frame(widget: QObject, then: Callable[[], None]) -> FirstFrame:
    """Run `then` once, just after `widget` first painted, or after FALLBACK_MS without a paint."""
    return FirstFrame(widget, then, fallback_ms=FALLBACK_MS)
