"""Start-up to a working tile tap: from process start until a tapped tile's page has loaded.

The kiosk runs as a real process (`python -m kiosk`, offscreen) on a site whose
one tile is a page of a real HTTP server on 127.0.0.1. The tap comes through the
test probe (DIGIPISTE_TEST_PROBE=1, `open TILE`: what the tile's button calls),
written to the kiosk's stdin at once, so it is taken at the kiosk's first chance
(a resident's tap that early builds the deferred screens first, as this does).
"Working" is the page's own `onload` calling back to the server: the browser
screen has the local page loaded, not just asked for. The clock is the server's
time of that call minus the kiosk process's start (/proc), the same start the
first-frame figures use. Baseline in the same interleaved run: the bare PySide6
+ QtWebEngineWidgets program's first frame (bench_startup.BARE); the ratio is
the figure to report (there is no aim for it; issue 17 asks it reported).
`DIGIPISTE_BENCH_BEFORE` names another checkout measured in the same
interleaved runs, as in bench_startup.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_TAP_RUNS", "5"))
PAGE = "<title>tapped</title><body onload=\"fetch('/loaded')\">the service's page</body>"


def _process_start(pid: int) -> float:
    """When process `pid` started, on the wall clock (as bench_startup's programs read their own)."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime") as fh:
        up = float(fh.read().split()[0])
    return time.time() - up + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def _tap_once(config: Path, data: str, loaded: list[float], src: str | None = None) -> float:
    """ms from the kiosk's start until the tapped tile's page called back from its onload."""
    env = {**os.environ, "DIGIPISTE_TEST_PROBE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--config", str(config), "--data-dir", data],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=src)
    try:
        started = _process_start(proc.pid)
        proc.stdin.write("open svc\n")
        proc.stdin.flush()
        deadline = time.monotonic() + 60
        while not loaded:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the tapped tile's page never loaded")
            time.sleep(0.002)
        proc.stdin.write("state\n")   # the browser screen is the one shown
        proc.stdin.flush()
        answers = [proc.stdout.readline() for _ in range(2)]
        if '"browser-screen"' not in answers[1]:
            raise RuntimeError(f"the page loaded but the kiosk shows {answers[1]!r}")
        return (loaded[0] - started) * 1000
    finally:
        loaded.clear()
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.bench.bench_startup import BARE, _run
    from tests.configs import local_config_text
    from tests.webserver import WebServer

    with WebServer("127.0.0.1") as web, tempfile.TemporaryDirectory() as tmp:
        loaded: list[float] = []
        handler_class = web._httpd.RequestHandlerClass
        base_serve = handler_class.do_GET

        def serve(handler) -> None:   # the time of the page's onload call, as the server saw it
            if handler.path == "/loaded":
                loaded.append(time.time())
            base_serve(handler)
        handler_class.do_GET = serve
        web.add("/svc", PAGE)
        web.add("/loaded", "ok", "text/plain")
        config = Path(tmp) / "site.toml"
        config.write_text(local_config_text({"svc": web.url("/svc")}), encoding="utf-8")
        data = str(Path(tmp) / "data")
        before_src = os.environ.get("DIGIPISTE_BENCH_BEFORE")
        data_before = str(Path(tmp) / "data-before")
        _tap_once(config, data, loaded)   # writes the bytecode and the database first
        if before_src:
            _tap_once(config, data_before, loaded, before_src)
        bare, tap, before = [], [], []
        for _ in range(RUNS):   # interleaved, so drift on the machine hits all alike
            bare.append(_run([sys.executable, "-c", BARE])[0])
            tap.append(_tap_once(config, data, loaded))
            if before_src:
                before.append(_tap_once(config, data_before, loaded, before_src))
        b, t = statistics.median(bare), statistics.median(tap)
        print(f"[bytecode cached] bare PySide6+QtWebEngineWidgets first paint: median {b:.0f} ms over {RUNS} runs")
        print(f"[bytecode cached] kiosk start to a tapped tile's local page loaded: median {t:.0f} ms "
              f"(min {min(tap):.0f}, max {max(tap):.0f})")
        print(f"[bytecode cached] ratio tile tap/bare first paint: {t / b:.2f}x")
        if before:
            m = statistics.median(before)
            print(f"[bytecode cached] before ({before_src}): median {m:.0f} ms (min {min(before):.0f}, "
                  f"max {max(before):.0f}), ratio {m / b:.2f}x")


if __name__ == "__main__":
    main()
