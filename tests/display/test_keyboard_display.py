"""Qt's on-screen keyboard on a real X server (deployment.virtual_keyboard = true).

The kiosk runs as a subprocess on Xvfb (xcb), full screen. The keyboard's
keys are tapped with xdotool (XTest), like a finger on a touch screen: the
letters must arrive in the kiosk's own field (the help request's first name,
found in the database) and in a web page's field (the page sends its value to
the local server). The probe says whether the keyboard is shown, where, and
which layout (never what was typed).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kiosk.ui.shell.theme import MIN_TARGET_PX
from tests.display.conftest import until_the_page_has_it, wait_path
from tests.gui.test_help_ui import help_config_text

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

# A field at the top of the page that reports its value to the server on every change.
FIELD_PAGE = """<!doctype html><title>field</title>
<style>body{margin:0;font-size:40px} input{margin:20px;width:90%;height:90px;font-size:40px}</style>
<input id="f" name="q">
<script>document.getElementById('f').addEventListener('input', e =>
  fetch('/value?v=' + encodeURIComponent(e.target.value), {keepalive: true}));
document.addEventListener('pointerdown', () => fetch('/pressed', {keepalive: true}));</script>"""

# Qt Virtual Keyboard's Finnish and Swedish layouts: four rows, eleven columns
# on the two letter rows (Q..P Å, A..L Ö Ä).
ROW1 = "qwertyuiopå"
ROW2 = "asdfghjklöä"


def key_centre(rect, letter: str) -> tuple[int, int]:
    left, top, width, height = rect
    for row, letters in enumerate((ROW1, ROW2)):
        if letter in letters:
            column = letters.index(letter)
            return left + int((column + 0.5) * width / 11), top + int((row + 0.5) * height / 4)
    raise ValueError(letter)


def keyboard(kiosk) -> dict:
    return kiosk.ask("keyboard")["keyboard"]


def wait_keyboard(kiosk, visible: bool, timeout: float = 10) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        state = keyboard(kiosk)
        if state["visible"] == visible:
            return state
        assert time.monotonic() < deadline, f"keyboard never became {'shown' if visible else 'hidden'}: {state}"
        time.sleep(0.2)


def tap_enter(kiosk, rect) -> None:
    """The keyboard's Enter key, at the right of the bottom row."""
    left, top, width, height = rect
    kiosk.x.click(left + int(width * 0.906), top + int(3.5 * height / 4))


def tap_word(kiosk, rect, word: str) -> None:
    for letter in word:
        kiosk.x.click(*key_centre(rect, letter))
        time.sleep(0.15)


def screenshot(kiosk, name: str) -> None:
    if os.environ.get("DIGIPISTE_SCREENSHOTS") == "1":   # refreshed on purpose, not on every run
        kiosk.x.screenshot(SCREENSHOTS / name)


