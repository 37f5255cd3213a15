"""Counts the hosts the browser refused: the event hub's first subscriber.

A refused request costs a dictionary update on the interface thread, nothing
more. Only the hosts a page asked for by itself (its images, scripts, fonts:
`kiosk.core.browser.refusals.kept_by_name`) go to the database, in one transaction
through the storage worker, `FLUSH_MS` after the first new refusal (so an idle
kiosk has no timer running) and at shutdown. When storage is unavailable those
counts stay in memory and go with the next write that works.

What a resident tried to open (a link followed, a frame, a connection the
guard refused) is counted in memory only: the admin view lists it until the
kiosk stops, and no byte of it reaches the disk. Each of the two in-memory
tables holds at most `MAX_PENDING_HOSTS` hosts, so a page that makes up host
names cannot fill the memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer

from kiosk.core.usage.events import Event
from kiosk.core.browser.refusals import kept_by_name
from kiosk.services.storage_worker import StorageWorker

log = logging.getLogger("kiosk.storage")

FLUSH_MS = 10_000
MAX_PENDING_HOSTS = 500
TOP = 50

Row = tuple[str, int, str]   # host, count, last day seen (ISO)


def _add_counts(pending: dict[str, tuple[int, str]]):
    def job(db) -> None:
        from kiosk.storage.blocked_hosts import BlockedHosts
        BlockedHosts(db).add_counts(pending)
    return job


def _top(db) -> list[Row]:
    from kiosk.storage.blocked_hosts import BlockedHosts
    return BlockedHosts(db).top(TOP)


class RefusedHostCounter(QObject):
    """`on_event` counts `host.refused`; `rows(done)` hands the list to the admin view."""

    def __init__(self, storage: StorageWorker, *, today: Callable[[], date] = date.today,
                 flush_ms: int = FLUSH_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._storage = storage
        self._today = today
        self._pending: dict[str, tuple[int, str]] = {}    # to be written
        self._memory: dict[str, tuple[int, str]] = {}     # never written
        self._dropped = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(flush_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> dict[str, tuple[int, str]]:
        """Counts to be written, not written yet (a copy)."""
        return dict(self._pending)

    @property
    def in_memory(self) -> dict[str, tuple[int, str]]:
        """Counts that are never written: what residents tried to open (a copy)."""
        return dict(self._memory)

    def on_event(self, event: Event) -> None:
        if event.kind != "host.refused":
            return
        self.count(str(event.fields.get("host") or ""), keep=kept_by_name(event.fields.get("origin")))

    def count(self, host: str, n: int = 1, *, keep: bool = False) -> None:
        """Count `n` refusals of `host`; `keep`: it may be written to the disk (a page's own part)."""
        host = host or "(none)"
        seen = self._today().isoformat()
        table = self._pending if keep else self._memory
        old = table.get(host)
        if old is None and len(table) >= MAX_PENDING_HOSTS:
            self._dropped += n
            return
        table[host] = ((old[0] if old else 0) + n, seen)
        if keep and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Write the counts now, off the interface thread; kept if the write fails."""
        self._timer.stop()
        if not self._pending:
            return
        batch, self._pending = self._pending, {}
        self._storage.submit(_add_counts(batch), failed=lambda _exc: self._put_back(batch))

    def flush_and_wait(self, timeout: float = 5.0) -> bool:
        """At shutdown: write what is left and wait for it; False if it could not be written."""
        self._timer.stop()
        batch, self._pending = self._pending, {}
        if not batch:
            return True
        try:
            self._storage.call(_add_counts(batch), timeout=timeout)
        except Exception as exc:  # storage faults are logged by the worker, once
            log.warning("refused-host counts of %d host(s) not saved at shutdown: %s", len(batch),
                        type(exc).__name__)
            return False
        return True

    def rows(self, done: Callable[[list[Row]], None]) -> None:
        """The stored counts plus those not written yet, most refused first, via `done`."""
        def merge(stored: list[Row] | Exception) -> None:
            counts = {} if isinstance(stored, Exception) else {h: (c, d) for h, c, d in stored}
            for host, (n, seen) in (*self._pending.items(), *self._memory.items()):
                c, d = counts.get(host, (0, ""))
                counts[host] = (c + n, max(d, seen))
            ordered = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))[:TOP]
            done([(h, c, d) for h, (c, d) in ordered])
        self._storage.submit(_top, done=merge, failed=merge)

    def _put_back(self, batch: dict[str, tuple[int, str]]) -> None:
        for host, (n, seen) in batch.items():
            old = self._pending.get(host)
            if old is None and len(self._pending) >= MAX_PENDING_HOSTS:
                self._dropped += n
                continue
            self._pending[host] = ((old[0] if old else 0) + n, max(seen, old[1] if old else seen))
        if self._pending and not self._timer.isActive():
            self._timer.start()
