"""A sideways swipe (finger or mouse drag) on a few widgets, as "next" or "previous".

Touch screens turn a finger's drag into mouse events for widgets that do not
ask for touch events, so one mouse-based watcher covers both. It is installed
on the widgets themselves (never on the QApplication: PySide6 6.12 crashes
there with QtWebEngine). Buttons are not watched, so a tap on one stays a tap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import QWidget

# A horizontal drag this long (and mostly sideways) turns the page.
SWIPE_MIN_PX = 80


class SwipeWatcher(QObject):
    """Calls `on_swipe(-1)` for a drag to the left, `on_swipe(1)` for one to the right."""

    def __init__(self, on_swipe: Callable[[int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_swipe = on_swipe
        self._start: QPointF | None = None

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._start = event.globalPosition()
        elif kind == QEvent.Type.MouseButtonRelease and self._start is not None:
            delta = event.globalPosition() - self._start
            self._start = None
            if abs(delta.x()) >= SWIPE_MIN_PX and abs(delta.x()) > 2 * abs(delta.y()):
                self._on_swipe(-1 if delta.x() < 0 else 1)
        return False
