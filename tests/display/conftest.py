"""Fixtures for tests on a real X server: Xvfb, the kiosk as a subprocess on xcb, a local site.

The kiosk runs exactly as in production (`python -m kiosk`, full screen,
its own QApplication and Chromium), with the test-only probe on
(DIGIPISTE_TEST_PROBE=1) so that the test can ask where a control is. Input
goes through the X server with xdotool; what the kiosk did is read from its
log file, from the local web server, and from the probe's state.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.configs import local_config_text
from tests.display.xserver import XServer, start_xvfb
from tests.webserver import WebServer

# A page with a big text field at the top and a listener that reports every
# key the page receives to the server, so a key that reaches the page is seen.
FORM_PAGE = """<!doctype html><title>form</title>
<style>body{margin:0} input{position:fixed;top:0;left:0;width:100%;height:120px;font-size:40px}</style>
<form action="/submit"><input id="f" name="q" autofocus></form>
<script>document.addEventListener('keydown', e =>
  fetch('/key?k=' + encodeURIComponent(e.key), {keepalive: true}));</script>"""


def wait_path(site, path: str, timeout: float = 20, count: int = 1) -> None:
    """Until the local site has been asked for `path` (without its query) `count` times."""
    deadline = time.monotonic() + timeout
    while [p.split("?", 1)[0] for p in site.paths_seen()].count(path) < count:
        assert time.monotonic() < deadline, f"{path} (x{count}) was never requested: {site.paths_seen()}"
        time.sleep(0.1)


def until_the_page_has_it(site, send, path: str, attempts: int = 20) -> None:
    """`send()` an input until the page reports it at `path`: input that reaches a page
    before it takes input (its first frames, a new native window) is dropped."""
    for _attempt in range(attempts):
        before = [p.split("?", 1)[0] for p in site.paths_seen()].count(path)
        send()
        try:
            wait_path(site, path, timeout=2, count=before + 1)
            return
        except AssertionError:
            continue
    raise AssertionError(f"the page never reported {path}: {site.paths_seen()}")


@pytest.fixture(scope="module")
def xserver():
    try:
        server = start_xvfb()
    except RuntimeError as exc:
        pytest.fail(f"cannot start an X server for the display tests: {exc}")
    yield server
    server.stop()


@pytest.fixture
def site():
    with WebServer("127.0.0.1") as web:
        web.add("/form", FORM_PAGE)
        web.add("/key", "ok", "text/plain")
        web.add("/submit", "<title>sent</title>sent")
        yield web


def answers(command: str, reply: dict) -> bool:
    """Whether `reply` is the probe's answer to `command` (kiosk/ui/shell/probe.py)."""
    verb, _, arg = command.partition(" ")
    if "error" in reply:
        return True
    key = {"settle": "settled", "open": "opened"}.get(verb, verb)
    if key not in reply:
        return False
    return verb not in ("where", "said", "label") or reply[key] == arg


class KioskProcess:
    """`python -m kiosk` on the test's X server; stopped by `stop()`."""

    def __init__(self, xserver: XServer, config_text: str, tmp: Path, program: list[str] | None = None) -> None:
        self.x = xserver
        self.data_dir = tmp / "data"
        config = tmp / "site.toml"
        config.write_text(config_text, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DIGIPISTE_TEST_PROBE="1", DISPLAY=xserver.display)
        env.pop("WAYLAND_DISPLAY", None)
        self._stderr = open(tmp / "kiosk-stderr.txt", "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [*(program or [sys.executable, "-m", "kiosk"]), "--config", str(config), "--data-dir", str(self.data_dir)],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, text=True, bufsize=1)
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line)

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "kiosk.log"

    def ask(self, command: str, timeout: float = 10) -> dict:
        assert self.proc.poll() is None, f"the kiosk exited ({self.proc.returncode}): {self.stderr_tail()}"
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line.startswith("{"):
                reply = json.loads(line)
                if answers(command, reply):
                    return reply
                # Else the late answer to an earlier question that timed out: taken as this
                # one's, every answer after it would be one question behind.
        raise AssertionError(f"the kiosk did not answer {command!r} within {timeout} s")

    def state(self) -> dict:
        return self.ask("state")["state"]

    def where(self, name: str, timeout: float = 15) -> tuple[int, int]:
        """Screen position of the named control, once it is visible."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self.ask(f"where {name}")
            if reply.get("visible"):
                return reply["x"], reply["y"]
            time.sleep(0.2)
        raise AssertionError(f"{name} did not become visible within {timeout} s")

    def rect(self, name: str) -> tuple[int, int, int, int]:
        """(left, top, width, height) of the named control on the screen."""
        self.where(name)
        return tuple(self.ask(f"where {name}")["rect"])

    def press(self, name: str) -> None:
        """Click a control through the X server, as a finger or mouse would."""
        self.x.click(*self.where(name))

    def log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def wait_log(self, text: str, timeout: float, count: int = 1) -> float:
        """Wait until `text` is in the log `count` times; the monotonic time it was seen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log().count(text) >= count:
                return time.monotonic()
            assert self.proc.poll() is None, f"the kiosk exited: {self.stderr_tail()}"
            time.sleep(0.1)
        raise AssertionError(f"{text!r} (x{count}) not in the kiosk's log after {timeout} s:\n"
                             + "\n".join(self.log().splitlines()[-15:]))

    def wait_state(self, predicate, timeout: float = 10) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            if predicate(state):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"state never became as expected: {state}")
            time.sleep(0.2)

    def stderr_tail(self) -> str:
        self._stderr.flush()
        text = Path(self._stderr.name).read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-20:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass
        self._stderr.close()


@pytest.fixture
def run_kiosk(xserver, tmp_path):
    """Start the kiosk on the module's X server with a configuration's text."""
    started: list[KioskProcess] = []

    def _run(config_text: str) -> KioskProcess:
        kiosk = KioskProcess(xserver, config_text, tmp_path)
        started.append(kiosk)
        kiosk.wait_state(lambda s: s["screen"] == "home", timeout=30)
        return kiosk

    yield _run
    for kiosk in started:
        kiosk.stop()


@pytest.fixture
def service(run_kiosk, site, xserver):
    """A kiosk (idle timeout 30 s) whose first tile has been opened by a click; the form is loaded."""
    kiosk = run_kiosk(local_config_text({"form": site.url("/form")}, idle_timeout_s=30, warning_s=20,
                                        signed_out_s=2))
    kiosk.press("tile-form")
    wait_path(site, "/form")
    kiosk.wait_state(lambda s: s["screen"] == "browser-screen")
    # The page takes keys now: a Shift (a modifier, ignored by the checks) until it has one.
    # The last input is that key: the idle clock starts at the latest there.
    def shift() -> None:
        kiosk.opened_at = time.monotonic()
        kiosk.x.keys("shift")
    until_the_page_has_it(site, shift, "/key")
    return kiosk
