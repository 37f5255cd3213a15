"""Writes the health files (status.json, digipiste.prom) off the interface thread.

`update(**fields)` changes the in-memory Health; a timer (and any change)
schedules one write on a background thread: temp file, fsync, rename, so a
reader never sees half a file. A full or read-only disk is logged once and
never reaches the resident.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.core.health import Health, prometheus_text, status_json
from kiosk.paths import write_atomically

log = logging.getLogger("kiosk.health")


class HealthFiles(QObject):
    """Keeps status.json and digipiste.prom current."""

    def __init__(self, status_path: Path, metrics_path: Path, health: Health, *,
                 interval_ms: int = 30_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = (status_path, metrics_path)
        self.health = health
        self._lock = threading.Lock()
        self._pending: Health | None = None
        self._failing = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.write_soon)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.write_soon)
        self._timer.start(interval_ms)

    def update(self, **fields) -> None:
        new = replace(self.health, **fields)
        if new != self.health:
            self.health = new
            self._debounce.start()

    def write_soon(self) -> None:
        """Hand the current figures to a background writer (coalesced)."""
        with self._lock:
            busy = self._pending is not None
            self._pending = self.health
        if not busy:
            threading.Thread(target=self._drain, name="kiosk-health", daemon=True).start()

    def write_now(self) -> None:
        """Write on the calling thread (shutdown, commands)."""
        self._write(self.health)

    def _drain(self) -> None:
        while True:
            with self._lock:
                health = self._pending
            try:
                self._write(health)
            except Exception:  # never leave _pending set: the next change must write again
                log.exception("health files not written")
                with self._lock:
                    self._pending = None
                return
            with self._lock:
                if self._pending is health:
                    self._pending = None
                    return

    def _write(self, health: Health) -> None:
        status_path, metrics_path = self._paths
        try:
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
