"""The kiosk's SQLite database: one connection factory and ordered migrations.

WAL and synchronous=FULL: a power cut loses nothing that was committed. Before
a migration the file is copied next to itself, so a failed upgrade never loses
what was stored. A file that is not a database (or is damaged) is moved aside
with a timestamp and a new one is made; the kiosk keeps running. Any other
fault (a read-only or full disk, a lock, a schema newer than the code) is
raised as `StorageFault` and the file is left exactly as it is: the storage
worker runs without storage and tries again later.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

log = logging.getLogger("kiosk.storage")

# SQLite's own words for "this file is not (or no longer) a database": only
# these move the file aside. Read-only, full, locked, I/O errors never do.
_BROKEN = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}


# What the WAL may keep between checkpoints (SQLite's journal_size_limit).
WAL_KEEP_BYTES = 1 << 20


class StorageFault(Exception):
    """The database cannot be used now (read-only, full, locked, newer schema, ...)."""


class _Damaged(sqlite3.DatabaseError):
    """quick_check found damage."""


def _m1_blocked_hosts(db: sqlite_utils.Database) -> None:
    db["blocked_hosts"].create({"host": str, "count": int, "last_seen": str}, pk="host")


def _m_usage_outbox(db: sqlite_utils.Database) -> None:
    # The usage log (kiosk.storage.outbox). IF NOT EXISTS: this step may be
    # reordered against another branch's migration when they are merged.
    from kiosk.storage.outbox import create_tables

    create_tables(db)


def _m_help_requests(db: sqlite_utils.Database) -> None:
    # The help queue (kiosk.storage.help_requests). Times are ISO 8601 UTC.
    db["help_requests"].create({
        "id": str, "number": int, "day": str, "topic": str, "created_at": str, "state": str,
        "state_at": str, "first_name": str, "guide": str, "step": int, "service": str,
        "called_at": str, "started_at": str, "closed_at": str, "outcome": str,
    }, pk="id")
    db["help_requests"].create_index(["day", "number"])
    db["help_requests"].create_index(["state"])


def _m4_usage_delivery(db: sqlite_utils.Database) -> None:
    # Per event: boot and monotonic time beside the wall clock, single tries,
    # why it was set aside; clock anchors per boot (docs/sync.md, "Time").
    from kiosk.storage.outbox import add_delivery_columns

    add_delivery_columns(db)


# Append only: a migration, once released, never changes.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _m1_blocked_hosts,
    _m_usage_outbox,
    _m_help_requests,
    _m4_usage_delivery,
]


def _connect(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    # The wait first: another connection (the storage worker, the interface
    # thread) may hold the file while this one switches to WAL or migrates.
    conn.execute("PRAGMA busy_timeout=5000")
    # Switching a new file to WAL does not wait on the busy handler: retry it,
    # for 5 s in all. (A file another process holds makes each attempt wait
    # the busy timeout too; counting attempts would stall the worker minutes.)
    deadline = time.monotonic() + 5.0
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                conn.close()
                raise
            time.sleep(0.1)
    conn.execute("PRAGMA synchronous=FULL")
    # After a checkpoint the WAL is cut back to this size instead of keeping
    # whatever it once grew to (a burst, or a write that failed on a full disk).
    conn.execute(f"PRAGMA journal_size_limit={WAL_KEEP_BYTES}")
    conn.execute("PRAGMA foreign_keys=ON")
    # Deleted and overwritten content is zeroed, so a purged first name does
    # not linger in free space of the file.
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return sqlite_utils.Database(conn)


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (and migrate) the database; a broken file is set aside, never fatal."""
    try:
        db = _connect(path)
        integrity = db.execute("PRAGMA quick_check").fetchone()[0]
        if integrity != "ok":
            raise _Damaged(f"quick_check: {integrity}")
    except sqlite3.DatabaseError as exc:
        if not isinstance(exc, _Damaged) and getattr(exc, "sqlite_errorname", "") not in _BROKEN:
            raise StorageFault(f"{path.name}: {exc}") from exc
        aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        log.error("database %s is unreadable (%s); moved to %s and starting a new one", path, exc, aside)
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(path) + suffix)
            if src.exists():
                src.rename(Path(str(aside) + suffix))
        db = _connect(path)
    try:
        migrate(db, path)
    except sqlite3.Error as exc:
        db.conn.close()
        raise StorageFault(f"{path.name}: {exc}") from exc
    except BaseException:
        db.conn.close()
        raise
    return db


def probe_write(db: sqlite_utils.Database) -> None:
    """A real write that changes nothing: fails on a read-only, full or locked file."""
    version = schema_version(db)
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        db.execute(f"PRAGMA user_version = {int(version)}")


def give_space_back(db: sqlite_utils.Database) -> bool:
    """Checkpoint the WAL into the database and cut it to nothing; True if it worked.

    A write that failed on a full disk leaves the WAL as large as the space it
    found, so the kiosk's own file keeps the disk full after the write was
    rolled back. This needs room for the pages it copies: on a still-full
    disk it fails (False) and is tried again at the next retry.
    """
    try:
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.Error:
        return False
    return busy == 0


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, path: Path | None = None) -> None:
    """Run the migrations this file has not seen, each in its own transaction."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise StorageFault(f"database {path} is from a newer kiosk (schema {version}, this one knows "
                           f"{len(MIGRATIONS)}); left untouched")
    if version == len(MIGRATIONS):
        return
    if path is not None and version > 0:
        backup = path.with_name(f"{path.name}.before-v{len(MIGRATIONS)}")
        db.execute("PRAGMA wal_checkpoint(FULL)")
        shutil.copy2(path, backup)
        log.info("database backed up to %s before migrating", backup)
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.conn:
            # IMMEDIATE takes the write lock before reading the version, so two
            # connections opening a new file at once migrate it once, in turn.
            db.execute("BEGIN IMMEDIATE")
            if schema_version(db) >= number:
                continue
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
        log.info("database migrated to schema %d", number)
