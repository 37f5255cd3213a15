"""What the help queue owes storage, it pays when storage comes back: the read, saves, name purges.

Real faults on a real kiosk.db: another process holding an exclusive lock
while the kiosk starts, a read-only file (a read-only bind mount: root is not
stopped by file modes) while a request with a name closes, and a reader
holding an old snapshot so that the WAL cannot be emptied. In each the first
name must end up gone from the raw bytes (database, WAL, journal) by itself,
once the fault is gone.
"""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import Schedule, WeeklyShift
from kiosk.services.help_queue import HelpQueue
from kiosk.services.storage_worker import StorageWorker

SCHEDULE = Schedule.build("Europe/Helsinki", [WeeklyShift("tue", time(10), time(12), "eSeniorit")])
TUESDAY = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)    # 10:00 in Helsinki
RETRY_S = 0.2


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def raw_bytes(db_path: Path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-journal"):
        p = db_path.with_name(db_path.name + suffix)
        if p.exists():
            out += p.read_bytes()
    return out


def stored_request(db_path: Path, clock: Clock, name: str) -> hq.Request:
    """A request with a first name, saved by an earlier run of the kiosk."""
    worker = StorageWorker(db_path)
    try:
        queue = HelpQueue(SCHEDULE, worker, clock=clock)
        request = queue.ask("kela", first_name=name)
        worker.call(lambda db: None)
        queue.stop()
    finally:
        worker.stop()
    assert name.encode() in raw_bytes(db_path)
    return request


class Answers:
    """The storage worker as the queue sees it, counting the failed answers it hands back."""

    def __init__(self, worker: StorageWorker) -> None:
        self._worker = worker
        self.failed = 0

    def submit(self, job, done=None, failed=None) -> None:
        def count_then(exc: Exception) -> None:
            self.failed += 1
            if failed is not None:
                failed(exc)
        self._worker.submit(job, done, count_then)

    def __getattr__(self, name: str):
        return getattr(self._worker, name)      # state_changed, retry_s, call, ...


def mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or result.returncode}): "
                    "this fault needs a real read-only file")


def umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


def test_locked_at_start_the_queue_is_read_and_cleaned_when_the_lock_goes(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    yesterday = Clock(TUESDAY - timedelta(days=1))
    old = stored_request(db_path, yesterday, "Eino-Ilmari")
    # Another process (a backup, an sqlite3 shell) holds the file exclusively as the kiosk starts.
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    worker = StorageWorker(db_path, retry_s=RETRY_S)
    queue = HelpQueue(SCHEDULE, worker, clock=Clock(TUESDAY), retry_s=RETRY_S)
    try:
        queue.load()
        qtbot.waitUntil(lambda: worker.state[0] == "unavailable", timeout=15000)
        assert queue.owed and queue.queue() == []
        other.execute("ROLLBACK")
        other.close()
        # Without anyone asking: read, yesterday's request left, the name gone from every byte.
        qtbot.waitUntil(lambda: not queue.owed, timeout=30000)
        worker.call(lambda db: None)
        assert b"Eino-Ilmari" not in raw_bytes(db_path)
        state = sqlite3.connect(db_path).execute("SELECT state FROM help_requests WHERE id = ?",
                                                 [old.id]).fetchone()[0]
        assert state == hq.LEFT
        assert queue.ask("kela").number == 1        # today's numbering, after the read
    finally:
        queue.stop()
        worker.stop()


def test_read_only_file_when_the_request_closes_the_name_goes_once_writable(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    clock = Clock(TUESDAY)
    mine = stored_request(db_path, clock, "Hilkka-Maaria")
    mount("--bind", str(db_path), str(db_path))
    try:
        mount("-o", "remount,bind,ro", str(db_path))
        worker = StorageWorker(db_path, retry_s=RETRY_S)
        storage = Answers(worker)
        queue = HelpQueue(SCHEDULE, storage, clock=clock, retry_s=RETRY_S)
        with qtbot.waitSignal(queue.changed, timeout=15000):
            queue.load()                           # reading a read-only file works
        queue.call(mine.id)
        queue.start(mine.id)
        clock.at += timedelta(minutes=20)
        queue.close(mine.id, "solved")              # saving and purging do not
        qtbot.waitUntil(lambda: worker.state[0] == "unavailable", timeout=15000)
        # The queue tries again by itself, and fails again, while the file stays read-only:
        # two more rounds of a save and a purge, answered.
        failed_before = storage.failed
        qtbot.waitUntil(lambda: storage.failed >= failed_before + 4, timeout=15000)
        assert queue.owed and b"Hilkka-Maaria" in raw_bytes(db_path)
    except BaseException:
        umount(db_path)
        raise
    try:
        umount(db_path)
        qtbot.waitUntil(lambda: not queue.owed, timeout=30000)
        worker.call(lambda db: None)
        assert b"Hilkka-Maaria" not in raw_bytes(db_path)
        row = sqlite3.connect(db_path).execute("SELECT state, outcome FROM help_requests").fetchone()
        assert row == (hq.DONE, "solved")
    finally:
        queue.stop()
        worker.stop()


def test_busy_checkpoint_is_tried_again_until_the_wal_is_empty(qtbot, tmp_path):
    db_path = tmp_path / "kiosk.db"
    clock = Clock(TUESDAY)
    worker = StorageWorker(db_path, retry_s=RETRY_S)
    queue = HelpQueue(SCHEDULE, worker, clock=clock, retry_s=RETRY_S)
    try:
        with qtbot.waitSignal(queue.changed, timeout=15000):
            queue.load()
        mine = queue.ask("kela", first_name="Aleksanteri")
        worker.call(lambda db: None)
        # A reader (`kiosk stats`, a backup) still on a snapshot that has the name.
        reader = sqlite3.connect(db_path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM help_requests").fetchone()
        queue.cancel_mine()
        worker.call(lambda db: None, timeout=30)    # the purge waited for the reader, in vain
        assert queue.owed and b"Aleksanteri" in raw_bytes(db_path)
        reader.execute("COMMIT")
        reader.close()
        qtbot.waitUntil(lambda: not queue.owed, timeout=30000)
        worker.call(lambda db: None)
        assert b"Aleksanteri" not in raw_bytes(db_path)
        assert queue.queue() == [] and mine.id
    finally:
        queue.stop()
        worker.stop()
