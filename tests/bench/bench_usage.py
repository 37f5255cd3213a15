"""Usage log: append latency on the interface thread, sustained append rate, syncing 100 000 events.

- Append latency: `hub.report(...)` with the usage log subscribed, one event per
  event-loop turn back to back (the storage thread is writing the previous one
  meanwhile), and 10 ms apart; median and p99; baseline is the same report
  with no subscriber, measured in the same run.
- Sustained rate: 100 000 events reported back to back until all are on disk;
  baseline is the naive way (one committed INSERT per event, synchronous=FULL).
- Sync: 100 000 pending events to the local JSON-lines receiver process
  (tests/receivers) with the default batch size; time, requests, Python heap peak
  (tracemalloc) against a 20 000-event run (flat memory means a ratio near 1), and
  the time of merely reading the pending rows as a baseline.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

N_LATENCY = int(os.environ.get("BENCH_USAGE_LATENCY", "5000"))
N_RATE = int(os.environ.get("BENCH_USAGE_RATE", "100000"))
N_SYNC = int(os.environ.get("BENCH_USAGE_SYNC", "100000"))


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def bench_append(tmp: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from kiosk.core.usage.schema import Context
    from kiosk.services.events import EventHub
    from kiosk.services.storage_worker import StorageWorker
    from kiosk.services.usage_log import UsageLog

    app = QCoreApplication.instance() or QCoreApplication([])
    ctx = Context.make("site", "t1", ["kela", "kanta"], ["login-bank"])

    def latencies(hub: EventHub, gap_s: float = 0.0, n: int = N_LATENCY) -> list[float]:
        out = []
        for i in range(n):
            t = time.perf_counter()
            hub.report("tile.opened", tile="kela" if i % 2 else "kanta")
            out.append((time.perf_counter() - t) * 1000)
            app.processEvents()
            if gap_s:
                time.sleep(gap_s)
        return out

    bare = latencies(EventHub())
    worker = StorageWorker(tmp / "append.db")
    usage = UsageLog(worker, ctx)
    hub = EventHub()
    hub.subscribe("usage-log", usage.on_event)
    done = [0]
    usage.committed.connect(lambda n: done.__setitem__(0, done[0] + n))
    worker.call(lambda db: None)   # database opened and migrated before timing
    with_log = latencies(hub)
    while done[0] < N_LATENCY:
        app.processEvents()
    # 10 ms apart (100 events/s, still far more than a resident makes): the
    # previous event's write has finished, nothing competes for the GIL.
    spaced = latencies(hub, 0.01, 1000)
    while done[0] < N_LATENCY + 1000:
        app.processEvents()
    med_b, p99_b = statistics.median(bare), _pct(bare, 0.99)
    med, p99 = statistics.median(with_log), _pct(with_log, 0.99)
    print(f"append latency on the interface thread ({N_LATENCY} events): median {med:.3f} ms, "
          f"p99 {p99:.3f} ms, max {max(with_log):.3f} ms")
    print(f"  baseline hub.report without the usage log: median {med_b:.3f} ms, p99 {p99_b:.3f} ms "
          f"(ratio median {med / med_b:.1f}x, p99 {p99 / p99_b:.1f}x)")
    print(f"  events 10 ms apart (1000): median {statistics.median(spaced):.3f} ms, "
          f"p99 {_pct(spaced, 0.99):.3f} ms, max {max(spaced):.3f} ms")

    done[0] = 0
    t = time.perf_counter()
    for i in range(N_RATE):
        hub.report("tile.opened", tile="kela")
        if i % 1000 == 0:
            app.processEvents()
    t_reported = time.perf_counter() - t
    while done[0] < N_RATE:
        app.processEvents()
        time.sleep(0.001)
    total = time.perf_counter() - t
    rate = N_RATE / total
    worker.stop()

    import sqlite3
    conn = sqlite3.connect(tmp / "naive.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE e (id INTEGER PRIMARY KEY, body TEXT)")
    n_naive = 2000
    t = time.perf_counter()
    for i in range(n_naive):
        conn.execute("INSERT INTO e (body) VALUES (?)", ('{"type":"tile.opened"}',))
    naive_rate = n_naive / (time.perf_counter() - t)
    conn.close()
    print(f"sustained append rate: {rate:,.0f} events/s ({N_RATE} events on disk in {total:.2f} s; "
          f"reporting them took {t_reported:.2f} s)")
    print(f"  baseline one commit per event: {naive_rate:,.0f} events/s (ratio {rate / naive_rate:.1f}x)")


def bench_sync(tmp: Path, n: int) -> tuple[float, int, int]:
    from kiosk.services.sync_targets import JsonLinesTarget
    from kiosk.services.sync_worker import SyncEngine
    from kiosk.storage.db import open_database
    from tests.receivers import Receiver
    from tests.usage.sync_helpers import fill, make_records

    db_path = tmp / f"sync-{n}.db"
    for start in range(0, n, 20_000):
        fill(db_path, make_records(min(20_000, n - start)))
    db = open_database(db_path)
    t = time.perf_counter()
    rows = db.conn.execute("SELECT id, body FROM usage_outbox WHERE state = 'pending'").fetchall()
    read_s = time.perf_counter() - t
    del rows
    db.conn.close()
    with Receiver("jsonl", tmp / f"store-{n}.jsonl") as receiver:
        engine = SyncEngine(lambda: open_database(db_path), JsonLinesTarget(receiver.url, batch_size=500))
        tracemalloc.start()
        t = time.perf_counter()
        result = engine.run_once()
        elapsed = time.perf_counter() - t
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        engine.close()
        requests = receiver.requests()
        stored = len(receiver.events()) if n <= 20_000 else None
    assert result.sent == n and result.pending == 0, result
    if stored is not None:
        assert stored == n
    return elapsed, requests, peak, read_s


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bench_append(tmp)
        small = 20_000
        t_small, _r, peak_small, _read = bench_sync(tmp, small)
        t_big, requests, peak_big, read_s = bench_sync(tmp, N_SYNC)
        print(f"sync {N_SYNC} events to the local JSON-lines receiver: {t_big:.2f} s "
              f"({N_SYNC / t_big:,.0f} events/s), {requests} requests")
        print(f"  Python heap peak during sync: {peak_big / 1e6:.1f} MB for {N_SYNC}, "
              f"{peak_small / 1e6:.1f} MB for {small} (ratio {peak_big / peak_small:.2f}: flat)")
        print(f"  baseline: reading the {N_SYNC} pending rows alone takes {read_s:.2f} s "
              f"(sync is {t_big / read_s:.0f}x that); {small} events synced in {t_small:.2f} s")


if __name__ == "__main__":
    main()
