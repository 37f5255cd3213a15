"""Right to left: the mirrored pseudo-language mirrors the kiosk, numbers stay left to right,
Arabic script is shaped and drawn with the packaged font. Read from the pixels drawn.

The mirrored pseudo-language (`qps-plocm`, tests/helpers/pseudo_languages.py)
is English with every word written right to left and a translation that
says "RTL": to the kiosk it is a right-to-left language like Arabic, and to
tesseract it is still English words, read backwards.
"""

from __future__ import annotations

import os
import re

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.core.config.site import load_config, parse_config
from kiosk.demo import demo_config_path
from kiosk.ui.shell.fonts import packaged_families
from kiosk.ui.shell.i18n import PSEUDO_MIRRORED, PSEUDO_STRETCHED, TEST_TRANSLATIONS_ENV, is_rtl, ltr
from tests.configs import local_config, local_config_text
from tests.helpers import screen_reading as sr
from tests.helpers.ink import pixels
from tests.helpers.pseudo_languages import as_drawn, mirrored, pseudo_translations, stretched


@pytest.fixture(autouse=True)
def pseudo(monkeypatch):
    monkeypatch.setenv(TEST_TRANSLATIONS_ENV, str(pseudo_translations()))


def find(window: QWidget, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def shot(window: QWidget) -> np.ndarray:
    return pixels(window.grab())


def red_bar_x(image: np.ndarray, bar_px: int) -> float:
    """Mean x of the End-session button's red face in the top bar (its colour, found in the pixels)."""
    bar = image[:bar_px].astype(int)
    red = (bar[..., 0] > 120) & (bar[..., 1] < 60) & (bar[..., 2] < 60)
    assert red.sum() > 500, "no red End-session button drawn in the bar"
    return float(np.nonzero(red)[1].mean())


def icon_x(image: np.ndarray, tile: QWidget) -> int:
    """Where the tile's icon is drawn on the screen: its own pixmap, laid on the tile's face, found in the screenshot.

    The icon's strokes are white: matched alone (masked) they fit any white button, so the
    template is the icon over the tile's own colour (read from the tile where Qt put it).
    """
    from PySide6.QtGui import QImage

    rgba = tile.findChild(QLabel, "tile-icon").pixmap().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    raw = np.frombuffer(rgba.constBits(), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    raw = raw[:, :rgba.width() * 4].reshape(rgba.height(), rgba.width(), 4).astype(np.float32)
    corner = tile.mapTo(tile.window(), QPoint(12, tile.height() // 2))
    face = image[corner.y(), corner.x()].astype(np.float32)
    alpha = raw[..., 3:] / 255.0
    template = np.ascontiguousarray((raw[..., :3] * alpha + face * (1 - alpha)).astype(np.uint8))
    found = cv2.matchTemplate(image, template, cv2.TM_SQDIFF)
    low, _, best, _ = cv2.minMaxLoc(found)
    per_pixel = low / template.size
    assert per_pixel < 400, f"the tile's icon is not drawn ({per_pixel:.0f})"
    return best[0] + template.shape[1] // 2


def read(image: np.ndarray, lang: str = "en", inset: int = 0) -> str:
    crop = sr.prepare(image, (0, 0, image.shape[1], image.shape[0]), inset=inset, key="x")
    return " ".join(w.text for w in sr.read_crops([crop], lang)["x"])


# -- the pseudo-languages themselves --------------------------------------------------------------

def test_pseudo_languages_stretch_and_mirror_words_and_keep_placeholders():
    assert stretched("Step %1 of %2") == "[Stépst %1 ófo %2]"
    assert len(stretched("Choose a service. Tap a button.")) >= 1.4 * len("Choose a service. Tap a button.")
    assert as_drawn(mirrored("← Back to %1")) == "← kcaB ot %1"
    assert is_rtl(PSEUDO_MIRRORED) and is_rtl("ar") and is_rtl("fa") and not is_rtl(PSEUDO_STRETCHED)


def test_a_site_cannot_offer_a_pseudo_language():
    text = local_config_text({"omakanta": "http://127.0.0.1:9/"}).replace(
        'languages = ["fi", "sv", "en"]', 'languages = ["fi", "qps-plocm"]')
    _, errors = parse_config(text, "site.toml")
    assert any("site.languages[1]" in str(e) and "qps-plocm" in str(e) for e in errors), [str(e) for e in errors]


# -- the layout mirrors, and comes back at the end of the session -------------------------------------

def test_the_mirrored_language_mirrors_home_and_the_session_end_turns_it_back(make_kiosk, qapp, qtbot):
    kiosk = make_kiosk(load_config(demo_config_path()), size=(1280, 800))
    w = kiosk.window
    bar_px = find(w, "nav-home").mapTo(w, QPoint(0, 0)).y() + find(w, "nav-home").height()
    first_tile = find(w, "tile-omakanta")

    before = shot(w)
    assert red_bar_x(before, bar_px) > 640 and icon_x(before, first_tile) < 640

    w.language.set(PSEUDO_MIRRORED)
    settle(qapp)
    after = shot(w)
    # The bar's order reversed (End session at the left), the first tile at the right.
    assert red_bar_x(after, bar_px) < 640, "End session did not move to the left end of the bar"
    assert icon_x(after, first_tile) > 640, "the first tile did not move to the right"
    # The words themselves are drawn right to left: "Guides" reads "sediuG".
    guides = find(w, "nav-guides")
    rect = guides.rect().translated(guides.mapTo(w, QPoint(0, 0)))
    drawn = read(after[rect.top():rect.bottom(), rect.left():rect.right()], PSEUDO_MIRRORED, inset=6)
    assert "sediug" in sr.normalise(drawn), drawn

    w.session.ensure_started()
    w.session.end("resident")
    qtbot.waitUntil(lambda: w.language.code == "fi")
    qtbot.waitUntil(lambda: not find(w, "signed-out").isVisible(), timeout=20000)   # then home
    settle(qapp)
    back = shot(w)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert red_bar_x(back, bar_px) > 640 and icon_x(back, first_tile) < 640


def test_back_and_next_arrows_point_the_reading_way(make_kiosk, qapp):
    kiosk = make_kiosk(load_config(demo_config_path()), size=(1280, 800))
    w = kiosk.window
    guides = w.guides
    guide = guides.catalog.for_service("omakanta", "fi")[0]
    guides.set_service(None)
    guides.open_guide(guide.id, beside=False, step=1)
    settle(qapp)
    prev, nxt = find(w, "guide-prev"), find(w, "guide-next")
    assert "←" in prev.text() and "→" in nxt.text()
    assert prev.mapTo(w, QPoint(0, 0)).x() < nxt.mapTo(w, QPoint(0, 0)).x()
    w.language.set(PSEUDO_MIRRORED)
    settle(qapp)
    # Back points right, towards where a right-to-left line starts; Next at the left, pointing left.
    assert "→" in prev.text() and "←" in nxt.text()
    assert "→" in find(w, "nav-back").text()
    assert prev.mapTo(w, QPoint(0, 0)).x() > nxt.mapTo(w, QPoint(0, 0)).x()


@pytest.mark.parametrize("lang", ["fi", PSEUDO_MIRRORED])
def test_the_pin_pad_keeps_a_telephones_order_and_every_key_whole(make_kiosk, qapp, qtbot, lang):
    kiosk = make_kiosk(local_config({"omakanta": "http://127.0.0.1:9/"}))
    w = kiosk.window
    w.language.set(lang)
    while w.appearance.text_step != 2:          # the largest text, where the pad is tallest
        w.appearance.next_text_size()
    kiosk.admin.open_pin_pad()
    pad = find(w, "admin-pin")
    qtbot.waitUntil(pad.isVisible)
    settle(qapp)
    x = {d: find(pad, f"pin-{d}").mapTo(w, QPoint(0, 0)).x() for d in "123"}
    assert x["1"] < x["2"] < x["3"], x
    for name in ("pin-clear", "pin-0", "pin-ok"):
        key = find(pad, name)
        assert key.visibleRegion().boundingRect() == key.rect(), f"{name} is cut: {key.visibleRegion().boundingRect()}"


# -- numbers, times and phone numbers stay left to right ----------------------------------------------

def _drawn_alone(text: str) -> str:
    """`text` drawn in a label of the (mirrored) kiosk, read back from its pixels."""
    label = QLabel()
    label.setText(text)
    label.setStyleSheet("font-size: 32px; background: white; color: black; padding: 20px;")
    label.adjustSize()
    return read(pixels(label.grab()), PSEUDO_MIRRORED)


def test_times_waits_and_phone_numbers_read_left_to_right_in_the_mirrored_language(make_kiosk, qapp):
    """Next to right-to-left words, "10:00-12:00" and "040 123 4567" would come out as
    "12:00-10:00" and "4567 123 040" (Unicode's bidi rules for numbers in right-to-left text)."""
    from datetime import datetime

    from kiosk.core.help import queue as hq
    from kiosk.core.help.schedule import TODAY, HelpStatus, Slot
    from kiosk.ui.help.status import HelpTexts

    kiosk = make_kiosk(load_config(demo_config_path()), size=(1280, 800))
    kiosk.window.language.set(PSEUDO_MIRRORED)
    settle(qapp)
    texts = HelpTexts()
    slot = Slot(datetime(2026, 12, 8, 10, 0), datetime(2026, 12, 8, 12, 0))
    hours = _drawn_alone(texts.status_line(HelpStatus(TODAY, slot)))
    assert "10:00-12:00" in hours.replace(" ", ""), hours
    wait = _drawn_alone(texts.wait(hq.Estimate(low=5, high=15)))
    assert "5-15" in wait.replace(" ", ""), wait
    # The other places' phone numbers, as the help screen words them.
    places = [w for w in kiosk.window.findChildren(QLabel) if w.objectName().startswith("help-place-")
              and w.objectName().endswith("-text")]
    phone = next((w.text() for w in places if "828" in w.text()), None)
    assert phone is not None, [w.text() for w in places]
    drawn = _drawn_alone(phone.splitlines()[-1])
    assert "+358 6 828 9111" in drawn, drawn


# -- the packaged fonts draw every language; Arabic is shaped -----------------------------------------

SAMPLES = {
    "ar": ("Noto Sans Arabic", "مرحبا بكم في نقطة الخدمة الرقمية"),
    "fa": ("Noto Sans Arabic", "به نقطه خدمات دیجیتال خوش آمدید"),
    "ru": ("Noto Sans", "Добро пожаловать"),
    "uk": ("Noto Sans", "Ласкаво просимо, ґанок їжак є"),
    "et": ("Noto Sans", "Tere tulemast, õpi šõu žürii"),
    "so": ("Noto Sans", "Ku soo dhawoow"),
}


def _glyph_families(text: str, font) -> tuple[set[str], int]:
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(5000)
    layout.endLayout()
    runs = layout.glyphRuns()
    missing = sum(1 for run in runs for g in run.glyphIndexes() if g == 0)
    return {run.rawFont().familyName() for run in runs}, missing


@pytest.mark.parametrize("lang", list(SAMPLES))
def test_every_language_is_drawn_with_the_packaged_font(kiosk, lang):
    family, text = SAMPLES[lang]
    assert family in packaged_families()
    families, missing = _glyph_families(text, QApplication.font())
    # The letters in the language's face; spaces and punctuation may come from Noto Sans.
    assert family in families and families <= {family, "Noto Sans"}, f"{lang} drawn with {families}"
    assert missing == 0, f"{lang}: {missing} characters drawn as the missing-glyph box"


@pytest.mark.parametrize("lang,tess", [("ar", "ara"), ("fa", "fas")])
def test_arabic_script_is_shaped_joined_letters_read_back(kiosk, qapp, lang, tess):
    """Joined (shaped) letters are what tesseract's Arabic model reads; unjoined ones it misreads."""
    _, text = SAMPLES[lang]
    label = QLabel(text)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setStyleSheet("font-size: 40px; background: white; color: black; padding: 24px;")
    label.adjustSize()
    drawn = read(pixels(label.grab()), tess)
    words = text.split()
    found = [w for w in words if any(sr._ratio(w, got) >= 0.8 for got in drawn.split())]
    assert len(found) >= len(words) - 1, f"read {drawn!r} for {text!r}"


class _ArabicHelpWords(QTranslator):
    """Two of the help texts in Arabic (the words lang-ui's translation may use): Arabic letters
    make the digits next to them Arabic numbers in Unicode's rules, which the mirrored
    pseudo-language (Hebrew-like, not Arabic) cannot imitate."""

    WORDS = {"Help today %1": "المساعدة اليوم %1", "Waiting time about %1-%2 minutes.": "وقت الانتظار حوالي %1-%2 دقيقة."}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt override)
        return self.WORDS.get(source, "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def test_times_and_waits_stay_in_order_next_to_arabic_letters(make_kiosk, qapp):
    from datetime import datetime

    from kiosk.core.help import queue as hq
    from kiosk.core.help.schedule import TODAY, HelpStatus, Slot
    from kiosk.ui.help.status import HelpTexts

    kiosk = make_kiosk(load_config(demo_config_path()), size=(1280, 800))
    kiosk.window.language.set(PSEUDO_MIRRORED)      # right to left, as Arabic
    words = _ArabicHelpWords()
    qapp.installTranslator(words)
    try:
        texts = HelpTexts()
        slot = Slot(datetime(2026, 12, 8, 10, 0), datetime(2026, 12, 8, 12, 0))
        line = texts.status_line(HelpStatus(TODAY, slot))
        wait = texts.wait(hq.Estimate(low=5, high=15))
    finally:
        qapp.removeTranslator(words)
    assert "المساعدة" in line
    for text, want in ((line, "10:00-12:00"), (wait, "5-15")):
        label = QLabel(text)
        label.setStyleSheet("font-size: 36px; background: white; color: black; padding: 24px;")
        label.adjustSize()
        # Read back with tesseract's Arabic model, which reads the digits too.
        drawn = read(pixels(label.grab()), "ara")
        digits = "".join(c for c in drawn if c.isdigit() or c in ":-")
        assert want in digits, f"{want!r} drawn as {drawn!r}"
