"""The home screen as a resident meets it: tiles, languages, text size, contrast, keyboard."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.core.config.site import load_config
from kiosk.demo import demo_config_path
from kiosk.ui.shell.theme import MIN_TARGET_PX
from tests.helpers.screen import settle


def find(window: QWidget, name: str, cls=QWidget):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def visible_buttons(window: QWidget) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]


def test_home_shows_site_and_every_tile(kiosk):
    w = kiosk.window
    assert find(w, "home").isVisible()
    assert find(w, "site-name", QLabel).text() == "Digipiste Koivutupa, Kokkola"
    labels = [find(w, f"tile-{t}").text() for t in
              ("omakanta", "omakela", "suomifi", "viestit", "valtuudet", "omavero")]
    assert labels == ["OmaKanta", "OmaKela", "Suomi.fi", "Suomi.fi-viestit", "Suomi.fi-valtuudet", "OmaVero"]


def test_every_control_has_accessible_name_and_object_name(kiosk):
    for button in visible_buttons(kiosk.window):
        assert button.objectName(), button.text()
        assert button.accessibleName().strip(), button.objectName()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1080, 1920)])
def test_tiles_fit_without_scrolling_and_are_big(make_kiosk, qtbot, size):
    kiosk = make_kiosk(size=size)
    w = kiosk.window
    settle(qtbot)   # the layout has taken in the window's size
    for button in visible_buttons(w):
        top_left = button.mapTo(w, button.rect().topLeft())
        bottom_right = button.mapTo(w, button.rect().bottomRight())
        assert w.rect().contains(top_left) and w.rect().contains(bottom_right), button.objectName()
        assert button.height() >= MIN_TARGET_PX and button.width() >= MIN_TARGET_PX, button.objectName()
    tile = find(w, "tile-omakanta")
    assert tile.height() >= 3 * MIN_TARGET_PX


def test_eight_tiles_fit_in_portrait(make_kiosk, qtbot):
    base = load_config(demo_config_path())
    extra = tuple(dataclasses.replace(base.tiles[0], id=f"extra-{i}") for i in range(2))
    config = dataclasses.replace(base, tiles=base.tiles + extra)
    kiosk = make_kiosk(config, size=(1080, 1920))
    w = kiosk.window
    for i in range(2):
        tile = find(w, f"tile-extra-{i}")
        assert w.rect().contains(tile.mapTo(w, tile.rect().bottomRight()))
        assert tile.height() >= 3 * MIN_TARGET_PX


def test_language_switch_retranslates_at_once(kiosk, qtbot):
    w = kiosk.window
    end = find(w, "nav-end-session")
    assert end.text() == "Lopeta käyttö"
    qtbot.mouseClick(find(w, "lang-sv"), Qt.MouseButton.LeftButton)
    assert end.text() == "Avsluta"
    assert find(w, "tile-omakanta").text() == "MittKanta"
    assert find(w, "site-name", QLabel).text() == "Digipunkt Koivutupa, Karleby"
    assert find(w, "lang-sv").isChecked() and not find(w, "lang-fi").isChecked()
    qtbot.mouseClick(find(w, "lang-en"), Qt.MouseButton.LeftButton)
    assert end.text() == "End session"
    assert find(w, "nav-help").text() == "Ask for help"
    assert find(w, "tile-omavero").text() == "MyTax"


def test_text_size_goes_up_and_down_directly_and_says_which_size_is_on(kiosk, qtbot):
    w = kiosk.window
    down, up = find(w, "text-size-down", QAbstractButton), find(w, "text-size-up", QAbstractButton)
    state = find(w, "text-size-state", QLabel)

    def shown() -> tuple[str, bool, bool]:
        return state.text(), down.isEnabled(), up.isEnabled()

    assert shown() == ("Tekstin koko 1/3", False, True)
    assert (down.accessibleName(), up.accessibleName()) == ("Pienempi teksti", "Suurempi teksti")
    assert up.accessibleDescription() == "Tekstin koko: normaali (1/3)"
    up.setFocus()
    qtbot.keyClick(up, Qt.Key.Key_Space)
    assert shown() == ("Tekstin koko 2/3", True, True)
    assert up.accessibleDescription() == down.accessibleDescription() == "Tekstin koko: suuri (2/3)"
    qtbot.keyClick(up, Qt.Key.Key_Space)
    assert shown() == ("Tekstin koko 3/3", True, False)
    assert up.accessibleDescription() == "Tekstin koko: suurin (3/3)"
    # The keyboard stays on the pair: A+ is off at the largest size, A- takes the focus.
    assert w.focusWidget() is down
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)          # off: no cycling back to the smallest
    assert shown() == ("Tekstin koko 3/3", True, False) and w.appearance.text_step == 2
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert shown() == ("Tekstin koko 2/3", True, True) and w.appearance.text_step == 1
    qtbot.mouseClick(find(w, "lang-sv"), Qt.MouseButton.LeftButton)
    assert state.text() == "Textstorlek 2/3" and up.accessibleName() == "Större text"
    assert down.accessibleDescription() == "Textstorlek: stor (2 av 3)"
    # End session on home (nothing else to remove) puts the size back for the next resident.
    qtbot.mouseClick(find(w, "nav-end-session"), Qt.MouseButton.LeftButton)
    assert w.appearance.text_step == 0
    assert shown() == ("Tekstin koko 1/3", False, True)


def test_high_contrast_changes_colours(kiosk, qtbot):
    w = kiosk.window
    home = find(w, "home")
    before = home.grab().toImage().pixelColor(5, home.height() - 5).name()
    qtbot.mouseClick(find(w, "contrast"), Qt.MouseButton.LeftButton)
    after = home.grab().toImage().pixelColor(5, home.height() - 5).name()
    assert (before, after) == ("#f7f7f2", "#000000")
    assert find(w, "contrast").isChecked()


def test_keyboard_reaches_every_tile_and_enter_opens(kiosk, qtbot, web):
    w = kiosk.window
    w.activateWindow()
    names = set()
    for _ in range(40):
        focused = w.focusWidget()
        if focused is not None:
            names.add(focused.objectName())
        qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Tab)
    tiles = {f"tile-{t.id}" for t in kiosk.config.tiles}
    assert tiles <= names
    for name in ("nav-home", "nav-guides", "nav-help", "nav-end-session", "lang-sv", "text-size-up", "contrast"):
        assert name in names
    find(w, "lang-en").setFocus()
    qtbot.keyClick(find(w, "lang-en"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(w, "nav-end-session").text() == "End session")


class _Resizes(QObject):
    """Counts the tiles' resize events: a layout that never settles keeps making them."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_the_home_screen_settles_at_every_height_and_the_largest_text(make_kiosk):
    """At 1920x1080, Finnish, the largest text, with the help strip shown, the tiles took turns
    between two column counts (with and without the scroll bar) and the interface thread never
    rested: the screen audit's kiosk stopped answering. Every height the window may have must settle."""
    kiosk = make_kiosk(load_config(demo_config_path()), size=(1920, 1080))   # the demo's tile names
    w = kiosk.window
    w.language.set("fi")
    w.appearance.set_text_step(2)
    counter = _Resizes()
    tiles = [t for t in w.home.findChildren(QWidget) if t.objectName().startswith("tile-")]
    assert tiles
    for tile in tiles:
        tile.installEventFilter(counter)
    restless = []
    for height in range(700, 1081, 3):
        w.resize(1920, height)
        for _ in range(6):
            QApplication.processEvents()
        counter.count = 0
        for _ in range(4):
            QApplication.processEvents()
        if counter.count:
            restless.append(f"{height} px: {counter.count} tile resizes with nothing changed")
    assert restless == []
