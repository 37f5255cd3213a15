"""Keeps the kiosk's input filters on the main window's native window, whichever it is.

The idle watcher, the key guard and the admin gesture are event filters. They
cannot sit on the QApplication (see the WORKAROUND below), so they sit on the
top-level QWindow, which receives every touch, click and key before Qt hands
it to a widget. That QWindow does not live as long as the process: QtWidgets
destroys it and makes a new one whenever the window's native surface has to
change. The first QWebEngineView shown turns the raster surface into an
OpenGL one (measured on Xvfb: a new QWindow, and the filters of the old one
gone with it); re-parenting into a native window, some window-flag changes
and a platform's own surface loss do the same.

`WindowFilters` therefore watches the QWidget, which is never recreated, and
(re)installs every filter on the current `windowHandle()` each time the widget
says its native window changed:

* QtWidgets sends `QEvent.WinIdChange` to the widget from
  `QWidgetPrivate::setWinId()`, which both `QWidget::destroy()` (id -> 0) and
  `QWidgetPrivate::create()` (0 -> new id, after the new QWindow is the
  widget's handle) call. That code is in QtWidgets, not in a platform plugin,
  so it is the same on X11 (xcb) and on Wayland (cage): on Wayland the
  platform window's id may be a constant, but it still goes to 0 and back, so
  the event fires both times. The same mechanism is what QWindowKit relies on
  for its own per-window filter. Checked on Xvfb (xcb) and under cage
  (headless wlroots, QT_QPA_PLATFORM=wayland): opening the first service
  replaces the QWindow (raster -> OpenGL surface) on both, and the filters
  were on the new one right after (F5 swallowed, corner taps open the PIN pad).
* `Show` is a second, cheap chance (a window shown without a new id, e.g.
  after `setWindowFlags`), and `sync()` can be called by anyone.

Installing a filter twice is harmless: Qt moves it instead of adding a copy.
The filters keep their relative order (the last added runs first).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger("kiosk.window")

_NATIVE_WINDOW_EVENTS = (QEvent.Type.WinIdChange, QEvent.Type.Show)


# WORKAROUND for a PySide6 6.12 crash: a Python event filter on the
# QApplication receives QtWebEngine's internal QQuickItems while they are still
# being constructed (focus-in), and wrapping one segfaults in shiboken's
# dynamic_cast. So the filters go on the top-level QWindow, which sees every
# resident input first, and this class follows that QWindow when QtWidgets
# replaces it.
class WindowFilters(QObject):
    """Event filters that follow `window`'s native QWindow for the life of the process."""

    def __init__(self, window: QWidget, filters: Iterable[QObject] = ()) -> None:
        super().__init__(window)
        self._window = window
        self._filters: list[QObject] = []
        self.windows = 0   # native windows the filters have been put on so far
        window.installEventFilter(self)
        for filt in filters:
            self._filters.append(filt)
        if self.sync():
            self.windows = 1

    @property
    def filters(self) -> tuple[QObject, ...]:
        return tuple(self._filters)

    def add(self, filt: QObject) -> None:
        """Follow one more filter; it runs before the ones added earlier."""
        if filt not in self._filters:
            self._filters.append(filt)
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(filt)

    def sync(self) -> bool:
        """Put every filter on the window's current native window (idempotent).

        False while the widget has no native window (between destroy() and
        create(): the WinIdChange of create() calls this again).
        """
        handle = self._window.windowHandle()
        if handle is None:
            return False
        for filt in self._filters:
            handle.installEventFilter(filt)
        return True

    def remove(self) -> None:
        """Take every filter off and stop following (shutdown)."""
        self._window.removeEventFilter(self)
        handle = self._window.windowHandle()
        if handle is not None:
            for filt in self._filters:
                handle.removeEventFilter(filt)
        self._filters.clear()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self._window and event.type() in _NATIVE_WINDOW_EVENTS:
            if self.sync() and (event.type() == QEvent.Type.WinIdChange or self.windows == 0):
                self.windows += 1
                log.info("input filters on native window %d", self.windows)
        return False


_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress, QEvent.Type.TabletPress, QEvent.Type.Wheel,
})


class FirstInput(QObject):
    """A window filter that calls `callback` once, at the first press or key, before it is delivered.

    The kiosk builds some of its parts just after the first frame; a tap that
    comes sooner than that must find them built (MainWindow.finish_start).
    """

    def __init__(self, callback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self.fired = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self.fired and event.type() in _INPUT_EVENTS:
            self.fired = True
            self._callback()
        return False
