"""Larger text is larger everywhere: measured from the pixels drawn, at each text size step.

For each kind of text a resident reads (tile names on home, the bar's
buttons, the guides list, a guide's step text, the help screen, the end
question), the height of its letters is read from a grab of the widget
(tests/helpers/ink.py), never from a font property: a label drawn smaller to
fit, or not drawn at all, is seen. Each step must draw every one of them
taller than the step before, and the tiles keep their icons.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.shell.theme import TEXT_SIZES
from tests.helpers.ink import crop, ink, letter_height

SHAPES = {"landscape": (1280, 800), "portrait": (1080, 1920)}
STEPS = range(len(TEXT_SIZES))
BAR = ("nav-home", "nav-guides", "nav-help", "nav-end-session")


def find(window: QWidget, name: str, cls=QWidget):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def letters(widget: QWidget, inset: int = 6) -> int:
    """Letter height in pixels of what `widget` draws (`inset` leaves out a button's border;
    twice as much at the sides, for its round corners)."""
    return letter_height(ink(widget.grab(), inset, 2 * inset))


def tile_parts(tile: QWidget) -> tuple[int, int]:
    """(letter height of the tile's name, inked pixels of its icon), from one grab of the tile."""
    image = tile.grab()
    label, icon = tile.findChild(QLabel, "tile-label"), tile.findChild(QLabel, "tile-icon")
    name_px = letter_height(ink(crop(image, label.geometry())))
    icon_ink = int(ink(crop(image, icon.geometry())).sum()) if icon.isVisible() else 0
    return name_px, icon_ink


def grows(heights: dict[str, list[int]]) -> list[str]:
    """Every text whose letters are not taller at each step than at the one before."""
    return [f"{name}: {h}" for name, h in heights.items()
            if not all(a < b for a, b in zip(h, h[1:])) or min(h) <= 0]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_home_and_bar_letters_grow_with_each_step_and_tiles_keep_their_icons(make_kiosk, shape):
    kiosk = make_kiosk(size=SHAPES[shape])
    w = kiosk.window
    heights: dict[str, list[int]] = {}
    icons: dict[str, list[int]] = {}
    for step in STEPS:
        w.appearance.set_text_step(step)
        w.go_home()
        w.setFocus()   # no focus ring: a tile draws the same at each step
        settle()
        for tile in w.home.tiles():
            name_px, icon_ink = tile_parts(tile)
            heights.setdefault(tile.objectName(), []).append(name_px)
            icons.setdefault(tile.objectName(), []).append(icon_ink)
        for name in (*BAR, "lang-sv", "contrast"):
            heights.setdefault(name, []).append(letters(find(w, name)))
        heights.setdefault("text-size-state", []).append(letters(find(w, "text-size-state"), 0))
    assert grows(heights) == []
    # The icon is drawn at every size: a few hundred pixels of its strokes at least.
    assert [f"{name}: {ink}" for name, ink in icons.items() if min(ink) < 300] == []


@pytest.mark.parametrize("shape", list(SHAPES))
def test_guide_list_letters_grow_with_each_step(make_kiosk, shape):
    kiosk = make_kiosk(size=SHAPES[shape])
    w = kiosk.window
    heights: dict[str, list[int]] = {}
    for step in STEPS:
        w.appearance.set_text_step(step)
        w.guides.set_service(None)
        w.guides.open_list(None)
        settle()
        for guide_id, button in w.guides.list.buttons().items():
            heights.setdefault(guide_id, []).append(letters(button))
    assert len(heights) >= 10
    assert grows(heights) == []


def test_guide_help_and_question_letters_grow_with_each_step(make_kiosk):
    kiosk = make_kiosk(size=SHAPES["landscape"])
    w = kiosk.window
    guide = w.guides.catalog.for_service("omakanta", "fi")[0]
    heights: dict[str, list[int]] = {}

    def measure(name: str, widget: QWidget, inset: int = 0) -> None:
        heights.setdefault(name, []).append(letters(widget, inset))

    for step in STEPS:
        w.appearance.set_text_step(step)
        w.guides.set_service(None)
        w.guides.open_guide(guide.id, beside=False, step=0)
        settle()
        measure("guide step text", find(w, "guide-step-text"))
        measure("guide step title", find(w, "guide-step-title"))
        measure("guide next", find(w, "guide-next"), 6)
        w.nav.help.emit()
        settle()
        measure("help title", find(w, "help-topic-title"))
        measure("help topic button", find(w, "help-topic-other"), 6)
        w.confirm_end.pop_up()
        settle()
        measure("end question", w.confirm_end)
        measure("end: yes", find(w, "end-yes"), 6)
        w.confirm_end.hide()
    assert grows(heights) == []


def test_the_measure_sees_larger_smaller_and_missing_letters(qtbot):
    """The measuring itself: the same words in larger type measure taller, however they wrap; none is 0."""
    heights = []
    for px, width in ((20, 600), (30, 600), (40, 260)):   # the last one wraps onto two lines
        label = QLabel("Tunnistaudu pankkitunnuksilla")
        qtbot.addWidget(label)
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel {{ font-size: {px}px; background: white; color: black; }}")
        label.resize(width, 200)
        label.show()
        heights.append(letters(label, 0))
    assert heights[0] < heights[1] < heights[2]
    assert 0.65 * 40 <= heights[2] <= 40   # about a capital's height: 0.73 of the type size
    blank = QLabel("")
    qtbot.addWidget(blank)
    blank.resize(200, 50)
    assert letters(blank, 0) == 0
