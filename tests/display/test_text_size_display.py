"""The text size control on a real X server: taps and keys go up and down, never round; it says its size.

The kiosk runs full screen on Xvfb (xcb) as in production. "A+" and "A−"
are tapped and pressed with the keyboard through the X server (xdotool); the
probe tells what a screen reader is told (accessible name and description).
At the largest size the window keeps the screen's size and the bar's buttons
stay on it (the bar's labels wrap rather than push it wider).
"""

from __future__ import annotations

import time

from tests.configs import local_config_text
from tests.display.xserver import SCREEN


def said(kiosk, name: str) -> dict:
    return kiosk.ask(f"said {name}")


def wait_said(kiosk, name: str, predicate, timeout: float = 10) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        reply = said(kiosk, name)
        if predicate(reply):
            return reply
        assert time.monotonic() < deadline, f"{name} never said what was expected: {reply}"
        time.sleep(0.1)


def size_is(step: int):
    return lambda reply: reply.get("name", "").endswith(f"({step}/3)")


def test_text_size_goes_up_and_down_with_taps_and_keys_and_says_its_size(run_kiosk, site, xserver):
    kiosk = run_kiosk(local_config_text({"form": site.url("/form")}))
    state = said(kiosk, "text-size-state")
    assert state["name"] == "Tekstin koko: normaali (1/3)"
    assert said(kiosk, "text-size-down")["enabled"] is False
    up = said(kiosk, "text-size-up")
    assert up["name"] == "Suurempi teksti" and up["description"] == state["name"] and up["enabled"]

    kiosk.press("text-size-up")                       # a tap: the button also takes the focus
    wait_said(kiosk, "text-size-state", size_is(2))
    assert said(kiosk, "text-size-down")["enabled"]
    xserver.keys("space")                             # the focused A+ again, from the keyboard
    largest = wait_said(kiosk, "text-size-state", size_is(3))
    assert largest["name"] == "Tekstin koko: suurin (3/3)"
    assert said(kiosk, "text-size-up")["enabled"] is False
    # A+ is off at the largest size and the focus went to A−: the same key goes one size down.
    xserver.keys("space")
    wait_said(kiosk, "text-size-state", size_is(2))
    kiosk.press("text-size-up")
    wait_said(kiosk, "text-size-state", size_is(3))
    # A tap on the switched-off A+ changes nothing; the A− tap after it proves the taps arrived
    # in order (had A+ gone round to the smallest size, A− could not bring it to 2/3).
    kiosk.press("text-size-up")
    kiosk.press("text-size-down")
    wait_said(kiosk, "text-size-state", size_is(2))
    kiosk.press("text-size-up")
    wait_said(kiosk, "text-size-state", size_is(3))

    # The largest text keeps the window on the screen: every bar button on it.
    assert kiosk.rect("main-window") == (0, 0, *SCREEN)
    for name in ("nav-home", "nav-guides", "nav-help", "nav-end-session"):
        left, top, width, height = kiosk.rect(name)
        assert left >= 0 and top >= 0 and left + width <= SCREEN[0] and top + height <= SCREEN[1], name

    # End session puts the normal size back for the next resident.
    kiosk.press("nav-end-session")
    deadline = time.monotonic() + 10
    while said(kiosk, "text-size-state").get("name") != "Tekstin koko: normaali (1/3)":
        overlays = kiosk.state()["overlays"]
        if "end-confirm" in overlays:
            kiosk.press("end-yes")
        elif "session-feedback" in overlays:
            kiosk.press("feedback-skip")
        assert time.monotonic() < deadline, f"the text size stayed: {said(kiosk, 'text-size-state')}"
        time.sleep(0.2)
