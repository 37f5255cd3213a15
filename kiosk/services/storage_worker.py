"""Disk work off the interface thread: one worker thread with its own connection.

`submit(job, done, failed)` queues `job(db)`; it runs on the worker thread with
a connection from the one factory (kiosk.storage.db.open_database), and `done`
or `failed` is called back on the interface thread (a queued signal, as in
Picard's run_task / to_main). Nothing on the interface thread waits for a disk.

Faults (a read-only or full disk, a schema newer than the code, a vanished or
locked file) never reach the caller as an exception: the worker marks storage
`unavailable`, logs the fault once, fails the jobs fast, tries again after
`retry_s`, and says `ok` again when the fault has gone away.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("kiosk.storage")

Job = Callable[[Any], Any]
OK = "ok"
UNAVAILABLE = "unavailable"


class StorageUnavailable(Exception):
    """Storage cannot be used right now; the reason is in the message."""


class _Bridge(QObject):
    # Lives on the interface thread; emitted from the worker, so delivery is queued.
    result = Signal(object, object)   # callback, value
    state = Signal(str, str)


class StorageWorker(QObject):
    """Runs database jobs in order on one background thread."""

    state_changed = Signal(str, str)   # "ok" | "unavailable", reason

    def __init__(self, path: Path, opener: Callable[[Path], Any] | None = None, *,
                 retry_s: float = 30.0, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if opener is None:
            from kiosk.storage.db import open_database as opener  # sqlite-utils: after first frame
        self._path = path
        self._opener = opener
        self._retry_s = retry_s
        self._clock = clock
        self._db = None
        self._state = OK
        self._reason = ""
        self._next_try = 0.0
        self._queue: queue.Queue = queue.Queue()
        self._bridge = _Bridge(self)
        self._bridge.result.connect(lambda callback, value: callback(value))
        self._bridge.state.connect(self._on_state)
        self._thread = threading.Thread(target=self._run, name="kiosk-storage", daemon=True)
        self._thread.start()

    @property
    def state(self) -> tuple[str, str]:
        """("ok", "") or ("unavailable", reason), as last reported."""
        return self._state, self._reason

    def submit(self, job: Job, done: Callable[[Any], None] | None = None,
               failed: Callable[[Exception], None] | None = None) -> None:
        """Queue `job(db)`; `done(result)` or `failed(error)` comes on the interface thread."""
        self._queue.put((job, done, failed))

    def call(self, job: Job, timeout: float = 10.0) -> Any:
        """Run `job(db)` and wait for it: for commands and shutdown, never the interface."""
        box: dict[str, Any] = {}
        event = threading.Event()

        def run(db):
            run.ran = True
            try:
                box["value"] = job(db)
            except Exception as exc:  # handed to the caller below
                box["error"] = exc
            finally:
                event.set()

        def no_connection(exc: Exception) -> None:
            # Storage unavailable: `run` never ran; answer now instead of at the timeout.
            box["error"] = exc
            event.set()
        run.on_error = no_connection
        self._queue.put((run, None, None))
        if not event.wait(timeout):
            raise StorageUnavailable("storage did not answer in time")
        if "error" in box:
            raise box["error"]
        return box.get("value")

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the queued jobs, close the connection, end the thread."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    # -- worker thread ------------------------------------------------------------

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            job, done, failed = item
            try:
                value = job(self._connection())
            except Exception as exc:
                if isinstance(exc, (sqlite3.Error, OSError, RuntimeError)) and not isinstance(exc, StorageUnavailable):
                    self._fault(exc)
                if failed is not None:
                    self._bridge.result.emit(failed, exc)
                elif getattr(job, "on_error", None) is not None and not getattr(job, "ran", False):
                    job.on_error(exc)
                continue
            if self._state != OK:
                self._set_state(OK, "")
            if done is not None:
                self._bridge.result.emit(done, value)
        self._close()

    def _connection(self):
        if self._db is not None:
            return self._db
        if self._state != OK and self._clock() < self._next_try:
            raise StorageUnavailable(self._reason)
        try:
            self._db = self._opener(self._path)
        except Exception as exc:
            self._fault(exc)
            raise StorageUnavailable(self._reason) from exc
        return self._db

    def _fault(self, exc: Exception) -> None:
        self._close()
        self._next_try = self._clock() + self._retry_s
        self._set_state(UNAVAILABLE, f"{type(exc).__name__}: {exc}")

    def _close(self) -> None:
        if self._db is not None:
            try:
                self._db.conn.close()
            except Exception:
                pass
            self._db = None

    def _set_state(self, state: str, reason: str) -> None:
        if (state, reason) == (self._state, self._reason):
            return
        if state == OK:
            log.warning("storage works again (%s)", self._path)
        elif self._state == OK:
            log.error("storage unavailable, the kiosk goes on without it: %s", reason)
        self._state, self._reason = state, reason
        self._bridge.state.emit(state, reason)

    def _on_state(self, state: str, reason: str) -> None:
        self.state_changed.emit(state, reason)
