""""Show guide" beside a service opens that service's guides, never the last guide of the session.

Real kiosk (kiosk.app.build), real QtWebEngine against the local server,
taps on the widgets a resident touches. The shipped guides: OmaKanta has
three, Suomi.fi e-Authorizations ("valtuudet") one, strong identification is
a general guide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.configs import local_config

PAGE = "<!doctype html><title>Local service</title><h1>Palvelu</h1>"
OMAKANTA_GUIDES = ["omakanta-login", "renew-prescription", "lab-results"]


def find(window, name, cls=QWidget):
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def click(qtbot, window, name):
    widget = find(window, name)
    assert widget.isVisible(), f"{name} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_tile(qtbot, w, tile):
    click(qtbot, w, f"tile-{tile}")
    view = find(w, "browser")
    qtbot.waitUntil(lambda: view.title() == "Local service", timeout=15000)


def guide_shown_beside(w) -> str:
    """The guide a resident sees next to the service: its id, after checking both are on screen."""
    assert find(w, "guide-view").isVisible() and find(w, "browser").isVisible()
    assert w.service_area.panel_shown()
    guide = w.guides.viewer.guide
    assert find(w, "guide-title", QLabel).text() == guide.title("fi", "fi")
    return guide.id


def kiosk_with(make_kiosk, web, *tiles):
    url = web.add("/", PAGE)
    return make_kiosk(local_config({t: url for t in tiles}), size=(1600, 900)).window


def test_a_general_guide_read_earlier_is_not_what_show_guide_opens(make_kiosk, qtbot, web):
    w = kiosk_with(make_kiosk, web, "omakanta", "valtuudet")
    # The resident first reads about strong identification on the whole screen.
    click(qtbot, w, "nav-guides")
    click(qtbot, w, "guide-strong-identification")
    click(qtbot, w, "guide-next")
    click(qtbot, w, "nav-home")
    open_tile(qtbot, w, "omakanta")
    click(qtbot, w, "browser-show-guide")
    # OmaKanta's guides, to choose from; not the identification guide.
    assert find(w, "guides").isVisible()
    assert w.guides.list.visible_ids() == OMAKANTA_GUIDES
    assert "omakanta fi" in find(w, "guides-heading", QLabel).text()
    click(qtbot, w, "guide-lab-results")
    assert guide_shown_beside(w) == "lab-results"


def test_a_service_with_one_guide_opens_it_beside_the_service(make_kiosk, qtbot, web):
    w = kiosk_with(make_kiosk, web, "omakanta", "valtuudet")
    open_tile(qtbot, w, "omakanta")
    w.guides.open_guide("omakanta-login", beside=True)      # beside OmaKanta, as "Show guide" would
    click(qtbot, w, "guide-next")
    click(qtbot, w, "nav-home")
    open_tile(qtbot, w, "valtuudet")
    # OmaKanta's guide does not follow the resident into another service.
    assert not w.service_area.panel_shown() and not find(w, "browser-show-guide").isChecked()
    click(qtbot, w, "browser-show-guide")
    assert guide_shown_beside(w) == "give-authorization"
    assert w.guides.viewer.index == 0
    # Back in OmaKanta: its own guides again, not e-Authorizations'.
    click(qtbot, w, "nav-home")
    open_tile(qtbot, w, "omakanta")
    assert not w.service_area.panel_shown()
    click(qtbot, w, "browser-show-guide")
    assert find(w, "guides").isVisible() and w.guides.list.visible_ids() == OMAKANTA_GUIDES


def test_the_services_own_guide_comes_back_at_its_step(make_kiosk, qtbot, web):
    w = kiosk_with(make_kiosk, web, "omakanta")
    # An OmaKanta guide opened from the list on the whole screen, two steps on.
    click(qtbot, w, "nav-guides")
    click(qtbot, w, "guide-renew-prescription")
    click(qtbot, w, "guide-next")
    click(qtbot, w, "guide-next")
    click(qtbot, w, "nav-home")
    open_tile(qtbot, w, "omakanta")
    click(qtbot, w, "browser-show-guide")
    assert guide_shown_beside(w) == "renew-prescription" and w.guides.viewer.index == 2


def test_a_general_guide_the_resident_put_beside_the_service_stays_there(make_kiosk, qtbot, web):
    w = kiosk_with(make_kiosk, web, "omakanta")
    open_tile(qtbot, w, "omakanta")
    click(qtbot, w, "nav-guides")
    click(qtbot, w, "guide-strong-identification")
    click(qtbot, w, "guide-open-beside")                     # the resident's own choice
    click(qtbot, w, "guide-next")
    click(qtbot, w, "browser-show-guide")                    # hide
    click(qtbot, w, "browser-show-guide")                    # and show again: the same guide, same step
    assert guide_shown_beside(w) == "strong-identification" and w.guides.viewer.index == 1
