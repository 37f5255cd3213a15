"""The real kiosk on Xvfb with a speech engine that hangs: the session ends, SIGTERM ends the kiosk.

`python -m kiosk` on the test's X server (xcb), input through the X server
(xdotool), a sound output from ALSA's file plugin (so that the engine gets
ready and is used), and the real speech-dispatcher frozen with SIGSTOP once
it was ready: it accepts connections and never answers, as the one on the
terminal that froze did. The resident taps Read aloud, then ends the
session: the kiosk answers its probe, shows the signed-out screen and then
home, the next guide's button says reading aloud is not available now, and
SIGTERM ends the kiosk with nothing of speech left running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.configs import local_config_text
from tests.display.conftest import KioskProcess
from tests.helpers.speech import NOT_AVAILABLE, freeze_server, needs_engine, thaw, words

pytestmark = needs_engine

GUIDE = "guide-omakanta-login"


def label(kiosk: KioskProcess, name: str) -> dict:
    return kiosk.ask(f"label {name}")


def wait_for(predicate, what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def running_with(marker: str) -> dict[int, str]:
    """Speech processes (not zombies) whose environment or command line names `marker`."""
    found = {}
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            stat = (proc / "stat").read_text()
            cmdline = (proc / "cmdline").read_bytes()
            if stat.rsplit(")", 1)[1].split()[0] == "Z":
                continue
            name = stat[stat.index("(") + 1: stat.rindex(")")]
            speech = name.startswith(("speech-dispatch", "sd_espeak")) or b"speech-host" in cmdline
            if speech and marker.encode() in (proc / "environ").read_bytes() + cmdline:
                found[int(proc.name)] = name
        except OSError:
            continue
    return found


def test_a_hung_engine_costs_the_resident_nothing_and_sigterm_ends_the_kiosk(xserver, tmp_path, monkeypatch):
    home = Path(tempfile.mkdtemp(prefix="dp-home-"))
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{home / "sound.raw"}"; format "raw" }}\n')
    runtime = Path(tempfile.mkdtemp(prefix="dp-rt-"))   # marks this kiosk's speech processes
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    kiosk = KioskProcess(xserver, local_config_text({"omakanta": "http://127.0.0.1:9/"}), tmp_path)
    server = None
    try:
        kiosk.wait_state(lambda s: s["screen"] == "home", timeout=30)
        kiosk.press("nav-guides")
        kiosk.press(GUIDE)
        kiosk.where("read-aloud", timeout=30)         # the engine is ready: the button is there
        server = freeze_server(kiosk.proc.pid)
        kiosk.press("read-aloud")
        kiosk.press("nav-end-session")
        kiosk.press("end-yes")
        kiosk.press("feedback-skip")
        pressed = time.monotonic()
        kiosk.wait_state(lambda s: "signed-out" in s["overlays"] or s["screen"] == "home", timeout=10)
        print(f"\nsession end with a hung engine: signed out {time.monotonic() - pressed:.2f} s after the tap")
        kiosk.wait_state(lambda s: s["screen"] == "home" and not s["overlays"], timeout=15)
        kiosk.press("nav-guides")
        kiosk.press(GUIDE)
        wait_for(lambda: words(label(kiosk, "read-aloud").get("text", "")) == NOT_AVAILABLE["fi"],
                 "the button never said that reading aloud is not available")
        assert not label(kiosk, "read-aloud")["enabled"]
        # SIGTERM, as systemd stops the kiosk: it ends, and takes every speech process with it.
        kiosk.proc.send_signal(signal.SIGTERM)
        try:
            kiosk.proc.wait(15)
        except subprocess.TimeoutExpired:
            pytest.fail("SIGTERM did not end the kiosk within 15 s")
        wait_for(lambda: not running_with(str(runtime)),
                 f"speech processes outlived the kiosk: {running_with(str(runtime))}", timeout=10)
    finally:
        if server is not None:
            thaw(server)
        kiosk.stop()
        for pid in running_with(str(runtime)):
            os.kill(pid, signal.SIGKILL)