@pytest.fixture
def private_home(tmp_path, monkeypatch):
    """HOME and the XDG folders of the kiosk process, to see what the keyboard writes."""
    home = tmp_path / "home"
    for sub in ("", ".config", ".cache", ".local/share"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    return home


def keyboard_config(site, **kw) -> str:
    return help_config_text({"form": site.url("/field")}, **kw) + "\n[deployment]\nvirtual_keyboard = true\n"


def test_keyboard_types_a_name_into_the_help_request_in_finnish_and_hides(run_kiosk, site, private_home):
    site.add("/field", FIELD_PAGE)
    kiosk = run_kiosk(keyboard_config(site))
    assert not keyboard(kiosk)["visible"]                     # nothing to type on the home screen
    kiosk.press("nav-help")
    kiosk.press("help-topic-form")
    field = kiosk.rect("help-name")
    state = wait_keyboard(kiosk, True)                        # the field took the focus: the keyboard is up
    rect = state["rect"]
    assert state["locale"] == "fi_FI"
    assert field[1] + field[3] <= rect[1], (field, rect)     # the field is above the keyboard, not under it
    assert rect[3] / 4 >= MIN_TARGET_PX and rect[2] / 11 >= MIN_TARGET_PX   # keys are >= 9 mm targets
    tap_word(kiosk, rect, "åke")
    screenshot(kiosk, "keyboard-help-fi.png")
    tap_enter(kiosk, rect)                                    # Enter sends the name
    wait_keyboard(kiosk, False)                               # the focus left the text: it hides
    deadline = time.monotonic() + 10
    while "Åke".encode() not in b"".join(p.read_bytes() for p in kiosk.data_dir.glob("kiosk.db*")):
        assert time.monotonic() < deadline, "the tapped name never reached the help request"
        time.sleep(0.2)
    # The keyboard kept nothing of what was typed: no file under HOME or the XDG folders.
    kiosk.press("nav-end-session")
    kept = [p for p in private_home.rglob("*") if p.is_file()]
    assert not [p for p in kept if "Åke".encode() in p.read_bytes()]
    assert not [p for p in kept if "virtualkeyboard" in str(p).lower()], kept


def test_keyboard_follows_swedish_and_types_into_a_web_page(run_kiosk, site, private_home):
    site.add("/field", FIELD_PAGE)
    site.add("/value", "ok", "text/plain")
    site.add("/pressed", "ok", "text/plain")
    kiosk = run_kiosk(keyboard_config(site))
    kiosk.press("lang-sv")
    kiosk.press("text-size-up")
    kiosk.press("text-size-up")                               # the largest text
    kiosk.press("nav-help")
    kiosk.press("help-topic-form")
    state = wait_keyboard(kiosk, True)
    assert state["locale"] == "sv_SE"
    field = kiosk.rect("help-name")
    assert field[1] + field[3] <= state["rect"][1], (field, state["rect"])
    tap_word(kiosk, state["rect"], "åsa")
    screenshot(kiosk, "keyboard-help-sv-large.png")
    tap_enter(kiosk, state["rect"])
    wait_keyboard(kiosk, False)
    # A web page's field: tapped, the keyboard comes (QtWebEngine asks for it); taps type into the page.
    kiosk.press("nav-home")
    kiosk.press("tile-form")
    kiosk.wait_state(lambda s: s["screen"] == "browser-screen")
    wait_path(site, "/field")
    left, top, width, _height = kiosk.rect("browser")
    # The page's field (20 px margin, 90 px high), tapped until the page has the tap.
    until_the_page_has_it(site, lambda: kiosk.x.click(left + width // 2, top + 65), "/pressed")
    state = wait_keyboard(kiosk, True)
    assert state["locale"] == "sv_SE"
    tap_word(kiosk, state["rect"], "åöä")
    deadline = time.monotonic() + 10
    while True:
        values = [parse_qs(urlsplit(p).query).get("v", [""])[0] for p in site.paths_seen() if p.startswith("/value")]
        if values and values[-1].lower() == "åöä":
            break
        assert time.monotonic() < deadline, f"the page's field never got the tapped letters: {values}"
        time.sleep(0.2)
    screenshot(kiosk, "keyboard-web-sv-large.png")
    kiosk.x.click(left + width - 30, state["rect"][1] - 40)   # the page beside its field: focus leaves it
    wait_keyboard(kiosk, False)


def test_typing_on_the_keyboard_counts_as_activity(run_kiosk, site, private_home):
    """The keyboard is its own window: its taps must keep the idle warning away like any other input.

    (Measured: the kiosk's idle watcher, on the kiosk's window, already sees them.)"""
    site.add("/field", FIELD_PAGE)
    kiosk = run_kiosk(keyboard_config(site, idle_timeout_s=30, warning_s=20))
    kiosk.press("nav-help")
    kiosk.press("help-topic-form")
    rect = wait_keyboard(kiosk, True)["rect"]
    started = time.monotonic()
    while time.monotonic() - started < 40:                  # longer than the idle timeout, only letter taps
        # Letters reach the field as input-method text, not as key presses on the kiosk's window.
        tap_word(kiosk, rect, "a")
        assert "idle-warning" not in kiosk.state()["overlays"], "warned while typing on the keyboard"
        time.sleep(2.5)
