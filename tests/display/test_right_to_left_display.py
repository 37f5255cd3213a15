"""Right to left on a real X server: the mirrored pseudo-language, walked with real clicks.

The kiosk runs as `python -m kiosk` on Xvfb (xcb) with the pseudo-languages'
.qm files (tests/helpers/pseudo_languages.py); the probe switches it to the
mirrored one (`lang qps-plocm`: a site cannot offer it, so it has no button).
Then, through XTest clicks as a resident's: home -> the OmaKanta tile ->
"Show guide" -> a guide beside the service -> Back, home again. Where things
are is read from the X screen's pixels: the End-session button's red and the
service page's own colour.
"""

from __future__ import annotations

import numpy as np

from kiosk.ui.shell.i18n import PSEUDO_MIRRORED, TEST_TRANSLATIONS_ENV
from tests.configs import local_config_text
from tests.display.screen_grab import ScreenGrabber
from tests.helpers.pseudo_languages import pseudo_translations

# The service page is a colour no part of the kiosk uses: where it is drawn shows which side it is on.
PAGE = ('<!doctype html><title>Local OmaKanta</title>'
        '<body style="background:#00c800;margin:0"><h1>Kirjaudu</h1></body>')


def _colour_x(shot: np.ndarray, rgb: tuple[int, int, int], rows: slice = slice(None)) -> tuple[float, int]:
    """Mean x and count of the pixels of colour `rgb` (each channel within 40)."""
    area = shot[rows].astype(int)
    hit = (np.abs(area - np.array(rgb)) <= 40).all(axis=2)
    return (float(np.nonzero(hit)[1].mean()) if hit.any() else -1.0), int(hit.sum())


def _red_in_bar(shot: np.ndarray, bar_px: int) -> float:
    bar = shot[:bar_px].astype(int)
    red = (bar[..., 0] > 120) & (bar[..., 1] < 60) & (bar[..., 2] < 60)
    assert red.sum() > 500, "no red End-session button drawn in the bar"
    return float(np.nonzero(red)[1].mean())


def _settled_shot(kiosk, grabber: ScreenGrabber) -> np.ndarray:
    kiosk.ask("settle", timeout=30)
    return grabber.grab()


def test_mirrored_language_home_tile_guide_beside_and_back_by_real_clicks(run_kiosk, site, xserver, monkeypatch):
    monkeypatch.setenv(TEST_TRANSLATIONS_ENV, str(pseudo_translations()))
    site.add("/omakanta", PAGE)
    kiosk = run_kiosk(local_config_text({"omakanta": site.url("/omakanta"), "omakela": site.url("/omakanta")}))
    grabber = ScreenGrabber(xserver.display)
    try:
        width = grabber.grab().shape[1]
        bar_px = sum(kiosk.rect("nav-home")[1::2])
        assert _red_in_bar(_settled_shot(kiosk, grabber), bar_px) > width / 2   # left to right: at the right end

        assert kiosk.ask(f"lang {PSEUDO_MIRRORED}") == {"lang": PSEUDO_MIRRORED}
        kiosk.wait_state(lambda s: s["language"] == PSEUDO_MIRRORED)
        home = _settled_shot(kiosk, grabber)
        assert _red_in_bar(home, bar_px) < width / 2, "End session is not at the left end of a mirrored bar"
        first, second = kiosk.rect("tile-omakanta"), kiosk.rect("tile-omakela")
        assert first[0] > second[0] and first[0] + first[2] / 2 > width / 2, "the first tile is not on the right"

        kiosk.press("tile-omakanta")
        kiosk.wait_state(lambda s: s["screen"] == "browser-screen")
        kiosk.press("browser-show-guide")
        kiosk.press("guide-omakanta-login")          # the service's guides: the first one
        kiosk.where("guide-panel")
        kiosk.where("guide-next")
        # The page's own colour, left of the screen's middle: the guide beside it is on the right.
        for _ in range(100):
            shot = _settled_shot(kiosk, grabber)
            page_x, count = _colour_x(shot, (0, 200, 0), slice(bar_px, None))
            if count > 10_000:
                break
        assert count > 10_000, "the service page was never drawn"
        assert page_x < width / 2, f"the service is drawn at x={page_x:.0f}: the guide is not on the right"
        guide = kiosk.rect("guide-panel")
        assert guide[0] > page_x, "the guide panel is not right of the service"
        # Back (the bar's first button in a mirrored bar: at the right) leaves the service for home.
        back = kiosk.rect("nav-back")
        assert back[0] > width / 2
        kiosk.press("nav-back")
        kiosk.wait_state(lambda s: s["screen"] == "home" and s["language"] == PSEUDO_MIRRORED)
        assert _red_in_bar(_settled_shot(kiosk, grabber), bar_px) < width / 2
    finally:
        grabber.close()
