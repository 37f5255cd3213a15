"""The outbox's clock bookkeeping: anchors per boot, and re-dating rows (the SQL side).

The rules are kiosk.core.usage.event_time; this module only reads and writes. A
boot's anchor is the latest (wall, mono) pair seen in it: written with every
append of the usage log and at every sync pass, so the clock a boot ended with
is known after it. When the clock of the current boot was set since its
anchor (`clock_set_by`), `redate` moves the boot's unsent rows to the times
their monotonic stamps give; `settle` dates a batch just before it is sent.
A row's first date stays in `at_recorded`; `dated` says how its date was found
(as_recorded, corrected, estimated) and the record sent says so too ("clock").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from kiosk.core.usage import event_time
from kiosk.core.usage.event_time import Stamp

AS_RECORDED = "as_recorded"
_FORMAT = "%Y-%m-%dT%H:%MZ"


def _minute(text: str) -> datetime:
    # fromisoformat reads "2026-12-01T10:31Z" (Python >= 3.11) ten times faster than strptime.
    return datetime.fromisoformat(text).astimezone(UTC)


def anchor_in_transaction(db, stamp: Stamp) -> float:
    """Record `stamp` as its boot's latest; returns seconds the clock was set since the last one."""
    if not stamp.boot:
        return 0.0
    row = db.conn.execute("SELECT mono, wall FROM clock_anchors WHERE boot = ?", (stamp.boot,)).fetchone()
    before = Stamp(datetime.fromtimestamp(row[1], UTC), stamp.boot, row[0]) if row else None
    db.conn.execute("INSERT INTO clock_anchors (boot, mono, wall) VALUES (?, ?, ?) ON CONFLICT (boot) "
                    "DO UPDATE SET mono = excluded.mono, wall = excluded.wall",
                    (stamp.boot, stamp.mono, stamp.wall.timestamp()))
    return event_time.clock_set_by(before, stamp)


def anchor(db, stamp: Stamp) -> float:
    """`anchor_in_transaction` in a transaction of its own."""
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        return anchor_in_transaction(db, stamp)


def known_anchors(db, now: Stamp) -> dict[str, Stamp]:
    """The latest stamp of every boot the outbox knows; the current boot's is `now`."""
    out = {boot: Stamp(datetime.fromtimestamp(wall, UTC), boot, mono)
           for boot, mono, wall in db.conn.execute("SELECT boot, mono, wall FROM clock_anchors")}
    if now.boot:
        out[now.boot] = now
    return out


def _write(db, changes: list[tuple[int, str, str, str]]) -> None:
    """(id, new minute, dated, body) per row; the first date is kept in at_recorded."""
    db.conn.executemany(
        "UPDATE usage_outbox SET at_recorded = coalesce(at_recorded, at), at = ?, dated = ?, body = ? "
        "WHERE id = ?", [(at, dated, body, i) for i, at, dated, body in changes])


def _redated_body(body: str | dict, at: str, flag: str) -> str:
    record = json.loads(body) if isinstance(body, str) else body
    record["at"] = at
    record["clock"] = flag
    return json.dumps(record, separators=(",", ":"), sort_keys=True)


def redate(db, now: Stamp) -> int:
    """Re-date the current boot's unsent rows after its clock was set; returns how many moved."""
    if not now.boot:
        return 0
    changes = []
    for i, at, mono, body in db.conn.execute(
            "SELECT id, at, mono, body FROM usage_outbox WHERE boot = ? AND state != 'sent' "
            "AND mono IS NOT NULL", (now.boot,)):
        true = event_time.minute(now.at_mono(mono))
        if abs(true - _minute(at)) > event_time.TOLERANCE:
            text = true.strftime(_FORMAT)
            changes.append((i, text, event_time.CORRECTED, _redated_body(body, text, event_time.CORRECTED)))
    if changes:
        with db.conn:
            db.conn.execute("BEGIN IMMEDIATE")
            _write(db, changes)
    return len(changes)


def settle(db, rows: Sequence, now: Stamp, anchors: dict[str, Stamp],
           previous: datetime | None) -> tuple[datetime | None, int, int]:
    """Date rows about to be sent for the first time (in place; changed dates are stored at once).

    `rows` (kiosk.storage.delivery.Row, in recording order) not yet dated get
    the time kiosk.core.usage.event_time.settle finds; `previous` is the latest time
    of an event recorded before them. A row whose date stands is marked
    `as_recorded` with the answer to its request (kiosk.storage.delivery), so
    the common case costs no write of its own. Returns (the new `previous`,
    corrected, estimated).
    """
    changes: list[tuple[int, str, str, str]] = []
    corrected = estimated = 0
    for row in rows:
        recorded = _minute(row.record["at"])
        if row.dated is not None:
            previous = recorded if previous is None else max(previous, recorded)
            continue
        at, flag = event_time.settle(recorded, row.boot, row.mono, anchors, now, previous)
        if flag is None:
            row.dated = AS_RECORDED
        else:
            text = at.strftime(_FORMAT)
            row.record["at"] = text
            row.record["clock"] = flag
            row.dated = flag
            changes.append((row.id, text, flag, _redated_body(row.record, text, flag)))
            corrected += flag == event_time.CORRECTED
            estimated += flag == event_time.ESTIMATED
        previous = at if previous is None else max(previous, at)
    if changes:
        with db.conn:
            db.conn.execute("BEGIN IMMEDIATE")
            _write(db, changes)
    return previous, corrected, estimated


def settled_through(previous: datetime, now: Stamp) -> str:
    """The value kept as `settled_through` in the sync status (never after now)."""
    return min(previous, now.wall).strftime(_FORMAT)


def latest_settled(db) -> datetime | None:
    """The latest date of an event already dated for sending (the start of `previous`)."""
    row = db.conn.execute("SELECT value FROM usage_sync WHERE key = 'settled_through'").fetchone()
    return _minute(row[0]) if row else None


def counts(db) -> dict[str, int]:
    """Rows per way their date was found (corrected, estimated); as recorded is not counted."""
    out = dict.fromkeys(event_time.FLAGS, 0)
    for dated, n in db.conn.execute("SELECT dated, count(*) FROM usage_outbox WHERE dated IN (?, ?) "
                                    "GROUP BY dated", event_time.FLAGS):
        out[dated] = n
    return out
