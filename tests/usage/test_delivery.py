"""Delivery that never sticks, against real receiver processes on 127.0.0.1.

A Matomo that skips part of every batch (its lock-wait behaviour), an event
a receiver never takes (poison), a JSON-lines receiver that answers with a
short count. Figures (committed / arrived / duplicated) are printed for the
record (`pytest -s`) and bounded by what docs/sync.md promises.
"""

import json
import math
import sqlite3
from collections import Counter

from kiosk.core.usage.delivery_rules import MAX_ATTEMPTS
from kiosk.core.usage.sync_rules import visitor_id
from kiosk.services.sync_targets import JsonLinesTarget, MatomoTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.storage.db import open_database
from tests.helpers.fakes import ShiftedClock
from tests.receivers import Receiver
from tests.usage.sync_helpers import counts, fill, kiosk_cli, make_records, write_config

HOUR = 3600.0


def matomo_engine(db_path, url, batch=200, clock=None):
    target = MatomoTarget(url, 3, batch_size=batch, timeout_s=5.0, deadline_s=30.0)
    return SyncEngine(lambda: open_database(db_path), target, **({"clock": clock} if clock else {}))


def jsonl_engine(db_path, url, batch=100, clock=None):
    target = JsonLinesTarget(url, batch_size=batch, timeout_s=5.0, deadline_s=30.0)
    return SyncEngine(lambda: open_database(db_path), target, **({"clock": clock} if clock else {}))


def row_of_uuid(db_path, uuid):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM usage_outbox WHERE uuid = ?", (uuid,)).fetchone())
    finally:
        conn.close()


def test_lock_dropping_matomo_every_event_arrives_and_nothing_waits_behind(tmp_path):
    db_path = tmp_path / "kiosk.db"
    records = make_records(1000)
    fill(db_path, records)
    ids = {visitor_id(r["session"], r["site"]) for r in records}
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        # Each request waits on a lock and is skipped with probability 0.1: every batch comes back short.
        receiver.misbehave("lockwait", count=1_000_000, rate=0.1, seed=18)
        first = matomo_engine(db_path, receiver.url).run_once()
        seen = Counter(e["_id"] for e in receiver.events())
        # One pass: the 800 behind the first 200 left too; only events Matomo skipped when
        # sent alone wait for their next try (tracked or not in a batch that came back short).
        assert len(seen) >= 900, f"{len(seen)} of 1000 arrived after the first pass"
        assert len(seen) >= 1000 - first.waiting
        assert not first.failed and first.split > 0
        assert first.sent + first.waiting == 1000 and first.pending == first.waiting
        clock = ShiftedClock()
        engine = matomo_engine(db_path, receiver.url, clock=clock)
        passes = 1
        while counts(db_path)["pending"] and passes < 1 + MAX_ATTEMPTS:
            clock.skip(HOUR)            # their wait is over (minutes); nobody waits an hour here
            result = engine.run_once()
            assert not result.failed, result.message
            passes += 1
        seen = Counter(e["_id"] for e in receiver.events())
        figures = receiver.figures()
    state = counts(db_path)
    arrived, copies = len(seen), sum(seen.values())
    print(f"\nlock-dropping Matomo: committed 1000, arrived {arrived}, tracked copies {copies} "
          f"(duplicated {copies - arrived}, {copies / arrived:.2f} per event, max {max(seen.values())}), "
          f"sent {figures['lines']} in {figures['requests']} requests, passes {passes}, "
          f"set aside {state['quarantined']}, resent counted {state['status']['resent']}")
    assert set(seen) == ids and state["pending"] == 0 and state["quarantined"] == 0
    # The guarantee (docs/sync.md): at most ceil(log2(batch)) sends in a pass, plus the single tries.
    assert max(seen.values()) <= math.ceil(math.log2(200)) + MAX_ATTEMPTS
    # The kiosk counted every copy it sent again.
    assert int(state["status"]["resent"]) == figures["lines"] - 1000


