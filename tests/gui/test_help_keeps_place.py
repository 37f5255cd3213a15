"""Asking for help from inside a service, then "Keep working", returns to the same page as it was.

Real kiosk (kiosk.app.build), real QtWebEngine against the local HTTP server
(tests/webserver.py), which records every request. The resident goes from the
service's start page to a form, types into it, asks for help (from the bar
and, with a request open, from the help strip under it) and keeps working:
the same address, the typed value still in the field, and the server never
asked for the page again. Before the server's list is read, the page itself
fetches a sentinel, so "no new request" cannot pass because the page was slow.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from tests.gui.test_help_ui import click, find, help_config
from tests.helpers.screen import click_into_page as click_into

START = """<!doctype html><title>Start</title>
<a id=go href="/form" style="display:block;width:600px;height:120px;font-size:40px">Hakemus</a>"""
FORM = """<!doctype html><title>Form</title>
<input id=name style="width:600px;height:80px;font-size:30px">"""
_sentinels = itertools.count()


def field_value(qtbot, view) -> str:
    got: list = []
    view.page().runJavaScript("document.getElementById('name').value", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def settled(qtbot, view, web) -> None:
    """The page fetches a sentinel and the server sees it: whatever the page was going to ask, it asked."""
    path = f"/sentinel-{next(_sentinels)}"
    web.add(path, "ok", "text/plain")
    view.page().runJavaScript(f"fetch('{path}')")
    qtbot.waitUntil(lambda: path in web.paths_seen(), timeout=10000)


def at_the_form_with_a_typed_value(make_kiosk, qtbot, web):
    kiosk = make_kiosk(help_config({"kela": web.add("/", START)}))
    web.add("/form", FORM)
    w = kiosk.window
    click(w, "tile-kela")
    view = find(w, "browser")
    qtbot.waitUntil(lambda: view.title() == "Start", timeout=15000)
    click_into(qtbot, view, QPoint(100, 40))                # the link: a second page of the service
    qtbot.waitUntil(lambda: view.title() == "Form", timeout=15000)
    click_into(qtbot, view, QPoint(100, 40))                # into the field
    QTest.keyClicks(view.focusProxy(), "Matti")
    qtbot.waitUntil(lambda: field_value(qtbot, view) == "Matti", timeout=5000)
    return kiosk, w, view


def assert_same_page(qtbot, w, view, web, url) -> None:
    assert w.current_screen() is w.browser and view.isVisible()
    assert view.url() == url
    assert field_value(qtbot, view) == "Matti"
    settled(qtbot, view, web)
    assert web.paths_seen().count("/form") == 1 and web.paths_seen().count("/") == 1


def test_keep_working_after_asking_for_help_returns_to_the_same_page(make_kiosk, qtbot, web):
    kiosk, w, view = at_the_form_with_a_typed_value(make_kiosk, qtbot, web)
    url = view.url()
    click(w, "nav-help")
    click(w, "help-topic-kela")
    click(w, "help-skip")
    assert find(w, "help-number").isVisible()
    click(w, "help-back-to-work")
    assert_same_page(qtbot, w, view, web, url)

    # With the request open, the strip under the bar opens the status; Keep working again.
    click(w, "help-status")
    assert find(w, "help-back-to-work").isVisible()
    click(w, "help-back-to-work")
    assert_same_page(qtbot, w, view, web, url)

    # Cancelling the request is no reason to lose the place either.
    click(w, "help-status")
    click(w, "help-cancel")
    assert kiosk.help.queue.my_request is None
    assert_same_page(qtbot, w, view, web, url)


def test_keep_working_from_home_stays_home(make_kiosk, qtbot, web):
    kiosk = make_kiosk(help_config({"kela": web.add("/", START)}))
    w = kiosk.window
    click(w, "nav-help")
    click(w, "help-topic-other")
    click(w, "help-skip")
    click(w, "help-back-to-work")
    assert w.current_screen() is w.home
    assert find(w, "tile-kela").isVisible()
