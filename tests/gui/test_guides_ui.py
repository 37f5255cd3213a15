"""The guides screen and viewer as a resident uses them: list, steps, keys, swipe, language, end."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from kiosk.core.guides import load_guides
from kiosk.resources import shipped_guides_dir
from tests.configs import local_config
from tests.helpers.screen import settle


@pytest.fixture(scope="module")
def shipped():
    guides, problems = load_guides([shipped_guides_dir()])
    assert not [p for p in problems if p.is_error]
    return {g.id: g for g in guides}


def find(window, name, kind=QWidget):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot, window, name):
    widget = find(window, name)
    assert widget.isVisible(), f"{name} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def counter(window) -> tuple[int, int]:
    """(step, total) from the "Step 3 / 7" label, whatever the language's words."""
    numbers = [int(n) for n in re.findall(r"\d+", find(window, "guide-step-counter", QLabel).text())]
    assert len(numbers) == 2, numbers
    return numbers[0], numbers[1]


def step_title(window) -> str:
    return find(window, "guide-step-title", QLabel).text()


def open_guide(qtbot, window, guide_id):
    click(qtbot, window, "nav-guides")
    assert find(window, "guides").isVisible()
    click(qtbot, window, f"guide-{guide_id}")
    assert find(window, "guide-view").isVisible()


def test_list_groups_guides_by_service_in_order(kiosk, qtbot, shipped):
    w = kiosk.window
    click(qtbot, w, "nav-guides")
    listing = find(w, "guides")
    assert listing.isVisible()
    assert not w.findChild(QWidget, "guides-coming-soon")
    ids = w.guides.list.visible_ids()
    assert sorted(ids) == sorted(shipped)          # the demo site has a tile for every service
    for gid in ids:
        button = find(w, f"guide-{gid}")
        assert button.isVisible() and button.accessibleName() == shipped[gid].title("fi")
    # General first, then the tiles in the home screen's order; inside a group by `order`.
    services = [shipped[g].service for g in ids]
    tile_order = ["general", *[t.id for t in kiosk.config.tiles]]
    assert services == sorted(services, key=tile_order.index)
    for service in set(services):
        orders = [shipped[g].order for g in ids if shipped[g].service == service]
        assert orders == sorted(orders)
    omakanta = find(w, "guides-group-omakanta")
    assert omakanta.isVisible()
    labels = [lbl.text() for lbl in omakanta.findChildren(QLabel)]
    assert "OmaKanta" in labels


def test_step_through_with_buttons_keys_and_swipe_to_the_last_screen(kiosk, qtbot, shipped, caplog):
    w = kiosk.window
    guide = shipped["renew-prescription"]
    fi = guide.texts["fi"]
    open_guide(qtbot, w, guide.id)
    assert not find(w, "guides").isVisible()
    assert counter(w) == (1, guide.step_count)
    assert step_title(w) == fi.steps[0].title
    assert not find(w, "guide-prev").isEnabled()
    progress = find(w, "guide-progress", QProgressBar)
    assert (progress.value(), progress.maximum()) == (1, guide.step_count)

    click(qtbot, w, "guide-next")
    assert counter(w) == (2, guide.step_count)
    assert step_title(w) == fi.steps[1].title
    assert "Reseptit" in find(w, "guide-step-text", QLabel).text()
    assert find(w, "guide-picture").isVisible()
    click(qtbot, w, "guide-prev")
    assert counter(w) == (1, guide.step_count)

    # Keyboard: focus is in the viewer after opening, Right and Left turn the page.
    w.activateWindow()
    qtbot.waitActive(w)
    next_button = find(w, "guide-next")
    next_button.setFocus()
    qtbot.keyClick(next_button, Qt.Key.Key_Right)
    qtbot.keyClick(next_button, Qt.Key.Key_Right)
    assert counter(w) == (3, guide.step_count)
    assert step_title(w) == fi.steps[2].title
    qtbot.keyClick(next_button, Qt.Key.Key_Left)
    assert counter(w) == (2, guide.step_count)

    # Swipe: a finger (or the mouse) dragged to the left is the next page, to the right the previous.
    text = find(w, "guide-step-text")
    qtbot.mousePress(text, Qt.MouseButton.LeftButton, pos=QPoint(400, 10))
    qtbot.mouseRelease(text, Qt.MouseButton.LeftButton, pos=QPoint(150, 20))
    assert counter(w) == (3, guide.step_count)
    qtbot.mousePress(text, Qt.MouseButton.LeftButton, pos=QPoint(100, 10))
    qtbot.mouseRelease(text, Qt.MouseButton.LeftButton, pos=QPoint(400, 10))
    assert counter(w) == (2, guide.step_count)
    # A short or mostly vertical drag is not a swipe.
    qtbot.mousePress(text, Qt.MouseButton.LeftButton, pos=QPoint(100, 10))
    qtbot.mouseRelease(text, Qt.MouseButton.LeftButton, pos=QPoint(140, 200))
    assert counter(w) == (2, guide.step_count)

    while counter(w)[0] < guide.step_count:
        click(qtbot, w, "guide-next")
    assert step_title(w) == fi.steps[-1].title
    click(qtbot, w, "guide-next")
    feedback = find(w, "guide-feedback")
    assert feedback.isVisible()
    assert not find(w, "guide-next").isVisible()
    assert find(w, "guide-helped-yes").accessibleName()
    assert progress.value() == progress.maximum()
    with caplog.at_level(logging.INFO, logger="kiosk.guides"):
        click(qtbot, w, "guide-helped-no")
    assert "guide feedback: renew-prescription no" in caplog.text
    assert find(w, "guides").isVisible()
    assert not find(w, "guide-view").isVisible()
    assert w.guides.viewer.guide is None


