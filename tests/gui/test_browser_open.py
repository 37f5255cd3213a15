"""Tapping a tile opens its service in the browser view inside the shell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.configs import local_config

PAGE = "<!doctype html><title>Local service</title><h1>Hello</h1><a id=next href='/two'>next</a>"


def test_tile_opens_local_page_and_back_and_home_work(make_kiosk, qtbot, web):
    url = web.add("/", PAGE)
    web.add("/two", "<title>Second</title><p>two</p>")
    kiosk = make_kiosk(local_config({"local": url}))
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-local"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.title() == "Local service", timeout=15000)
    assert ("GET", "/") in web.requests
    assert w.findChild(QWidget, "nav-back").isVisible()
    view.load(web.url("/two"))
    qtbot.waitUntil(lambda: view.title() == "Second", timeout=15000)
    qtbot.mouseClick(w.findChild(QWidget, "nav-back"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.title() == "Local service", timeout=15000)
    qtbot.mouseClick(w.findChild(QWidget, "nav-home"), Qt.MouseButton.LeftButton)
    assert w.findChild(QWidget, "home").isVisible()
    assert not w.findChild(QWidget, "nav-back").isVisible()
