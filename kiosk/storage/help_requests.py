"""The help queue on disk: one row per request, written in the order things happen.

Every change is its own committed transaction (WAL, synchronous=FULL), so a
kill or a power cut leaves the queue intact and in order. First names are the
only personal data; `purge_names` removes them and then truncates the WAL, so
the name is gone from the raw bytes of the database and its log too
(secure_delete zeroes the freed space; kiosk.storage.db sets it). A
checkpoint that another connection keeps from finishing (a reader still on an
older snapshot) raises `CheckpointBusy`, so the caller tries the purge again.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, datetime

import sqlite_utils

from kiosk.core.help.queue import Request

_DATES = {"created_at", "state_at", "called_at", "started_at", "closed_at"}


def _row(request: Request) -> dict:
    row = asdict(request)
    row["day"] = request.day.isoformat()
    for key in _DATES:
        value = row[key]
        row[key] = value.isoformat() if value is not None else None
    return row


def _request(row: dict) -> Request:
    values = {}
    for f in fields(Request):
        value = row.get(f.name)
        if f.name == "day":
            value = date.fromisoformat(value)
        elif f.name in _DATES:
            value = datetime.fromisoformat(value) if value else None
        elif value is None:
            value = 0 if f.name in ("number", "step") else ""
        values[f.name] = value
    return Request(**values)


class CheckpointBusy(Exception):
    """The names are gone from the table but may still be in the WAL: purge again later."""


class HelpRequests:
    """Repository of help requests."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def save(self, request: Request) -> None:
        """Insert or replace one request, committed before returning."""
        with self._db.conn:
            self._db["help_requests"].upsert(_row(request), pk="id")

    def open_and_recent(self, since: date) -> list[Request]:
        """Open requests of any day, and every request of `since` and later."""
        rows = self._db.execute(
            "SELECT * FROM help_requests WHERE state IN ('waiting', 'called', 'in_progress') OR day >= ? "
            "ORDER BY created_at, number", [since.isoformat()])
        cols = [c[0] for c in rows.description]
        return [_request(dict(zip(cols, r))) for r in rows.fetchall()]

    def recent_done(self, limit: int = 10) -> list[Request]:
        """The last `limit` requests closed as done (for the handling-time median)."""
        rows = self._db.execute(
            "SELECT * FROM help_requests WHERE state = 'done' ORDER BY closed_at DESC LIMIT ?", [limit])
        cols = [c[0] for c in rows.description]
        return [_request(dict(zip(cols, r))) for r in rows.fetchall()]

    def purge_names(self, ids: list[str]) -> int:
        """Remove the first names of these requests from the file and its WAL."""
        if not ids:
            return 0
        with self._db.conn:
            cur = self._db.execute(
                f"UPDATE help_requests SET first_name = '' WHERE id IN ({','.join('?' * len(ids))})", ids)
        # (busy, log frames, frames checkpointed): busy means a reader kept
        # the log from being copied back and emptied, old pages and all.
        busy, frames, done = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise CheckpointBusy(f"WAL checkpoint busy ({done} of {frames} frames copied)")
        return cur.rowcount