def test_feedback_yes_back_to_the_list(kiosk, qtbot, shipped, caplog):
    w = kiosk.window
    guide = shipped["log-out"]
    open_guide(qtbot, w, guide.id)
    for _ in range(guide.step_count):
        click(qtbot, w, "guide-next")
    with caplog.at_level(logging.INFO, logger="kiosk.guides"):
        click(qtbot, w, "guide-helped-yes")
    assert "guide feedback: log-out yes" in caplog.text
    assert find(w, "guides").isVisible()


def test_language_switch_shows_the_same_step_in_swedish(kiosk, qtbot, shipped):
    w = kiosk.window
    guide = shipped["bank-codes"]
    open_guide(qtbot, w, guide.id)
    click(qtbot, w, "guide-next")
    click(qtbot, w, "guide-next")
    assert step_title(w) == guide.texts["fi"].steps[2].title
    # The language buttons are on the home screen; the guide waits where it was.
    click(qtbot, w, "nav-home")
    click(qtbot, w, "lang-sv")
    click(qtbot, w, "nav-guides")
    assert find(w, "guide-view").isVisible()
    assert counter(w) == (3, guide.step_count)
    assert step_title(w) == guide.texts["sv"].steps[2].title
    assert find(w, "guide-title", QLabel).text() == guide.title("sv")
    # Straight switch while reading (as the language code changes from anywhere).
    w.language.set("en")
    assert step_title(w) == guide.texts["en"].steps[2].title


def test_guide_text_in_a_missing_language_falls_back_to_the_site_default(kiosk, qtbot, shipped):
    w = kiosk.window
    finnish_only = replace(shipped["stay-safe"], languages=("fi",),
                           texts={"fi": shipped["stay-safe"].texts["fi"]})
    w.language.set("sv")
    w.guides.viewer.open(finnish_only)
    assert w.guides.viewer.shown_text().lang == "fi"
    assert step_title(w) == finnish_only.texts["fi"].steps[0].title


def test_step_text_follows_the_text_size_setting(kiosk, qtbot):
    w = kiosk.window
    open_guide(qtbot, w, "omakanta-login")
    text = find(w, "guide-step-text", QLabel)
    before = text.font().pixelSize()
    click(qtbot, w, "nav-home")
    click(qtbot, w, "text-size-up")
    click(qtbot, w, "nav-guides")
    after = text.font().pixelSize()
    assert after > before >= 28   # step text is larger than the 22 px body text
    assert f"font-size:{after}px" in text.text().replace(" ", "")


def test_every_touchable_widget_in_the_viewer_is_named(kiosk, qtbot):
    w = kiosk.window
    open_guide(qtbot, w, "omakanta-login")
    for name in ("guide-prev", "guide-next", "guide-close"):
        button = find(w, name)
        assert button.accessibleName(), name
    for gid, button in w.guides.list.buttons().items():
        assert button.objectName() == f"guide-{gid}" and button.accessibleName()


