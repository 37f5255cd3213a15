"""The kiosk's window on a bare X server (no window manager), as production places it.

kiosk/ui/shell/placement.py gives the window its full-screen flags before the
native window exists (overrideWindowFlags: no re-parenting of the built home
screen at start-up); these tests read what X itself was told, with xprop and
xwininfo (x11-utils), so a flag that never reached the window shows here.
"""

from __future__ import annotations

import os
import subprocess

from tests.configs import local_config_text


def _x(xserver, *args: str) -> str:
    return subprocess.run(list(args), env=dict(os.environ, DISPLAY=xserver.display), capture_output=True,
                          text=True, timeout=20, check=True).stdout


def test_the_window_is_frameless_above_others_and_covers_the_screen(run_kiosk, xserver):
    run_kiosk(local_config_text({"local": "http://127.0.0.1:9/"}))
    ids = _x(xserver, "xdotool", "search", "--onlyvisible", "--name", "^Digipiste$").split()
    assert len(ids) == 1, ids
    props = _x(xserver, "xprop", "-id", ids[0])
    state = next(line for line in props.splitlines() if line.startswith("_NET_WM_STATE("))
    assert "_NET_WM_STATE_ABOVE" in state and "_NET_WM_STATE_FULLSCREEN" in state
    # Motif hints: flags = decorations (0x2), functions all (0x1), decorations none (0x0): no frame.
    motif = next(line for line in props.splitlines() if line.startswith("_MOTIF_WM_HINTS"))
    assert motif.split("=", 1)[1].split(",")[:3] == [" 0x2", " 0x1", " 0x0"], motif
    info = _x(xserver, "xwininfo", "-id", ids[0])
    assert "Absolute upper-left X:  0" in info and "Absolute upper-left Y:  0" in info
    assert "Width: 1280" in info and "Height: 800" in info, info
