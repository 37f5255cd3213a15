"""Disk work off the interface thread: one worker thread with its own connection.

`submit(job, done, failed)` queues `job(db)`; it runs on the worker thread with
a connection from the one factory (kiosk.storage.db.open_database), and `done`
or `failed` is called back on the interface thread (kiosk.services.threads,
after Picard's run_task / to_main; none after `stop()`). Nothing on the interface thread waits for a disk.

Faults (a read-only or full disk, a schema newer than the code, a vanished or
locked file) never reach the caller as an exception: the worker marks storage
`unavailable`, logs the fault once, fails the jobs fast, and every `retry_s`
reopens the file and makes a write that changes nothing (`probe_write`); when
that works it says `ok` again, by itself, without waiting for the next job.
A file deleted under the kiosk is noticed before the next job (its inode is
gone) and a new one is made, instead of writing into the deleted file.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.services.threads import Answers

log = logging.getLogger("kiosk.storage")

Job = Callable[[Any], Any]
OK = "ok"
IDLE_BEFORE_GIVING_BACK_S = 2.0
UNAVAILABLE = "unavailable"


class StorageUnavailable(Exception):
    """Storage cannot be used right now; the reason is in the message."""


class _Waiting:
    """A job whose caller blocks in `call()`: told of every outcome, even no connection."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.done = threading.Event()
        self.value: Any = None
        self.error: Exception | None = None

    def __call__(self, db: Any) -> Any:
        try:
            self.value = self.job(db)
        except Exception as exc:
            self.error = exc
            raise
        finally:
            self.done.set()

    def fail(self, exc: Exception) -> None:
        self.error = exc
        self.done.set()


