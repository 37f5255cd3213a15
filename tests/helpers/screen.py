"""What a test does to the screen, and how it knows the screen had time to react.

`find`, `click` and `tap_window` touch what a person would touch, by the
contract objectNames. The sentinels replace fixed waits before a "nothing
happened" check: a fixed wait passes on a slow machine because the reaction
had not come yet, a sentinel is sent after the act and waited for, so the
reaction (if there was to be one) came before it.

- `settle(qtbot)`: the events posted so far, and those they post in turn, have
  been handled (queued signals, 0-timers, layout requests): for widgets.
- `page_value(qtbot, view, script)`: a round trip through the page's renderer.
- `page_sentinel(qtbot, view, web)`: a harmless frame loaded by the page after
  the act, waited for at the server and in the page: for browser reactions
  (navigations, requests, dialogs), which go through Chromium's processes.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget


def find(root: QWidget, name: str, cls=QWidget):
    """The child of `root` with the objectName `name` (the test fails if there is none)."""
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def click(root: QWidget, name: str) -> None:
    """Click the button `name` as a person would: it must be visible and enabled."""
    button = find(root, name, QAbstractButton)
    assert button.isVisible() and button.isEnabled(), f"{name} cannot be pressed"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_window(window: QWidget, x: int = 5, y: int = 5) -> None:
    """A press at (x, y) through the window's QWindow, as a real press arrives.

    QTest.mouseClick on a QWidget hands the event straight to the widget, and
    the window's event filters (the admin gesture) never see it.
    """
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, y))


_SENTINEL_EVENT = QEvent.Type(QEvent.registerEventType())


class _Sentinel(QObject):
    """Receives the posted sentinel event; posted events are delivered in the order they were posted."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = False

    def event(self, event: QEvent) -> bool:  # noqa: D102 (Qt override)
        if event.type() == _SENTINEL_EVENT:
            self.arrived = True
            return True
        return super().event(event)


def settle(qtbot, hops: int = 3, timeout_ms: int = 5000) -> None:
    """Wait until what was posted to the event loop so far has been handled, `hops` deep.

    Each hop posts a sentinel event behind everything already queued (queued
    signals, 0-ms timers, layout requests) and waits until it arrives; a
    reaction that itself posts the next step (a 0-ms timer that emits a signal
    that shows an overlay) is covered up to `hops` steps deep. It says nothing
    about timers with an interval: wait for those with qtbot.waitUntil.
    """
    for _ in range(hops):
        sentinel = _Sentinel()
        QCoreApplication.postEvent(sentinel, QEvent(_SENTINEL_EVENT))
        qtbot.waitUntil(lambda: sentinel.arrived, timeout=timeout_ms)


def page_value(qtbot, view, script: str, timeout_ms: int = 10000):
    """Run `script` in the page shown by `view` and return its value (a renderer round trip)."""
    out: list = []
    view.page().runJavaScript(script, 0, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout_ms)
    return out[0]


_COUNT_PRESSES = """(() => {
    if (window.__presses === undefined) {
        window.__presses = 0;
        addEventListener('mousedown', () => { window.__presses += 1; }, true);
    }
    return window.__presses;
})()"""


def click_into_page(qtbot, view, pos: QPoint, attempts: int = 10) -> None:
    """A real click into the page at `pos` (a user gesture for Chromium), until the page saw it.

    Through the X server when there is one (xdotool), else to the view's
    input widget. Input that reaches a page before its first frame is
    dropped, so a click the page did not see is sent again; one it saw is
    never sent twice (the page counts presses). A click that replaced the
    page (its count is gone) or ended the view counts as seen.
    """
    before = page_value(qtbot, view, _COUNT_PRESSES)

    def seen() -> bool:
        if not shiboken6.isValid(view):
            return True
        now = page_value(qtbot, view, "window.__presses")
        return not isinstance(now, (int, float)) or now > before

    for _attempt in range(attempts):
        if QGuiApplication.platformName() == "xcb" and shutil.which("xdotool"):
            at = view.mapToGlobal(pos)
            subprocess.run(["xdotool", "mousemove", "--sync", str(at.x()), str(at.y()), "click", "1"], check=True)
        else:
            qtbot.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=pos)
        try:
            qtbot.waitUntil(seen, timeout=2000)
            return
        except qtbot.TimeoutError:
            continue
    raise AssertionError("no click reached the page")


_sentinel_numbers = itertools.count(1)


def page_sentinel(qtbot, view, web, timeout_ms: int = 15000) -> str:
    """After an act in the page, load a harmless frame in it and wait until it arrived.

    The frame is asked for by the page after the act (scripts run in order in
    the renderer, and the browser handles one page's navigations in order), so
    when the server has seen it and the page has it, the browser has decided
    about whatever the act started. A frame, not the page itself: a second
    top-level navigation would cancel a first one still pending and hide it.
    Returns the address of the page the frame was loaded in (a page that went
    elsewhere meanwhile shows there).
    """
    path = f"/__sentinel__/{next(_sentinel_numbers)}"
    url = web.add(path, "<!doctype html><title>sentinel</title>")
    script = f"""(() => {{
        const frame = document.createElement('iframe');
        frame.style.display = 'none';
        frame.onload = () => {{ window.__sentinels = (window.__sentinels || '') + {path!r} + ' '; }};
        frame.src = {url!r};
        (document.body || document.documentElement).appendChild(frame);
        return location.href;
    }})()"""
    where = page_value(qtbot, view, script, timeout_ms)
    qtbot.waitUntil(lambda: path in web.paths_seen(), timeout=timeout_ms)
    # (A string: runJavaScript hands arrays back empty.)
    qtbot.waitUntil(lambda: f"{path} " in str(page_value(qtbot, view, "window.__sentinels || ''", timeout_ms)),
                    timeout=timeout_ms)
    return where
