"""cage with the frozen kiosk as an unprivileged user, nested in a private Xvfb (tests and benchmark).

Why nested, and not cage's headless backend: under cage 0.1.4 (Debian 12,
wlroots 0.15.1) with the headless backend, grim keeps showing the last frame
cage composed itself before it switched to direct scan-out. Once the client's
buffer has the output's size, cage hands that buffer straight to the output
(output.c, scan_out_primary_view, on every frame); the headless backend
accepts any buffer, and screencopy never sees the client's later frames (the
kiosk's first buffer is smaller than the output, so the screenshot is that
first frame in a corner of black). Qt is not at fault: WAYLAND_DEBUG=client
shows it attaching and committing every frame, getting its frame callbacks and
wl_buffer.release. Evidence: with an output transform that forbids scan-out
(cage -r -r) the same client's screenshots follow every frame. A headless
artefact: on a real terminal (DRM backend) a scanned-out buffer is what the
screen shows, and a wl_shm buffer (Qt's widgets) cannot be scanned out at all
(KMS takes dmabufs), so cage composes those frames.

With wlroots' x11 backend (WLR_BACKENDS=x11) cage composes every frame too
(seen: screenshots follow every frame), so grim sees what is shown; and, as a
real window on a real X server, the output has a pointer and a keyboard:
xdotool's XTest input reaches cage through the X server and the kiosk as
ordinary Wayland wl_pointer / wl_keyboard events. What stays unproven: the
DRM backend and libinput of a real terminal, and touch (wl_touch).
"""

from __future__ import annotations

import json
import os
import pwd
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.display.xserver import SCREEN, XServer

USER = "digipiste-ci"


def ensure_user() -> pwd.struct_passwd:
    """The unprivileged account cage runs as (cage refuses to run as root)."""
    try:
        return pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
                       check=True)
        return pwd.getpwnam(USER)


def make_readable(bundle: Path, top: Path, session_script: Path) -> Path:
    """A copy of the bundle, with the session script beside it, that the kiosk user can read.

    A checkout may sit in a folder only root can enter (a CI clone in a
    private temporary folder); as install.sh does, the script goes beside it.
    """
    os.chmod(top, 0o755)
    copy = top / "digipiste"
    shutil.copytree(bundle, copy, symlinks=True)
    shutil.copy2(session_script, copy / "session.sh")
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            os.chmod(path, path.stat().st_mode | 0o444 | (0o111 if path.is_dir() else 0))
    return copy


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def end_group(proc: subprocess.Popen) -> None:
    """SIGTERM to the process group `proc` leads (started with start_new_session), SIGKILL to what stays."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    # The kiosk can outlive cage: seen once in about 30 stops, hung in
    # QBasicMutex::lockInternal after SIGTERM while cage went away at the
    # same moment (systemd stops the unit's processes together too). It
    # keeps the process group: nothing of it may stay behind.
    end = time.monotonic() + 10
    while _group_alive(proc.pid) and time.monotonic() < end:
        time.sleep(0.1)
    if _group_alive(proc.pid):
        os.killpg(proc.pid, signal.SIGKILL)


def _devnull():
    return open(os.devnull, "wb")


def ask(proc: subprocess.Popen, command: str, timeout: float = 20) -> dict:
    """One command to the test probe (kiosk/ui/shell/probe.py) of the kiosk behind `proc`'s pipes."""
    proc.stdin.write((command + "\n").encode())
    proc.stdin.flush()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline().decode(errors="replace").strip()
            if line.startswith("{"):
                return json.loads(line)
    raise AssertionError(f"no answer to {command!r}")


