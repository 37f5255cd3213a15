"""The hidden admin entrance: five taps in the top-left corner of the window.

`AdminGesture` watches the top-level window's QWindow for presses and touches
and says when five taps landed in the top-left corner (the rule is the pure
`CornerTaps`). It is installed before the first frame, on its own: the PIN pad
(kiosk/ui/shell/pin_pad.py) and the admin view (view.py) are built after it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputDevice, QMouseEvent, QTouchEvent

from kiosk.core.session.pin_lockout import CornerTaps


class AdminGesture(QObject):
    """Event filter for the window's QWindow; emits `triggered` after the corner taps.

    It only watches: every event goes on to the kiosk unchanged.
    """

    triggered = Signal()

    def __init__(self, taps: CornerTaps | None = None, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.taps = taps or CornerTaps()
        self.clock = clock

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            device = event.device()
            # Qt turns an unhandled touch into a mouse press from the same
            # touch screen; the TouchBegin before it was already counted.
            if device is not None and device.type() == QInputDevice.DeviceType.TouchScreen:
                return False
            pos = event.scenePosition()
        elif kind == QEvent.Type.TouchBegin:
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if not points:
                return False
            pos = points[0].scenePosition()
        else:
            return False
        if self.taps.tap(pos.x(), pos.y(), obj.width(), obj.height(), self.clock()):
            # Let this press finish where it was going before anything is shown.
            QTimer.singleShot(0, self.triggered.emit)
        return False
