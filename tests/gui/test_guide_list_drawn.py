"""Every guide in the list shows its title: read from the pixels of each button.

The list once showed every guide as an empty box (the title was set but never
drawn) while every geometry check passed. Here each button of the list, of all
guides and of one service's ("Guides for this service"), is grabbed in fi,
sv and en, at each text size, in landscape and portrait, and its ink must
form as many lines of text as the title wraps to at the button's width, each
line with letters of the text size and about as wide as the words it holds.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from kiosk.ui.shell.theme import TEXT_SIZES
from kiosk.ui.shell.widgets import wrap_text
from tests.helpers.ink import ink, ink_lines

SHAPES = {"landscape": (1280, 800), "portrait": (1080, 1920)}
# Leaves out the border (5 px with the focus ring) and its round corners (10 px);
# the title starts 17 px in (border and padding).
INSET, INSET_X = 6, 12


def title_room(button) -> int:
    """The width the style leaves for the title inside the button's border and padding."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()


def drawn_problems(button, where: str) -> list[str]:
    """What is wrong with the title as drawn on `button` (empty: every line of it is there)."""
    title = button.title
    font = button.font()
    expected = wrap_text(title.replace("&", "&&"), font, title_room(button))
    mask = ink(button.grab(), INSET, INSET_X)
    lines = ink_lines(mask)
    if len(lines) != len(expected):
        return [f"{where} {button.objectName()}: {len(lines)} lines of ink, the title {title!r} "
                f"wraps to {len(expected)}"]
    problems = []
    metrics = QFontMetrics(font)
    for line, words in zip(lines, expected):
        # A capital or an ascender stands at least 60 % of the type size above the baseline.
        if line.letter_px < 0.6 * font.pixelSize():
            problems.append(f"{where} {button.objectName()}: letters {line.letter_px} px high "
                            f"in {font.pixelSize()} px type ({words!r})")
        columns = mask[line.top:line.bottom + 1].any(axis=0).nonzero()[0]
        if columns[-1] - columns[0] + 1 < 0.7 * metrics.horizontalAdvance(words):
            problems.append(f"{where} {button.objectName()}: {words!r} drawn only "
                            f"{columns[-1] - columns[0] + 1} px wide")
    return problems


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_guide_title_is_drawn_whole_in_every_language_and_size(make_kiosk, shape):
    kiosk = make_kiosk(size=SHAPES[shape])
    w = kiosk.window
    w.browser.open = lambda url, service=None: None   # the list beside a service needs no page
    guides = w.guides
    problems: list[str] = []
    checked = 0
    for lang in ("fi", "sv", "en"):
        w.language.set(lang)
        for step in range(len(TEXT_SIZES)):
            w.appearance.set_text_step(step)
            for service in (None, "omakanta"):
                if service is None:
                    guides.set_service(None)
                    guides.open_list(None)
                else:
                    w.open_tile(service)
                    guides.open_list(service)   # "Guides for this service"
                for _ in range(3):
                    QApplication.processEvents()
                where = f"{shape} {lang} {TEXT_SIZES[step]} px {service or 'all'}:"
                shown = [guides.list.buttons()[g] for g in guides.list.visible_ids()]
                assert shown and all(b.isVisible() for b in shown), where
                for button in shown:
                    problems += drawn_problems(button, where)
                    checked += 1
    assert checked >= 3 * 3 * 10
    assert problems == [], f"{len(problems)} of {checked} titles:\n" + "\n".join(problems[:40])
