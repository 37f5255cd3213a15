"""The admin view's part of the start: its gesture before the first frame, the rest just after.

`AdminEntrance(AdminParts(...))` puts only the hidden gesture on the window
before the first frame; `finish()` (a deferred step of kiosk.app.build) builds
the PIN pad and the view (kiosk.ui.admin.controller). A gesture made before
then finishes the start first, so the pad always opens.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.services.idle import IdleWatcher
from kiosk.services.session import SessionService
from kiosk.ui.admin.gesture import AdminGesture
from kiosk.ui.shell.window_filters import WindowFilters

if TYPE_CHECKING:
    from kiosk.ui.admin.controller import AdminController, AdminSources
    from kiosk.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class AdminParts:
    window: MainWindow
    sources: Callable[[], AdminSources]   # asked in finish(): the view's imports wait for the first frame
    session: SessionService
    idle: IdleWatcher
    filters: WindowFilters               # the gesture joins the window's input filters
    quit_app: Callable[[], None] | None  # "Leave kiosk mode"
    clock: Callable[[], float] = time.monotonic


class AdminEntrance(QObject):
    """The gesture now; the controller (`.controller`) once `finish()` ran."""

    def __init__(self, parts: AdminParts) -> None:
        # A QObject on the window: the gesture's connection to `_open` lives as long as the window.
        super().__init__(parts.window)
        self._parts = parts
        self.controller: AdminController | None = None
        self.gesture = AdminGesture(clock=parts.clock, parent=parts.window)
        parts.filters.add(self.gesture)
        self.gesture.triggered.connect(self._open)

    def _open(self) -> None:
        self._parts.window.finish_start()
        if self.controller is not None:
            self.controller.open_pin_pad()

    def finish(self) -> AdminController:
        """Build the PIN pad and the view's controller (once)."""
        if self.controller is None:
            from kiosk.ui.admin.controller import install_admin

            parts = self._parts
            self.controller = install_admin(parts.window, parts.sources(), parts.session, parts.idle,
                                            filters=parts.filters, quit_app=parts.quit_app, clock=parts.clock,
                                            gesture=self.gesture)
        return self.controller
