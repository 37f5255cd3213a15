"""The help queue on a real X server: a resident types a first name, a helper logs in and closes.

The kiosk is a real subprocess on xcb, full screen, with input through XTest
(xdotool), so the name and the PIN pass the key guard and the window filters
as a resident's and a helper's typing would. The name is looked for in the raw
bytes of the database files and the log, never asked from the kiosk.
"""

from __future__ import annotations

import time

from tests.configs import HELPER_PIN
from tests.gui.test_help_ui import help_config_text

NAME = "Hilkka"


def _db_bytes(kiosk) -> bytes:
    return b"".join(p.read_bytes() for p in kiosk.data_dir.glob("kiosk.db*") if p.is_file())


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def test_resident_types_a_name_helper_logs_in_calls_and_closes(run_kiosk, site):
    kiosk = run_kiosk(help_config_text({"form": site.url("/form")}))
    kiosk.press("tile-form")
    kiosk.wait_state(lambda s: s["screen"] == "browser-screen")
    kiosk.press("nav-help")
    kiosk.press("help-topic-form")
    kiosk.where("help-name")
    kiosk.x.type(NAME)
    kiosk.press("help-name-ok")
    kiosk.where("help-status")            # the status under the bar
    _wait_for(lambda: NAME.encode() in _db_bytes(kiosk), 10, "the typed name never reached the request")
    kiosk.press("help-back-to-work")
    kiosk.wait_state(lambda s: s["screen"] == "browser-screen")   # back to the service it was asked from
    kiosk.where("help-status")            # still there under the bar
    kiosk.press("nav-home")
    kiosk.wait_state(lambda s: s["screen"] == "home")
    kiosk.where("help-status")            # and on the home screen
    # The helper: the corner entrance, the PIN typed on the keyboard.
    kiosk.press("helper-entry")
    kiosk.where("helper-login")
    kiosk.x.type(HELPER_PIN)
    kiosk.x.keys("Return")
    left, top, width, height = kiosk.rect("helper-view")
    assert (left, top) == (0, 0) and (width, height) == (1280, 800)   # the whole screen, bar included
    kiosk.press("helper-next")
    kiosk.press("helper-done")
    kiosk.press("helper-outcome-solved")
    kiosk.press("helper-close")
    _wait_for(lambda: kiosk.ask("where help-status").get("visible") is False, 10,
              "the resident's status stayed after the request was closed")
    _wait_for(lambda: NAME.encode() not in _db_bytes(kiosk), 10, "the name stayed in the database files")
    assert NAME not in kiosk.log()
