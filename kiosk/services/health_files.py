"""Writes the health files (status.json, digipiste.prom) off the interface thread.

`update(**fields)` changes the in-memory Health; a writer thread of its own
writes it every `interval_ms` and soon after any change: temp file, fsync,
rename, so a reader never sees half a file. A full or read-only disk is
logged once and never reaches the resident.

The heartbeat (issue 20): a timer on the interface thread stamps the time
every `heartbeat_ms`, and the writer writes the stamp with the time of the
write. The writer does not need the interface thread, so when the interface
freezes the files stay fresh and the heartbeat in them goes stale: monitoring
tells "frozen" from "not running" (packaging/monitoring/digipiste.rules.yml).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.core.health import Health, prometheus_text, status_json
from kiosk.paths import write_atomically

log = logging.getLogger("kiosk.health")


class HealthFiles(QObject):
    """Keeps status.json and digipiste.prom current."""

    def __init__(self, status_path: Path, metrics_path: Path, health: Health, *,
                 interval_ms: int = 30_000, heartbeat_ms: int = 10_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = (status_path, metrics_path)
        self.health = replace(health, heartbeat=time.time())
        self._failing = False
        self._interval_s = interval_ms / 1000
        self._write_lock = threading.Lock()   # the writer thread and write_now share the temp files
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        wake, stop = self._wake, self._stop
        # Not a method of self: the thread ends when the QObject goes, and nothing of it is called then.
        self.destroyed.connect(lambda *_: (stop.set(), wake.set()))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.write_soon)
        self._beat = QTimer(self)
        self._beat.timeout.connect(self._stamp)
        self._beat.start(heartbeat_ms)

    def set_intervals(self, interval_ms: int, heartbeat_ms: int) -> None:
        """Write every `interval_ms` and stamp every `heartbeat_ms` from now on (the test probe's
        `health-intervals`: a display test sees a frozen kiosk go stale in seconds, not minutes)."""
        self._interval_s = interval_ms / 1000   # read by the writer at its next wait
        self._beat.start(heartbeat_ms)
        self._wake.set()   # the writer's current wait ends now, and the new interval holds after it

    def _stamp(self) -> None:
        """On the interface thread: it is alive now (the writer writes the stamp at its next write)."""
        self.health = replace(self.health, heartbeat=time.time())

    def update(self, **fields) -> None:
        new = replace(self.health, **fields)
        if new != self.health:
            self.health = new
            self._debounce.start()

    def write_soon(self) -> None:
        """Have the writer thread write the current figures now (coalesced); starts it the first time."""
        self._wake.set()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kiosk-health", daemon=True)
            self._thread.start()

    def write_now(self) -> None:
        """Write on the calling thread (shutdown, commands)."""
        self._write(self.health)

    def _run(self) -> None:
        """The writer: every interval, and when woken; `self.health` is replaced whole, never changed."""
        while True:
            self._wake.wait(self._interval_s)
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                self._write(self.health)
            except Exception:  # a fault in one write must not end the writing
                log.exception("health files not written")

    def _write(self, health: Health) -> None:
        status_path, metrics_path = self._paths
        try:
            with self._write_lock:
                health = replace(health, written_at=time.time())
                write_atomically(status_path, status_json(health))
                write_atomically(metrics_path, prometheus_text(health))
        except OSError as exc:
            if not self._failing:
                log.error("cannot write the health files (%s): %s", status_path.parent, exc)
            self._failing = True
        else:
            if self._failing:
                log.warning("health files written again")
            self._failing = False
