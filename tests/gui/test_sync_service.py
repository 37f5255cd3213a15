"""The background sync service: sends on its own, backs off, never holds up shutdown."""

import threading

from kiosk.services.sync_targets import JsonLinesTarget
from kiosk.services.sync_worker import SyncEngine, SyncService
from kiosk.storage.db import open_database
from tests.receivers import Receiver
from tests.usage.sync_helpers import counts, fill, make_records


def _service(db_path, url, interval=1.0, timeout_s=30.0):
    def make_engine():
        return SyncEngine(lambda: open_database(db_path),
                          JsonLinesTarget(url, batch_size=100, timeout_s=timeout_s, deadline_s=2 * timeout_s))
    return SyncService(make_engine, interval, first_delay_s=0.0)


def test_sends_in_the_background_and_reports(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    fill(db_path, make_records(250))
    with Receiver("jsonl", tmp_path / "store.jsonl") as receiver:
        service = _service(db_path, receiver.url)
        with qtbot.waitSignal(service.finished, timeout=10_000) as blocker:
            service.start()
        result = blocker.args[0]
        assert result.sent == 250 and result.batches == 3 and not result.failed
        assert len(receiver.events()) == 250
        service.stop()
    assert counts(db_path)["pending"] == 0


def test_failure_backs_off_and_wake_retries(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    fill(db_path, make_records(10))
    receiver = Receiver("jsonl", tmp_path / "store.jsonl")
    service = _service(db_path, receiver.url, interval=3600)
    with qtbot.waitSignal(service.finished, timeout=10_000) as blocker:
        service.start()
    assert blocker.args[0].failed and service.failures == 1
    with receiver:
        with qtbot.waitSignal(service.finished, timeout=10_000) as blocker:
            service.wake()                    # e.g. the network came back
        assert blocker.args[0].sent == 10 and service.failures == 0
        service.stop()


def test_stop_does_not_wait_for_a_hanging_receiver(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    fill(db_path, make_records(10))
    with Receiver("jsonl", tmp_path / "store.jsonl") as receiver:
        receiver.misbehave("hang")
        # The request would wait ten minutes for the receiver: a stop() that waited
        # for it would still be running long after its own bound of 1 s.
        service = _service(db_path, receiver.url, timeout_s=600.0)
        service.start()
        qtbot.waitUntil(lambda: receiver.requests() >= 1, timeout=10_000)
        stopper = threading.Thread(target=service.stop, kwargs={"timeout_s": 1.0}, daemon=True)
        stopper.start()
        stopper.join(60)
        assert not stopper.is_alive(), "stop() waited for the hanging receiver"
    assert counts(db_path)["pending"] == 10       # nothing marked without a confirmation
