"""The point's shared queue on a real X server: a helper at one kiosk calls a resident of another.

Kiosk t1 runs full screen on Xvfb (xcb) and is used through XTest input (xdotool): the helper
types the PIN and presses the buttons. Kiosk t2 is a second real process (offscreen; one X
screen cannot show two full-screen kiosks) whose resident asked for help with a first name.
Both talk to a real Mosquitto with TLS. The helper view's screenshot, with requests from both
terminals, is kept as docs/screenshots/helper-view-point-en-large.png (the resident's text size at
its largest) when DIGIPISTE_SHOTS=1.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from tests.configs import HELPER_PIN
from tests.gui.test_help_point_processes import KioskProcess as PointKiosk
from tests.gui.test_help_ui import help_config_text
from tests.helpers.broker import broker  # noqa: F401 (the fixture)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def test_helper_on_one_kiosk_calls_the_resident_of_another(run_kiosk, site, broker, tmp_path, xserver):  # noqa: F811
    other = PointKiosk(tmp_path, broker, "t2", "Hilkka")
    try:
        _wait_for(other.request_id, 60, "kiosk t2 never made its request")
        text = help_config_text({"form": site.url("/form"), "kela": "http://127.0.0.1:9/"}).replace('default_language = "fi"',
                                                                     'default_language = "en"')
        kiosk = run_kiosk(text + broker.config_table("t1"))
        # This kiosk's own resident asks too (real taps), after t2's: second in the point's line.
        kiosk.press("nav-help")
        kiosk.press("help-topic-my_device")
        kiosk.press("help-skip")
        kiosk.where("help-status")
        kiosk.press("help-back-to-work")
        kiosk.press("nav-home")
        # The resident left the largest text on: the helper view keeps its own (larger) table text.
        kiosk.press("text-size-up")
        kiosk.press("text-size-up")
        kiosk.press("helper-entry")
        kiosk.where("helper-login")
        kiosk.x.type(HELPER_PIN)
        kiosk.x.keys("Return")
        kiosk.where("helper-queue")
        time.sleep(0.5)   # not a wait for an outcome: only so the screenshot shows the painted table
        shot = tmp_path / "helper-view-point.png"
        xserver.screenshot(shot)
        if os.environ.get("DIGIPISTE_SHOTS") == "1":
            shutil.copy(shot, SHOTS / "helper-view-point-en-large.png")
        # Call: nobody chosen, so the first waiting at the point, t2's resident; t2 shows "Your turn".
        kiosk.press("helper-next")
        _wait_for(lambda: any(line.startswith("status Your turn") for line in other.lines), 30,
                  f"t2 never showed 'Your turn': {other.lines}")
        assert "t1" in next(line for line in other.lines if line.startswith("status Your turn"))
        kiosk.press("helper-close")
    finally:
        other.stop()
