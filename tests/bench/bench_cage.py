"""Time from cage start to the home screen painted: the frozen bundle under cage as the kiosk user (issue 12).

Each mode starts the kiosk on the demo configuration with a fresh data
folder, as the unprivileged user the tests make (root is needed to become it),
with Chromium's sandbox on, and measures from the start of the command to:

- READY=1: the datagram the kiosk sends to $NOTIFY_SOCKET after its first
  paint (kiosk/services/watchdog.py), received on a socket of this process;
- full size: the first moment the test probe says the main window has the
  output's size. Under cage this comes later than READY=1: cage 0.1.4 first
  configures a new window with 0x0 (the client picks its own size; the
  kiosk's first frame is its natural size, about 715x529), and sends the
  output's size only once that first buffer is on screen. The probe is polled
  every 20 ms, so the figure is late by up to that plus one frame.
- CPU to READY=1: user + system time of every process the start made (the
  session script, cage, the kiosk and its Chromium helpers; not Xvfb), which
  other load on a shared machine hardly changes, unlike the wall time.

Modes: the session script with cage's headless backend (closest to a real
terminal: no X server, pixman renderer) and nested in Xvfb (the tests' setup);
baseline the same bundle straight on Xvfb (xcb), and the same code from the
source tree on Xvfb. Modes alternate within each round so that drift on a
shared machine hits all alike; one warm-up round is not counted. Ratios are
of the medians, against the bundle on Xvfb.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 8
REPO = Path(__file__).resolve().parents[2]
MODES = ("bundle on Xvfb (xcb)", "cage, headless backend", "cage nested in Xvfb", "source on Xvfb (xcb)")


class Run:
    """One start of the kiosk in one mode; `ready_s` and `full_s` from the start (or None), `cpu_s`."""

    def __init__(self, mode: str, bundle: Path, xserver, demo: Path) -> None:
        from tests.deploy.cage_session import USER, Cage, ensure_user

        self.tmp = Path(tempfile.mkdtemp(prefix="digipiste-bench-cage-"))
        os.chmod(self.tmp, 0o755)
        user = ensure_user()
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        address = self.tmp / "notify"
        self.sock.bind(str(address))
        os.chmod(address, 0o777)      # the kiosk user sends to it
        self.expected = None
        self.cage = None
        self.cpu_s = 0.0
        if mode.startswith("cage"):
            nested = xserver if "Xvfb" in mode else None
            self.cage = Cage(bundle, self.tmp, demo.read_text(encoding="utf-8"), nested,
                             extra_env={"NOTIFY_SOCKET": str(address)})
            self.t0 = time.monotonic()
            self.cage.start()
            self.proc = self.cage.proc
            self.expected = None if nested else (1280, 720)   # wlroots' headless output
        else:
            data = self.tmp / "data"
            data.mkdir()
            os.chown(data, user.pw_uid, user.pw_gid)
            env = {"PATH": "/usr/bin:/bin", "HOME": str(self.tmp), "DISPLAY": xserver.display,
                   "QT_QPA_PLATFORM": "xcb", "NOTIFY_SOCKET": str(address), "DIGIPISTE_TEST_PROBE": "1"}
            program = ([str(bundle / "kiosk")] if mode.startswith("bundle") else
                       [str(REPO / ".venv" / "bin" / "python"), "-m", "kiosk"])
            self.t0 = time.monotonic()
            self.proc = subprocess.Popen(
                ["runuser", "-u", USER, "--", "env", "-i", *[f"{k}={v}" for k, v in env.items()],
                 *program, "--config", str(demo), "--data-dir", str(data)],
                cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                start_new_session=True)
        if self.expected is None:
            from tests.display.xserver import SCREEN
            self.expected = SCREEN
        self.ready_s = self._ready()
        self.full_s = self._full_size() if self.ready_s is not None else None

    def _ready(self, timeout: float = 90) -> float | None:
        self.sock.settimeout(0.5)
        end = time.monotonic() + timeout
        while time.monotonic() < end and self.proc.poll() is None:
            try:
                message = self.sock.recv(4096).decode(errors="replace")
            except TimeoutError:
                continue
            if "READY=1" in message.split("\n"):
                elapsed = time.monotonic() - self.t0
                self.cpu_s = session_cpu_s(self.proc.pid)
                return elapsed
        return None

    def _full_size(self, timeout: float = 30) -> float | None:
        from tests.deploy.cage_session import ask

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            rect = ask(self.proc, "where main-window").get("rect", [])
            if rect[2:] == list(self.expected):
                return time.monotonic() - self.t0
            time.sleep(0.02)
        return None

    def stop(self) -> None:
        from tests.deploy.cage_session import end_group

        if self.cage is not None:
            self.cage.stop()
        else:
            end_group(self.proc)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()
        self.sock.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def session_cpu_s(sid: int) -> float:
    """CPU time (user + system) of every process of session `sid` so far: contention hardly changes it."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == sid:         # field 6 of stat: the session id
            total += int(fields[11]) + int(fields[12])     # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def _why_not(bundle: Path) -> str | None:
    if os.geteuid() != 0:
        return "needs root (to run the kiosk as an unprivileged user, as cage requires)"
    missing = [t for t in ("cage", "Xvfb", "xdotool", "xwininfo") if shutil.which(t) is None]
    if missing:
        return f"not installed: {', '.join(missing)}"
    if not (bundle / "kiosk").exists():
        return f"no bundle in {bundle}: run ./dev bundle first"
    return None


