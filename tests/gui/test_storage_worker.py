"""The storage worker: jobs off the interface thread, answers on it, in order, faults contained.

A real SQLite file in a temporary folder, opened by the kiosk's own
connection factory; faults are real ones (a schema from a newer kiosk, a file
locked by another connection), not raised by hand.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kiosk.services.storage_worker import OK, UNAVAILABLE, StorageUnavailable, StorageWorker
from kiosk.storage.blocked_hosts import BlockedHosts
from kiosk.storage.db import open_database


@pytest.fixture
def worker(qapp, tmp_path):
    made = []

    def make(**kwargs):
        w = StorageWorker(tmp_path / "kiosk.db", **kwargs)
        made.append(w)
        return w

    yield make
    for w in made:
        w.stop()


def test_jobs_run_off_the_interface_thread_and_answers_come_back_on_it(worker, qtbot):
    w = worker()
    seen = {}

    def job(db):
        seen["job"] = threading.current_thread()
        BlockedHosts(db).record("example.org")
        return BlockedHosts(db).top()

    with qtbot.waitCallback() as done:
        w.submit(job, done=lambda rows: (seen.setdefault("done", threading.current_thread()), done(rows)))
    assert seen["job"] is not threading.main_thread()
    assert seen["job"].name == "kiosk-storage"
    assert seen["done"] is threading.main_thread()
    assert done.args[0][0][:2] == ("example.org", 1)


def test_order_is_kept(worker, qtbot):
    w = worker()
    ran, answered = [], []
    for n in range(200):
        w.submit(lambda _db, n=n: ran.append(n) or n, done=answered.append)
    qtbot.waitUntil(lambda: len(answered) == 200, timeout=10000)
    assert ran == list(range(200))
    assert answered == list(range(200))


def test_a_bug_in_a_job_goes_to_failed_and_storage_stays_ok(worker, qtbot):
    w = worker()
    with qtbot.waitCallback() as failed:
        w.submit(lambda _db: 1 / 0, failed=failed)
    assert isinstance(failed.args[0], ZeroDivisionError)
    assert w.state == (OK, "")
    assert w.call(lambda db: db.execute("SELECT 2").fetchone()[0]) == 2


def test_call_waits_and_hands_back_errors(worker):
    w = worker()
    assert w.call(lambda db: BlockedHosts(db).add_counts({"a.example": (3, "2026-01-02")})) is None
    assert w.call(lambda db: BlockedHosts(db).top()) == [("a.example", 3, "2026-01-02")]
    with pytest.raises(KeyError):
        w.call(lambda _db: {}["missing"])


def test_newer_schema_fails_fast_is_logged_once_and_the_file_is_kept(worker, qtbot, tmp_path, caplog):
    path = tmp_path / "kiosk.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kept (x)")
    conn.execute("INSERT INTO kept VALUES ('from a newer kiosk')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    w = worker(retry_s=60)
    states, failures = [], []
    w.state_changed.connect(lambda state, reason: states.append((state, reason)))
    for _ in range(5):
        w.submit(lambda db: BlockedHosts(db).record("x.example"), failed=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 5)
    assert [s for s, _r in states] == [UNAVAILABLE]
    assert "newer kiosk" in states[0][1] and "99" in states[0][1]
    assert all(isinstance(f, StorageUnavailable) for f in failures)
    with pytest.raises(StorageUnavailable):
        w.call(lambda db: None)
    assert sum("storage unavailable" in r.getMessage() for r in caplog.records) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    assert conn.execute("SELECT x FROM kept").fetchall() == [("from a newer kiosk",)]
    assert not list(tmp_path.glob("kiosk.db.broken-*"))


def test_locked_file_recovers_by_itself_when_the_lock_goes(worker, qtbot, tmp_path):
    path = tmp_path / "kiosk.db"
    open_database(path).conn.close()
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    w = worker(retry_s=0.2)
    states = []
    w.state_changed.connect(lambda state, _reason: states.append(state))
    failures = []
    w.submit(lambda db: BlockedHosts(db).record("x.example"), failed=failures.append)
    # busy_timeout is 5 s: SQLite waits that long for the lock, on the worker thread.
    qtbot.waitUntil(lambda: states == [UNAVAILABLE], timeout=15000)
    assert "locked" in w.state[1]
    other.execute("ROLLBACK")
    other.close()
    qtbot.waitUntil(lambda: states == [UNAVAILABLE, OK], timeout=15000)   # no new job needed
    w.call(lambda db: BlockedHosts(db).record("y.example"))
    assert [row[:2] for row in w.call(lambda db: BlockedHosts(db).top())] == [("y.example", 1)]


def test_a_deleted_file_is_noticed_and_made_again(worker, tmp_path):
    path = tmp_path / "kiosk.db"
    w = worker()
    w.call(lambda db: BlockedHosts(db).record("before.example"))
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"kiosk.db{suffix}").unlink(missing_ok=True)
    w.call(lambda db: BlockedHosts(db).record("after.example"))
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT host FROM blocked_hosts")] == ["after.example"]
