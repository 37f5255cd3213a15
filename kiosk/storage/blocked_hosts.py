"""Which hosts the browser refused, and how often: host and count only.

IT uses the list during a pilot to tune a site's allowlist. No address, no
time of a particular session, nothing of the resident. Counts arrive in
batches (kiosk.services.refused_hosts counts in memory and writes on a timer),
so one batch is one transaction, whatever the number of hosts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import sqlite_utils

_ADD = ("INSERT INTO blocked_hosts (host, count, last_seen) VALUES (?, ?, ?) "
        "ON CONFLICT(host) DO UPDATE SET count = count + excluded.count, last_seen = excluded.last_seen")


class BlockedHosts:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def record(self, host: str) -> None:
        """Count one refusal of `host` (an empty host counts as '(none)')."""
        self.add_counts({host or "(none)": (1, date.today().isoformat())})

    def add_counts(self, counts: Mapping[str, tuple[int, str]]) -> None:
        """Add `{host: (count, last_seen)}` in one transaction (all or nothing)."""
        if not counts:
            return
        with self._db.conn:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.conn.executemany(_ADD, [(host or "(none)", n, seen) for host, (n, seen) in counts.items()])

    def top(self, limit: int = 50) -> list[tuple[str, int, str]]:
        rows = self._db.execute(
            "SELECT host, count, last_seen FROM blocked_hosts ORDER BY count DESC, host LIMIT ?", [limit])
        return [tuple(r) for r in rows.fetchall()]
