"""Syncing to a real JSON-lines receiver process through everything a network can do."""

import signal
import time

from kiosk.services.sync_targets import JsonLinesTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.storage.db import open_database
from tests.receivers import Receiver
from tests.usage.sync_helpers import counts, fill, kiosk_cli, make_records, start_cli, write_config


def engine_for(db_path, url, batch=40):
    target = JsonLinesTarget(url, batch_size=batch, timeout_s=1.0, deadline_s=3.0)
    return SyncEngine(lambda: open_database(db_path), target)


def test_every_fault_then_every_event_exactly_once(tmp_path):
    db_path = tmp_path / "kiosk.db"
    records = make_records(300)
    fill(db_path, records)
    receiver = Receiver("jsonl", tmp_path / "store.jsonl")
    engine = engine_for(db_path, receiver.url)

    down = engine.run_once()                                   # nobody listens yet
    assert down.failed and "refused" in down.message and down.pending == 300
    receiver.start()
    try:
        for mode, words in [("status500", "HTTP 500"), ("hang", "timed out"), ("trickle", "too slowly"),
                            ("garbage", ""), ("close", ""), ("status404", "")]:
            receiver.misbehave(mode if mode != "status404" else "ok")
            if mode == "status404":
                break
            result = engine.run_once()
            assert result.failed, mode
            assert words in result.message, (mode, result.message)
            assert result.sent == 0 and result.pending == 300, mode
        # The next batch is refused as malformed: it is split, the pieces go, nothing is set aside.
        engine2 = engine_for(db_path, receiver.url)
        receiver.misbehave("status400")
        done = engine2.run_once()
        assert not done.failed, done.message
        assert done.split == 1 and done.quarantined == 0 and done.sent == 300 and done.pending == 0
        got = [e["uuid"] for e in receiver.events()]
    finally:
        receiver.stop()
    # Every event reached the receiver exactly once.
    assert sorted(got) == sorted(r["uuid"] for r in records)
    state = counts(db_path)
    assert state["pending"] == 0 and state["quarantined"] == 0 and state["sent"] == 300


def test_kill_between_sending_and_marking_gives_no_duplicate(tmp_path):
    db_path = tmp_path / "data" / "kiosk.db"
    db_path.parent.mkdir()
    records = make_records(120)
    fill(db_path, records)
    with Receiver("jsonl", tmp_path / "store.jsonl") as receiver:
        config = write_config(tmp_path / "site.toml",
                              f'target = "jsonl"\nurl = "{receiver.url}"\nbatch_size = 50\n')
        receiver.misbehave("hold")          # stores the batch, then does not answer
        child = start_cli("sync", "--once", "--config", str(config), "--data-dir", str(db_path.parent))
        deadline = time.monotonic() + 30
        while not receiver.events() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(receiver.events()) == 50
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)
        assert counts(db_path)["pending"] == 120      # the kiosk never learned: nothing marked
        again = kiosk_cli("sync", "--once", "--config", str(config), "--data-dir", str(db_path.parent))
        assert again.returncode == 0, again.stderr
        assert "sent 120 events in 3 batches" in again.stdout
        got = [e["uuid"] for e in receiver.events()]
    assert sorted(got) == sorted(r["uuid"] for r in records)     # every event exactly once
    assert counts(db_path)["pending"] == 0


def test_cli_exit_codes(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    fill(data / "kiosk.db", make_records(10))
    receiver = Receiver("jsonl", tmp_path / "store.jsonl")
    config = write_config(tmp_path / "site.toml", f'target = "jsonl"\nurl = "{receiver.url}"\n')
    failed = kiosk_cli("sync", "--once", "--config", str(config), "--data-dir", str(data))
    assert failed.returncode == 1
    assert "the target failed: connection refused; nothing was lost" in failed.stderr
    assert "10 events pending" in failed.stdout
    with receiver:
        ok = kiosk_cli("sync", "--once", "--config", str(config), "--data-dir", str(data))
        assert ok.returncode == 0, ok.stderr
        assert "sent 10 events in 1 batches to jsonl" in ok.stdout and "0 events pending" in ok.stdout
        assert len(receiver.events()) == 10
