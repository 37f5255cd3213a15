"""Both themes meet 7:1 for text on the main screens, and 3:1 for focus rings."""

import pytest

from kiosk.core.contrast import contrast_ratio
from kiosk.ui.shell.theme import MIN_TARGET_MM, MIN_TARGET_PX, REFERENCE_PX_PER_MM, THEMES


def test_contrast_formula_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_text_contrast_at_least_7(name):
    theme = THEMES[name]
    low = {k: round(contrast_ratio(fg, bg), 2) for k, (fg, bg) in theme.text_pairs().items()
           if contrast_ratio(fg, bg) < 7.0}
    assert low == {}


@pytest.mark.parametrize("name", sorted(THEMES))
def test_focus_ring_visible(name):
    theme = THEMES[name]
    low = {k: round(contrast_ratio(fg, bg), 2) for k, (fg, bg) in theme.focus_ring_pairs().items()
           if contrast_ratio(fg, bg) < 3.0}
    assert low == {}


def test_minimum_target_is_nine_mm_on_reference_screen():
    assert MIN_TARGET_PX / REFERENCE_PX_PER_MM >= MIN_TARGET_MM
    assert 35 <= MIN_TARGET_PX <= 37
