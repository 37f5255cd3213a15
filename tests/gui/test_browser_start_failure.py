"""The session's browser profile fails to start: a calm panel, Try again, the guides; the kiosk stays.

The profile is QtWebEngine's own; the fault is injected where `build()` makes
it (the first attempts raise), everything else is real: the tile tap, the
panel, the retry that then loads a page from a local HTTP server.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.configs import local_config


def find(w, name):
    return w.findChild(QWidget, name)


def shown_text(w) -> str:
    return " ".join(label.text() for label in w.findChildren(QLabel) if label.isVisibleTo(w))


@pytest.fixture
def failing_profile(monkeypatch):
    """Profiles fail to start while `state["fail"]` is True; counts the attempts."""
    import kiosk.web.session_profile
    from kiosk.web.session_profile import SessionProfile

    state = {"fail": True, "attempts": 0}

    def make(*args, **kwargs):
        state["attempts"] += 1
        if state["fail"]:
            raise RuntimeError("simulated: the browser profile could not be created")
        return SessionProfile(*args, **kwargs)

    # build()'s make_profile imports the class when a session first needs it.
    monkeypatch.setattr(kiosk.web.session_profile, "SessionProfile", make)
    return state


def tap(qtbot, w, name):
    button = find(w, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tile_tap_without_a_browser_shows_a_calm_panel_and_try_again_opens_it(
        make_kiosk, qtbot, web, failing_profile, caplog):
    url = web.add("/", "<title>svc</title><p>service page</p>")
    kiosk = make_kiosk(local_config({"svc": url}))
    w = kiosk.window
    caplog.set_level(logging.INFO)
    tap(qtbot, w, "tile-svc")
    panel = find(w, "service-error")
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    # In Finnish (the site's default), no traceback, still in the session, not thrown home.
    text = shown_text(panel)
    assert "Palveluja ei voi avata juuri nyt" in text, text
    assert "Traceback" not in shown_text(w) and "RuntimeError" not in shown_text(w)
    assert w.current_screen() is w.browser and kiosk.session.active
    assert find(w, "service-error-retry").isVisible() and find(w, "service-error-guides").isVisible()
    tries = failing_profile["attempts"]
    assert tries >= 1
    # Still failing: Try again tries once more and keeps the panel.
    tap(qtbot, w, "service-error-retry")
    qtbot.waitUntil(lambda: find(w, "service-error-retry").isEnabled(), timeout=5000)
    assert failing_profile["attempts"] > tries and panel.isVisible()
    assert web.paths_seen() == []
    # The fault goes away: Try again opens the service the resident asked for.
    failing_profile["fail"] = False
    tap(qtbot, w, "service-error-retry")
    view = find(w, "browser")
    qtbot.waitUntil(lambda: view is not None and view.isVisible() and "/" in web.paths_seen(), timeout=20000)
    assert not panel.isVisible()
    # The traceback went to the log once, not at every tap.
    assert caplog.text.count("could not start") == 1
    assert "browser started again" in caplog.text


def test_guides_are_offered_when_the_browser_cannot_start(make_kiosk, qtbot, web, failing_profile):
    kiosk = make_kiosk(local_config({"svc": web.add("/", "x")}))
    w = kiosk.window
    w.language.set("sv")
    tap(qtbot, w, "tile-svc")
    qtbot.waitUntil(find(w, "service-error").isVisible, timeout=5000)
    assert "Tjänster kan inte öppnas just nu" in shown_text(find(w, "service-error"))
    guides_button = find(w, "service-error-guides")
    assert guides_button.accessibleName() or guides_button.text()
    tap(qtbot, w, "service-error-guides")
    qtbot.waitUntil(lambda: find(w, "guides").isVisible(), timeout=5000)
    assert w.current_screen() is w.guides


def test_home_then_another_tile_tries_the_browser_again(make_kiosk, qtbot, web, failing_profile):
    kiosk = make_kiosk(local_config({"svc": web.add("/", "<title>svc</title>ok")}))
    w = kiosk.window
    tap(qtbot, w, "tile-svc")
    qtbot.waitUntil(find(w, "service-error").isVisible, timeout=5000)
    tap(qtbot, w, "service-error-home")
    qtbot.waitUntil(lambda: w.current_screen() is w.home, timeout=5000)
    failing_profile["fail"] = False
    tap(qtbot, w, "tile-svc")
    qtbot.waitUntil(lambda: "/" in web.paths_seen(), timeout=20000)
    assert find(w, "browser").isVisible() and not find(w, "service-error").isVisible()
