"""Short blocking work off the interface thread: a folder on a slow USB stick, a PIN hash, a log file.

The storage worker (kiosk.services.storage_worker) owns the database; this is
the same hand-off for everything else that may wait on a disk or burn CPU for
a noticeable time. `run(job, done, failed)` calls `job()` on a thread of its
own and `done(result)` or `failed(error)` back on the interface thread (a
queued signal, as in Picard's run_task / to_main). Each job gets its own
thread: a USB stick that hangs for a minute holds only its own job, never the
next PIN check. Answers that arrive after the owner went are dropped;
callers that care about stale answers keep their own ticket.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("kiosk.background")


class _Bridge(QObject):
    # Lives on the interface thread; emitted from a job's thread, so delivery is queued.
    result = Signal(object, object)   # callback, value

    @Slot(object, object)
    def deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        except Exception:   # a feature's callback must not throw the resident out of their errand
            log.exception("background callback failed")


class Background(QObject):
    """Runs jobs on their own threads; answers come back on the thread this object lives on."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._bridge = _Bridge(self)
        self._bridge.result.connect(self._bridge.deliver)

    def run(self, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[Exception], None] | None = None) -> None:
        """Call `job()` on another thread; `done(result)` or `failed(error)` here, later."""
        bridge, name = self._bridge, self._name

        def target() -> None:
            try:
                value = job()
            except Exception as exc:
                if failed is None:
                    log.error("%s: background job failed", name, exc_info=exc)
                    return
                callback, value = failed, exc
            else:
                callback = done
            try:
                bridge.result.emit(callback, value)
            except RuntimeError:
                pass   # the owner is gone (kiosk shut down): nobody waits for the answer

        threading.Thread(target=target, name=f"kiosk-{self._name}", daemon=True).start()
