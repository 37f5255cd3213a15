"""Session reset latency and memory growth over many sessions (issue: locked-down browser).

Each session loads a local page that writes cookie, localStorage, IndexedDB and
Cache Storage. Reset = End session confirmed -> signed-out screen up and the
wipe done (profile released, temp folder gone), measured around
`end_session`. Memory = RSS of the whole process tree (QtWebEngineProcess
children included) after 1 session and after N sessions.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SESSIONS_LATENCY = int(os.environ.get("BENCH_LATENCY_SESSIONS", "50"))
SESSIONS_MEMORY = int(os.environ.get("BENCH_SESSIONS", "200"))

PAGE = """<!doctype html><title>x</title><script>
document.cookie = "a=1"; localStorage.setItem("k", "v");
const r = indexedDB.open("d", 1); r.onupgradeneeded = () => r.result.createObjectStore("s");
r.onsuccess = () => caches.open("c").then(c => c.put("/x", new Response("y"))).then(() => document.title = "ok");
</script>"""


def tree_rss_kb(pid: int) -> int:
    """RSS of pid and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def count_children(pid: int) -> int:
    n = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if f"({'QtWebEngineProc'}" in Path(f"/proc/{entry}/stat").read_text()[:60]:
                    n += 1
            except OSError:
                pass
    return n


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from kiosk.app import before_qapplication, build

    argv = before_qapplication()
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.configs import local_config
    from tests.webserver import WebServer

    app = QApplication(argv)

    def wait_until(cond, timeout=10.0):
        # A real event loop, as in the kiosk: processEvents() alone never runs
        # deferred deletions, so profiles would pile up only in the benchmark.
        end = time.monotonic() + timeout
        while not cond() and time.monotonic() < end:
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return cond()

    with WebServer() as web, tempfile.TemporaryDirectory() as data:
        web.add("/", PAGE)
        kiosk = build(local_config({"a": web.url("/")}, signed_out_s=2), data_dir=data)
        w = kiosk.window

        def one_session() -> float:
            w.open_tile("a")
            view = w.findChild(QWidget, "browser")
            wait_until(lambda: view.title() == "ok")
            t0 = time.perf_counter()
            w.session.end("resident")
            dt = time.perf_counter() - t0
            wait_until(lambda: False, 0.05)  # let deferred deletions run
            w._after_signed_out()
            return dt

        # Baseline in the same run: showing and hiding one full-window overlay.
        base = []
        for _ in range(SESSIONS_LATENCY):
            t0 = time.perf_counter()
            w.signed_out.pop_up()
            QCoreApplication.processEvents()
            w.signed_out.hide()
            base.append(time.perf_counter() - t0)
        resets = [one_session() for _ in range(SESSIONS_LATENCY)]
        b, r = statistics.median(base) * 1000, statistics.median(resets) * 1000
        print(f"reset (End session confirmed -> signed-out up, wiped): median {r:.1f} ms, "
              f"max {max(resets) * 1000:.1f} ms over {SESSIONS_LATENCY} sessions (aim <= 300 ms)")
        print(f"baseline (overlay show+hide): median {b:.1f} ms; ratio {r / b:.1f}x")

        rss = {}
        for i in range(1, SESSIONS_MEMORY + 1):
            one_session()
            if i in (1, SESSIONS_MEMORY):
                wait_until(lambda: False, 1.0)
                rss[i] = tree_rss_kb(os.getpid())
                print(f"after {i} sessions: {count_children(os.getpid())} child processes", flush=True)
        growth = (rss[SESSIONS_MEMORY] - rss[1]) / 1024
        print(f"process-tree RSS after 1 session: {rss[1] / 1024:.0f} MB, after {SESSIONS_MEMORY}: "
              f"{rss[SESSIONS_MEMORY] / 1024:.0f} MB, growth {growth:.1f} MB (aim <= 30 MB), "
              f"ratio {rss[SESSIONS_MEMORY] / rss[1]:.2f}x")
        kiosk.shutdown()


if __name__ == "__main__":
    main()
