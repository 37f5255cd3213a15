"""Focus not obscured (WCAG 2.2, 2.4.11): the on-screen keyboard never covers the field or its buttons.

The kiosk runs as a subprocess on Xvfb (xcb), full screen, with Qt's on-screen
keyboard, on the three screen shapes a terminal has (1280x800, 1920x1080 and
portrait 1080x1920), at every text size and in the language with the longest
words. With the keyboard up for the help request's first name, the field and
the two buttons that finish the form ("Ohita" and "Jatka") must be wholly
shown (their whole rectangle on the screen, nothing of them scrolled or cut
away by the screen: the probe's "shown" rectangle) and must not meet the
keyboard's rectangle. Then "Ohita" is tapped where it is drawn, through the
X server: the tap must reach it, not a key.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.display.test_keyboard_display import keyboard_config, wait_keyboard
from tests.display.xserver import start_xvfb

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHAPES = [(1280, 800), (1920, 1080), (1080, 1920)]
FORM = ("help-name", "help-skip", "help-name-ok")


@pytest.fixture(scope="module", params=SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def xserver(request):
    """This module's X server, once per screen shape (replaces the 1280x800 one of conftest)."""
    try:
        server = start_xvfb(request.param)
    except RuntimeError as exc:
        pytest.fail(f"cannot start an X server for the display tests: {exc}")
    server.size = request.param
    yield server
    server.stop()


def intersects(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def inside(a, screen) -> bool:
    return a[0] >= 0 and a[1] >= 0 and a[0] + a[2] <= screen[0] and a[1] + a[3] <= screen[1]


def problems(kiosk, screen) -> list[str]:
    """What a resident would find covered or cut; empty when the form is wholly in sight."""
    board = wait_keyboard(kiosk, True)["rect"]
    found = []
    for name in FORM:
        reply = kiosk.ask(f"where {name}")
        if not reply.get("visible"):
            found.append(f"{name} not shown")
            continue
        rect, shown = reply["rect"], reply["shown"]
        if shown != rect:
            found.append(f"{name} only partly shown: {shown} of {rect}")
        if intersects(rect, board):
            found.append(f"{name} {rect} under the keyboard {board}")
        if not inside(rect, screen):
            found.append(f"{name} {rect} off the screen {screen}")
    return found


def form_in_sight(kiosk, screen, timeout: float = 10) -> None:
    """Wait until the form is in sight (the room is made as the keyboard comes up); fail with what is not."""
    deadline = time.monotonic() + timeout
    while found := problems(kiosk, screen):
        assert time.monotonic() < deadline, "; ".join(found)
        time.sleep(0.2)


def bigger_text(kiosk) -> None:
    """One text size step up (A+, or the older single button that steps through the sizes)."""
    name = "text-size-up" if kiosk.ask("where text-size-up").get("visible") else "text-size"
    kiosk.press(name)


def ask_for_a_name(kiosk) -> None:
    kiosk.press("nav-help")
    kiosk.press("help-topic-form")
    wait_keyboard(kiosk, True)


def skip_and_cancel(kiosk) -> None:
    """Tap "Ohita" where it is drawn: the request is made (the tap reached it), then cancelled."""
    kiosk.press("help-skip")
    kiosk.where("help-number")
    wait_keyboard(kiosk, False)
    kiosk.press("help-cancel")
    kiosk.wait_state(lambda s: s["screen"] == "home")


def test_the_keyboard_leaves_the_name_field_and_its_buttons_in_sight(run_kiosk, site, xserver):
    site.add("/field", "<title>f</title>")
    screen = xserver.size
    kiosk = run_kiosk(keyboard_config(site))
    for step in range(3):                     # the three text sizes, in Finnish
        if step:
            bigger_text(kiosk)
        ask_for_a_name(kiosk)
        form_in_sight(kiosk, screen)
        if step == 2 and screen == (1280, 800) and os.environ.get("DIGIPISTE_SCREENSHOTS") == "1":
            kiosk.x.screenshot(SCREENSHOTS / "help-name-keyboard.png")   # keyboard window included
        skip_and_cancel(kiosk)
    # Swedish has the longest words for the title and the buttons, at the largest text.
    kiosk.press("lang-sv")
    ask_for_a_name(kiosk)
    form_in_sight(kiosk, screen)
    skip_and_cancel(kiosk)
