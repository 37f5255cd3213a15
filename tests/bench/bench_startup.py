"""Startup: `kiosk --smoke` against a bare PySide6 program with QtWebEngineWidgets.

Both are timed from process start to the first frame painted (the same
/proc-based clock), median of N runs each, in the same run; the ratio is the
figure to report. Aim: the kiosk within 1.3x of the bare program. Measured
twice: with bytecode cached (a deployed kiosk) and without (each run compiles
into a fresh, empty PYTHONPYCACHEPREFIX). `DIGIPISTE_BENCH_BEFORE` names
another checkout (e.g. `git worktree add /tmp/before main`) measured in the
same interleaved runs, for before/after figures on a busy machine.
The kiosk starts as in production, with `--config` on a site file (the
shipped demo's, each checkout its own), which the kiosk reads once.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

RUNS = 7

BARE = r"""
import json, os, sys, time
def started():
    with open("/proc/self/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime") as fh:
        up = float(fh.read().split()[0])
    return time.time() - up + int(fields[19]) / os.sysconf("SC_CLK_TCK")
t0 = started()
from PySide6.QtCore import QEvent, QObject, QTimer, Qt, QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
import PySide6.QtWebEngineWidgets  # noqa: F401  (the import the kiosk pays for)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
app = QApplication(sys.argv)
w = QWidget()
seen = {}
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and "t" not in seen:
            seen["t"] = time.time(); seen["cpu"] = time.process_time(); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f)
w.showFullScreen()
app.exec()
print(json.dumps({"first_paint_ms": (seen["t"] - t0) * 1000, "first_paint_cpu_ms": seen["cpu"] * 1000}))
"""


def _run(cmd: list[str], *, cached: bool = True, src: str | None = None) -> tuple[float, float | None]:
    """(wall ms, CPU ms) from process start to the first frame; CPU is None for a kiosk that does not say it."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as cache:
        if cached:
            # A deployed kiosk has its bytecode (a shell may say otherwise).
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        else:
            env["PYTHONPYCACHEPREFIX"] = cache   # empty: every module is compiled again
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=True,
                             cwd=src).stdout
    report = json.loads(out.strip().splitlines()[-1])
    return report["first_paint_ms"], report.get("first_paint_cpu_ms")


def main() -> None:
    before_src = os.environ.get("DIGIPISTE_BENCH_BEFORE")
    # --config as in production (a relative path: each checkout's own demo file, cwd=src).
    kiosk_cmd = [sys.executable, "-m", "kiosk", "--smoke", "--config", "kiosk/demo/koivutupa.toml", "--data-dir"]
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as data_before:
        # One run each first, so that the cached runs find their bytecode written.
        _run([*kiosk_cmd, data])
        if before_src:
            _run([*kiosk_cmd, data_before], src=before_src)
        for cached in (True, False):
            bare, kiosk, before = [], [], []
            for _ in range(RUNS):  # interleaved, so drift on the machine hits all alike
                bare.append(_run([sys.executable, "-c", BARE], cached=cached))
                kiosk.append(_run([*kiosk_cmd, data], cached=cached))
                if before_src:
                    before.append(_run([*kiosk_cmd, data_before], cached=cached, src=before_src))
            b, k = statistics.median(r[0] for r in bare), statistics.median(r[0] for r in kiosk)
            label = "bytecode cached" if cached else "no cached bytecode"
            print(f"[{label}] bare PySide6+QtWebEngineWidgets first paint: median {b:.0f} ms over {RUNS} runs")
            print(f"[{label}] kiosk --smoke home screen first paint:       median {k:.0f} ms over {RUNS} runs")
            print(f"[{label}] ratio kiosk/bare: {k / b:.2f}x (aim <= 1.3x)")
            # CPU time until the first frame (all threads): what the start costs,
            # less moved by other work on a shared machine than wall time.
            bc, kc = statistics.median(r[1] for r in bare), _median_cpu(kiosk)
            if kc is not None:
                print(f"[{label}] CPU until first paint: bare {bc:.0f} ms, kiosk {kc:.0f} ms, ratio {kc / bc:.2f}x")
            if before:
                m = statistics.median(r[0] for r in before)
                print(f"[{label}] before ({before_src}): median {m:.0f} ms, ratio {m / b:.2f}x")
                mc = _median_cpu(before)
                if mc is not None:
                    print(f"[{label}] before: CPU until first paint {mc:.0f} ms, ratio {mc / bc:.2f}x")


def _median_cpu(runs: list[tuple[float, float | None]]) -> float | None:
    cpu = [r[1] for r in runs if r[1] is not None]
    return statistics.median(cpu) if len(cpu) == len(runs) else None


if __name__ == "__main__":
    main()
