"""What delivery made of each outbox row (the SQL side of kiosk.services.sync_worker).

New rows go out in batches (`fresh`); a row that failed alone waits for its
time (`not_before`) and then goes out alone again (`due_retries`), never
inside a batch of new ones, so it cannot spoil them. Each answer is stored
in one transaction: sent (`delivered`), sent and unanswered (`tried`), tried
alone and failed (`retry_later`), or set aside with its reason (`set_aside`).
`sends` counts the requests a row went out in, so a copy sent again is
counted ("resent" in the sync status) even across restarts.

The decisions (split, wait, bound) are kiosk.core.usage.delivery_rules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.usage.delivery_rules import due_window

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_COLUMNS = "id, body, boot, mono, dated, attempts, sends"
# A row that went out was dated first (kiosk.storage.event_times.settle); a date that stood is noted here.
_DATED = "dated = coalesce(dated, 'as_recorded')"


@dataclass
class Row:
    """One outbox row on its way out."""

    id: int
    record: dict
    boot: str | None
    mono: float | None
    dated: str | None
    attempts: int
    sends: int


def _rows(cursor) -> list[Row]:
    return [Row(i, json.loads(body), boot, mono, dated, attempts, sends)
            for i, body, boot, mono, dated, attempts, sends in cursor.fetchall()]


def fresh(db, limit: int, after: int, states: Sequence[str]) -> list[Row]:
    """The oldest rows in `states` after id `after` that never failed alone."""
    marks = ",".join("?" * len(states))
    return _rows(db.conn.execute(
        f"SELECT {_COLUMNS} FROM usage_outbox WHERE state IN ({marks}) AND attempts = 0 AND id > ? "
        "ORDER BY id LIMIT ?", (*states, after, limit)))


def due_retries(db, now: datetime, limit: int) -> list[Row]:
    """Pending rows that failed alone before and whose wait is over (or the clock went back past it)."""
    due, past = (t.strftime(_FORMAT) for t in due_window(now))
    return _rows(db.conn.execute(
        f"SELECT {_COLUMNS} FROM usage_outbox WHERE state = 'pending' AND attempts > 0 "
        "AND (not_before IS NULL OR not_before <= ? OR not_before > ?) ORDER BY id LIMIT ?", (due, past, limit)))


def waiting(db) -> int:
    """Pending rows waiting for another single try."""
    return db.conn.execute("SELECT count(*) FROM usage_outbox WHERE state = 'pending' AND attempts > 0").fetchone()[0]


def _ids(rows: Sequence[Row]) -> str:
    return ",".join(str(int(r.id)) for r in rows)


def _bump(db, key: str, amount: int) -> None:
    if amount:
        db.conn.execute("INSERT INTO usage_sync (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value", (key, str(amount)))


def _status(db, values: dict[str, str]) -> None:
    db.conn.executemany("INSERT INTO usage_sync (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value", list(values.items()))


def _resent(rows: Sequence[Row]) -> int:
    return sum(1 for r in rows if r.sends > 0)


def _sent_once_more(rows: Sequence[Row]) -> None:
    for r in rows:
        r.sends += 1


def delivered(db, rows: Sequence[Row], stamp: str, rejected: int = 0, **status: str) -> None:
    """The receiver took these (`rejected` of them refused for good, as Matomo's invalid)."""
    resent = _resent(rows)
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(f"UPDATE usage_outbox SET state = 'sent', state_at = ?, sends = sends + 1, "
                        f"not_before = NULL, {_DATED} WHERE id IN ({_ids(rows)})", (stamp,))
        _bump(db, "resent", resent)
        _bump(db, "rejected", rejected)
        _status(db, {"last_success": stamp, **status})
    _sent_once_more(rows)


def tried(db, rows: Sequence[Row], **status: str) -> None:
    """These went out and were not confirmed as a batch (they stay pending, no attempt counted)."""
    resent = _resent(rows)
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(f"UPDATE usage_outbox SET sends = sends + 1, {_DATED} WHERE id IN ({_ids(rows)})")
        _bump(db, "resent", resent)
        if status:
            _status(db, status)
    _sent_once_more(rows)


def retry_later(db, row: Row, not_before: datetime, reason: str, **status: str) -> None:
    """It failed alone: one more attempt counted; it waits until `not_before`."""
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(f"UPDATE usage_outbox SET attempts = attempts + 1, sends = sends + 1, not_before = ?, "
                        f"reason = ?, {_DATED} WHERE id = ?", (not_before.strftime(_FORMAT), reason, row.id))
        _bump(db, "resent", _resent([row]))
        if status:
            _status(db, status)
    row.attempts += 1
    _sent_once_more([row])


def set_aside(db, row: Row, reason: str, stamp: str, **status: str) -> None:
    """It failed alone as often as allowed: set aside (state quarantined) with the reason, and counted."""
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(f"UPDATE usage_outbox SET state = 'quarantined', state_at = ?, attempts = attempts + 1, "
                        f"sends = sends + 1, not_before = NULL, reason = ?, {_DATED} WHERE id = ?",
                        (stamp, reason, row.id))
        _bump(db, "resent", _resent([row]))
        _bump(db, "set_aside", 1)
        if status:
            _status(db, status)
    row.attempts += 1
    _sent_once_more([row])


def expire(db, rows: Sequence[Row], stamp: str) -> None:
    """Too old for this target (Matomo without a token): kept for the others."""
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(f"UPDATE usage_outbox SET state = 'expired', state_at = ? WHERE id IN ({_ids(rows)})",
                        (stamp,))
        _bump(db, "expired", len(rows))


def set_aside_reasons(db) -> dict[str, int]:
    """Rows set aside now, per reason (rows set aside by an older kiosk have none)."""
    return {reason or "refused as malformed": n for reason, n in db.conn.execute(
        "SELECT reason, count(*) FROM usage_outbox WHERE state = 'quarantined' GROUP BY reason ORDER BY 2 DESC")}


def totals(db) -> dict[str, int]:
    """Delivery figures since the outbox began: for the admin view, `kiosk stats` and the health files."""
    from kiosk.storage import event_times, outbox

    status, counts = outbox.get_status(db), outbox.counts(db)
    dated = event_times.counts(db)

    def number(key: str) -> int:
        try:
            return int(status.get(key, 0))
        except ValueError:
            return 0
    return {"pending": counts["pending"], "waiting": waiting(db), "rejected": number("rejected"),
            "resent": number("resent"), "set_aside": counts["quarantined"], "expired": counts["expired"],
            "corrected": dated["corrected"], "estimated": dated["estimated"]}
