"""Where the kiosk's window goes: a window on a desktop, or the whole screen under X11 or Wayland."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


def show_window(window: QWidget, windowed: bool) -> None:
    """Show `window`: 1280x800 when `windowed`, else full screen as the platform allows."""
    if windowed:
        window.resize(1280, 800)
        window.show()
    elif QGuiApplication.platformName().startswith("wayland"):
        # The compositor owns placement: full screen is asked for, cage makes
        # its one window fill the output. Frameless, stay-on-top and a
        # geometry are X11 window-manager hints with no meaning here.
        # cage 0.1.4 first configures a new window as 0x0 ("choose your
        # size"), so without a size of our own the first frame is the
        # widget's natural size in a corner of a black output until the
        # real configure arrives (seen for up to 2 s under load). Ask for the
        # output's size before showing, so the very first frame fills it.
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.resize(screen.size())
        window.showFullScreen()
    else:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        if window.windowHandle() is None:
            # Start-up time: no native window yet, so nothing to tell the window
            # system; setWindowFlags would re-parent the built home screen (fonts,
            # palettes and style resolved down the whole tree, ~3 ms). The same
            # flags (a parentless widget is a Window), read when the window is made.
            window.overrideWindowFlags(flags)
        else:
            window.setWindowFlags(flags)
        # Without a window manager (bare X has none) full screen is only a
        # request: cover the screen ourselves as well.
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