class Cage:
    """The session script (cage + the frozen kiosk) as USER on `xserver`; grim reads the same compositor."""

    def __init__(self, bundle: Path, tmp: Path, config_text: str, xserver: XServer | None,
                 extra_env: dict[str, str] | None = None) -> None:
        """Nested in `xserver`; with None, cage's headless backend (no input, stale screenshots: timing only)."""
        self.user = ensure_user()
        self.tmp = tmp
        self.x = xserver
        os.chmod(tmp, 0o755)
        self.runtime = tmp / "xdg"
        self.data = tmp / "data"
        for d in (self.runtime, self.data):
            d.mkdir()
            os.chown(d, self.user.pw_uid, self.user.pw_gid)
            os.chmod(d, 0o700)
        self.config = tmp / "site.toml"
        self.config.write_text(config_text, encoding="utf-8")
        os.chmod(self.config, 0o644)
        self.bundle = bundle
        self.extra_env = dict(extra_env or {})
        self.stderr_file = tmp / "stderr.txt"
        self.proc: subprocess.Popen | None = None

    def env(self) -> dict[str, str]:
        backend = ({"DISPLAY": self.x.display, "WLR_BACKENDS": "x11", "WLR_X11_OUTPUTS": "1"} if self.x else
                   {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1"})
        return {"PATH": "/usr/bin:/bin", "HOME": str(self.tmp), "XDG_RUNTIME_DIR": str(self.runtime),
                **backend, "WLR_RENDERER": "pixman",
                "QT_QPA_PLATFORM": "wayland", "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1",
                "DIGIPISTE_PREFIX": str(self.tmp / "opt"), "DIGIPISTE_CONFIG": str(self.config),
                "DIGIPISTE_DATA": str(self.data), "RUNTIME_DIRECTORY": str(self.runtime),
                "DIGIPISTE_TEST_PROBE": "1", **self.extra_env}

    def _close_pipes(self) -> None:
        if self.proc is not None:
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    pipe.close()

    def start(self) -> None:
        """The session script as systemd runs it (it starts cage with the kiosk); the output fills the X screen."""
        self._close_pipes()          # of a session script that ended before
        opt = self.tmp / "opt"
        opt.mkdir(exist_ok=True)
        if not (opt / "current").exists():
            (opt / "current").symlink_to(self.bundle)
        # cage's and the kiosk's stderr is kept only when a test reads it (WAYLAND_DEBUG).
        with open(self.stderr_file, "ab") if "WAYLAND_DEBUG" in self.extra_env else _devnull() as err:
            self.proc = subprocess.Popen(
                ["runuser", "-u", USER, "--", "env", "-i", *[f"{k}={v}" for k, v in self.env().items()],
                 str(self.bundle / "session.sh")],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, start_new_session=True)
        if self.x is not None:
            self.fill_screen()

    def _top_windows(self) -> list[str]:
        out = subprocess.run(["xwininfo", "-root", "-children"], env={"DISPLAY": self.x.display},
                             capture_output=True, text=True, timeout=10).stdout
        return [line.split()[0] for line in out.splitlines() if line.strip().startswith("0x")]

    def output_window(self, timeout: float = 20) -> str:
        """The X window that is cage's output (the only top-level window on this private server)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            children = self._top_windows()
            if children:
                return children[0]
            if self.proc is not None and self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"cage opened no output window on {self.x.display}")

    def fill_screen(self) -> None:
        # wlroots' x11 output starts at 1024x768; the X server's screen is the
        # "monitor". Resizing the window is a mode change cage follows, as when
        # a terminal's display comes up at its native resolution.
        self.x.xdotool("windowsize", self.output_window(), str(SCREEN[0]), str(SCREEN[1]))

    def ask(self, command: str, timeout: float = 20) -> dict:
        return ask(self.proc, command, timeout)

    def state(self) -> dict:
        return self.ask("state")["state"]

    def wait_state(self, predicate, timeout: float = 20) -> dict:
        end = time.monotonic() + timeout
        while True:
            state = self.state()
            if predicate(state):
                return state
            if time.monotonic() > end:
                raise AssertionError(f"state never became as expected: {state}")
            time.sleep(0.3)

    def rect(self, name: str, timeout: float = 20) -> tuple[int, int, int, int]:
        """(left, top, width, height) of a visible control, on the output."""
        end = time.monotonic() + timeout
        while True:
            reply = self.ask(f"where {name}")
            if reply.get("visible"):
                return tuple(reply["rect"])
            if time.monotonic() > end:
                raise AssertionError(f"{name} did not become visible within {timeout} s")
            time.sleep(0.3)

    def click(self, x: int, y: int) -> None:
        """A pointer click through the X server: cage gets it as X input, the kiosk as Wayland input."""
        self.x.click(x, y)

    def press(self, name: str) -> None:
        left, top, width, height = self.rect(name)
        self.click(left + width // 2, top + height // 2)

    def as_user(self, *cmd: str, timeout: float = 30) -> subprocess.CompletedProcess:
        sockets = sorted(p.name for p in self.runtime.glob("wayland-*") if not p.name.endswith(".lock"))
        env = dict(self.env(), WAYLAND_DISPLAY=sockets[0] if sockets else "wayland-0")
        return subprocess.run(["runuser", "-u", USER, "--", "env", "-i",
                               *[f"{k}={v}" for k, v in env.items()], *cmd],
                              capture_output=True, timeout=timeout)

    def log(self) -> str:
        path = self.data / "logs" / "kiosk.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def wait_log(self, text: str, timeout: float = 60, count: int = 1) -> float:
        """Wait until `text` is in the kiosk's log `count` times; the monotonic time it was seen."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.log().count(text) >= count:
                return time.monotonic()
            if self.proc is not None and self.proc.poll() is not None:
                break
            time.sleep(0.1)
        out = self.proc.stdout.read().decode(errors="replace") if self.proc and self.proc.poll() is not None else ""
        raise AssertionError(f"{text!r} not in the kiosk log after {timeout} s\n{self.log()[-3000:]}\n{out[-3000:]}")

    def screenshot(self, path: Path) -> Path:
        """What cage shows on its output, through grim (wlr-screencopy), copied to `path`."""
        shot = self.runtime / "shot.png"     # a folder the kiosk user may write
        out = self.as_user("grim", str(shot))
        assert out.returncode == 0, out.stderr
        shutil.copy(shot, path)
        return path

    def kiosk_pids(self) -> list[int]:
        """The kiosk program under this cage (not another test's: matched on this bundle's path)."""
        out = subprocess.run(["pgrep", "-u", USER, "-f", f"{self.tmp}/opt/current/kiosk --config"],
                             capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        end_group(self.proc)
        self._close_pipes()
        # cage itself may outlive the session script by a moment; the next
        # start must not find its window.
        end = time.monotonic() + 10
        while self.x is not None and self._top_windows() and time.monotonic() < end:
            time.sleep(0.1)
        return self.proc.returncode
