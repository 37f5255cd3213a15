"""The touch screen's part of the start: the on-screen keyboard and the hidden pointer.

A step of its own, so that a fault in the health files or the nightly restart
never leaves a touch-only terminal without its keyboard (Qt would then load it
by itself at the first focused field: the freeze kiosk/ui/shell/virtual_keyboard.py
works around).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.services.session import SessionService

if TYPE_CHECKING:
    from kiosk.ui.shell.main_window import MainWindow

log = logging.getLogger("kiosk.app")


@dataclass(frozen=True)
class TouchParts:
    window: MainWindow
    session: SessionService
    languages: tuple[str, ...]
    hide_pointer: bool          # deployment.hide_pointer
    virtual_keyboard: bool      # deployment.virtual_keyboard


def install_touch(parts: TouchParts) -> object | None:
    """Hide the pointer and start the on-screen keyboard as configured; returns the keyboard (or None)."""
    if parts.hide_pointer:
        # cage cannot hide the pointer; on a touch screen it only distracts.
        QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
    if not parts.virtual_keyboard:
        return None
    # The input method itself was chosen before QApplication (kiosk.cli).
    from kiosk.ui.shell.virtual_keyboard import install as install_keyboard

    keyboard = install_keyboard(parts.window, list(parts.languages), parts.window.language)
    if keyboard is None:
        log.warning("deployment.virtual_keyboard is on but Qt's on-screen keyboard is not available")
    else:
        parts.session.add_reset("on-screen keyboard", keyboard.end_session)
    return keyboard
