"""The frozen kiosk under cage (Wayland) as an unprivileged user, seen and touched.

The deployment's real compositor and the real session script, with Chromium's
sandbox on. cage runs nested in a private Xvfb (wlroots' x11 backend): see
tests/deploy/cage_session.py for why not the headless backend (its
screenshots keep a stale frame) and what nesting proves. Here:

- grim's screenshot of the output is the real home screen, full screen, no
  decoration: the theme's colours where the probe says the controls are;
- a service opened by a real tap is composited (the web view's new Wayland
  surface shows the page), typing reaches the page, continuous pointer input
  keeps the idle warning away and silence brings it on time, and its
  "Continue" answers a tap;
- the session script restarts a killed kiosk.

Input is XTest input to the X server under cage, which cage receives from its
x11 backend and passes on as Wayland wl_pointer / wl_keyboard input: cage's
seat, focus and the kiosk's Wayland input handling are real. Not exercised:
the DRM backend and libinput of a real terminal, and touch (wl_touch: XTest
cannot make touch events, Xvfb has no touch device).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote_plus

import pytest

from tests.configs import local_config_text
from tests.deploy.cage_session import Cage, make_readable
from tests.display.xserver import SCREEN, start_xvfb
from tests.webserver import WebServer

REPO = Path(__file__).resolve().parents[2]
IDLE_TIMEOUT_S = 30
PAGE_BG = (46, 125, 50)      # the service page's background, #2e7d32
# A page with a text field at the top and a listener that reports every key
# the page receives to the server, so a key that reaches the page is seen.
PAGE = """<!doctype html><title>service</title>
<style>body{margin:0;background:#2e7d32} input{box-sizing:border-box;width:100%;height:80px;font-size:30px}</style>
<input id="q" autofocus>
<script>document.addEventListener('keydown', e =>
  fetch('/key?k=' + encodeURIComponent(e.key), {keepalive: true}));</script>"""

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(shutil.which("cage") is None or shutil.which("grim") is None,
                       reason="cage and grim are needed (apt-get install cage grim xwayland)"),
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                       reason="cage runs nested in Xvfb, input goes through xdotool (apt-get install xvfb xdotool)"),
    pytest.mark.skipif(os.geteuid() != 0, reason="the test makes an unprivileged user to run cage as"),
]


@pytest.fixture(scope="module")
def xserver():
    server = start_xvfb()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def readable_bundle(bundle):
    top = Path(tempfile.mkdtemp(prefix="digipiste-bundle-"))
    yield make_readable(bundle, top, REPO / "packaging" / "linux" / "session.sh")
    shutil.rmtree(top, ignore_errors=True)


@pytest.fixture
def site():
    with WebServer("127.0.0.1") as web:
        web.add("/", PAGE)
        web.add("/key", "ok", "text/plain")
        yield web


@contextlib.contextmanager
def started_cage(bundle: Path, xserver, site, extra_env: dict[str, str] | None = None):
    """The session script started, the home screen up; stopped and cleaned after."""
    # Not pytest's tmp_path: its parent folder is private to root, and the
    # kiosk user must reach the configuration and the runtime folder.
    tmp = Path(tempfile.mkdtemp(prefix="digipiste-cage-"))
    text = local_config_text({"kela": site.url("/"), "vero": site.url("/")},
                             idle_timeout_s=IDLE_TIMEOUT_S, warning_s=20)
    cage = Cage(bundle, tmp, text, xserver, extra_env)
    cage.start()
    try:
        cage.wait_log("first frame painted", timeout=90)
        cage.wait_state(lambda s: s["screen"] == "home")
        yield cage
    finally:
        cage.stop()
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def cage_kiosk(readable_bundle, xserver, site):
    with started_cage(readable_bundle, xserver, site) as cage:
        yield cage


class Shot:
    """A screenshot's pixels as (r, g, b)."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtGui import QImage

        self.path = path
        self.image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        self.size = (self.image.width(), self.image.height())

    def at(self, x: int, y: int) -> tuple[int, int, int]:
        c = self.image.pixelColor(x, y)
        return c.red(), c.green(), c.blue()

    def share(self, rect: tuple[int, int, int, int], colour: tuple[int, int, int], step: int = 4,
              tolerance: int = 0) -> float:
        """Share of the pixels in `rect` (sampled every `step`) that are `colour`."""
        left, top, width, height = rect
        points = [(x, y) for x in range(left, left + width, step) for y in range(top, top + height, step)]
        near = sum(1 for x, y in points if close(self.at(x, y), colour, tolerance))
        return near / len(points)

    def black_pixels(self) -> int:
        return sum(1 for x in range(0, self.size[0], 2) for y in range(0, self.size[1], 2)
                   if self.at(x, y) == (0, 0, 0))


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def close(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


def keys_seen(site) -> list[str]:
    return [unquote_plus(p[len("/key?k="):]) for _m, p in site.requests if p.startswith("/key?k=")]


def test_screenshot_shows_the_real_home_screen_full_screen_without_decoration(cage_kiosk, tmp_path):
    from kiosk.ui.shell.theme import NORMAL

    cage = cage_kiosk
    assert cage.ask("where main-window")["rect"] == [0, 0, *SCREEN]
    shot = Shot(cage.screenshot(tmp_path / "cage-home.png"))
    assert shot.size == SCREEN
    # Nothing unpainted, nothing cut: no black anywhere (the theme has none),
    # the page background down to the last row.
    assert shot.black_pixels() == 0, shot.path
    assert shot.at(SCREEN[0] // 2, SCREEN[1] - 1) == rgb(NORMAL.window_bg), shot.path
    # The kiosk's own top bar starts at the first row: no title bar above it.
    assert shot.at(SCREEN[0] // 2, 0) == rgb(NORMAL.bar_bg), shot.path
    for tile in ("tile-kela", "tile-vero"):
        left, top, width, height = cage.rect(tile)
        assert shot.share((left + 20, top + 20, width - 40, height - 40), rgb(NORMAL.tile_bg)) > 0.6, (tile, shot.path)
        # Exactly where the probe says: the page just above the tile, the
        # tile a few rows inside its edge (past a focus ring). A decoration
        # would shift everything down.
        middle = left + width // 2
        assert shot.at(middle, top - 4) == rgb(NORMAL.window_bg), (tile, shot.path)
        assert shot.at(middle, top + 12) == rgb(NORMAL.tile_bg), (tile, shot.path)


def test_wayland_input_reaches_a_service_and_the_idle_warning_waits_for_silence(cage_kiosk, site, tmp_path):
    cage = cage_kiosk
    before = cage.state()
    # A real tap on the tile (X pointer -> cage -> wl_pointer -> Qt).
    cage.press("tile-kela")
    opened = time.monotonic()
    cage.wait_log("tile opened: kela", timeout=30)
    cage.wait_state(lambda s: s["screen"] == "browser-screen" and s["windows"] > before["windows"], 30)
    # The web view replaced the native window: its new surface is what cage shows.
    left, top, width, height = browser = cage.rect("browser")
    deadline = time.monotonic() + 20
    while True:
        shot = Shot(cage.screenshot(tmp_path / "cage-service.png"))
        lower = (left, top + height // 2, width, height // 2)    # below the text field
        if shot.share(lower, PAGE_BG, tolerance=8) > 0.95 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert shot.share(lower, PAGE_BG, tolerance=8) > 0.95, (browser, shot.path)

    # Typing (X keyboard -> cage -> wl_keyboard -> Chromium) reaches the page.
    cage.click(left + width // 2, top + 40)      # into the text field
    cage.x.type("kiosk")
    deadline = time.monotonic() + 10
    while sorted(keys_seen(site)) != sorted("kiosk") and time.monotonic() < deadline:
        time.sleep(0.2)      # (each key is its own request: they may arrive in any order)
    assert sorted(keys_seen(site)) == sorted("kiosk"), keys_seen(site)

    # Continuous pointer input, longer than the idle timeout: no warning.
    points = [(left + width // 3, top + 2 * height // 3), (left + 2 * width // 3, top + 3 * height // 4)]
    i = 0
    while time.monotonic() < opened + IDLE_TIMEOUT_S + 6:
        cage.click(*points[i % 2])
        last_input = time.monotonic()
        i += 1
        time.sleep(3)
    assert "idle warning" not in cage.log()
    assert "idle-warning" not in cage.state()["overlays"]

    # Silence: the warning comes on time, over the service, and "Continue" answers a tap.
    seen = cage.wait_log("idle warning shown", timeout=IDLE_TIMEOUT_S + 15)
    assert IDLE_TIMEOUT_S - 1 <= seen - last_input <= IDLE_TIMEOUT_S + 5, seen - last_input
    cage.wait_state(lambda s: "idle-warning" in s["overlays"])
    cage.press("idle-continue")
    state = cage.wait_state(lambda s: "idle-warning" not in s["overlays"])
    assert state["screen"] == "browser-screen", state
    assert "session ending" not in cage.log()


def test_the_first_frame_already_fills_the_output(readable_bundle, xserver, site):
    # cage 0.1.4 configures a new window with 0x0 (the client chooses) and sends the output's size
    # only after the first buffer: without the resize in kiosk/app.py _show the first frame was the
    # window's natural size (715x529 seen) in a corner of a black output for 0.1-2 s.
    # The kiosk's own Wayland log: the sizes of the output and of the first buffer it committed.
    with started_cage(readable_bundle, xserver, site, {"WAYLAND_DEBUG": "client"}) as cage:
        text = cage.stderr_file.read_text(errors="replace")
    first = re.search(r"wl_shm_pool@\d+\.create_buffer\(new id wl_buffer@\d+, \d+, (\d+), (\d+),", text)
    assert first, "the kiosk created no buffer"
    modes = re.findall(r"wl_output@\d+\.mode\(\d+, (\d+), (\d+),", text[:first.start()])
    assert modes, "the kiosk knew no output size before its first frame"
    assert first.groups() == modes[-1], (first.groups(), modes[-1])


def test_session_script_restarts_a_killed_kiosk(cage_kiosk):
    cage = cage_kiosk
    pids = cage.kiosk_pids()
    assert pids, "the kiosk process was not found"
    os.kill(pids[0], signal.SIGKILL)
    # session.sh ends with 1 (restart wanted); systemd would start it again: so does this loop.
    assert cage.proc.wait(30) == 1
    cage.start()
    cage.wait_log("first frame painted", timeout=90, count=2)
    assert cage.kiosk_pids() and cage.kiosk_pids() != pids


def test_session_script_stops_only_when_an_admin_left_kiosk_mode(tmp_path):
    fake_cage = tmp_path / "cage"
    env = dict(os.environ, RUNTIME_DIRECTORY=str(tmp_path), DIGIPISTE_CAGE=str(fake_cage))
    fake_cage.write_text("#!/bin/sh\nexit 0\n")
    fake_cage.chmod(0o755)
    assert subprocess.run([REPO / "packaging" / "linux" / "session.sh"], env=env).returncode == 1
    fake_cage.write_text(f"#!/bin/sh\ntouch {tmp_path}/left-kiosk-mode\nexit 0\n")
    assert subprocess.run([REPO / "packaging" / "linux" / "session.sh"], env=env).returncode == 10
