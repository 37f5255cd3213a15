"""The help queue service with a real SQLite file and the real storage worker."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import Schedule, WeeklyShift
from kiosk.services.events import EventHub
from kiosk.services.help_queue import HelpQueue
from kiosk.services.storage_worker import StorageWorker


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def setup(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    worker = StorageWorker(db_path)
    hub = EventHub()
    seen = []
    hub.subscribe("test", seen.append)
    clock = Clock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))     # Tuesday 10:00 in Helsinki
    sched = Schedule.build("Europe/Helsinki", [WeeklyShift("tue", time(10), time(12), "eSeniorit")])
    queue = HelpQueue(sched, worker, hub, clock=clock)
    yield queue, worker, clock, seen, db_path
    worker.stop()


def raw_bytes(db_path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-journal"):
        p = db_path.with_name(db_path.name + suffix)
        if p.exists():
            out += p.read_bytes()
    return out


def flush(worker: StorageWorker) -> None:
    worker.call(lambda db: None)


def test_resident_and_helper_loop_with_events_and_no_names_left(qtbot, setup):
    queue, worker, clock, seen, db_path = setup
    queue.set_on_duty("Aino", True)
    mine = queue.ask("kela", first_name="Hilkka-Maaria", guide="kela-benefit", step=3, service="kela")
    assert queue.place(mine.id) == 1 and queue.estimate(mine.id).now
    flush(worker)
    assert b"Hilkka-Maaria" in raw_bytes(db_path)               # kept while waiting, as allowed
    with qtbot.waitSignal(queue.my_turn, timeout=1000):
        queue.call_next()
    clock.at += timedelta(minutes=1)
    queue.start(mine.id)
    clock.at += timedelta(minutes=25)
    queue.close(mine.id, "solved")
    flush(worker)
    assert b"Hilkka-Maaria" not in raw_bytes(db_path)
    assert queue.figures_today() == {"helped": 1, "median_wait_min": 0, "median_handling_min": 25}
    kinds = [e.kind for e in seen]
    assert kinds == ["help.duty", "help.requested", "help.called", "help.closed"]
    assert all("Hilkka" not in str(dict(e.fields)) for e in seen)


def test_queue_survives_a_restart_in_order_and_midnight_purges(qtbot, setup, tmp_path):
    queue, worker, clock, seen, db_path = setup
    a = queue.ask("kela", first_name="Eino")
    clock.at += timedelta(minutes=1)
    b = queue.ask("omakanta", first_name="Liisa")
    flush(worker)
    worker.stop()
    worker2 = StorageWorker(db_path)
    try:
        again = HelpQueue(queue.schedule, worker2, clock=clock)
        with qtbot.waitSignal(again.changed, timeout=3000):
            again.load()
        assert [r.id for r in again.queue()] == [a.id, b.id]
        assert [r.number for r in again.queue()] == [1, 2]
        # The kiosk was off over midnight: the next start leaves them and purges the names.
        clock.at += timedelta(days=1)
        third = HelpQueue(queue.schedule, worker2, clock=clock)
        with qtbot.waitSignal(third.changed, timeout=3000):
            third.load()
        flush(worker2)
        assert third.queue() == []
        assert b"Eino" not in raw_bytes(db_path) and b"Liisa" not in raw_bytes(db_path)
        assert third.ask("kela").number == 1                  # numbers restart each day
    finally:
        worker2.stop()


def test_nobody_on_duty_gives_no_number(setup):
    queue, *_ = setup
    r = queue.ask("other")
    assert queue.estimate(r.id) is None
    queue.cancel_mine()
    assert queue.my_request is None and queue.request(r.id).state == hq.CANCELLED
