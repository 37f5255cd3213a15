"""The point's shared help queue: latency between terminals, reconnect time, the helper view with 500 waiting.

A real Mosquitto with TLS (tests/helpers/broker.py) on 127.0.0.1 and terminals made of the
kiosk's own classes in this process (HelpQueue on its own SQLite file, HelpBroker, PointQueue;
the same as tests/gui/test_help_point.py), so the figures include paho's thread, TLS, the
broker and the hand-off to the interface thread, but no LAN.

1. Request on terminal A -> visible in B's list, and call on B -> "Your turn" on A (A's
   my_turn signal): p50 and p99 over N_REQUESTS requests, against the same path on one
   terminal alone (ask -> in its own list; call -> my_turn), measured in the same run; and
   all of it twice, the broker with Mosquitto's default (Nagle's algorithm on its sockets)
   and as shipped (`set_tcp_nodelay true`, packaging/linux/broker/digipiste.conf.in).
2. Reconnect: the broker killed and started again; time from its start until both
   terminals are connected and have heard a request made while it was down.
3. A kiosk (kiosk.app.build, offscreen) whose point holds N_WAITING requests of 5 terminals:
   open the helper view (fill + paint) and refresh it, medians, against the same with an
   empty list and against one frame (16.7 ms).

Figures only; nothing here asserts a time.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

N_REQUESTS = int(os.environ.get("BENCH_QUEUE_REQUESTS", "200"))
N_WAITING = int(os.environ.get("BENCH_QUEUE_WAITING", "500"))
REPEATS = int(os.environ.get("BENCH_QUEUE_REPEATS", "20"))
FRAME_MS = 1000 / 60


def _app():
    from kiosk.app import before_qapplication

    argv = before_qapplication()
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication(argv)


def _until(app, condition, timeout_s: float = 60.0) -> float:
    """Run the event loop until `condition()`; the seconds it took."""
    t0 = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - t0 > timeout_s:
            raise TimeoutError("condition not met")
        time.sleep(0.0002)   # let paho's thread run on a busy machine
    return time.perf_counter() - t0


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


def bench_latency_and_reconnect(app, root: Path) -> None:
    """The latency twice in one run: the broker's sockets with Nagle's algorithm (Mosquitto's
    default, `set_tcp_nodelay false`) as the baseline, then as shipped (`set_tcp_nodelay true`)."""
    _latency_and_reconnect(app, root / "nagle", nodelay=False)
    _latency_and_reconnect(app, root / "shipped", nodelay=True)


def _latency_and_reconnect(app, root: Path, *, nodelay: bool) -> None:
    from kiosk.core.help import shared_queue as sq
    from kiosk.core.help.schedule import Schedule
    from kiosk.services.help_queue import HelpQueue
    from kiosk.services.storage_worker import StorageWorker
    from tests.gui.test_help_point import ALL_WEEK, Terminal
    from tests.helpers.broker import MosquittoBroker

    root.mkdir(parents=True, exist_ok=True)
    broker = MosquittoBroker(root / "broker", nodelay=nodelay)
    broker.start()
    print(f"-- broker with set_tcp_nodelay {'true (as shipped)' if nodelay else 'false (Mosquitto default)'}")
    a, b = Terminal(broker, "t1", root), Terminal(broker, "t2", root)
    alone_worker = StorageWorker(root / "alone.db")
    alone = HelpQueue(Schedule.build("Europe/Helsinki", ALL_WEEK), alone_worker, None)
    try:
        _until(app, lambda: a.link.state == "up" and b.link.state == "up")
        seen, turn, seen_alone, turn_alone = [], [], [], []
        for _ in range(N_REQUESTS):
            t0 = time.perf_counter()
            r = a.queue.ask("kela")
            _until(app, lambda: r.id in b.point.known)
            seen.append(time.perf_counter() - t0)
            got = []
            a.queue.my_turn.connect(lambda: got.append(1))
            t0 = time.perf_counter()
            b.point.act(r.id, sq.CALLED, called_by="Eeva · t2")
            _until(app, lambda: bool(got))
            turn.append(time.perf_counter() - t0)
            a.queue.my_turn.disconnect()
            a.queue.close(r.id, "solved")
            a.queue._mine = None
            # The same path on one terminal alone: ask -> in its own list; call -> my_turn.
            t0 = time.perf_counter()
            s = alone.ask("kela")
            _until(app, lambda: any(x.id == s.id for x in alone.queue()))
            seen_alone.append(time.perf_counter() - t0)
            got_alone = []
            alone.my_turn.connect(lambda: got_alone.append(1))
            t0 = time.perf_counter()
            alone.call(s.id)
            _until(app, lambda: bool(got_alone))
            turn_alone.append(time.perf_counter() - t0)
            alone.my_turn.disconnect()
            alone.close(s.id, "solved")
        for name, shared, single in (("request on A -> in B's list", seen, seen_alone),
                                     ("call on B -> 'Your turn' on A", turn, turn_alone)):
            print(f"{name}: p50 {_pct(shared, 50):.2f} ms, p99 {_pct(shared, 99):.2f} ms over {N_REQUESTS}; "
                  f"one terminal alone p50 {_pct(single, 50):.3f} ms, p99 {_pct(single, 99):.3f} ms "
                  f"(p50 {_pct(shared, 50) / max(_pct(single, 50), 1e-6):.0f}x)")

        broker.kill()
        _until(app, lambda: a.link.state != "up" and b.link.state != "up")
        r = a.queue.ask("other")
        broker.start()
        t_start = time.perf_counter()
        _until(app, lambda: a.link.state == "up" and b.link.state == "up" and r.id in b.point.known, 90)
        print(f"reconnect after a broker restart: {time.perf_counter() - t_start:.2f} s until both terminals "
              "are back and B has heard the request A took while it was down (paho retries 1 s doubling to 30 s)")
    finally:
        a.stop()
        b.stop()
        alone_worker.stop()
        broker.stop()


def bench_view(app, root: Path) -> None:
    from kiosk.app import build
    from kiosk.core.help import shared_queue as sq
    from tests.configs import local_config_text
    from tests.bench.bench_help import time_helper_view
    from tests.helpers.broker import MosquittoBroker

    broker = MosquittoBroker(root / "broker-view", {"test": ["t1"]})
    broker.start()

    def measure(n: int) -> tuple[float, float]:
        with tempfile.TemporaryDirectory() as data:
            config = Path(data) / "site.toml"
            config.write_text(local_config_text({"omakanta": "http://127.0.0.1:9/"}) + broker.config_table("t1"))
            kiosk = build(str(config), data_dir=Path(data) / "d")
            kiosk.window.resize(1280, 800)
            help_ = kiosk.help
            point = help_.point
            _until(app, lambda: point.broker.state == "up")
            day = help_.queue.today().isoformat()
            now = datetime.now(UTC).timestamp()
            for i in range(n):      # as heard from 5 terminals, through the merge
                tid = f"t{2 + i % 5}"
                r = sq.SharedRequest(id=f"r{i}", terminal=tid, letter="BCDEF"[i % 5], number=1 + i // 5, day=day,
                                     topic=("omakanta", "my_device", "other")[i % 3], created_at=now - 3600 + i,
                                     first_name=f"Name{i}", terminal_label=f"Terminal {tid}",
                                     doing=sq.Doing("omakanta", "omakanta-login", 1 + i % 7, sq.Hlc(1, 0)))
                point._heard(r, f"digipiste/test/requests/{tid}/r{i}")
            for _ in range(5):
                app.processEvents()
            opened, refreshed = time_helper_view(app, help_, n, REPEATS)
            kiosk.shutdown()
            app.processEvents()
        return opened, refreshed

    try:
        empty_open, empty_refresh = measure(0)
        full_open, full_refresh = measure(N_WAITING)
    finally:
        broker.stop()
    print(f"helper view, shared queue, empty: open {empty_open:.1f} ms, refresh {empty_refresh:.1f} ms "
          f"(median of {REPEATS})")
    print(f"helper view, {N_WAITING} waiting across 5 terminals: open {full_open:.1f} ms "
          f"({full_open / empty_open:.1f}x empty, {full_open / FRAME_MS:.2f} frames), refresh {full_refresh:.1f} ms "
          f"({full_refresh / empty_refresh:.1f}x empty, {full_refresh / FRAME_MS:.2f} frames); "
          f"one frame = {FRAME_MS:.1f} ms")


def main() -> None:
    from tests.helpers.broker import mosquitto_missing

    why = mosquitto_missing()
    if why:
        print(f"skipped: {why}")
        return
    app = _app()
    with tempfile.TemporaryDirectory() as root:
        bench_latency_and_reconnect(app, Path(root))
        bench_view(app, Path(root))


if __name__ == "__main__":
    main()
