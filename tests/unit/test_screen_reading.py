"""tests/helpers/screen_reading.py: the screen audit's eyes, on pictures drawn here.

The audit (tests/display/test_screen_audit.py) is only as good as its reading:
a label drawn must be read, a blank or cut one must not pass, a larger type
must measure larger, an icon must count as ink. These pictures are drawn with
OpenCV's own font, so the checks need no Qt and no X server, only tesseract.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from tests.helpers import screen_reading as sr

BUTTON = (40, 20, 520, 90)   # x, y, w, h of the "button" on the 600x130 picture


@pytest.fixture(autouse=True)
def _tesseract():
    missing = sr.missing_tools()
    if missing:
        pytest.fail(f"needs {', '.join(missing)}: {sr.APT_HINT}")


def picture(text: str, scale: float = 1.2, dark: bool = False) -> np.ndarray:
    """A light (or dark) button with `text` on it, as RGB."""
    face, ink = ((11, 61, 107), (255, 255, 255)) if dark else ((255, 255, 255), (26, 26, 26))
    shot = np.full((130, 600, 3), 245, np.uint8)
    x, y, w, h = BUTTON
    cv2.rectangle(shot, (x, y), (x + w, y + h), face, -1)
    cv2.rectangle(shot, (x, y), (x + w, y + h), (26, 26, 26), 2)
    cv2.putText(shot, text, (x + 30, y + 60), cv2.FONT_HERSHEY_SIMPLEX, scale, ink, 2, cv2.LINE_AA)
    return shot


def read(shot: np.ndarray, lang: str = "en") -> list[sr.Word]:
    crop = sr.prepare(shot, BUTTON, inset=6, key="b")
    return sr.read_crops([crop], lang)["b"]


def test_a_drawn_label_is_read_on_light_and_on_dark_buttons():
    assert sr.match_label("Ask for help", read(picture("Ask for help"))).ok
    assert sr.match_label("End session", read(picture("End session", dark=True))).ok


def test_a_blank_or_cut_label_does_not_pass():
    blank = sr.match_label("Strong identification", read(picture("")))
    assert not blank.ok and blank.read == ""
    cut = sr.match_label("Suomi.fi e-Authorizations", read(picture("Suo...ons")))
    assert not cut.ok


def test_ocr_slips_are_tolerated_but_another_label_is_not():
    words = [sr.Word("Pyyda", 0, 0, 10, 10, 90), sr.Word("apua.", 0, 0, 10, 10, 90)]
    assert sr.match_label("Pyydä apua", words).ok           # accents and punctuation lost by OCR
    assert not sr.match_label("Lopeta käyttö", words).ok
    assert sr.match_label("Kirjaudu ulos ja lopeta käyttö", [sr.Word("Kirjaudu ulos ja lopeta kaytt", 0, 0, 1, 1, 80)]).ok


def test_larger_type_measures_larger():
    small = sr.matched_words("Guides", read(picture("Guides", scale=1.0)))
    large = sr.matched_words("Guides", read(picture("Guides", scale=1.6)))
    assert small and large
    ratio = large[0][1].height / small[0][1].height
    assert 1.4 < ratio < 1.8


def test_ink_outside_the_holes_is_an_icon():
    shot = np.full((100, 100, 3), (11, 61, 107), np.uint8)
    assert sr.ink_pixels(shot, (0, 0, 100, 100)) == 0
    cv2.circle(shot, (30, 30), 12, (255, 255, 255), 3)
    assert sr.ink_pixels(shot, (0, 0, 100, 100)) > 150
    assert sr.ink_pixels(shot, (0, 0, 100, 100), holes=[(10, 10, 45, 45)]) == 0
