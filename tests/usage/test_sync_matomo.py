"""Syncing to a real Matomo-bulk-speaking receiver process."""

from collections import Counter
from datetime import UTC, datetime, timedelta

from kiosk.core.usage.sync_rules import visitor_id
from kiosk.services.sync_targets import MatomoTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.storage.db import open_database
from tests.receivers import Receiver
from tests.usage.sync_helpers import counts, fill, kiosk_cli, make_records, write_config


def engine_for(db_path, url, batch=25, token_file=""):
    target = MatomoTarget(url, 3, token_file=token_file, batch_size=batch, timeout_s=1.0, deadline_s=3.0)
    return SyncEngine(lambda: open_database(db_path), target)


def test_matomo_at_least_once_and_replies_checked(tmp_path):
    db_path = tmp_path / "kiosk.db"
    records = make_records(100)
    fill(db_path, records)
    by_visitor = {visitor_id(r["session"], r["site"]): r for r in records}
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        engine = engine_for(db_path, receiver.url)
        for mode in ("status500", "badjson", "mismatch", "hang"):
            receiver.misbehave(mode)
            result = engine.run_once()
            assert result.failed and result.sent == 0, (mode, result)
        assert "do not add up" not in result.message       # last was the timeout
        receiver.misbehave("mismatch")
        assert "counts more than was sent" in engine.run_once().message
        receiver.misbehave("invalid1")
        receiver.misbehave("status400")
        done = engine.run_once()
        assert not done.failed, done.message
        # The refused batch was split and its pieces went; nothing set aside.
        assert done.rejected == 1 and done.quarantined == 0 and done.split == 1
        assert done.sent == 100 and done.pending == 0
        stored = receiver.events()
    seen = Counter(e["_id"] for e in stored)
    state = counts(db_path)
    assert state["pending"] == 0 and state["quarantined"] == 0 and state["status"]["rejected"] == "1"
    # At least once: every event is there but perhaps the one Matomo called invalid (reported as rejected).
    missing = set(by_visitor) - set(seen)
    assert len(missing) <= 1     # earlier "mismatch" replies had stored that batch already
    for e in stored:
        assert e["idsite"] == "3" and e["e_c"] == "tile" and e["e_n"] == "kela"
        assert "uid" not in e and "cip" not in e and "token_auth" not in e
        assert 0 <= int(e["cdo"]) < 3600


def test_events_older_than_a_day_are_kept_not_sent_without_token(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    old = make_records(5, datetime.now(UTC) - timedelta(hours=30))
    new = make_records(3)
    fill(data / "kiosk.db", old + new)
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        config = write_config(tmp_path / "site.toml",
                              f'target = "matomo"\nurl = "{receiver.url}"\nsite_id = 3\n')
        run = kiosk_cli("sync", "--once", "--config", str(config), "--data-dir", str(data))
        assert run.returncode == 0, run.stderr
        assert "sent 3 events" in run.stdout and "5 events were older than 24 h" in run.stdout
        assert len(receiver.events()) == 3
    state = counts(data / "kiosk.db")
    assert state["expired"] == 5 and state["pending"] == 0 and state["status"]["expired"] == "5"
    # Another target still gets them (e.g. the directory export).
    share = tmp_path / "share"
    share.mkdir()
    config = write_config(tmp_path / "dir.toml", f'target = "directory"\ndirectory = "{share}"\n')
    run = kiosk_cli("sync", "--once", "--config", str(config), "--data-dir", str(data))
    assert run.returncode == 0 and "sent 5 events" in run.stdout


def test_with_a_token_old_events_are_sent(tmp_path):
    db_path = tmp_path / "kiosk.db"
    fill(db_path, make_records(4, datetime.now(UTC) - timedelta(hours=30)))
    token = tmp_path / "token"
    token.write_text("abc123\n")
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        result = engine_for(db_path, receiver.url, token_file=str(token)).run_once()
        assert result.sent == 4 and result.expired == 0
        assert all(int(e["cdo"]) >= 30 * 3600 - 60 for e in receiver.events())


def test_kill_between_sending_and_marking_sends_again(tmp_path):
    import signal
    import time

    from tests.usage.sync_helpers import start_cli

    data = tmp_path / "data"
    data.mkdir()
    records = make_records(30)
    fill(data / "kiosk.db", records)
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        config = write_config(tmp_path / "site.toml",
                              f'target = "matomo"\nurl = "{receiver.url}"\nsite_id = 3\nbatch_size = 10\n')
        receiver.misbehave("hold")
        child = start_cli("sync", "--once", "--config", str(config), "--data-dir", str(data))
        deadline = time.monotonic() + 30
        while not receiver.events() and time.monotonic() < deadline:
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)
        assert counts(data / "kiosk.db")["pending"] == 30
        again = kiosk_cli("sync", "--once", "--config", str(config), "--data-dir", str(data))
        assert again.returncode == 0, again.stderr
        seen = Counter(e["_id"] for e in receiver.events())
    # At least once, none lost: the first batch twice (Matomo cannot deduplicate), the rest once.
    assert set(seen) == {visitor_id(r["session"], r["site"]) for r in records}
    assert sorted(seen.values()) == [1] * 20 + [2] * 10
    assert counts(data / "kiosk.db")["pending"] == 0
