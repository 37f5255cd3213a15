"""The screen audit's walk: a real kiosk on Xvfb, every screen, screenshots read from the X server.

One kiosk process per screen shape (`python -m kiosk` on xcb, the test probe
on). For each (language, text size) of the plan it goes through every screen
a resident or a helper sees, by real taps through the X server (xdotool),
choosing the language and the text size with the home screen's own buttons:

    home -> guides list -> a guide -> help request -> help status -> helper PIN
    -> helper view -> service error -> blocked page -> guide beside a service
    -> the service's guides list -> "where to read the guide?" -> idle warning
    (over the guides list, left scrolled down as a resident may leave it: the
    next session's "Guides" must open at the top) -> "are you done?"
    -> session feedback -> signed out

Only the idle warning is shown through the probe (`idle-warning 25`): the
real one needs 30 s without input. The probe also says where each button and
text is and what it is meant to say (`front`); whether it was drawn, and how
big, is read from the screenshot (tests/display/audit_shots.py), in worker
threads while the walk goes on. Each screenshot is saved as a PNG under the
audit's folder.
"""

from __future__ import annotations

import json
import socket
import time
import tomllib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from tests.configs import HELPER_PIN, local_config_text
from tests.display.audit_shots import SIZE_NAMES, Combo, ShotResult, analyse, is_listed_guide
from tests.display.conftest import KioskProcess
from tests.display.screen_grab import ScreenGrabber
from tests.display.xserver import start_xvfb
from tests.webserver import WebServer

DEMO = Path(__file__).resolve().parents[2] / "kiosk" / "demo" / "koivutupa.toml"
SCREENS = ("home", "guides", "guide", "help", "help-status", "helper-login", "helper", "service-error",
           "blocked", "beside", "service-guides", "open-choice", "idle-warning", "end-confirm", "feedback",
           "signed-out")

# Layouts and paints done, on a machine whose two cores other test runs share: a screen
# shape's first paint at the largest text can take more than the probe's usual 10 s there.
SETTLE_S = 30

ALL_DAY = "".join(f'\n[[helpers.shifts]]\nday = "{d}"\nstart = "00:00"\nend = "23:59"\nwho = "eSeniorit"\n'
                  for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))


# -- the site ------------------------------------------------------------------------------------

def audit_config_text(web: WebServer, refused_port: int, languages: tuple[str, ...] = ()) -> str:
    """The demo's tiles (names, icons) on a local site; one service down, one leading off the allowlist.

    `languages`: the site's offered languages when not fi, sv, en (the others through the picker)."""
    demo = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    urls = {tile["id"]: web.url(f"/{tile['id']}") for tile in demo["tiles"]}
    urls["omavero"] = f"http://127.0.0.1:{refused_port}/omavero"     # the service-error page
    urls["valtuudet"] = web.url("/away")                              # the blocked page
    text = local_config_text(urls, signed_out_s=2)
    for tile in demo["tiles"]:
        label = ", ".join(f'{code} = "{name}"' for code, name in tile["label"].items())
        text = text.replace(f'id = "{tile["id"]}"\nlabel = {{ fi = "{tile["id"]} fi", sv = "{tile["id"]} sv", '
                            f'en = "{tile["id"]} en" }}\n',
                            f'id = "{tile["id"]}"\nlabel = {{ {label} }}\nicon = "{tile["icon"]}"\n')
    name = ", ".join(f'{code} = "{value}"' for code, value in demo["site"]["name"].items())
    text = text.replace('name = { fi = "Testipiste", sv = "Testpunkt", en = "Test point" }', f"name = {{ {name} }}")
    if languages:
        text = text.replace('languages = ["fi", "sv", "en"]', "languages = [%s]" % ", ".join(f'"{c}"' for c in languages))
    return text + ALL_DAY


def serve_site(web: WebServer) -> None:
    for tile in ("omakanta", "omakela", "suomifi", "viestit"):
        web.add(f"/{tile}", f"<!doctype html><title>{tile}</title><h1>{tile}</h1><p>Kirjaudu sisään.</p>")
    # A link the kiosk does not allow: the page goes there at once, the kiosk shows `blocked`.
    web.add("/away", '<!doctype html><title>away</title><script>location.href="http://elsewhere.invalid/"'
                     "</script>")