def test_poison_event_is_set_aside_after_its_tries_and_later_events_go(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "kiosk.db"
    records = make_records(300)
    fill(db_path, records)
    poison = records[10]
    poison_id = visitor_id(poison["session"], poison["site"])
    others = {visitor_id(r["session"], r["site"]) for r in records} - {poison_id}
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        receiver.poison(f"_id={poison_id}")        # Matomo never tracks it, and never says so
        first = matomo_engine(db_path, receiver.url).run_once()
        assert {e["_id"] for e in receiver.events()} == others, "events behind the poison were held"
        assert first.waiting == 1 and first.quarantined == 0
        clock = ShiftedClock()
        engine = matomo_engine(db_path, receiver.url, clock=clock)
        later = make_records(50)
        fill(db_path, later)            # new events while the poison waits: they go at once
        clock.skip(HOUR)
        second = engine.run_once()
        assert second.sent == 50 and second.waiting == 1
        tries = 2
        while row_of_uuid(db_path, poison["uuid"])["state"] == "pending":
            before = receiver.requests()
            clock.skip(HOUR)
            engine.run_once()
            assert receiver.requests() == before + 1      # the poison alone, nothing else
            tries += 1
            assert tries <= MAX_ATTEMPTS
        figures = receiver.figures()
        seen = Counter(e["_id"] for e in receiver.events())
    row = row_of_uuid(db_path, poison["uuid"])
    assert tries == MAX_ATTEMPTS and row["state"] == "quarantined" and row["attempts"] == MAX_ATTEMPTS
    assert "did not count it" in row["reason"] and f"({MAX_ATTEMPTS} tries)" in row["reason"]
    assert poison_id not in seen and len(seen) == 349
    print(f"\npoison: set aside after {row['attempts']} single tries ({figures['poison_seen']} sends in all), "
          f"the other 349 arrived ({sum(seen.values()) - 349} duplicated)")
    # Counted where people look: kiosk stats (text and JSON).
    config = write_config(tmp_path / "site.toml", 'target = "none"\n')
    stats = json.loads(kiosk_cli("stats", "--json", "--config", str(config), "--data-dir", str(data)).stdout)
    delivery = stats["delivery"]
    assert delivery["set_aside"] == 1 and delivery["pending"] == 0
    assert list(delivery["set_aside_reasons"].values()) == [1]
    assert delivery["resent"] >= MAX_ATTEMPTS - 1
    text = kiosk_cli("stats", "--config", str(config), "--data-dir", str(data)).stdout
    assert "1 set aside" in text and "set aside: 1 x the receiver did not count it" in text


def test_jsonl_poison_line_and_short_counts(tmp_path):
    db_path = tmp_path / "kiosk.db"
    records = make_records(400)
    fill(db_path, records)
    poison = records[123]
    with Receiver("jsonl", tmp_path / "store.jsonl") as receiver:
        receiver.poison(poison["uuid"])             # a line it refuses: the whole batch gets 400
        receiver.misbehave("lockwait", count=1_000_000, rate=0.05, seed=3)    # and counts come back short
        clock = ShiftedClock()
        engine = jsonl_engine(db_path, receiver.url, clock=clock)
        for _ in range(MAX_ATTEMPTS):
            result = engine.run_once()
            assert not result.failed, result.message
            clock.skip(HOUR)
        got = Counter(e["uuid"] for e in receiver.events())
        figures = receiver.figures()
    state = counts(db_path)
    # Exactly once at the receiver (it keeps each uuid once), the poison set aside with why.
    assert set(got) == {r["uuid"] for r in records} - {poison["uuid"]} and max(got.values()) == 1
    assert state["pending"] == 0 and state["quarantined"] == 1
    assert "refused it as malformed (HTTP 400)" in row_of_uuid(db_path, poison["uuid"])["reason"]
    print(f"\njsonl: committed 400, arrived {len(got)} once each, set aside 1 (poison), "
          f"lines on the wire {figures['lines']} in {figures['requests']} requests")
