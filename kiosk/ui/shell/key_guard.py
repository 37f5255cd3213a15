"""Keys that would let a resident leave, close or inspect the kiosk do nothing.

An event filter on the main window's native window (kept there for the life
of the process by window_filters.py) eats the combinations below before Qt,
the window system glue or QtWebEngine can act on them. Keys that pages need
(Escape, Tab, Enter, arrows, Ctrl+C/V/X/A/Z in a form) pass untouched.
OS-level keys (Ctrl+Alt+F1..F12, Ctrl+Alt+Backspace, the Super key) belong to
the kiosk session (cage), see docs/deploying.md.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key
M = Qt.KeyboardModifier

# (key, modifiers) pairs to swallow. Modifiers must match exactly, except
# Shift which may be added (Ctrl+Shift+W closes windows in browsers too).
_CTRL_LETTERS = (K.Key_W, K.Key_N, K.Key_T, K.Key_Q, K.Key_L, K.Key_S, K.Key_O, K.Key_P, K.Key_U,
                 K.Key_H, K.Key_J, K.Key_D, K.Key_G, K.Key_R, K.Key_F, K.Key_E, K.Key_K, K.Key_I,
                 K.Key_B, K.Key_M, K.Key_Plus, K.Key_Minus, K.Key_0, K.Key_Equal, K.Key_Tab,
                 K.Key_PageUp, K.Key_PageDown, K.Key_F4, K.Key_F5)
_ALWAYS = {K.Key_F1, K.Key_F3, K.Key_F5, K.Key_F6, K.Key_F7, K.Key_F10, K.Key_F11, K.Key_F12,
           K.Key_Menu, K.Key_Back, K.Key_Forward, K.Key_HomePage, K.Key_Search, K.Key_Favorites,
           K.Key_Reload, K.Key_Refresh, K.Key_Stop, K.Key_OpenUrl, K.Key_LaunchMail, K.Key_Print,
           K.Key_Close, K.Key_Launch0, K.Key_Explorer, K.Key_Super_L, K.Key_Super_R, K.Key_Meta}


def is_escape_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """True for a key combination the kiosk must swallow."""
    mods = modifiers & ~M.KeypadModifier
    if key in _ALWAYS:
        return True
    if mods & M.MetaModifier:
        return True
    if mods & M.AltModifier and key in (K.Key_F4, K.Key_Left, K.Key_Right, K.Key_Home, K.Key_Tab,
                                        K.Key_Escape, K.Key_Space, K.Key_D, K.Key_F):
        return True
    if mods & M.ControlModifier:
        if key in _CTRL_LETTERS:
            return True
        if mods & M.ShiftModifier and key in (K.Key_I, K.Key_J, K.Key_C, K.Key_Delete, K.Key_Q, K.Key_B):
            return True
        if mods & M.AltModifier:
            return True
    return False


class KeyGuard(QObject):
    """Event filter for the main window's native window; counts what it swallowed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if is_escape_key(event.key(), event.modifiers()):
                if event.type() == QEvent.Type.KeyPress:
                    self.swallowed += 1
                event.accept()
                return True
        return False