def main() -> None:
    from tests.deploy.cage_session import make_readable
    from tests.display.xserver import start_xvfb

    reason = _why_not(REPO / "dist" / "digipiste")
    if reason:
        print(f"skipped: {reason}")
        return
    top = Path(tempfile.mkdtemp(prefix="digipiste-bench-bundle-"))
    bundle = make_readable(REPO / "dist" / "digipiste", top, REPO / "packaging" / "linux" / "session.sh")
    demo = top / "demo.toml"
    shutil.copy(REPO / "kiosk" / "demo" / "koivutupa.toml", demo)
    os.chmod(demo, 0o644)
    xserver = start_xvfb()
    ready: dict[str, list[float]] = {m: [] for m in MODES}
    full: dict[str, list[float]] = {m: [] for m in MODES}
    cpu: dict[str, list[float]] = {m: [] for m in MODES}
    try:
        for round_no in range(ROUNDS + 1):
            order = MODES[round_no % len(MODES):] + MODES[:round_no % len(MODES)]
            for mode in order:
                run = Run(mode, bundle, xserver, demo)
                run.stop()
                if run.ready_s is None or run.full_s is None:
                    print(f"  {mode}: no home screen (READY={run.ready_s}, full size={run.full_s})", flush=True)
                    continue
                if round_no:          # round 0 warms the page cache
                    ready[mode].append(run.ready_s)
                    full[mode].append(run.full_s)
                    cpu[mode].append(run.cpu_s)
            print(f"  round {round_no}{' (warm-up)' if not round_no else ''} done", flush=True)
    finally:
        xserver.stop()
        shutil.rmtree(top, ignore_errors=True)
    base = MODES[0]
    if not ready[base]:
        print("no figures: the baseline never reached its home screen")
        return
    base_ready, base_full, base_cpu = (statistics.median(x[base]) for x in (ready, full, cpu))
    print(f"start to home screen, demo configuration, median of {ROUNDS} (min-max); ratios against {base}:")
    for mode in MODES:
        if not ready[mode]:
            print(f"  {mode:24s} no figures")
            continue
        r, f, c = (statistics.median(x[mode]) for x in (ready, full, cpu))
        print(f"  {mode:24s} READY=1 {r:5.2f} s ({min(ready[mode]):.2f}-{max(ready[mode]):.2f}) {r / base_ready:4.2f}x"
              f" | full size {f:5.2f} s ({min(full[mode]):.2f}-{max(full[mode]):.2f}) {f / base_full:4.2f}x"
              f" | +{(f - r) * 1000:3.0f} ms after READY | CPU to READY {c:5.2f} s {c / base_cpu:4.2f}x")


if __name__ == "__main__":
    sys.exit(main())
