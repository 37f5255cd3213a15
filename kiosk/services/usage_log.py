"""The anonymous usage log: hub events -> privacy filter -> outbox, and the sync worker.

`install_usage_log(hub, session, storage_worker, config, paths)` is the one
line the composition root calls. From then on every event on the hub goes
through the privacy filter (kiosk.core.usage.schema) on the interface thread
(a few microseconds) and is queued in memory; one storage-worker job at a time
drains the queue into the outbox in a single transaction, so a burst costs one
fsync and the interface never waits for the disk. If storage is unavailable the
records stay queued (bounded) and go in when it works again.

Each record is stored with the boot and monotonic time of its event beside
the wall-clock minute (kiosk.core.usage.event_time). Every write also notes the
clock of the moment; when the clock was set since the last write (NTP after a
flat RTC battery, an admin), the boot's unsent events are re-dated at once by
their monotonic stamps, so neither the age bound nor a receiver ever sees them
years off.

`committed(n)` says when records are on disk (tests and the durability check
rely on it); `status_changed` carries what the admin view shows.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.usage.event_time import SystemClock
from kiosk.core.usage.events import Event
from kiosk.core.config.schema import key_at
from kiosk.core.usage.schema import Context, build_record, Refused

log = logging.getLogger("kiosk.usage")

MAX_QUEUED = 50_000         # in memory while storage is unavailable
PRUNE_EVERY = 2_000         # appends between two checks of the outbox bound
# Rows per transaction: a backlog from an outage goes in by steps, so a disk
# with a little room again is not filled (and failed) by one huge transaction.
DRAIN_BATCH = 1_000


class UsageLog(QObject):
    """Filters hub events into the outbox through the storage worker."""

    committed = Signal(int)          # records now on disk
    refused_count_changed = Signal(int)

    def __init__(self, storage_worker, ctx: Context, session=None, *, max_events: int | None = None,
                 max_age_days: int | None = None, clock=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from kiosk.storage import outbox
        self._outbox = outbox
        # The hub stamps events with the same clock; tests pass one whose wall clock is wrong.
        self._clock = clock or SystemClock()
        self._boot = self._clock.now().boot
        self._worker = storage_worker
        self._ctx = ctx
        self._session = session
        self._max_events = max_events or outbox.DEFAULT_MAX_EVENTS
        self._max_age_days = max_age_days or outbox.DEFAULT_MAX_AGE_DAYS
        self._queue: collections.deque[tuple] = collections.deque()   # outbox rows
        self._lock = threading.Lock()
        self._flushing = False
        self._since_prune = PRUNE_EVERY   # check the bound once soon after start
        self._last_sid = ""
        self.refused = 0                  # events the filter refused (counted, never stored)
        self.time_zone = key_at("site.time_zone").default   # until the site's own is set (install_usage_log)
        self.lost_in_memory = 0
        self._kept_in_memory = False   # said once per outage, not at every retry
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(5_000)
        self._retry.timeout.connect(self._flush)

    # -- interface thread ---------------------------------------------------------

    def on_event(self, event: Event) -> None:
        """Hub subscriber: filter and queue; never raises, never touches the disk."""
        # A guide closed after its last step was completed, not abandoned: the
        # hub says what happened (closed), the log records what it means.
        guide = event.fields.get("guide") if event.kind in ("guide.completed", "guide.closed") else None
        if event.kind in ("guide.opened", "session.ended"):
            self._completed = None
        elif event.kind == "guide.completed":
            self._completed = guide
        elif event.kind == "guide.closed" and guide is not None and guide == getattr(self, "_completed", None):
            self._completed = None
            return
        sid = self._session_id()
        try:
            record = build_record(event.kind, dict(event.fields), event.at, self._ctx, sid)
        except Refused as exc:
            if event.kind != "host.refused":
                self.refused += 1
                # The reason names the field, never the value.
                log.debug("usage log refused an event: %s", exc)
            return
        finally:
            if event.kind == "session.ended":
                self._last_sid = ""
        self.add(record, event.mono)

    def add(self, record: dict, mono: float | None = None) -> None:
        """Queue a record; `mono` is the monotonic time of its event in this boot (None: unknown)."""
        # Serialised here (microseconds), so the storage thread hardly needs the
        # GIL: a long hold there would delay this thread by up to the switch interval.
        row = self._outbox.row_of(record, self._boot if mono is not None else None, mono)
        with self._lock:
            if len(self._queue) >= MAX_QUEUED:
                self._queue.popleft()
                self.lost_in_memory += 1
            self._queue.append(row)
        self._flush()

    def add_records(self, records: Iterable[dict]) -> None:
        for record in records:
            self.add(record)

    @property
    def queued(self) -> int:
        return len(self._queue)

    @property
    def writing(self) -> bool:
        """A write of the queued records is on its way (its answer has not come back yet)."""
        return self._flushing

    def _session_id(self) -> str:
        # session.ended is reported after the service forgot its id: keep the last one.
        sid = getattr(self._session, "session_id", "") if self._session is not None else ""
        if sid:
            self._last_sid = sid
        return sid or self._last_sid

    def _flush(self) -> None:
        if self._flushing or not self._queue:
            return
        self._flushing = True
        self._worker.submit(self._drain, self._drained, self._drain_failed)

    def _drained(self, result: tuple) -> None:
        written, pruned, step, moved = result
        self._flushing = False
        if self._kept_in_memory:
            self._kept_in_memory = False
            log.info("usage events are written to storage again (%d still queued)", len(self._queue))
        if step:
            log.warning("the clock was set %s by %s: %d unsent usage events re-dated by the clock they "
                        "were recorded with", "forward" if step > 0 else "back",
                        _duration(abs(step)), moved)
        if pruned.too_old:
            log.warning("usage outbox: %d unsent events older than %d days dropped (their dates checked "
                        "against the clock they were recorded with)", pruned.too_old, self._max_age_days)
            self._report_dropped(pruned.too_old, "too_old")
        if pruned.full:
            log.warning("usage outbox full (%d events): %d unsent events dropped, oldest first",
                        self._max_events, pruned.full)
            self._report_dropped(pruned.full, "full")
        if written:
            self.committed.emit(written)
        if self._queue:
            self._flush()

    def _drain_failed(self, error: Exception) -> None:
        self._flushing = False
        if not self._kept_in_memory:
            self._kept_in_memory = True
            log.warning("usage events kept in memory until storage works again (%d queued): %s",
                        len(self._queue), type(error).__name__)
        self._retry.start()

    def _report_dropped(self, count: int, reason: str) -> None:
        now = self._clock.now()
        try:
            self.add(build_record("usage.dropped", {"count": min(count, 10_000_000), "reason": reason},
                                  now.wall, self._ctx, ""), now.mono)
        except Refused:
            pass

    def fetch_status(self, done, failed=None, days: int = 30) -> None:
        """For the admin view: outbox counts, sync status, sessions per day; `done(dict)` later."""
        time_zone = self.time_zone

        def job(db):
            from kiosk.storage.delivery import totals
            from kiosk.storage.usage_stats import sessions_last_days
            return {"counts": self._outbox.counts(db), "status": self._outbox.get_status(db),
                    "per_day": sessions_last_days(db, days, time_zone), "queued": len(self._queue),
                    "refused": self.refused, "delivery": totals(db)}
        self._worker.submit(job, done, failed)

    def close(self, timeout_s: float = 3.0) -> None:
        """At shutdown: stop syncing (never waits long) and write what is still queued."""
        sync = getattr(self, "sync", None)
        if sync is not None:
            sync.stop(1.0)
        self._retry.stop()
        deadline = time.monotonic() + timeout_s
        while self._queue:   # by DRAIN_BATCH rows
            if time.monotonic() > deadline:
                log.warning("%d usage events could not be written at shutdown: no time left", len(self._queue))
                return
            try:
                self._worker.call(self._drain, timeout=max(0.1, deadline - time.monotonic()))
            except Exception as exc:
                log.warning("%d usage events could not be written at shutdown: %s", len(self._queue), exc)
                return

    # -- storage worker thread ----------------------------------------------------

    def _drain(self, db: Any) -> tuple:
        with self._lock:
            batch = [self._queue.popleft() for _ in range(min(len(self._queue), DRAIN_BATCH))]
        now = self._clock.now()
        try:
            written, step = self._outbox.append_stamped(db, batch, now)
        except Exception:
            with self._lock:   # back to the front, in order: nothing reported is lost
                self._queue.extendleft(reversed(batch))
            raise
        moved = 0
        if step:
            from kiosk.storage.event_times import redate
            moved = redate(db, now)
        pruned = self._outbox.Pruned()
        self._since_prune += written
        if self._since_prune >= PRUNE_EVERY or step:
            self._since_prune = 0
            pruned = self._outbox.prune(db, self._max_events, self._max_age_days, now)
        return written, pruned, step, moved


def _duration(seconds: float) -> str:
    days, rest = divmod(int(seconds), 86400)
    return f"{days} days {rest // 3600} h" if days else f"{rest // 3600} h {rest % 3600 // 60} min"


def _known_guides(usage: "UsageLog", guide_ids: Iterable[str]) -> None:
    """The guides became known (they load just after the first frame)."""
    from dataclasses import replace

    usage._ctx = replace(usage._ctx, guide_ids=frozenset(guide_ids))


def context_from_config(config, guide_ids: Iterable[str] = ()) -> Context:
    return Context.make(config.site_id, config.terminal_id, [t.id for t in config.tiles], guide_ids,
                        config.languages)


def install_usage_log(hub, session, storage_worker, config, paths, guide_ids: Iterable[str] = (),
                      start_sync: bool = True):
    """Wire the usage log (and its sync worker) into a running kiosk; returns the UsageLog.

    `usage.sync` is the SyncService (or None when [sync] target is none).
    """
    usage = UsageLog(storage_worker, context_from_config(config, guide_ids), session, parent=hub)
    usage.known_guides = lambda ids: _known_guides(usage, ids)
    usage.time_zone = config.time_zone
    hub.subscribe("usage-log", usage.on_event)
    usage.sync = None
    if start_sync:
        from kiosk.services.sync_worker import SyncService
        usage.sync = SyncService.from_config(config, paths, parent=usage)
        if usage.sync is not None:
            usage.sync.start()
    return usage


def health_fields(totals: dict[str, int], error: str = "") -> dict:
    """The health files' usage figures (kiosk.core.health.Health) from `delivery.totals`."""
    return {"pending_sync": totals.get("pending", 0), "last_sync_error": error,
            "sync_rejected": totals.get("rejected", 0), "sync_set_aside": totals.get("set_aside", 0),
            "sync_resent": totals.get("resent", 0), "events_redated": totals.get("corrected", 0),
            "events_estimated": totals.get("estimated", 0)}


def watch_health(usage: "UsageLog | None", health) -> None:
    """Keep the health files' usage figures current: now, and after every sync pass."""
    if usage is None or health is None:
        return
    usage.fetch_status(lambda status: health.update(**health_fields(status["delivery"])), lambda _error: None)
    def after_pass(result) -> None:
        error = result.message if result.failed else ""
        # Without totals the pass could not read the outbox: only the error is news.
        health.update(**(health_fields(result.totals, error) if result.totals else {"last_sync_error": error}))
    if usage.sync is not None:
        usage.sync.finished.connect(after_pass)
