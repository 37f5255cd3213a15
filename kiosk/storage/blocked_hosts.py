"""Which hosts the browser refused, and how often: host and count only.

IT uses the list during a pilot to tune a site's allowlist. No address, no
time of a particular session, nothing of the resident.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils


class BlockedHosts:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def record(self, host: str) -> None:
        """Count one refusal of `host` (an empty host counts as '(none)')."""
        host = host or "(none)"
        self._db.execute(
            "INSERT INTO blocked_hosts (host, count, last_seen) VALUES (?, 1, ?) "
            "ON CONFLICT(host) DO UPDATE SET count = count + 1, last_seen = excluded.last_seen",
            [host, date.today().isoformat()],
        )

    def top(self, limit: int = 50) -> list[tuple[str, int, str]]:
        rows = self._db.execute(
            "SELECT host, count, last_seen FROM blocked_hosts ORDER BY count DESC, host LIMIT ?", [limit])
        return [tuple(r) for r in rows.fetchall()]
