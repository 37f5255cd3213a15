"""Idle wake-ups: how often the kiosk's interface thread wakes up on an untouched home screen.

Runs the real `kiosk --windowed` (offscreen), waits until it settled, then
counts the voluntary context switches of its main thread (each one is a sleep
that ended, i.e. a wake-up) over `SECONDS`, from /proc. Same count for the
bare PySide6 program in the same run, as the baseline. `DIGIPISTE_BENCH_SRC`
points at another checkout to measure it instead (before/after figures).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from tests.bench.bench_startup import BARE

SECONDS = 10.0
SETTLE_S = 6.0

# The bare program of bench_startup, kept running instead of quitting after the first frame.
BARE_IDLE = BARE.replace("QTimer.singleShot(0, app.quit)", "None")


def _switches(pid: int) -> int:
    with open(f"/proc/{pid}/task/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("voluntary_ctxt_switches"):
                return int(line.split()[1])
    raise RuntimeError("no voluntary_ctxt_switches")


def wakeups_per_s(cmd: list[str], cwd: str | None = None) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(SETTLE_S)
        before = _switches(proc.pid)
        time.sleep(SECONDS)
        after = _switches(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return (after - before) / SECONDS


def main() -> None:
    src = os.environ.get("DIGIPISTE_BENCH_SRC")
    with tempfile.TemporaryDirectory() as data:
        bare = wakeups_per_s([sys.executable, "-c", BARE_IDLE])
        kiosk = wakeups_per_s([sys.executable, "-m", "kiosk", "--windowed", "--data-dir", data], cwd=src)
    print(f"bare PySide6 program, idle: {bare:.1f} wake-ups/s of the main thread over {SECONDS:.0f} s")
    print(f"kiosk on home, idle:        {kiosk:.1f} wake-ups/s of the main thread over {SECONDS:.0f} s"
          + (f" (source: {src})" if src else ""))


if __name__ == "__main__":
    main()
