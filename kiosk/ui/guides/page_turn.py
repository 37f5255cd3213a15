"""Turning a guide's pages without the buttons: the Left / Right arrow keys and a swipe.

A part of the guide viewer (kiosk.ui.guides.view). The keys work while the
viewer or a button in it has focus, so a web page next to it keeps its own
arrow keys. A swipe is a drag of the finger (SwipeWatcher) or Qt's swipe
gesture. In a right-to-left layout both turn the other way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk.ui.shell.swipe import SwipeWatcher


class PageTurner(QObject):
    """Calls `forward()` or `back()` of the viewer for keys and swipes over `targets`."""

    def __init__(self, view: QWidget, targets: tuple[QWidget, ...], forward: Callable[[], None],
                 back: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._forward, self._back = forward, back
        for key, step in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Left, -1)):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.by_key(s))
        self._swipe = SwipeWatcher(self.by_swipe, self)
        self._swipe.watch(view, *targets)
        view.grabGesture(Qt.GestureType.SwipeGesture)

    def _mirrored(self) -> bool:
        return self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def by_key(self, step: int) -> None:
        if self._mirrored():
            step = -step
        self._forward() if step > 0 else self._back()

    def by_swipe(self, direction: int) -> None:
        # direction -1: the finger went left (towards the start of a line in LTR).
        forward = direction < 0
        if self._mirrored():
            forward = not forward
        self._forward() if forward else self._back()

    def gesture(self, event: QEvent) -> bool:
        """Handle the viewer's gesture event; True when it was a finished swipe."""
        swipe = event.gesture(Qt.GestureType.SwipeGesture)
        if swipe is None or swipe.state() != Qt.GestureState.GestureFinished:
            return False
        horizontal = swipe.horizontalDirection()
        if horizontal == swipe.SwipeDirection.Left:
            self.by_swipe(-1)
        elif horizontal == swipe.SwipeDirection.Right:
            self.by_swipe(1)
        event.accept()
        return True
