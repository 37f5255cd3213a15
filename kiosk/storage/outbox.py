"""The usage log's outbox: records waiting to be sent, and what became of them.

One row per record (kiosk.core.usage_schema), in the order it happened; its
`state` says pending, sent, quarantined (the receiver called its batch
malformed) or expired (too old for Matomo without a token, kept for the other
targets). Sent rows stay for `kiosk stats` until the bound removes them.

The outbox is bounded (200 000 rows or 180 days by default): rows that are
already sent go first, then the oldest unsent; `prune` returns how many unsent
were dropped so the usage log can report that number as a record of its own.

Functions take a sqlite-utils Database and run on whichever thread owns it
(the storage worker in the kiosk, the sync thread, a command).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

PENDING, SENT, QUARANTINED, EXPIRED = "pending", "sent", "quarantined", "expired"
STATES = (PENDING, SENT, QUARANTINED, EXPIRED)
DEFAULT_MAX_EVENTS = 200_000
DEFAULT_MAX_AGE_DAYS = 180
_CHUNK = 500   # ids per statement, well below SQLite's variable limit


def create_tables(db) -> None:
    db.executescript("""
        CREATE TABLE IF NOT EXISTS usage_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            at TEXT NOT NULL,
            session TEXT NOT NULL,
            body TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            state_at TEXT
        );
        CREATE INDEX IF NOT EXISTS usage_outbox_state ON usage_outbox (state, id);
        CREATE INDEX IF NOT EXISTS usage_outbox_at ON usage_outbox (at);
        CREATE TABLE IF NOT EXISTS usage_sync (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def row_of(record: dict) -> tuple[str, str, str, str, str]:
    """A record as the row `append_rows` stores (serialised by the caller's thread)."""
    return (record["uuid"], record["type"], record["at"], record.get("session", ""),
            json.dumps(record, separators=(",", ":"), sort_keys=True))


def append(db, records: Sequence[dict]) -> int:
    """Store records in one transaction; returns how many. Committed when it returns."""
    return append_rows(db, [row_of(r) for r in records])


def append_rows(db, rows: Sequence[tuple]) -> int:
    """Store rows made by `row_of` in one transaction; committed when it returns."""
    if not rows:
        return 0
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.executemany(
            "INSERT OR IGNORE INTO usage_outbox (uuid, type, at, session, body) VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)


def pending(db, limit: int, after_id: int = 0) -> list[tuple[int, dict]]:
    """The oldest pending records after `after_id`, as (id, record)."""
    cur = db.conn.execute(
        "SELECT id, body FROM usage_outbox WHERE state = 'pending' AND id > ? ORDER BY id LIMIT ?",
        (after_id, limit))
    return [(row[0], json.loads(row[1])) for row in cur.fetchall()]


def mark(db, ids: Iterable[int], state: str, **status: str | int) -> int:
    """Set the state of these rows, and any `status` keys, in one transaction (one fsync)."""
    if state not in STATES:
        raise ValueError(state)
    ids = list(ids)
    changed = 0
    stamp = _now()
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        for i in range(0, len(ids), _CHUNK):
            part = ids[i:i + _CHUNK]
            marks = ",".join("?" * len(part))
            cur = db.conn.execute(
                f"UPDATE usage_outbox SET state = ?, state_at = ? WHERE id IN ({marks})",
                (state, stamp, *part))
            changed += cur.rowcount
        if status:
            db.conn.executemany(
                "INSERT INTO usage_sync (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(k, str(v)) for k, v in status.items()])
    return changed


def counts(db) -> dict[str, int]:
    """Rows per state (every state present, 0 when none)."""
    out = dict.fromkeys(STATES, 0)
    for state, n in db.conn.execute("SELECT state, count(*) FROM usage_outbox GROUP BY state"):
        out[state] = n
    return out


def prune(db, max_events: int = DEFAULT_MAX_EVENTS, max_age_days: int = DEFAULT_MAX_AGE_DAYS,
          now: datetime | None = None) -> int:
    """Keep the outbox bounded; returns how many rows that were NOT sent were dropped."""
    now = now or datetime.now(UTC)
    cutoff = (now - timedelta(days=max_age_days)).strftime("%Y-%m-%dT%H:%MZ")
    dropped = 0
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        dropped += db.conn.execute(
            "DELETE FROM usage_outbox WHERE at < ? AND state != 'sent'", (cutoff,)).rowcount
        db.conn.execute("DELETE FROM usage_outbox WHERE at < ? AND state = 'sent'", (cutoff,))
        total = db.conn.execute("SELECT count(*) FROM usage_outbox").fetchone()[0]
        excess = total - max_events
        if excess > 0:
            # Sent rows first (they reached their receiver already), then the oldest unsent.
            gone = db.conn.execute(
                "DELETE FROM usage_outbox WHERE id IN (SELECT id FROM usage_outbox WHERE state = 'sent' "
                "ORDER BY id LIMIT ?)", (excess,)).rowcount
            excess -= gone
        if excess > 0:
            dropped += db.conn.execute(
                "DELETE FROM usage_outbox WHERE id IN (SELECT id FROM usage_outbox ORDER BY id LIMIT ?)",
                (excess,)).rowcount
    return dropped


def get_status(db) -> dict[str, str]:
    """The sync status kept between runs (last_success, last_error, quarantined, ...)."""
    return dict(db.conn.execute("SELECT key, value FROM usage_sync").fetchall())


def set_status(db, **values: str | int) -> None:
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.executemany(
            "INSERT INTO usage_sync (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(k, str(v)) for k, v in values.items()])


def add_to_status(db, key: str, amount: int) -> None:
    """Add to a counter kept in the sync status (e.g. quarantined batches)."""
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(
            "INSERT INTO usage_sync (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value",
            (key, str(amount)))
