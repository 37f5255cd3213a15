"""The language picker on a real X server: opened by taps from home and from a service, read back.

The kiosk runs full screen on Xvfb (xcb). Every tap goes through the X
server (xdotool). After choosing Russian on home and Arabic from a service's
bar, the screen's own pixels are read back with tesseract's Russian and
Arabic data (`rus`, `ara`): the words a resident sees, not the widgets'
strings. The screenshots are kept in the test's folder for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess

import cv2
import numpy as np
import pytest

from tests.configs import local_config_text
from tests.helpers import screen_reading as sr

NINE = '["fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so"]'


def _have_ocr(*langs: str) -> bool:
    if shutil.which("tesseract") is None:
        return False
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    return set(langs) <= set(out.split())


pytestmark = pytest.mark.skipif(not _have_ocr("rus", "ara"),
                                reason="tesseract with Russian and Arabic data is needed "
                                       "(apt-get install tesseract-ocr-rus tesseract-ocr-ara)")


def read(shot_path, rect, lang: str) -> list[str]:
    """The words tesseract reads in `rect` of the screenshot, normalised (sr.normalise)."""
    shot = cv2.cvtColor(cv2.imread(str(shot_path)), cv2.COLOR_BGR2RGB)
    crop = sr.prepare(np.asarray(shot), rect, inset=2)
    png = shot_path.with_name(f"{shot_path.stem}-{rect[0]}-{rect[1]}.png")
    cv2.imwrite(str(png), crop.image)
    out = subprocess.run(["tesseract", str(png), "stdout", "-l", lang, "--psm", "6"],
                         capture_output=True, text=True, timeout=120, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin"})
    return sr.normalise(out.stdout)


def seen(words: list[str], expected: str) -> bool:
    """Every word of `expected` is among the words read (tolerant of one OCR slip per word)."""
    return sr.match_label(expected, [sr.Word(w, 0, 0, 0, 0, 90.0) for w in words]).ok


def test_picker_from_home_and_from_a_service_shows_russian_and_arabic(run_kiosk, site, xserver, tmp_path):
    config = local_config_text({"form": site.url("/form")}).replace('languages = ["fi", "sv", "en"]',
                                                                      f"languages = {NINE}")
    kiosk = run_kiosk(config)

    # Home: "Muut kielet" opens the picker; a tap on Русский switches and returns home.
    kiosk.press("lang-more")
    kiosk.wait_state(lambda s: s["screen"] == "language-picker")
    shot = tmp_path / "picker-fi.png"
    xserver.screenshot(shot)
    kiosk.press("language-ru")
    kiosk.wait_state(lambda s: s["screen"] == "home")
    assert kiosk.ask("label home-prompt").get("text") == "Выберите услугу. Нажмите на кнопку."
    shot = tmp_path / "home-ru.png"
    xserver.screenshot(shot)
    words = read(shot, kiosk.rect("home-prompt"), "rus")
    assert seen(words, "Выберите услугу. Нажмите на кнопку."), words

    # A service: the bar's language button opens the picker; العربية returns to the service.
    kiosk.press("tile-form")
    kiosk.wait_state(lambda s: s["screen"] == "browser-screen", timeout=30)
    kiosk.press("nav-language")
    kiosk.wait_state(lambda s: s["screen"] == "language-picker")
    shot = tmp_path / "picker-ru.png"
    xserver.screenshot(shot)
    kiosk.press("language-ar")
    kiosk.wait_state(lambda s: s["screen"] == "browser-screen" and s["language"] == "ar")
    shot = tmp_path / "service-ar.png"
    xserver.screenshot(shot)
    words = read(shot, kiosk.rect("nav-help"), "ara")
    assert seen(words, "طلب المساعدة"), words