def refused_port() -> socket.socket:
    """A port bound but not listening: connecting is refused, so the service does not answer."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


# -- the walk --------------------------------------------------------------------------------------

class Walk:
    """One kiosk on one Xvfb of one shape; `run(combos)` visits every screen for each."""

    def __init__(self, shape: tuple[int, int], out: Path, pool: ThreadPoolExecutor | None,
                 languages: tuple[str, ...] = (), program: list[str] | None = None,
                 edit_config: Callable[[str], str] = lambda text: text) -> None:
        self.shape = shape
        self.out = out
        self.pool = pool
        self.futures: list[Future] = []
        self.unreached: list[tuple[Combo, str, str]] = []
        self.notes: list[tuple[Combo, str, str]] = []       # problems seen on the way (not in a screenshot)
        self.x = start_xvfb(shape)
        self.web = WebServer("127.0.0.1")
        self.web.__enter__()
        serve_site(self.web)
        self._refused = refused_port()
        tmp = out / f"kiosk-{shape[0]}x{shape[1]}"
        tmp.mkdir(parents=True, exist_ok=True)
        # `program`, `edit_config`: another kiosk than `python -m kiosk` on another site (the bundle
        # bench runs the frozen one, with switches the audit leaves off).
        text = edit_config(audit_config_text(self.web, self._refused.getsockname()[1], languages))
        self.kiosk = KioskProcess(self.x, text, tmp, program)
        self.grabber: ScreenGrabber | None = None

    def close(self) -> None:
        self.kiosk.stop()
        if self.grabber is not None:
            self.grabber.close()
        self.x.stop()
        self.web.__exit__(None, None, None)
        self._refused.close()

    # -- small steps ----------------------------------------------------------------------

    def _until(self, what: str, check: Callable[[], bool], timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} did not happen within {timeout} s")
            time.sleep(0.05)

    def visible(self, name: str) -> bool:
        return bool(self.kiosk.ask(f"where {name}").get("visible"))

    def wait_for(self, name: str, timeout: float = 20) -> None:
        self._until(f"{name} shown", lambda: self.visible(name), timeout)

    def tap(self, name: str) -> None:
        """Click the control's centre once its place holds still (a page that loads moves the toolbar).

        A control scrolled out of view (the home screen's lower tiles at a larger text size) is
        first scrolled into view with the mouse wheel, as a person would.
        """
        self.wait_for(name)
        self.scroll_into_view(name)
        reply = self.kiosk.ask(f"where {name}")
        for _ in range(20):
            self.kiosk.ask("settle", timeout=SETTLE_S)
            again = self.kiosk.ask(f"where {name}")
            if again.get("rect") == reply.get("rect"):
                break
            reply = again
        # Not `mousemove --sync`: it waits ~15 s when the pointer is already there.
        # The X server handles XTest's motion and press in order, so the press lands there.
        self.x.xdotool("mousemove", str(reply["x"]), str(reply["y"]), "click", "1")

    def scroll_into_view(self, name: str, most: int = 30) -> None:
        """Turn the wheel over the control's scroll area until the whole control is in view."""
        for _ in range(most):
            self.kiosk.ask("settle", timeout=SETTLE_S)
            reply = self.kiosk.ask(f"where {name}")
            view = reply.get("scroll")
            if view is None or reply["shown"] == reply["rect"]:
                return
            top, bottom = reply["rect"][1], reply["rect"][1] + reply["rect"][3]
            if view[1] <= top and bottom <= view[1] + view[3]:
                return          # wholly in its view: something else covers it, no wheel helps
            button = "4" if top < view[1] else "5"
            self.x.xdotool("mousemove", str(view[0] + view[2] // 2), str(view[1] + view[3] // 2),
                           "click", "--repeat", "2", "--delay", "15", button)
            self._until(f"{name} scrolled", lambda: self.kiosk.ask(f"where {name}").get("rect") != reply["rect"],
                        timeout=5)
        raise AssertionError(f"{name} could not be scrolled wholly into view")

    def state(self) -> dict:
        return self.kiosk.state()

    def home(self) -> None:
        """The home screen with no panel over it (the signed-out screen goes by itself)."""
        self.kiosk.ask("idle-warning off")
        self._until("the home screen", lambda: (lambda s: s["screen"] == "home" and not s["overlays"])(self.state()))

    def choose(self, lang: str, step: int) -> None:
        """Language and text size with the home screen's own buttons (a pseudo-language, which
        has none, through the probe)."""
        if self.state()["language"] != lang and lang.startswith("qps-"):
            self.kiosk.ask(f"lang {lang}")
            self._until(f"language {lang}", lambda: self.state()["language"] == lang)
        elif self.state()["language"] != lang:
            if not self.visible(f"lang-{lang}") and self.visible("lang-more"):   # one of the picker's
                self.tap("lang-more")
                self.wait_for(f"language-{lang}")
                self.tap(f"language-{lang}")
            else:
                self.tap(f"lang-{lang}")
            self._until(f"language {lang}", lambda: self.state()["language"] == lang)
        for _ in range(6):
            now = self.state()["text_step"]
            if now == step:
                return
            if self.visible("text-size-up"):          # the two-button control
                self.tap("text-size-up" if now < step else "text-size-down")
            else:                                     # the older single button that cycles
                self.tap("text-size")
            self._until("the text size to change", lambda: self.state()["text_step"] != now)
        raise AssertionError(f"the text size never became step {step}")

    def shoot(self, combo: Combo, screen: str) -> None:
        """A settled screenshot of the X screen (two equal in a row), analysed in a worker."""
        if self.grabber is None:
            self.grabber = ScreenGrabber(self.x.display)
        self.kiosk.ask("settle", timeout=SETTLE_S)
        shot = self.grabber.grab()
        for _ in range(20):
            self.kiosk.ask("settle", timeout=SETTLE_S)
            again = self.grabber.grab()
            if np.array_equal(shot, again):
                break
            shot = again
            time.sleep(0.1)
        front = self.kiosk.ask("front")["front"]
        path = self.out / f"{combo.shape[0]}x{combo.shape[1]}-{combo.lang}-{SIZE_NAMES[combo.step]}-{screen}.png"
        self.futures.append(self.pool.submit(analyse, combo, screen, shot, front, path))

    # -- the screens -------------------------------------------------------------------------

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        k = self.kiosk

        def open_guide() -> None:
            self.tap(self.guide_button())
            self.wait_for("guide-next")

        def helper() -> None:
            self.x.type(HELPER_PIN)
            self.x.keys("Return")
            self.wait_for("helper-view")

        return [
            ("home", lambda: None),
            ("guides", lambda: (self.tap("nav-guides"), self.wait_for("guides"))),
            ("guide", open_guide),
            ("help", lambda: (self.tap("nav-help"), self.wait_for("help-topic-omakanta"))),
            ("help-status", lambda: (self.tap("help-topic-omakanta"), self.tap("help-skip"),
                                     self.wait_for("help-cancel"))),
            ("helper-login", lambda: (self.tap("nav-home"), self.tap("helper-entry"), self.wait_for("helper-login"))),
            ("helper", helper),
            ("service-error", lambda: (self.tap("helper-close"), self.tap("nav-home"), self.tap("tile-omavero"),
                                       self.wait_for("service-error"))),
            ("blocked", lambda: (self.tap("nav-home"), self.tap("tile-valtuudet"), self.wait_for("blocked"))),
            # The page shown (the Print button with it) before "Show guide" is tapped: it moves the toolbar.
            ("beside", lambda: (self.tap("nav-home"), self.tap("tile-omakanta"), self.wait_for("browser-print"),
                                self.tap("browser-show-guide"), self._beside_ready())),
            # "Guides for this service", then a guide from it: where to read it?
            ("service-guides", lambda: (self.tap("browser-guides"), self.wait_for("guides-back-to-service"))),
            ("open-choice", lambda: (self.tap(self.guide_button()), self.wait_for("guide-open-beside"))),
            ("idle-warning", lambda: (self.leave_list_scrolled(), k.ask("idle-warning 25"),
                                      self.wait_for("idle-continue"))),
            ("end-confirm", lambda: (k.ask("idle-warning off"), self.tap("nav-end-session"),
                                     self.wait_for("end-confirm"))),
            ("feedback", lambda: (self.tap("end-yes"), self.wait_for("session-feedback"))),
            ("signed-out", lambda: (self.tap("feedback-skip"), self.wait_for("signed-out"))),
        ]

    def _scrolled(self, area: str) -> dict | None:
        return next((s for s in self.kiosk.ask("front")["front"]["scrolling"] if s["name"] == area), None)

    def _wheel(self, area: str, button: str, notches: int) -> None:
        where = self.kiosk.ask(f"where {area}")
        self.x.xdotool("mousemove", str(where["x"]), str(where["y"]),
                       "click", "--repeat", str(notches), "--delay", "15", button)

    def page_through(self, combo: Combo, screen: str, area: str = "guides", most: int = 12) -> None:
        """Scroll a list with the mouse wheel, a screenshot per page, from its top to its end.

        A list that opened scrolled down (its first item out of view) is noted, then scrolled to the top.
        """
        first = self._scrolled(area)
        if first is not None and first["value"] > 0:
            self.notes.append((combo, screen, f"the list opened scrolled down by {first['value']} of "
                                              f"{first['maximum']} px: its top and its first guide, which has "
                                              "the focus, are out of view"))
            for _ in range(10):
                before = self._scrolled(area)
                if before["value"] == 0:
                    break
                self._wheel(area, "4", 40)
                self._until(f"{area} scrolled up", lambda: self._scrolled(area)["value"] < before["value"])
            self.shoot(combo, f"{screen}-top")
        for page in range(2, most + 2):
            before = self._scrolled(area)
            if before is None or before["value"] >= before["maximum"]:
                return
            # Qt scrolls 3 lines of 20 px a wheel notch: about half a page, so that every
            # item is wholly in view on some page (pages overlap by more than an item).
            self._wheel(area, "5", max(1, int(self.kiosk.ask(f"where {area}")["rect"][3] * 0.55) // 60))
            self._until(f"{area} scrolled", lambda: (self._scrolled(area) or before)["value"] > before["value"])
            self.shoot(combo, f"{screen}-{page}")
        raise AssertionError(f"{area} did not reach its end in {most} pages")

    def leave_list_scrolled(self) -> None:
        """As a resident might before leaving: all guides, scrolled down a page.

        The next session's first "Guides" must still open at the top (the "guides" screen checks it).
        """
        self.tap("nav-guides")
        self.wait_for("guides")
        before = self._scrolled("guides")
        if before is not None and before["value"] < before["maximum"]:
            self._wheel("guides", "5", 5)
            self._until("guides scrolled", lambda: self._scrolled("guides")["value"] > before["value"])

    def _beside_ready(self) -> None:
        self._until("a guide beside the service or the service's guides",
                    lambda: self.visible("guide-panel") or self.state()["screen"] == "guides-screen")
        if not self.visible("guide-panel"):
            self.tap(self.guide_button())
        self.wait_for("guide-panel")

    def guide_button(self) -> str:
        """The last guide wholly in view: after paging to the list's end, the same guide at every size."""
        items = self.kiosk.ask("front")["front"]["items"]
        names = [i["name"] for i in items if is_listed_guide(i) and i["shown"] == i["rect"]]
        assert names, "the guides list shows no whole guide button"
        return names[-1]

    def run(self, combos: list[Combo]) -> None:
        self.kiosk.wait_state(lambda s: s["screen"] == "home", timeout=60)
        for combo in combos:
            try:
                self.home()
                self.choose(combo.lang, combo.step)
            except AssertionError as exc:
                self.unreached.extend((combo, screen, f"could not set up: {exc}") for screen in SCREENS)
                continue
            for screen, step in self.steps():
                try:
                    step()
                    self.shoot(combo, screen)
                    if screen in ("guides", "service-guides"):
                        self.page_through(combo, screen)
                except AssertionError as exc:
                    self.unreached.append((combo, screen, str(exc)))
                    self._recover()
            try:
                self.home()
            except AssertionError as exc:
                self.unreached.append((combo, "home", f"did not come back home: {exc}"))

    def _recover(self) -> None:
        """After a screen could not be reached: close what may be open and go home."""
        self.kiosk.ask("idle-warning off")
        for name in ("helper-close", "end-no", "feedback-skip"):
            if self.visible(name):
                self.tap(name)
        if self.visible("nav-home"):
            self.tap("nav-home")


def save_summary(path: Path, results: list[ShotResult]) -> None:
    """Everything read, as JSON, for a person looking into a failure."""
    data = [{"combo": str(r.combo), "screen": r.screen, "png": str(r.path), "labels": r.labels,
             "texts": r.texts, "icons": r.icons, "skipped": r.skipped} for r in results]
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
