"""A guide next to the open service: both visible, width adjustable for the session only."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.shell.service_area import DEFAULT_PANEL_SHARE
from tests.configs import local_config

PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"


def find(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click(qtbot, window, name):
    widget = find(window, name)
    assert widget.isVisible(), f"{name} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def x_in_window(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def open_service(make_kiosk, qtbot, web, size=(1600, 900)):
    kiosk = make_kiosk(local_config({"omakanta": web.add("/", PAGE)}), size=size)
    w = kiosk.window
    click(qtbot, w, "tile-omakanta")
    view = find(w, "browser")
    qtbot.waitUntil(lambda: view.title() == "Local OmaKanta", timeout=15000)
    return kiosk, w, view


def test_show_guide_splits_the_screen_and_steps_do_not_touch_the_page(make_kiosk, qtbot, web):
    kiosk, w, view = open_service(make_kiosk, qtbot, web)
    assert find(w, "browser-guides").isVisible()
    click(qtbot, w, "browser-show-guide")
    # No guide open yet: the list of this service's guides, and the choice opens beside it.
    assert find(w, "guides").isVisible()
    assert w.guides.list.visible_ids() == ["omakanta-login", "renew-prescription", "lab-results"]
    assert "omakanta fi" in find(w, "guides-heading").text()   # the tile's label in Finnish
    click(qtbot, w, "guide-omakanta-login")
    guide_view, browser = find(w, "guide-view"), find(w, "browser")
    assert guide_view.isVisible() and browser.isVisible()
    assert w.current_screen() is w.browser
    assert find(w, "nav-back").isVisible()
    # Side by side: the guide on one side, the service on the other, no overlap.
    gx, bx = x_in_window(guide_view, w), x_in_window(browser, w)
    assert gx + guide_view.width() <= bx
    assert guide_view.width() >= 380 and browser.width() >= 420
    assert not find(w, "guide-qr").isVisible()          # no room for it in the narrow panel
    url = view.url()
    click(qtbot, w, "guide-next")
    click(qtbot, w, "guide-next")
    assert w.guides.viewer.index == 2
    assert view.url() == url
    assert find(w, "browser-show-guide").isChecked()
    # Hide and show again: the same step.
    click(qtbot, w, "browser-show-guide")
    assert not guide_view.isVisible() and browser.isVisible()
    click(qtbot, w, "browser-show-guide")
    assert guide_view.isVisible() and w.guides.viewer.index == 2


def test_opening_from_the_list_while_a_service_is_open_offers_side_by_side(make_kiosk, qtbot, web):
    kiosk, w, view = open_service(make_kiosk, qtbot, web)
    click(qtbot, w, "nav-guides")
    click(qtbot, w, "guide-renew-prescription")
    choice = find(w, "guide-open-choice")
    assert choice.isVisible()
    assert find(w, "guide-open-full").isVisible()
    click(qtbot, w, "guide-open-beside")
    assert find(w, "guide-view").isVisible() and find(w, "browser").isVisible()
    assert w.guides.viewer.guide.id == "renew-prescription"
    # The other answer: the whole screen.
    click(qtbot, w, "nav-guides")
    click(qtbot, w, "guide-lab-results")
    click(qtbot, w, "guide-open-full")
    assert find(w, "guide-view").isVisible() and not find(w, "browser").isVisible()
    assert not w.service_area.panel_shown()


def test_guides_for_this_service_opens_the_filtered_list(make_kiosk, qtbot, web):
    kiosk, w, view = open_service(make_kiosk, qtbot, web)
    click(qtbot, w, "browser-guides")
    assert find(w, "guides").isVisible()
    assert w.guides.list.visible_ids() == ["omakanta-login", "renew-prescription", "lab-results"]
    assert not find(w, "guide-log-out").isVisible()
    click(qtbot, w, "guides-all")
    assert find(w, "guide-log-out").isVisible()
    # Back to the service without choosing a guide: the page is still there.
    url = view.url()
    click(qtbot, w, "guides-back-to-service")
    assert find(w, "browser").isVisible() and view.url() == url


def test_a_guide_on_the_whole_screen_can_move_next_to_the_service(make_kiosk, qtbot, web):
    kiosk, w, view = open_service(make_kiosk, qtbot, web)
    click(qtbot, w, "nav-guides")
    click(qtbot, w, "guide-renew-prescription")
    click(qtbot, w, "guide-open-full")
    click(qtbot, w, "guide-next")
    assert not find(w, "browser").isVisible()
    click(qtbot, w, "guide-beside")
    assert find(w, "guide-view").isVisible() and find(w, "browser").isVisible()
    assert w.guides.viewer.index == 1
    assert not find(w, "guide-beside").isVisible()


def test_no_service_no_side_by_side_offers(kiosk, qtbot):
    w = kiosk.window
    click(qtbot, w, "nav-guides")
    assert not find(w, "guides-back-to-service").isVisible()
    click(qtbot, w, "guide-log-out")
    assert find(w, "guide-view").isVisible()         # straight away, no question
    assert not find(w, "guide-beside").isVisible()


def test_panel_width_is_kept_for_the_session_and_reset_at_its_end(make_kiosk, qtbot, web):
    kiosk, w, view = open_service(make_kiosk, qtbot, web)
    area = w.service_area
    w.guides.open_guide("omakanta-login", beside=True)
    default = area.panel_width()
    total = sum(area.splitter.sizes())
    assert abs(default - total * DEFAULT_PANEL_SHARE) < 40
    area.set_panel_width(default + 200)
    assert abs(area.panel_width() - (default + 200)) <= 2
    click(qtbot, w, "browser-show-guide")        # hide
    click(qtbot, w, "browser-show-guide")        # show: the resident's width again
    assert abs(area.panel_width() - (default + 200)) <= 2

    w.session.end("resident")
    assert w.guides.viewer.guide is None
    assert not area.panel_shown()
    qtbot.waitUntil(lambda: w.current_screen() is w.home, timeout=10000)
    click(qtbot, w, "tile-omakanta")
    view = find(w, "browser")
    qtbot.waitUntil(lambda: view.title() == "Local OmaKanta", timeout=15000)
    w.guides.open_guide("omakanta-login", beside=True)
    assert abs(area.panel_width() - default) <= 2


def test_the_panel_has_one_way_to_close_it(make_kiosk, qtbot, web):
    kiosk, w, view = open_service(make_kiosk, qtbot, web)
    w.guides.open_guide("lab-results", beside=True)
    # "Hide guide" in the bar above the service; no second "Close guide" in the panel.
    assert not find(w, "guide-close").isVisible()
    click(qtbot, w, "browser-show-guide")
    assert not w.service_area.panel_shown()
    assert find(w, "browser").isVisible()
    assert not find(w, "browser-show-guide").isChecked()


def test_show_guide_on_a_service_without_guides_is_not_a_dead_end(make_kiosk, qtbot, web):
    kiosk = make_kiosk(local_config({"noguides": web.add("/", PAGE)}), size=(1600, 900))
    w = kiosk.window
    click(qtbot, w, "tile-noguides")
    click(qtbot, w, "browser-show-guide")
    # It says so, and offers every guide and the way back to the service.
    empty = find(w, "guides-empty")
    assert empty.isVisible() and empty.text()
    assert find(w, "guides-back-to-service").isVisible()
    click(qtbot, w, "guides-all")
    ids = w.guides.list.visible_ids()
    assert ids and not find(w, "guides-empty").isVisible()
    # A guide chosen from there opens next to the service straight away.
    click(qtbot, w, f"guide-{ids[0]}")
    assert w.service_area.panel_shown() and find(w, "browser").isVisible()


def test_a_guide_beside_a_service_at_the_largest_text_keeps_title_text_and_next_reachable(make_kiosk, qtbot, web):
    """1280x800, Finnish, the largest text: the screen audit read the title cut to "Valtuuden antaminen",
    the step text had about one line and Next was 3 px off the bottom of the screen."""
    # The guide is Suomi.fi's (its tile must be there), put beside OmaKanta as the audit's walk does.
    config = local_config({"omakanta": web.add("/", PAGE), "valtuudet": web.add("/valtuudet", PAGE)})
    w = make_kiosk(config, size=(1280, 800)).window
    click(qtbot, w, "tile-omakanta")
    qtbot.waitUntil(lambda: find(w, "browser").title() == "Local OmaKanta", timeout=15000)
    w.language.set("fi")
    w.appearance.set_text_step(2)
    assert w.guides.open_guide("give-authorization", beside=True)
    viewer = find(w, "guide-view")
    qtbot.waitUntil(lambda: viewer.isVisible() and find(w, "guide-panel").isVisible())
    for _ in range(3):
        QApplication.processEvents()
    screen = w.rect()
    for name in ("guide-next", "guide-prev"):
        button = find(w, name)
        on_screen = button.rect().translated(button.mapTo(w, QPoint(0, 0)))
        assert screen.contains(on_screen), f"{name} at {on_screen} is not wholly on the {screen} screen"
        assert button.visibleRegion().boundingRect() == button.rect(), f"{name} is partly covered or cut"
    title = find(w, "guide-title")
    assert title.text() == "Valtuuden antaminen Suomi.fi:ssä"
    # Every line of the title has its height, and all of it is in view when the step opens.
    assert title.height() >= title.heightForWidth(title.width()), "the title is squeezed: its last line is cut"
    assert title.visibleRegion().boundingRect() == title.rect(), "the title is not wholly in view"
    # The step's text: more than a line of room, and all of it reachable by scrolling.
    text = find(w, "guide-step-text")
    scroll = find(w, "guide-step-scroll")
    line = text.fontMetrics().lineSpacing()
    assert scroll.viewport().height() >= 4 * line, f"the text has {scroll.viewport().height()} px, {line} px a line"
    scroll.ensureWidgetVisible(text, 0, 0)
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    bottom = text.mapTo(scroll.viewport(), QPoint(0, text.height()))
    assert bottom.y() <= scroll.viewport().height(), "the end of the step text cannot be scrolled into view"
