"""Sending the usage outbox: the engine (no Qt) and the background service.

`SyncEngine.run_once()` sends pending records oldest first in batches, marks a
batch sent only after the target confirmed it, sets a malformed batch aside
(quarantine) and goes on, and stops at the first failure (the batch stays
pending). `kiosk sync --once` runs it directly.

`SyncService` runs the engine on its own thread with its own connection (the
database is in WAL mode, so it never waits for the interface's writes for
long): after `interval_s`, sooner when the network comes back, later after
failures (capped exponential backoff with jitter, kiosk.core.sync_rules). It
opens nothing before the first attempt and never holds up shutdown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.core.sync_rules import backoff_s

log = logging.getLogger("kiosk.sync")

FIRST_DELAY_S = 20.0   # after start-up: let the kiosk settle first


@dataclass
class RunResult:
    sent: int = 0
    batches: int = 0
    quarantined: int = 0
    expired: int = 0
    rejected: int = 0
    failed: bool = False
    message: str = ""
    pending: int = 0
    messages: list[str] = field(default_factory=list)


class SyncEngine:
    """One pass over the outbox against one target."""

    def __init__(self, db_opener: Callable[[], object], target, clock=lambda: datetime.now(UTC)) -> None:
        self._open = db_opener
        self._db = None
        self.target = target
        self._clock = clock

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.conn.close()
            finally:
                self._db = None

    def run_once(self, stopping: Callable[[], bool] = lambda: False, max_batches: int | None = None) -> RunResult:
        from kiosk.storage import outbox

        result = RunResult()
        try:
            if self._db is None:
                self._db = self._open()
            db = self._db
            states = ("pending", "expired") if self.target.resend_expired else ("pending",)
            after = 0
            while not stopping() and (max_batches is None or result.batches < max_batches):
                batch = _pending(db, self.target.batch_size, after, states)
                if not batch:
                    break
                after = batch[-1][0]
                old = {id(r) for r in self.target.too_old([r for _i, r in batch], self._clock())}
                if old:
                    outbox.mark(db, [i for i, r in batch if id(r) in old], outbox.EXPIRED)
                    outbox.add_to_status(db, "expired", len(old))
                    result.expired += len(old)
                    batch = [(i, r) for i, r in batch if id(r) not in old]
                    if not batch:
                        continue
                outcome = self.target.send([r for _i, r in batch])
                ids = [i for i, _r in batch]
                stamp = self._clock().strftime("%Y-%m-%dT%H:%M:%SZ")
                if outcome.confirmed:
                    outbox.mark(db, ids, outbox.SENT, last_success=stamp)
                    result.sent += len(ids)
                    result.batches += 1
                    result.rejected += outcome.rejected
                    if outcome.rejected:
                        outbox.add_to_status(db, "rejected", outcome.rejected)
                elif outcome.malformed:
                    outbox.mark(db, ids, outbox.QUARANTINED)
                    outbox.add_to_status(db, "quarantined_batches", 1)
                    outbox.set_status(db, last_error=f"{stamp} {outcome.message}")
                    result.quarantined += len(ids)
                    result.messages.append(outcome.message)
                    log.error("usage sync: a batch of %d events was set aside: %s", len(ids), outcome.message)
                else:
                    outbox.set_status(db, last_error=f"{stamp} {outcome.message}")
                    result.failed = True
                    result.message = outcome.message
                    break
            result.pending = outbox.counts(db)["pending"]
        except Exception as exc:  # storage trouble: nothing is marked, all stays pending
            self.close()
            result.failed = True
            result.message = f"storage: {type(exc).__name__}: {exc}"
        return result


def _pending(db, limit: int, after: int, states: tuple[str, ...]) -> list[tuple[int, dict]]:
    import json
    marks = ",".join("?" * len(states))
    cur = db.conn.execute(
        f"SELECT id, body FROM usage_outbox WHERE state IN ({marks}) AND id > ? ORDER BY id LIMIT ?",
        (*states, after, limit))
    return [(row[0], json.loads(row[1])) for row in cur.fetchall()]


class _Bridge(QObject):
    finished = Signal(object)


class SyncService(QObject):
    """Runs the engine on a background thread; `finished(RunResult)` on the interface thread."""

    finished = Signal(object)

    def __init__(self, make_engine: Callable[[], SyncEngine], interval_s: float, *,
                 first_delay_s: float = FIRST_DELAY_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self.interval_s = max(1.0, float(interval_s))
        self._first_delay_s = first_delay_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.failures = 0
        self.last: RunResult | None = None
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_finished)
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
        self._network = None

    @classmethod
    def from_config(cls, config, paths, parent: QObject | None = None) -> "SyncService | None":
        sync = dict(config.sync or {})
        if (sync.get("target") or "none") == "none":
            return None
        database: Path = paths.database

        def make_engine() -> SyncEngine:
            from kiosk.services.sync_targets import target_from_config
            from kiosk.storage.db import open_database
            return SyncEngine(lambda: open_database(database),
                              target_from_config(sync, config.site_id, config.terminal_id))
        return cls(make_engine, sync.get("interval_s") or 900, parent=parent)

    def start(self) -> None:
        self._thread.start()
        self._watch_network()

    def wake(self) -> None:
        """Try now (e.g. the network came back)."""
        self._wake.set()

    def stop(self, timeout_s: float = 1.0) -> None:
        """Ask the thread to end; waits at most `timeout_s` (a request in flight is abandoned)."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
            if not QNetworkInformation.availableBackends():
                return
            if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                self._network = QNetworkInformation.instance()
                self._network.reachabilityChanged.connect(self._on_reachability)
        except Exception as exc:  # no backend: the interval alone drives syncing
            log.info("network reachability unknown (%s); syncing on the interval only", exc)

    def _on_reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation
        if reachability == QNetworkInformation.Reachability.Online:
            log.info("network is back: syncing usage events now")
            self.wake()

    def _run(self) -> None:
        engine = None
        delay = self._first_delay_s
        while not self._stop.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                engine = engine or self._make_engine()
                result = engine.run_once(self._stop.is_set)
            except Exception as exc:
                result = RunResult(failed=True, message=f"{type(exc).__name__}: {exc}")
            if result.failed:
                self.failures += 1
                delay = backoff_s(self.failures, base_s=min(30.0, self.interval_s),
                                  cap_s=max(self.interval_s, 3600.0))
                if self.failures in (1, 10) or self.failures % 100 == 0:
                    log.warning("usage sync failed (%d in a row, next try in %.0f s): %s",
                                self.failures, delay, result.message)
            else:
                if self.failures:
                    log.info("usage sync works again")
                self.failures = 0
                delay = self.interval_s
            if self._stop.is_set():
                break
            try:
                self._bridge.finished.emit(result)
            except RuntimeError:  # the service was deleted at shutdown
                break
        if engine is not None:
            engine.close()

    def _on_finished(self, result: RunResult) -> None:
        self.last = result
        self.finished.emit(result)
