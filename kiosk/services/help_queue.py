"""The help queue on this terminal: residents ask, peer helpers call and close.

Keeps the queue in memory for the screens (the resident's status in the bar,
the helper view) and writes every change through the storage worker, so the
interface never waits for a disk and a storage fault never loses the queue in
front of the people waiting. The rules are the pure kiosk.core.help.queue and
kiosk.core.help.schedule; this service adds time, storage and signals.
Every change is reported on the event hub, without names.

Storage that fails is tried again, so that what must reach the disk does:
the queue is read when storage comes back (and the midnight clean-up runs
then too), a request whose save failed is saved again, and first names whose
purge failed (or whose WAL could not be emptied) are purged again until it
works. Each retry waits `retry_s`, or for the storage worker to say it works.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import HelpStatus, Schedule, help_status

log = logging.getLogger("kiosk.help")


def _now() -> datetime:
    return datetime.now(UTC)


class HelpQueue(QObject):
    """`changed` after every change; `my_turn` when this terminal's resident is called."""

    changed = Signal()
    my_turn = Signal()
    request_changed = Signal(object)     # hq.Request: asked or moved on here (the point publishes it)

    def __init__(self, schedule: Schedule, storage, hub=None, *, default_handling_min: float = 20.0,
                 clock: Callable[[], datetime] = _now, retry_s: float = 30.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self._storage = storage
        self._hub = hub
        self._default_min = default_handling_min
        self._clock = clock
        self._requests: dict[str, hq.Request] = {}
        self._recent_done: list[hq.Request] = []
        self._mine: str | None = None
        self.on_duty: list[str] = []
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.daily_cleanup)
        # What storage still owes: the first read, saves and name purges that failed.
        self._loaded = False
        self._loading = False
        self._unsaved: set[str] = set()
        self._purge_pending: set[str] = set()
        self._failing = ""          # what the log was last told failed (logged once until it works)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(int(retry_s * 1000))
        self._retry.timeout.connect(self.retry_storage)
        state_changed = getattr(storage, "state_changed", None)
        if state_changed is not None:
            # A bound slot, not a lambda: Qt drops the connection with this object.
            state_changed.connect(self._storage_state)

    def _storage_state(self, state: str, _reason: str) -> None:
        if state == "ok":
            self.retry_storage()

    # -- start-up ---------------------------------------------------------------------

    def load(self) -> None:
        """Read the queue from storage (off the interface thread), then clean up."""
        if self._loading:
            return
        self._loading = True
        today = self.today()

        def job(db):
            from kiosk.storage.help_requests import HelpRequests  # on the worker: sqlite-utils is slow to import
            repo = HelpRequests(db)
            return repo.open_and_recent(today), repo.recent_done()

        self._storage.submit(job, self._on_loaded, self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self._failed("help queue not loaded yet", exc)
        # Names given today still go at midnight (in memory now, on disk once storage is back).
        if not self._midnight.isActive():
            self._arm_midnight()

    def _on_loaded(self, result) -> None:
        self._loading, self._loaded = False, True
        self._worked()
        requests, done = result
        for r in requests:
            self._requests.setdefault(r.id, r)
        self._recent_done = list(done)
        self.daily_cleanup()

    # -- time ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock()

    @property
    def loaded(self) -> bool:
        """Its requests were read from disk (before that, `request` knows none of them)."""
        return self._loaded

    def today(self) -> date:
        return self.schedule.today(self.now())

    def status(self) -> HelpStatus:
        return help_status(self.schedule, self.now(), self.on_duty)

    def daily_cleanup(self) -> None:
        """Close yesterday's open requests as left and remove every name that must go."""
        today = self.today()
        for r in hq.stale_open(self._requests.values(), today):
            self._change(r.id, hq.LEFT)
        self._purge(hq.names_to_purge(self._requests.values(), today))
        # Forget days gone by (they stay on disk for the figures).
        for rid in [r.id for r in self._requests.values() if r.day < today and not r.is_open]:
            del self._requests[rid]
        self._arm_midnight()
        self.changed.emit()

    def stop(self) -> None:
        """No more midnight clean-up or retries from this object (the kiosk is shutting down)."""
        self._midnight.stop()
        self._retry.stop()

    @property
    def owed(self) -> bool:
        """Storage still owes something: the first read, a save or a name purge."""
        return not self._loaded or bool(self._unsaved or self._purge_pending)

    def retry_storage(self) -> None:
        """Try again what storage owes (storage works again, or the retry timer)."""
        if not self._loaded:
            self.load()
        for rid in sorted(self._unsaved):
            request = self._requests.get(rid)
            if request is None:
                self._unsaved.discard(rid)
            else:
                self._save(request)
        self._submit_purge()

    def _failed(self, what: str, exc: Exception) -> None:
        # Once per fault, not at every retry (the storage worker logs the fault itself).
        if self._failing != what:
            log.error("%s, tried again later: %s", what, exc)
            self._failing = what
        if not self._retry.isActive():
            self._retry.start()

    def _worked(self) -> None:
        if self._failing and not (self._unsaved or self._purge_pending) and self._loaded:
            log.info("help queue storage caught up")
            self._failing = ""

    def _arm_midnight(self) -> None:
        local = self.now().astimezone(self.schedule.zone)
        tomorrow = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), self.schedule.zone)
        seconds = (tomorrow - local).total_seconds() + 1
        self._midnight.start(int(min(seconds, 86_400) * 1000))

    # -- the resident -------------------------------------------------------------------

    def request(self, request_id: str) -> hq.Request | None:
        """The request as this terminal knows it now (None once forgotten after its day)."""
        return self._requests.get(request_id)

    @property
    def my_request(self) -> hq.Request | None:
        r = self._requests.get(self._mine) if self._mine else None
        return r if r is not None and r.is_open else None

    def ask(self, topic: str, first_name: str = "", guide: str = "", step: int = 0,
            service: str = "") -> hq.Request:
        """This terminal's resident asks for help."""
        import uuid   # here, not at the top: start-up time (uuid imports platform; home shows no request)

        now = self.now()
        today = self.today()
        r = hq.Request(id=str(uuid.uuid4()), number=hq.next_number(self._requests.values(), today),
                       day=today, topic=topic, created_at=now, state_at=now,
                       first_name=first_name.strip()[:40], guide=guide, step=step, service=service)
        self._requests[r.id] = r
        self._mine = r.id
        self._save(r)
        self._report("help.requested", topic=topic)
        self.request_changed.emit(r)
        self.changed.emit()
        return r

    def cancel_mine(self, left: bool = False) -> None:
        """The resident cancels (or, `left`, the session ended while waiting)."""
        r = self.my_request
        self._mine = None
        if r is not None:
            self._change(r.id, hq.LEFT if left else hq.CANCELLED)
            self.changed.emit()

    def place(self, request_id: str) -> int | None:
        return hq.place_in_line(list(self._requests.values()), request_id)

    def estimate(self, request_id: str) -> hq.Estimate | None:
        place = self.place(request_id)
        if place is None:
            return hq.Estimate(0, 0)
        busy = sum(1 for r in self._requests.values() if r.state in (hq.CALLED, hq.IN_PROGRESS))
        handling = hq.handling_minutes(self._recent_done, self._default_min)
        return hq.estimate(place, len(self.on_duty), busy, handling)

    # -- the helpers --------------------------------------------------------------------

    def requests(self) -> list[hq.Request]:
        """Every request held (today's and any still open), in no order."""
        return list(self._requests.values())

    def apply(self, request_id: str, state: str, outcome: str = "") -> None:
        """A helper on another terminal of the point moved this terminal's request on: store it here too.

        The point's states are coarser (closed is one state), so the missing steps are taken
        here: a done request never called was being served; one that cannot end so ends as left.
        """
        r = self._requests.get(request_id)
        if r is None or not r.is_open:
            return
        if state == hq.DONE and r.state == hq.WAITING:
            self._change(request_id, hq.IN_PROGRESS)
        elif state in (hq.CANCELLED, hq.NOT_HERE) and r.state == hq.IN_PROGRESS:
            state = hq.LEFT
        if state == hq.DONE:
            self.close(request_id, outcome if outcome in hq.OUTCOMES else "not_solved")
        elif state == hq.CALLED:
            self.call(request_id)
        else:
            self._change(request_id, state)
            self.changed.emit()

    def queue(self) -> list[hq.Request]:
        """Open requests in serving order."""
        return hq.in_order(self._requests.values())

    def set_on_duty(self, who: str, on: bool) -> None:
        if on and who not in self.on_duty:
            self.on_duty.append(who)
        elif not on and who in self.on_duty:
            self.on_duty.remove(who)
        self._report("help.duty", on=on)
        self.changed.emit()

    def call_next(self) -> hq.Request | None:
        waiting = [r for r in self.queue() if r.state == hq.WAITING]
        if not waiting:
            return None
        return self.call(waiting[0].id)

    def call(self, request_id: str) -> hq.Request:
        r = self._change(request_id, hq.CALLED)
        if request_id == self._mine:
            self.my_turn.emit()
        self.changed.emit()
        return r

    def start(self, request_id: str) -> hq.Request:
        r = self._change(request_id, hq.IN_PROGRESS)
        self.changed.emit()
        return r

    def close(self, request_id: str, outcome: str, topic: str = "") -> hq.Request:
        r = self._change(request_id, hq.DONE, outcome=outcome, topic=topic)
        self._recent_done = (self._recent_done + [r])[-10:]
        self.changed.emit()
        return r

    def not_here(self, request_id: str) -> hq.Request:
        r = self._change(request_id, hq.NOT_HERE)
        self.changed.emit()
        return r

    def figures_today(self) -> dict:
        """Helped today, median wait and median handling time in minutes."""
        today = self.today()
        done = [r for r in self._requests.values() if r.day == today and r.state == hq.DONE]
        waits = [(r.called_at - r.created_at).total_seconds() / 60 for r in done if r.called_at]
        handling = [(r.closed_at - r.started_at).total_seconds() / 60 for r in done
                    if r.closed_at and r.started_at]
        return {"helped": len(done),
                "median_wait_min": round(_median(waits)) if waits else None,
                "median_handling_min": round(_median(handling)) if handling else None}

    # -- internals ----------------------------------------------------------------------

    def _change(self, request_id: str, state: str, **kw) -> hq.Request:
        old = self._requests.get(request_id)
        if old is None:   # e.g. cleared at midnight while a helper's view still showed it
            raise hq.IllegalTransition("the request is no longer in today's queue")
        new = hq.transition(old, state, self.now(), **kw)
        self._requests[request_id] = new
        self._save(new)
        if old.first_name and not new.first_name:
            self._purge([new.id])
        self.request_changed.emit(new)
        wait = int((new.called_at - new.created_at).total_seconds()) if new.called_at else None
        if state == hq.CALLED:
            self._report("help.called", topic=new.topic, wait_s=wait)
        elif state in hq.CLOSED_STATES:
            handling = (int((new.closed_at - new.started_at).total_seconds())
                        if new.started_at and new.closed_at else None)
            self._report("help.closed", topic=new.topic, outcome=new.outcome if state == hq.DONE else state,
                         wait_s=wait, handling_s=handling)
        return new

    def _save(self, request: hq.Request) -> None:
        def job(db):
            from kiosk.storage.help_requests import HelpRequests
            HelpRequests(db).save(request)

        def saved(_result) -> None:
            self._unsaved.discard(request.id)
            self._worked()

        def failed(exc: Exception) -> None:
            self._unsaved.add(request.id)   # the newest state is saved on the retry
            self._failed("help request not saved yet", exc)

        self._storage.submit(job, saved, failed)

    def _purge(self, ids: list[str]) -> None:
        if not ids:
            return
        for rid in ids:
            r = self._requests.get(rid)
            if r is not None and r.first_name:
                self._requests[rid] = replace(r, first_name="")
        self._purge_pending.update(ids)
        self._submit_purge(ids)

    def _submit_purge(self, ids: list[str] | None = None) -> None:
        """Purge these names (or every name still owed); a failure keeps them owed for the retry."""
        ids = sorted(self._purge_pending if ids is None else ids)
        if not ids:
            return

        def job(db):
            from kiosk.storage.help_requests import HelpRequests
            HelpRequests(db).purge_names(ids)

        def purged(_result) -> None:
            self._purge_pending.difference_update(ids)
            self._worked()

        def failed(exc: Exception) -> None:
            self._failed("first names not purged yet", exc)

        self._storage.submit(job, purged, failed)

    def _report(self, kind: str, **fields) -> None:
        if self._hub is not None:
            self._hub.report(kind, **fields)


def _median(values):
    import statistics  # here: its import (decimal, fractions) is start-up time, figures are asked rarely
    return statistics.median(values)