def test_all_guides_button_closes_the_guide(kiosk, qtbot):
    w = kiosk.window
    open_guide(qtbot, w, "stay-safe")
    click(qtbot, w, "guide-close")
    assert find(w, "guides").isVisible()
    assert w.guides.viewer.guide is None
    # The Guides button then shows the list, not a stale guide.
    click(qtbot, w, "nav-home")
    click(qtbot, w, "nav-guides")
    assert find(w, "guides").isVisible()


def test_end_of_session_closes_the_guide(kiosk, qtbot):
    w = kiosk.window
    open_guide(qtbot, w, "stay-safe")
    click(qtbot, w, "guide-next")
    w.session.end("resident")
    assert w.guides.viewer.guide is None
    assert w.guides.showing_list()
    assert w.current_screen() is w.home


def test_the_next_residents_guides_list_opens_at_its_top(kiosk, qtbot):
    """One resident leaves the list scrolled down; the next one's "Guides" shows its top and its focus."""
    w = kiosk.window
    click(qtbot, w, "nav-guides")
    listing = w.guides.list
    bar = listing.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)   # 1280x800: the list is longer than the screen
    bar.setValue(bar.maximum())
    first = listing.buttons()[listing.visible_ids()[0]]
    assert first.visibleRegion().isEmpty(), "the first guide is still in view after scrolling down"
    w.session.end("resident")
    assert w.current_screen() is w.home

    click(qtbot, w, "nav-guides")
    assert find(w, "guides").isVisible()
    qtbot.waitUntil(lambda: first.hasFocus())
    # Wholly in view: the part of the button drawn is all of it.
    assert first.visibleRegion().boundingRect() == first.rect()
    assert bar.value() == 0


def test_broken_site_guides_are_left_out_and_their_problems_kept(make_kiosk, qtbot, tmp_path, web):
    site = tmp_path / "site-guides"
    broken = site / "site-broken"
    shutil.copytree(shipped_guides_dir() / "log-out", broken)
    toml = broken / "guide.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('id = "log-out"', 'id = "site-broken"'),
                    encoding="utf-8")
    (broken / "signed-out.svg").unlink()
    unknown = site / "site-unknown"
    shutil.copytree(shipped_guides_dir() / "stay-safe", unknown)
    toml = unknown / "guide.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('id = "stay-safe"', 'id = "site-unknown"')
                    .replace('service = "general"', 'service = "nosuch"'), encoding="utf-8")
    config = replace(local_config({"omakanta": web.url("/")}), guide_dirs=(str(site),))
    kiosk = make_kiosk(config)
    w = kiosk.window
    click(qtbot, w, "nav-guides")   # the guides load just after the first frame, or now
    assert kiosk.timings["guides_ms"] > 0
    text = "\n".join(str(p) for p in kiosk.guide_problems if p.is_error)
    assert "site-broken" in text and "signed-out.svg" in text
    assert "site-unknown" in text and "'nosuch' is not a tile" in text
    ids = w.guides.list.visible_ids()
    assert "site-broken" not in ids and "site-unknown" not in ids
    assert "log-out" in ids and "renew-prescription" in ids
    # Shipped guides of services this site has no tile for are left out quietly.
    assert "kela-benefit" not in ids
    assert not any("kela-benefit" in str(p) for p in kiosk.guide_problems)


def test_previous_on_the_first_step_looks_disabled(kiosk, qtbot):
    """Step 1's Previous is drawn greyed (still readable), unlike the same button on step 2."""
    from kiosk.ui.shell.theme import NORMAL

    w = kiosk.window
    w.guides.open_guide("omakanta-login")
    prev = find(w, "guide-prev")
    settle(qtbot)   # drawn as it is now: the style has taken in the state
    assert not prev.isEnabled()
    # A point inside the border, away from the label: the button's own background.
    point = QPoint(8, prev.height() // 2)
    disabled = prev.grab().toImage().pixelColor(point).name()
    click(qtbot, w, "guide-next")
    settle(qtbot)
    assert prev.isEnabled()
    enabled = prev.grab().toImage().pixelColor(point).name()
    assert disabled == NORMAL.disabled_bg and enabled != disabled
