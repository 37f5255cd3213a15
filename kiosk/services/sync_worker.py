"""Sending the usage outbox: the engine (no Qt) and the background service.

`SyncEngine.run_once()` sends new records oldest first in batches and marks
a batch sent only after the target confirmed it. A batch whose counts do not
add up, or that the receiver refused, is split and sent again down to single
events (kiosk.core.usage.delivery_rules); a single event that fails counts an
attempt, waits, and is set aside with its reason after the last one, while
the events behind it go on. Before a batch leaves, its events are dated by
the clock they were recorded with (kiosk.core.usage.event_time). A failure with no
usable answer (network, 5xx, timeout) ends the pass: nothing is held against
the events then. `kiosk sync --once` runs it directly.

`SyncService` runs the engine on its own thread with its own connection (the
database is in WAL mode, so it never waits for the interface's writes for
long): after `interval_s`, sooner when the network comes back, later after
failures (capped exponential backoff with jitter, kiosk.core.usage.sync_rules); each
pass's result comes back on the interface thread (kiosk.services.threads). It
opens nothing before the first attempt and never holds up shutdown.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.core.usage import delivery_rules
from kiosk.core.usage.delivery_rules import Verdict
from kiosk.core.usage.event_time import Stamp, SystemClock
from kiosk.core.usage.sync_rules import backoff_s
from kiosk.services.threads import Answers

log = logging.getLogger("kiosk.sync")

FIRST_DELAY_S = 20.0   # after start-up: let the kiosk settle first
RETRIES_PER_PASS = 100


@dataclass
class RunResult:
    sent: int = 0
    batches: int = 0                  # requests the receiver confirmed
    requests: int = 0                 # requests made
    quarantined: int = 0              # events set aside in this pass
    expired: int = 0
    rejected: int = 0
    resent: int = 0                   # copies of events sent again in this pass
    split: int = 0                    # batches split because they were not fully confirmed
    corrected: int = 0                # events re-dated by their boot's clock in this pass
    estimated: int = 0
    failed: bool = False
    message: str = ""
    pending: int = 0
    waiting: int = 0                  # of the pending: failed alone, waiting for another try
    messages: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)   # since the outbox began (admin view, health)


class _Stop(Exception):
    """The receiver gave no usable answer: end the pass."""


class SyncEngine:
    """One pass over the outbox against one target."""

    def __init__(self, db_opener: Callable[[], object], target, clock=None,
                 rand: Callable[[], float] = random.random) -> None:
        self._open = db_opener
        self._db = None
        self.target = target
        self._clock = clock or SystemClock()
        self._rand = rand
        self.batch_size = target.batch_size    # adapts to a receiver that drops (next_batch_size)
        self._status: dict[str, str] = {}      # kept with the next answer (settled_through)

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.conn.close()
            finally:
                self._db = None

    def run_once(self, stopping: Callable[[], bool] = lambda: False, max_batches: int | None = None) -> RunResult:
        from kiosk.storage import delivery, event_times, outbox

        result = RunResult()
        try:
            if self._db is None:
                self._db = self._open()
            db = self._db
            now: Stamp = self._clock.now()
            step = event_times.anchor(db, now)
            if step:
                moved = event_times.redate(db, now)
                result.corrected += moved
                log.warning("the clock was set %s by %s since the last event: %d unsent events re-dated "
                            "by the clock they were recorded with", "forward" if step > 0 else "back",
                            timedelta(seconds=round(abs(step))), moved)
            anchors = event_times.known_anchors(db, now)
            previous = event_times.latest_settled(db)
            states = ("pending", "expired") if self.target.resend_expired else ("pending",)
            after = 0
            try:
                while not stopping() and (max_batches is None or result.batches < max_batches):
                    rows = delivery.fresh(db, self.batch_size, after, states)
                    if not rows:
                        break
                    after = rows[-1].id
                    previous = self._settle(db, rows, now, anchors, previous, result)
                    missing = self._deliver(db, rows, now, result, stopping)
                    self.batch_size = delivery_rules.next_batch_size(self.batch_size, self.target.batch_size,
                                                                     len(rows), missing)
                if not stopping():
                    for row in delivery.due_retries(db, now.wall, RETRIES_PER_PASS):
                        if stopping():
                            break
                        previous = self._settle(db, [row], now, anchors, previous, result)
                        self._deliver(db, [row], now, result, stopping)
            except _Stop:
                result.failed = True
            result.pending = outbox.counts(db)["pending"]
            result.waiting = delivery.waiting(db)
            result.totals = delivery.totals(db)
        except Exception as exc:  # storage trouble: what was not marked stays pending
            self.close()
            result.failed = True
            result.message = f"storage: {type(exc).__name__}: {exc}"
        return result

    def _settle(self, db, rows, now: Stamp, anchors, previous, result: RunResult):
        from kiosk.storage import delivery, event_times

        previous, corrected, estimated = event_times.settle(db, rows, now, anchors, previous)
        result.corrected += corrected
        result.estimated += estimated
        self._status = {"settled_through": event_times.settled_through(previous, now)} if previous else {}
        old = {id(r) for r in self.target.too_old([row.record for row in rows], now.wall)}
        if old:
            delivery.expire(db, [row for row in rows if id(row.record) in old], _stamp(now))
            result.expired += len(old)
            rows[:] = [row for row in rows if id(row.record) not in old]
        return previous

    def _deliver(self, db, rows, now: Stamp, result: RunResult, stopping: Callable[[], bool]) -> int:
        """Send rows, splitting what is not confirmed; returns how many the first answer left missing.

        Asked to stop, it leaves the pieces not yet sent as they are: pending, no attempt counted.
        """
        from kiosk.storage import delivery

        queue = [rows] if rows else []
        first_missing: int | None = None
        stamp = _stamp(now)
        while queue and not stopping():
            piece = queue.pop(0)
            ack = self.target.send([row.record for row in piece], now.wall)
            result.requests += 1
            result.resent += sum(1 for row in piece if row.sends > 0)
            if first_missing is None:
                first_missing = 0 if ack.verdict is Verdict.CONFIRMED else (ack.missing or 1)
            if ack.verdict is Verdict.CONFIRMED:
                delivery.delivered(db, piece, stamp, ack.rejected, **self._status)
                result.sent += len(piece)
                result.batches += 1
                result.rejected += ack.rejected
                continue
            if ack.verdict is Verdict.FAILED:
                delivery.tried(db, piece, last_error=f"{stamp} {ack.why}", **self._status)
                result.message = ack.why
                raise _Stop
            if len(piece) > 1:
                cuts = delivery_rules.pieces(len(piece), ack.missing or 1)
                delivery.tried(db, piece, last_error=f"{stamp} {ack.why}; split into {len(cuts)}")
                result.split += 1
                queue[:0] = [piece[a:b] for a, b in cuts]
                continue
            row = piece[0]
            why = _single_reason(ack)
            tries = row.attempts + 1
            if delivery_rules.set_aside(tries):
                delivery.set_aside(db, row, f"{why} ({tries} tries)", stamp,
                                   last_error=f"{stamp} an event was set aside ({why})")
                result.quarantined += 1
                result.messages.append(why)
                log.error("usage sync: an event was set aside after %d tries: %s", tries, why)
            else:
                wait = delivery_rules.retry_delay_s(tries, self._rand)
                delivery.retry_later(db, row, now.wall + timedelta(seconds=wait), why,
                                     last_error=f"{stamp} {why}; tried again later")
        return first_missing or 0


def _single_reason(ack) -> str:
    """Why one event did not go, in a few words (the admin view shows it)."""
    if ack.verdict is Verdict.REFUSED:
        return ack.why
    return "the receiver did not count it"


def _stamp(now: Stamp) -> str:
    return now.wall.strftime("%Y-%m-%dT%H:%M:%SZ")


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
        self._answers = Answers(self, "sync")   # each pass's result, on the interface thread
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
        self._network = None

    @classmethod
    def from_config(cls, config, paths, parent: QObject | None = None) -> "SyncService | None":
        sync = config.sync
        if sync.target == "none":
            return None
        database: Path = paths.database

        def make_engine() -> SyncEngine:
            from kiosk.services.sync_targets import target_from_config
            from kiosk.storage.db import open_database
            return SyncEngine(lambda: open_database(database),
                              target_from_config(sync, config.site_id, config.terminal_id))
        return cls(make_engine, sync.interval_s, parent=parent)

    def start(self) -> None:
        self._thread.start()
        self._watch_network()

    def wake(self) -> None:
        """Try now (e.g. the network came back)."""
        self._wake.set()

    def stop(self, timeout_s: float = 1.0) -> None:
        """Ask the thread to end; waits at most `timeout_s` (a request in flight is abandoned)."""
        self._stop.set()
        self._answers.stop()
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
            if not self._answers.to_main(self._on_finished, result):
                break   # stopped, or the service was deleted at shutdown
        if engine is not None:
            engine.close()

    def _on_finished(self, result: RunResult) -> None:
        self.last = result
        self.finished.emit(result)
