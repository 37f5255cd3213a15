"""A wrong wall clock never loses a committed event nor dates it years off.

The wall clock is simulated (tests.helpers.fakes.ShiftedClock): the machine's
clock cannot be set here. The boot id and the monotonic clock are the real
ones; the outbox is a real SQLite file written by the real usage log on its
storage thread; the receivers are real processes on 127.0.0.1.
"""

import json
import logging
import re
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.usage.schema import Context
from kiosk.services.events import EventHub
from kiosk.services.storage_worker import StorageWorker
from kiosk.services.sync_targets import JsonLinesTarget, MatomoTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.services.usage_log import UsageLog
from kiosk.storage import outbox
from kiosk.storage.db import open_database
from tests.helpers.fakes import ShiftedClock
from tests.receivers import Receiver
from tests.usage.sync_helpers import counts, fill, make_records

CTX = Context.make("test-site", "t1", ["kela", "kanta"], [])
TWO_YEARS = timedelta(days=730)


def minute(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)


@pytest.fixture
def recorded_under_a_wrong_clock(tmp_path, qapp, qtbot, caplog):
    """100 events reported while the wall clock was two years behind, then NTP set it right
    and 10 more came; returns (database path, the true time the first 100 happened, the log)."""
    clock = ShiftedClock(-TWO_YEARS)
    worker = StorageWorker(tmp_path / "kiosk.db")
    hub = EventHub(clock=clock)
    usage = UsageLog(worker, CTX, clock=clock)
    hub.subscribe("usage-log", usage.on_event)
    done = [0]
    usage.committed.connect(lambda n: done.__setitem__(0, done[0] + n))
    true_time = datetime.now(UTC)
    caplog.set_level(logging.WARNING)
    for i in range(100):
        hub.report("tile.opened", tile="kela" if i % 2 else "kanta")
    qtbot.waitUntil(lambda: done[0] == 100, timeout=10_000)
    clock.wall_shift = timedelta(0)                     # NTP: the clock jumps two years forward
    for _ in range(10):
        hub.report("tile.opened", tile="kela")
    # The usage log's own record of dropped events would come with these; wait for all of them.
    qtbot.waitUntil(lambda: done[0] >= 110, timeout=10_000)
    qtbot.waitUntil(lambda: "re-dated" in caplog.text, timeout=10_000)
    worker.stop()
    return tmp_path / "kiosk.db", true_time, caplog.text


def test_events_from_before_the_jump_are_kept_and_dated_right(recorded_under_a_wrong_clock):
    db_path, true_time, log = recorded_under_a_wrong_clock
    assert "outbox full" not in log and "dropped" not in log
    # Two years, said to the hour: wall times are kept to the minute, so a loaded machine
    # may measure a step a minute short of it (729 days 23 h).
    said = re.search(r"the clock was set forward by (\d+) days (\d+) h: 100 unsent usage events re-dated", log)
    assert said, log
    assert abs(timedelta(days=int(said[1]), hours=int(said[2])) - TWO_YEARS) <= timedelta(hours=1)
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT type, at, at_recorded, dated FROM usage_outbox ORDER BY id").fetchall()
    conn.close()
    assert len(rows) == 110 and {r[0] for r in rows} == {"tile.opened"}      # kept, nothing dropped
    for _type, at, first, dated in rows[:100]:
        assert abs(minute(at) - true_time) < timedelta(minutes=5), at
        assert abs(minute(first) - (true_time - TWO_YEARS)) < timedelta(minutes=5) and dated == "corrected"
    # The 180-day bound, run again now the clock is right: it drops nothing of them.
    db = open_database(db_path)
    assert outbox.prune(db, now=datetime.now(UTC)) == outbox.Pruned()
    db.conn.close()


