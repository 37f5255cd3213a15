"""The usage log's outbox: records waiting to be sent, and what became of them.

One row per record (kiosk.core.usage.schema), in the order it happened; its
`state` says pending, sent, quarantined ("set aside": the receiver would not
take it after repeated single tries, `reason` says why) or expired (too old
for Matomo without a token, kept for the other targets). Sent rows stay for
`kiosk stats` until the bound removes them. Beside the record each row keeps
the boot and monotonic time it was recorded at (kiosk.core.usage.event_time), never
sent, and what delivery made of it (kiosk.storage.delivery).

The outbox is bounded (200 000 rows or 180 days by default): rows that are
already sent go first, then the oldest unsent; `prune` says how many unsent
were dropped and why (too old, or the outbox full) so the usage log can
report that as a record of its own. Only what is truly old goes for its age:
a row dated long ago but recorded after a younger one, or whose boot's clock
was set since, had a wrong clock (kiosk.core.usage.event_time.truly_old).

Functions take a sqlite-utils Database and run on whichever thread owns it
(the storage worker in the kiosk, the sync thread, a command).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.core.usage import event_time
from kiosk.core.usage.event_time import Stamp

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


def add_delivery_columns(db) -> None:
    """Migration: boot and monotonic time beside the wall clock, tries, reasons, clock anchors.

    Statement by statement (no executescript: it would commit the migration's
    transaction), and only what is missing: this step may be reordered against
    another branch's migration when they are merged.
    """
    have = {row[1] for row in db.conn.execute("PRAGMA table_info(usage_outbox)")}
    for name, decl in (("boot", "TEXT"), ("mono", "REAL"), ("at_recorded", "TEXT"), ("dated", "TEXT"),
                       ("attempts", "INTEGER NOT NULL DEFAULT 0"), ("sends", "INTEGER NOT NULL DEFAULT 0"),
                       ("not_before", "TEXT"), ("reason", "TEXT")):
        if name not in have:
            db.conn.execute(f"ALTER TABLE usage_outbox ADD COLUMN {name} {decl}")
    db.conn.execute("CREATE INDEX IF NOT EXISTS usage_outbox_retry ON usage_outbox (id) "
                    "WHERE state = 'pending' AND attempts > 0")
    db.conn.execute("CREATE INDEX IF NOT EXISTS usage_outbox_boot ON usage_outbox (boot, state)")
    db.conn.execute("CREATE TABLE IF NOT EXISTS clock_anchors "
                    "(boot TEXT PRIMARY KEY, mono REAL NOT NULL, wall REAL NOT NULL)")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def row_of(record: dict, boot: str | None = None, mono: float | None = None) -> tuple:
    """A record as the row `append_rows` stores (serialised by the caller's thread).

    `boot`/`mono`: where the event was recorded (kiosk.core.usage.event_time); None
    when unknown (a record not made from a hub event): never re-dated then.
    """
    return (record["uuid"], record["type"], record["at"], record.get("session", ""),
            json.dumps(record, separators=(",", ":"), sort_keys=True), boot or None,
            None if mono is None else round(mono, 1))


def append(db, records: Sequence[dict]) -> int:
    """Store records in one transaction; returns how many. Committed when it returns."""
    return append_rows(db, [row_of(r) for r in records])


def append_rows(db, rows: Sequence[tuple]) -> int:
    """Store rows made by `row_of` in one transaction; committed when it returns."""
    if not rows:
        return 0
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        _insert(db, rows)
    return len(rows)


def append_stamped(db, rows: Sequence[tuple], stamp: Stamp) -> tuple[int, float]:
    """`append_rows`, and the boot's clock anchor set to `stamp` in the same transaction.

    Returns (rows written, seconds the clock was set since the previous anchor).
    """
    from kiosk.storage.event_times import anchor_in_transaction

    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        _insert(db, rows)
        step = anchor_in_transaction(db, stamp)
    return len(rows), step


def _insert(db, rows: Sequence[tuple]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO usage_outbox (uuid, type, at, session, body, boot, mono) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", [r if len(r) == 7 else (*r, None, None) for r in rows])


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


@dataclass(frozen=True)
class Pruned:
    """Unsent rows the bound dropped, by why."""

    too_old: int = 0       # older than the age bound by every measure
    full: int = 0          # the outbox held more than its count bound

    @property
    def total(self) -> int:
        return self.too_old + self.full


def prune(db, max_events: int = DEFAULT_MAX_EVENTS, max_age_days: int = DEFAULT_MAX_AGE_DAYS,
          now: Stamp | datetime | None = None) -> Pruned:
    """Keep the outbox bounded; says how many rows that were NOT sent were dropped, and why."""
    from kiosk.storage.event_times import known_anchors

    if now is None:
        now = event_time.SystemClock().now()
    elif isinstance(now, datetime):
        now = Stamp(now, "", 0.0)
    cutoff = now.wall - timedelta(days=max_age_days)
    cutoff_text = cutoff.strftime("%Y-%m-%dT%H:%MZ")
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("DELETE FROM usage_outbox WHERE at < ? AND state = 'sent'", (cutoff_text,))
        # Events are stored in the order they happened: only those before the
        # first one younger than the bound can be truly old; a row after it
        # that is dated older was recorded under a wrong clock.
        first = db.conn.execute("SELECT id FROM usage_outbox WHERE at >= ? ORDER BY id LIMIT 1",
                                (cutoff_text,)).fetchone()
        first_young = first[0] if first else None
        anchors = known_anchors(db, now)
        old = [row[0] for row in db.conn.execute(
            "SELECT id, at, boot, mono FROM usage_outbox WHERE at < ? AND state != 'sent' AND id < ?",
            (cutoff_text, first_young if first_young is not None else 1 << 62))
            if event_time.truly_old(_minute(row[1]), row[2], row[3], anchors, now, cutoff)]
        too_old = _delete(db, old)
        total = db.conn.execute("SELECT count(*) FROM usage_outbox").fetchone()[0]
        excess = total - max_events
        full = 0
        if excess > 0:
            # Sent rows first (they reached their receiver already), then the oldest unsent.
            gone = db.conn.execute(
                "DELETE FROM usage_outbox WHERE id IN (SELECT id FROM usage_outbox WHERE state = 'sent' "
                "ORDER BY id LIMIT ?)", (excess,)).rowcount
            excess -= gone
        if excess > 0:
            full = db.conn.execute(
                "DELETE FROM usage_outbox WHERE id IN (SELECT id FROM usage_outbox ORDER BY id LIMIT ?)",
                (excess,)).rowcount
        # The anchors of boots no row comes from any more.
        db.conn.execute("DELETE FROM clock_anchors WHERE boot != ? AND boot NOT IN "
                        "(SELECT boot FROM usage_outbox WHERE boot IS NOT NULL)", (now.boot,))
    return Pruned(too_old, full)


def _minute(text: str) -> datetime:
    # fromisoformat reads "2026-12-01T10:31Z" (Python >= 3.11) ten times faster than strptime.
    return datetime.fromisoformat(text).astimezone(UTC)


def _delete(db, ids: list[int]) -> int:
    gone = 0
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        gone += db.conn.execute(f"DELETE FROM usage_outbox WHERE id IN ({','.join('?' * len(part))})",
                                part).rowcount
    return gone


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
