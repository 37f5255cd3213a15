"""The outbox on a real SQLite file: order, states, the bound and what it reports."""

from datetime import UTC, datetime, timedelta

from kiosk.storage import outbox
from kiosk.storage.db import open_database

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def rec(i: int, at: datetime = NOW) -> dict:
    return {"uuid": f"00000000-0000-0000-0000-{i:012d}", "type": "tile.opened",
            "at": at.strftime("%Y-%m-%dT%H:%MZ"), "site": "s", "terminal": "t", "session": "",
            "fields": {"tile": "kela"}}


def test_wal_full_and_migrated(tmp_path):
    db = open_database(tmp_path / "kiosk.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2   # FULL
    assert "usage_outbox" in db.table_names()


def test_append_is_idempotent_and_ordered(tmp_path):
    db = open_database(tmp_path / "kiosk.db")
    outbox.append(db, [rec(i) for i in range(5)])
    outbox.append(db, [rec(2), rec(5)])   # a replay after a crash: no duplicate
    rows = outbox.pending(db, 100)
    assert [r["uuid"][-1] for _i, r in rows] == list("012345")
    outbox.mark(db, [rows[0][0], rows[1][0]], outbox.SENT)
    assert outbox.counts(db) == {"pending": 4, "sent": 2, "quarantined": 0, "expired": 0}
    assert [r["uuid"][-1] for _i, r in outbox.pending(db, 2)] == list("23")


def test_bound_drops_sent_first_then_oldest_unsent(tmp_path):
    db = open_database(tmp_path / "kiosk.db")
    outbox.append(db, [rec(i) for i in range(10)])
    outbox.mark(db, [i for i, _r in outbox.pending(db, 3)], outbox.SENT)   # 0,1,2 sent
    assert outbox.prune(db, max_events=8, now=NOW) == outbox.Pruned()     # two sent rows go, no loss
    assert outbox.counts(db)["sent"] == 1
    assert outbox.prune(db, max_events=5, now=NOW) == outbox.Pruned(full=2)   # last sent row + two oldest unsent
    left = [r["uuid"][-1] for _i, r in outbox.pending(db, 100)]
    assert left == list("56789")


def test_age_bound(tmp_path):
    later = datetime(2027, 8, 1, tzinfo=UTC)
    db = open_database(tmp_path / "kiosk.db")
    outbox.append(db, [rec(1, later - timedelta(days=200)), rec(2, later - timedelta(days=10))])
    assert outbox.prune(db, max_age_days=180, now=later) == outbox.Pruned(too_old=1)
    assert [r["uuid"][-1] for _i, r in outbox.pending(db, 10)] == ["2"]


def test_status_counters(tmp_path):
    db = open_database(tmp_path / "kiosk.db")
    outbox.add_to_status(db, "quarantined_batches", 1)
    outbox.add_to_status(db, "quarantined_batches", 2)
    outbox.set_status(db, last_success="2026-12-01T12:00:00Z")
    assert outbox.get_status(db) == {"quarantined_batches": "3", "last_success": "2026-12-01T12:00:00Z"}


def test_schema_4_keeps_what_an_older_kiosk_stored(tmp_path):
    import sqlite3

    import sqlite_utils

    from kiosk.storage import db as storage

    path = tmp_path / "kiosk.db"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    for number, step in enumerate(storage.MIGRATIONS[:3], start=1):     # a kiosk before this one
        step(old)
        old.execute(f"PRAGMA user_version = {number}")
    old.execute("INSERT INTO usage_outbox (uuid, type, at, session, body, state) VALUES (?, ?, ?, ?, ?, ?)",
                (rec(1)["uuid"], "tile.opened", rec(1)["at"], "", '{"uuid": "x"}', "quarantined"))
    old.conn.close()
    db = open_database(path)
    assert storage.schema_version(db) == len(storage.MIGRATIONS) == 4
    assert (tmp_path / "kiosk.db.before-v4").exists()
    row = db.execute("SELECT state, boot, mono, attempts, sends, dated FROM usage_outbox").fetchone()
    assert row == ("quarantined", None, None, 0, 0, None)
    assert "clock_anchors" in db.table_names()