def test_jsonl_and_matomo_get_the_true_dates(recorded_under_a_wrong_clock, tmp_path):
    db_path, true_time, _log = recorded_under_a_wrong_clock
    copy = tmp_path / "copy.db"
    shutil.copy(db_path, copy)
    with Receiver("jsonl", tmp_path / "j.jsonl") as receiver:
        engine = SyncEngine(lambda: open_database(db_path), JsonLinesTarget(receiver.url), clock=ShiftedClock())
        assert engine.run_once().sent == 110
        got = receiver.events()
    assert len(got) == 110
    assert all(abs(minute(e["at"]) - true_time) < timedelta(minutes=5) for e in got)
    assert sum(e.get("clock") == "corrected" for e in got) == 100
    # Matomo with a token would file an event as old as `cdo` says: two years back, before.
    token = tmp_path / "token"
    token.write_text("abc\n")
    with Receiver("matomo", tmp_path / "m.jsonl") as receiver:
        target = MatomoTarget(receiver.url, 3, token_file=str(token))
        assert SyncEngine(lambda: open_database(copy), target, clock=ShiftedClock()).run_once().sent == 110
        ages = [int(e["cdo"]) for e in receiver.events()]
    assert len(ages) == 110 and max(ages) < 3600


def test_events_of_an_unknown_clock_are_kept_and_sent_with_an_estimate(tmp_path):
    """Rows with no monotonic stamp (an older kiosk, or a boot whose clock was never set
    right): 100 dated two years back, recorded after events of ten days ago."""
    db_path = tmp_path / "kiosk.db"
    now = datetime.now(UTC)
    before = make_records(20, now - timedelta(days=10))
    wrong = make_records(100, now - TWO_YEARS)
    after = make_records(20, now - timedelta(minutes=3))
    fill(db_path, before + wrong + after)
    db = open_database(db_path)
    outbox.prune(db, now=now)
    db.conn.close()
    assert counts(db_path)["pending"] == 140, "events recorded under a wrong clock were dropped as old"
    with Receiver("jsonl", tmp_path / "j.jsonl") as receiver:
        result = SyncEngine(lambda: open_database(db_path), JsonLinesTarget(receiver.url)).run_once()
        got = {e["uuid"]: e for e in receiver.events()}
    assert not result.failed and len(got) == 140
    # Dated by estimate: no earlier than the event recorded before them, and flagged so.
    for r in wrong:
        assert got[r["uuid"]]["at"] == before[-1]["at"] and got[r["uuid"]]["clock"] == "estimated"
    assert all("clock" not in got[r["uuid"]] for r in before + after)


def test_what_the_bounds_drop_is_logged_and_recorded_with_why(tmp_path, qapp, qtbot, caplog):
    # A year ahead, so that 200 days back is still after Digipiste existed.
    clock = ShiftedClock(timedelta(days=365))
    now = clock.now().wall
    fill(tmp_path / "kiosk.db", make_records(10, now - timedelta(days=200)) + make_records(30, now))
    worker = StorageWorker(tmp_path / "kiosk.db")
    usage = UsageLog(worker, CTX, clock=clock, max_events=25)
    done = [0]
    usage.committed.connect(lambda n: done.__setitem__(0, done[0] + n))
    caplog.set_level(logging.WARNING)
    usage.add(make_records(1, now)[0])          # the first write checks the bounds
    qtbot.waitUntil(lambda: done[0] == 3, timeout=10_000)      # it, and a record of each drop
    worker.stop()
    assert "usage outbox: 10 unsent events older than 180 days dropped" in caplog.text
    assert "usage outbox full (25 events): 6 unsent events dropped, oldest first" in caplog.text
    conn = sqlite3.connect(tmp_path / "kiosk.db")
    reasons = [json.loads(b)["fields"] for (b,) in conn.execute(
        "SELECT body FROM usage_outbox WHERE type = 'usage.dropped' ORDER BY id")]
    conn.close()
    assert reasons == [{"count": 10, "reason": "too_old"}, {"count": 6, "reason": "full"}]