class StorageWorker(QObject):
    """Runs database jobs in order on one background thread."""

    state_changed = Signal(str, str)   # "ok" | "unavailable", reason

    def __init__(self, path: Path, opener: Callable[[Path], Any] | None = None, *,
                 retry_s: float = 30.0, clock: Callable[[], float] = time.monotonic,
                 start: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._opener = opener     # default (sqlite-utils, ~80 ms to import) chosen on the worker
        self._probe: Callable[[Any], None] | None = None
        self._inode: tuple[int, int] | None = None
        self._retry_s = retry_s
        self._clock = clock
        self._db = None
        self._state = OK
        self._reason = ""
        self._logged_fault = ""   # the fault the log was told of (worker thread only)
        self._next_try = 0.0
        # Worker thread only: "" | "fault" (a fault left the WAL to cut back) | "written" (a job
        # worked since: the outage's backlog is going in, and the WAL is cut back once idle).
        self._space_owed = ""
        self._queue: queue.Queue = queue.Queue()
        self._answers = Answers(self, "storage")   # job results: none after stop()
        self._states = Answers(self, "storage")    # state changes: until the worker is deleted
        self._thread = threading.Thread(target=self._run, name="kiosk-storage", daemon=True)
        self._start_lock = threading.Lock()
        if start:
            self.start()

    def start(self) -> None:
        """Start the worker thread (idempotent); jobs submitted before wait for it.

        The kiosk starts it just after the first frame: opening the database
        imports sqlite-utils, which would hold the interpreter lock while the
        home screen is built.
        """
        with self._start_lock:
            if not self._thread.is_alive() and self._thread.ident is None:
                self._thread.start()

    @property
    def retry_s(self) -> float:
        """How long a fault waits before the next try (the help queue retries on the same beat)."""
        return self._retry_s

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

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
        waiting = _Waiting(job)
        self._queue.put((waiting, None, None))
        self.start()   # a command or shutdown waits: the worker must run now
        if not waiting.done.wait(timeout):
            raise StorageUnavailable("storage did not answer in time")
        if waiting.error is not None:
            raise waiting.error
        return waiting.value

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the queued jobs, close the connection, end the thread; no callback after this."""
        self._answers.stop()
        if not self.started and not self._queue.empty():
            self.start()   # what was queued before the thread ran still gets written
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    # -- worker thread ------------------------------------------------------------

    def _run(self) -> None:
        while True:
            try:
                item = self._queue.get(timeout=self._wait_s())
            except queue.Empty:
                if self._state != OK:
                    self._retry()
                elif self._space_owed == "written" and self._give_space_back():
                    self._space_owed = ""   # the backlog of the outage is in: the WAL goes back to nothing
                continue
            if item is None:
                break
            job, done, failed = item
            try:
                value = job(self._connection())
            except Exception as exc:
                if isinstance(job, _Waiting) and not job.done.is_set():
                    job.fail(exc)
                if isinstance(job, _Waiting):
                    failed = None             # the caller has the error; nothing to log
                if isinstance(exc, StorageUnavailable):
                    pass                      # logged once, when storage went away
                elif _is_fault(exc):
                    self._fault(exc)
                elif failed is None and not isinstance(job, _Waiting):   # a bug in the job
                    log.error("storage job failed", exc_info=exc)
                if failed is not None:
                    self._answers.to_main(failed, exc)
                continue
            if self._state != OK or self._logged_fault:
                self._set_state(OK, "")
            if self._space_owed:
                self._space_owed = "written"   # the backlog goes in: cut the WAL back once idle
            if done is not None:
                self._answers.to_main(done, value)
        self._close()

    def _wait_s(self) -> float | None:
        """Sleep until the next job, or (while unavailable) until the next retry."""
        if self._state == OK:
            # After an outage, once the worker has been idle a moment, the WAL is cut back.
            return IDLE_BEFORE_GIVING_BACK_S if self._space_owed else None
        return max(0.01, self._next_try - self._clock())

    def _retry(self) -> None:
        try:
            db = self._connection()
            if self._probe is not None:
                self._probe(db)
        except StorageUnavailable:
            return
        except Exception as exc:
            if _is_fault(exc):
                self._fault(exc)
            return
        self._give_space_back()   # there is room again: the WAL of the failed writes goes
        self._set_state(OK, "", proven=False)

    def _connection(self):
        if self._db is not None and self._inode != _inode(self._path):
            # Deleted or replaced under us: writes would go to a file nobody sees.
            self._close()
        if self._db is not None:
            return self._db
        if self._state != OK and self._clock() < self._next_try:
            raise StorageUnavailable(self._reason)
        if self._opener is None:
            # Here, at the first job, not when the thread starts: the import
            # would hold the interpreter lock while the first frame is built.
            from kiosk.storage.db import open_database, probe_write
            self._opener, self._probe = open_database, probe_write
        try:
            self._db = self._opener(self._path)
        except Exception as exc:
            self._fault(exc)
            raise StorageUnavailable(self._reason) from exc
        self._inode = _inode(self._path)
        return self._db

    def _fault(self, exc: Exception) -> None:
        self._give_space_back()
        self._space_owed = "fault"
        self._close()
        self._next_try = self._clock() + self._retry_s
        self._set_state(UNAVAILABLE, f"{type(exc).__name__}: {exc}")

    def _give_space_back(self) -> bool:
        """Cut the WAL back (kiosk.storage.db.give_space_back); quiet when it cannot.

        A write that failed on a full disk leaves the WAL as large as the room
        it found: tried at the fault, after the retry that found room, and once
        the backlog of the outage is written.
        """
        if self._db is None:
            return False
        from kiosk.storage.db import give_space_back
        try:
            return give_space_back(self._db)
        except Exception:   # a closed, broken or test connection: the next retry tries again
            return False

    def _close(self) -> None:
        if self._db is not None:
            try:
                self._db.conn.close()
            except Exception:
                pass
            self._db = None

    def _set_state(self, state: str, reason: str, *, proven: bool = True) -> None:
        """Change the state; the log hears of a fault once, until a real job works again.

        `proven` is False when only the probe worked: on a nearly full disk it
        can pass while the next real write fails, and that must not log the
        same fault every retry.
        """
        if (state, reason) == (self._state, self._reason):
            if state == OK and proven and self._logged_fault:
                log.warning("storage works again (%s)", self._path)
                self._logged_fault = ""
            return
        if state == OK:
            if proven or not self._logged_fault:
                log.warning("storage works again (%s)", self._path)
                self._logged_fault = ""
        elif self._state == OK and not self._logged_fault:
            log.error("storage unavailable, the kiosk goes on without it: %s", reason)
            self._logged_fault = reason
        self._state, self._reason = state, reason
        self._states.to_main(self._on_state, state, reason)

    def _on_state(self, state: str, reason: str) -> None:
        # On the interface thread, once the worker is known to be alive (not on the worker).
        self.state_changed.emit(state, reason)


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _is_fault(exc: Exception) -> bool:
    """A fault of the storage (not of the job's own logic)."""
    # Imported here (by the worker thread, after the first job) to keep them off start-up.
    import sqlite3

    from kiosk.storage.db import StorageFault

    return isinstance(exc, (sqlite3.Error, OSError, StorageFault))
