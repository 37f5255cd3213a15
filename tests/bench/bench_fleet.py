"""The cost of one [fleet] config_url poll on a terminal, against an idle second of the same kiosk.

A real kiosk (kiosk.app.build, offscreen) polls a real HTTPS server on
127.0.0.1 with its own CA; signatures are made by the `minisign` command.
Measured in one run, in a child process of its own (its QApplication must
not meet the other benchmarks'):

- an idle second: the kiosk's event loop running with nothing to do
  (CPU time of the whole process, and of the interface thread alone);
- a poll that gets a new signed file (GET, GET .minisig, signature check,
  validation, atomic writes), and a poll the server answers 304: CPU time
  of the poll's worker thread (TLS client, checks, writes: the terminal's
  cost, measured on that thread, so the test server's own CPU in this
  process is not counted), interface-thread CPU, and wall time from
  poll_now() until its outcome reached the interface thread.

Figures are medians of ROUNDS; each poll is also given as a multiple of an
idle second's CPU. A resident is kept "in session" so that a new file is
stored but never applied (applying restarts the kiosk).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROUNDS = 7


_worker_ms: list[float] = []


def _timed_poll_once(*args, **kwargs):
    """kiosk.core.fleet.config_poll.poll_once, with the CPU time of the worker thread it runs on."""
    from kiosk.core.fleet.config_poll import poll_once

    t0 = time.thread_time()
    try:
        return poll_once(*args, **kwargs)
    finally:
        _worker_ms.append((time.thread_time() - t0) * 1000)


def _measure(run_loop, start) -> tuple[float, float, float]:
    """(worker CPU ms, interface-thread CPU ms, wall ms) of `start()` until `run_loop` returns."""
    _worker_ms.clear()
    t0, w0 = time.thread_time(), time.perf_counter()
    start()
    run_loop()
    return sum(_worker_ms), (time.thread_time() - t0) * 1000, (time.perf_counter() - w0) * 1000


def run() -> None:
    import kiosk.services.fleet_config as service
    from kiosk.app import before_qapplication, build

    service.poll_once = _timed_poll_once

    argv = before_qapplication()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from tests.configs import local_config_text
    from tests.fleet_server import FleetServer
    from tests.helpers.minisign import make_key

    app = QApplication(argv)
    later = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with tempfile.TemporaryDirectory() as tmp_name, FleetServer(Path(tmp_name)) as server:
        tmp = Path(tmp_name)
        key = make_key(tmp / "key")
        base = local_config_text({"kela": "https://127.0.0.1:1/"})
        signed = []
        for serial in range(1, ROUNDS + 1):   # one new file per "new file" poll
            path = tmp / f"published-{serial}.toml"
            path.write_text(base.replace('"kela fi"', f'"Kela {serial}"'), encoding="utf-8")
            signed.append((path.read_bytes(), key.sign(path, f"serial:{serial} expires:{later}").read_bytes()))
        site = tmp / "site.toml"
        site.write_text(base + f'\n[fleet]\nconfig_url = "{server.url}"\npublic_keys = ["{key.public_line}"]\n'
                               f'ca_file = "{server.ca_file}"\ninterval_s = 86400\n', encoding="utf-8")
        kiosk = build(config=str(site), data_dir=tmp / "data", windowed=True, restart_app=lambda: None)
        kiosk.window.finish_start()
        poller = kiosk.fleet_config
        poller.stop()   # no timed polls: only the ones measured here
        poller._stopped = False
        kiosk.session.ensure_started()   # a new file is stored, never applied

        def idle_second() -> None:
            loop = QEventLoop()
            QTimer.singleShot(1000, loop.quit)
            loop.exec()

        loop = QEventLoop()
        handled = type(poller)._polled

        def polled_then_quit(outcome) -> None:   # the outcome's own hand-off ends the wait: no polling timer
            handled(poller, outcome)
            loop.quit()
        poller._polled = polled_then_quit

        def until_polled() -> None:
            loop.exec()

        idle_second()   # settle: the deferred parts' first work
        idle = []
        for _ in range(ROUNDS):
            p0 = time.process_time()
            idle.append((*_measure(idle_second, lambda: None), (time.process_time() - p0) * 1000))
        new, same = [], []
        for data, minisig in signed:
            server.publish(data, minisig)
            new.append(_measure(until_polled, poller.poll_now))
            same.append(_measure(until_polled, poller.poll_now))
        assert poller.pending_serial == ROUNDS, poller.last
        assert server.counts["304 /site.toml"] == ROUNDS, server.counts
        kiosk.shutdown()
    app.processEvents()

    def med(rows, i):
        return statistics.median(r[i] for r in rows)

    idle_ui, idle_proc = med(idle, 1), med(idle, 3)
    print(f"idle second of the kiosk: process CPU {idle_proc:.2f} ms, of which the interface thread {idle_ui:.2f} ms")
    for name, rows in (("poll with a new signed file (200)", new), ("poll answered 304", same)):
        cpu, ui, wall = med(rows, 0), med(rows, 1), med(rows, 2)
        print(f"{name}: worker CPU {cpu:.2f} ms + interface thread {ui:.2f} ms = "
              f"{(cpu + ui) / idle_proc:.1f}x the CPU of an idle second; interface thread alone "
              f"{ui / idle_ui:.2f}x its idle second; wall {wall:.0f} ms")
    print(f"medians of {ROUNDS}; server saw {dict(server.counts)}")


def main() -> None:
    done = subprocess.run([sys.executable, "-m", "tests.bench.bench_fleet", "--run"], timeout=600)
    if done.returncode:
        print(f"bench_fleet failed (exit status {done.returncode})")


if __name__ == "__main__":
    if "--run" in sys.argv:
        run()
    else:
        main()
