"""Help queue: the helper view with 500 residents waiting, and 10 000 requests through the repository.

1. View: a kiosk built offscreen (kiosk.app.build) with N_WAITING requests asked
   through the HelpQueue service. "Open" = fill the queue table, show the
   overlay and paint it (repaint() paints synchronously); "refresh" = fill and
   paint again with the view open. Medians over REPEATS, and the ratio against
   the same steps with an empty queue, measured in the same run. 16 ms is one
   frame at 60 Hz.
2. Storage: N_REQUESTS requests added and then closed (done, with an outcome)
   one after the other through kiosk.storage.help_requests on a real SQLite
   file (WAL, synchronous=FULL: one committed transaction per change), without
   a first name and with one (then purged at close, which checkpoints and
   truncates the WAL, as the service does). Throughput and file size.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

N_WAITING = int(os.environ.get("BENCH_HELP_WAITING", "500"))
N_REQUESTS = int(os.environ.get("BENCH_HELP_REQUESTS", "10000"))
REPEATS = int(os.environ.get("BENCH_HELP_REPEATS", "20"))


def time_helper_view(app, help_, rows: int, repeats: int) -> tuple[float, float]:
    """Medians (ms) of opening the helper view, drawn, and of refreshing it, drawn; `rows` listed."""
    opens, refreshes = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        help_.open_view()
        help_.view.repaint()
        opens.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        help_.refresh_view()
        help_.view.repaint()
        refreshes.append(time.perf_counter() - t0)
        help_.close_view()
        app.processEvents()
    assert help_.view.model.rowCount() == rows
    return statistics.median(opens) * 1000, statistics.median(refreshes) * 1000


def bench_view() -> None:
    from kiosk.app import before_qapplication, build

    argv = before_qapplication()
    from PySide6.QtWidgets import QApplication

    from tests.configs import local_config

    app = QApplication.instance() or QApplication(argv)

    def measure(n: int) -> tuple[float, float]:
        with tempfile.TemporaryDirectory() as data:
            kiosk = build(local_config({"omakanta": "http://127.0.0.1:9/"}), data_dir=data)
            kiosk.window.resize(1280, 800)
            help_ = kiosk.help
            for i in range(n):
                help_.queue.ask(("omakanta", "my_device", "other")[i % 3], first_name=f"Name{i}",
                                guide="omakanta-login", step=1 + i % 7, service="omakanta")
            help_.queue._mine = None
            help_.storage.call(lambda db: None)
            for _ in range(5):
                app.processEvents()
            opened, refreshed = time_helper_view(app, help_, n, REPEATS)
            kiosk.shutdown()
            app.processEvents()
        return opened, refreshed

    empty_open, empty_refresh = measure(0)
    full_open, full_refresh = measure(N_WAITING)
    print(f"helper view, empty queue: open {empty_open:.1f} ms, refresh {empty_refresh:.1f} ms (median of {REPEATS})")
    print(f"helper view, {N_WAITING} waiting: open {full_open:.1f} ms ({full_open / empty_open:.1f}x empty), "
          f"refresh {full_refresh:.1f} ms ({full_refresh / empty_refresh:.1f}x empty); one frame = 16.7 ms")


def bench_storage() -> None:
    from kiosk.core.help import queue as hq
    from kiosk.storage.db import open_database
    from kiosk.storage.help_requests import HelpRequests

    def run(with_name: bool) -> tuple[float, int]:
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "kiosk.db"
            db = open_database(path)
            repo = HelpRequests(db)
            start = datetime(2026, 12, 1, 8, tzinfo=UTC)
            t0 = time.perf_counter()
            for i in range(N_REQUESTS):
                at = start + timedelta(seconds=i)
                r = hq.Request(id=str(uuid.uuid4()), number=i + 1, day=date(2026, 12, 1), topic="omakanta",
                               created_at=at, state_at=at, first_name="Name" if with_name else "")
                repo.save(r)
                done = hq.transition(hq.transition(r, hq.CALLED, at), hq.DONE, at + timedelta(minutes=20),
                                     outcome="solved")
                repo.save(done)
                if with_name:
                    repo.purge_names([r.id])
            elapsed = time.perf_counter() - t0
            db.conn.close()
            size = sum(p.stat().st_size for p in Path(d).iterdir() if p.name.startswith("kiosk.db"))
        return elapsed, size

    plain_s, plain_size = run(False)
    named_s, named_size = run(True)
    print(f"repository, {N_REQUESTS} requests added and closed (2 commits each): {plain_s:.1f} s, "
          f"{N_REQUESTS / plain_s:.0f} requests/s, database {plain_size / 1024:.0f} KiB "
          f"({plain_size / N_REQUESTS:.0f} bytes per request, WAL included)")
    print(f"  with a first name purged at each close (WAL truncated each time): {named_s:.1f} s "
          f"({named_s / plain_s:.1f}x), {N_REQUESTS / named_s:.0f} requests/s, database {named_size / 1024:.0f} KiB")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    bench_view()
    bench_storage()


if __name__ == "__main__":
    main()
