"""The idle watcher, the key guard and the admin gesture on a real X server, after a service opened.

Opening the first service makes Qt replace the window's native QWindow (the
web view needs an OpenGL surface); these tests failed while the filters
stayed on the first one. Input is real X input (xdotool/XTest), the kiosk is
a real subprocess on xcb, full screen as in production.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from urllib.parse import unquote_plus

IDLE_TIMEOUT_S = 30   # the `service` fixture's configuration
MODIFIERS = {"Control", "Alt", "Shift", "Meta"}


def _keys_seen(site) -> list[str]:
    return [unquote_plus(p[len("/key?k="):]) for p in site.paths_seen() if p.startswith("/key?k=")]


def _wait_for(condition, timeout: float, what) -> None:
    """Wait for `condition()`; `what` (text, or a function giving it) says what failed."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what() if callable(what) else what
        time.sleep(0.1)


def _corner_taps(kiosk) -> None:
    """Five quick taps in the top-left corner (the admin gesture)."""
    kiosk.x.xdotool("mousemove", "--sync", "6", "6", "click", "--repeat", "5", "--delay", "150", "1")


def test_typing_into_a_page_reaches_the_site(service, site):
    left, top, _w, _h = service.rect("browser")
    service.x.click(left + 200, top + 60)   # into the text field at the top of the page
    service.x.type("hello kiosq")
    service.x.keys("BackSpace")   # editing keys pass the guard too
    service.x.type("k")
    service.x.keys("Return")
    _wait_for(lambda: any(p.startswith("/submit") for p in site.paths_seen()), 10,
              lambda: f"the form was never submitted; keys the page saw: {_keys_seen(site)}")
    assert "/submit?q=hello+kiosk" in site.paths_seen()


def test_escape_keys_do_nothing_after_a_service_opened(service, site):
    escapes = ["F5", "ctrl+r", "F11", "alt+F4", "ctrl+w", "ctrl+t", "ctrl+l", "F12", "ctrl+shift+i", "alt+Left"]
    before = service.state()["swallowed"]
    service.x.keys(*escapes)
    service.x.keys("x")   # an ordinary key after them: the page must see this one
    _wait_for(lambda: "x" in _keys_seen(site), 10, lambda: f"the page never saw 'x': {_keys_seen(site)}")
    leaked = [k for k in _keys_seen(site) if k not in MODIFIERS | {"x"}]
    assert leaked == [], f"escape keys reached the page: {leaked}"
    state = service.state()
    assert state["swallowed"] - before == len(escapes)
    assert state["screen"] == "browser-screen"
    assert site.paths_seen().count("/form") == 1, "the page was reloaded"


def test_continuous_input_for_longer_than_the_timeout_gives_no_warning(service):
    left, top, width, height = service.rect("browser")
    # Blank parts of the page, below its text field.
    points = [(left + width // 3, top + height // 2), (left + 2 * width // 3, top + 2 * height // 3)]
    end = service.opened_at + IDLE_TIMEOUT_S + 6
    i = 0
    while time.monotonic() < end:
        service.x.click(*points[i % 2])
        i += 1
        time.sleep(3)
    assert "idle warning" not in service.log()
    assert "idle-warning" not in service.state()["overlays"]


def test_no_input_gives_the_warning_on_time(service):
    # Never before the timeout (the last input was the tap on the tile). How late it may
    # come is bounded only by the wait: a loaded machine delays timers, and the rule's
    # arithmetic is tested with a clock the test moves (tests/gui/test_privacy.py, idle tests).
    seen = service.wait_log("idle warning shown", timeout=IDLE_TIMEOUT_S + 30)
    elapsed = seen - service.opened_at
    assert elapsed >= IDLE_TIMEOUT_S - 1, elapsed
    service.wait_state(lambda s: "idle-warning" in s["overlays"])


def test_admin_gesture_after_a_service_and_after_end_session(service):
    _corner_taps(service)
    service.wait_log("admin PIN pad opened", timeout=10)
    service.wait_state(lambda s: "admin-pin" in s["overlays"])
    service.press("pin-cancel")
    service.wait_state(lambda s: "admin-pin" not in s["overlays"])

    service.press("nav-end-session")
    service.press("end-yes")
    service.wait_state(lambda s: "session-feedback" in s["overlays"])
    service.press("feedback-skip")
    service.wait_log("session ending: resident", timeout=10)
    service.wait_state(lambda s: s["screen"] == "home" and not s["overlays"], timeout=15)
    _corner_taps(service)
    service.wait_log("admin PIN pad opened", timeout=10, count=2)
    service.press("pin-cancel")
    service.wait_state(lambda s: "admin-pin" not in s["overlays"])

    # A resident's own settings change the window too; the gesture stays.
    service.press("lang-sv")
    service.press("text-size-up")
    _corner_taps(service)
    service.wait_log("admin PIN pad opened", timeout=10, count=3)


def _renderers_of(pid: int) -> list[int]:
    """Chromium renderer processes of the kiosk process `pid`.

    QtWebEngine starts two zygotes; renderers are forked from the one
    without --no-zygote-sandbox (the other forks utility processes), and a
    forked child keeps its zygote's command line.
    """
    def parent_and_cmdline(p: str) -> tuple[int, bytes]:
        try:
            stat = Path(f"/proc/{p}/stat").read_text()
            return int(stat.rsplit(")", 1)[1].split()[1]), Path(f"/proc/{p}/cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            return 0, b""

    procs = {int(e.name): parent_and_cmdline(e.name) for e in Path("/proc").iterdir() if e.name.isdigit()}
    zygotes = {p for p, (ppid, cmd) in procs.items()
               if ppid == pid and b"--type=zygote" in cmd and b"--no-zygote-sandbox" not in cmd}
    return [p for p, (ppid, _cmd) in procs.items() if ppid in zygotes]


def test_protections_hold_after_the_renderer_crashes(service, site):
    renderers = _renderers_of(service.proc.pid)
    assert renderers, "no renderer process found for the service page"
    for pid in renderers:
        os.kill(pid, signal.SIGKILL)
    _wait_for(lambda: not set(renderers) & set(_renderers_of(service.proc.pid)), 10,
              "the renderer did not go away")
    # QtWebEngine noticed: the kiosk says the page failed (and shows its own panel).
    service.wait_log("service page failed", timeout=15)
    before = service.state()["swallowed"]
    service.x.keys("F5", "ctrl+w", "x", "F5")
    # The second F5 comes after "x": once it is swallowed, "x" has been handled too.
    service.wait_state(lambda s: s["swallowed"] == before + 3)
    assert "x" not in _keys_seen(site), "the page still runs: the renderer was not killed"
    _corner_taps(service)
    service.wait_log("admin PIN pad opened", timeout=10)
