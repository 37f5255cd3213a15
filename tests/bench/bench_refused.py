"""What a refused request costs the interface thread: before (one SQL commit each) and now.

Before: the browser's refusal ran `INSERT ... ON CONFLICT ... DO UPDATE` and
its commit (WAL, synchronous=FULL) on the interface thread. Now: the event
hub calls the refused-host counter, which updates a dictionary; the write
happens later on the storage thread. Both on a real kiosk.db in a temporary
folder, in the same run; median and 99th percentile per refusal.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

N = 2000
HOSTS = [f"tracker{n % 40}.example" for n in range(N)]

OLD_SQL = ("INSERT INTO blocked_hosts (host, count, last_seen) VALUES (?, 1, ?) "
           "ON CONFLICT(host) DO UPDATE SET count = count + 1, last_seen = excluded.last_seen")


def _figures(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e6, ordered[int(len(ordered) * 0.99) - 1] * 1e6


def main() -> None:
    from PySide6.QtCore import QCoreApplication

    from kiosk.services.events import EventHub
    from kiosk.services.refused_hosts import RefusedHostCounter
    from kiosk.services.storage_worker import StorageWorker
    from kiosk.storage.db import open_database

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "before.db")
        before = []
        for host in HOSTS:
            t0 = time.perf_counter()
            db.execute(OLD_SQL, [host, date.today().isoformat()])
            before.append(time.perf_counter() - t0)
        db.conn.close()

        storage = StorageWorker(Path(tmp) / "after.db")
        counter = RefusedHostCounter(storage, flush_ms=50)
        hub = EventHub()
        hub.subscribe("refused-host counter", counter.on_event)
        after = []
        for n, host in enumerate(HOSTS):
            t0 = time.perf_counter()
            hub.report("host.refused", host=host, reason="not-allowed", origin="part")
            after.append(time.perf_counter() - t0)
            if n % 200 == 0:
                app.processEvents()   # lets the flush timer fire, as the event loop would
        counter.flush_and_wait()
        storage.stop()
    bm, bp = _figures(before)
    am, ap = _figures(after)
    print(f"before (SQL commit on the interface thread): median {bm:.1f} us, p99 {bp:.1f} us per refusal")
    print(f"now (event hub + in-memory count):           median {am:.1f} us, p99 {ap:.1f} us per refusal")
    print(f"ratio now/before: median {am / bm:.3f}x, p99 {ap / bp:.3f}x")


if __name__ == "__main__":
    main()
