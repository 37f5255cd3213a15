"""The input filters follow the main window to each new native QWindow.

On a real display the first web page makes Qt replace the window's QWindow
(tests/display shows it on Xvfb); the offscreen platform never does, so here
the replacement is forced with destroy() and show(), which is what QtWidgets
does internally.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.configs import local_config


def _replace_native_window(qtbot, window):
    old = window.windowHandle()
    window.destroy()
    window.show()
    qtbot.waitExposed(window)
    new = window.windowHandle()
    assert new is not None and new is not old
    return new


def test_filters_follow_a_new_native_window(make_kiosk, qtbot):
    kiosk = make_kiosk(local_config({"local": "http://127.0.0.1:9/"}))
    window = kiosk.window
    assert kiosk.filters.windows == 1
    for _ in range(2):   # and again: it is not a one-off
        handle = _replace_native_window(qtbot, window)

        before = kiosk.key_guard.swallowed
        QTest.keyClick(handle, Qt.Key.Key_F5)
        assert kiosk.key_guard.swallowed == before + 1

        seen = []
        kiosk.idle.input_seen.connect(lambda: seen.append(1))
        QTest.mouseMove(handle, QPoint(300, 300))
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 300))
        assert seen
        kiosk.idle.input_seen.disconnect()

        pin = window.findChild(QWidget, "admin-pin")
        for _ in range(5):
            QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
        qtbot.waitUntil(pin.isVisible)
        pin.hide()
    assert kiosk.filters.windows == 3


def test_shutdown_takes_the_filters_off(make_kiosk, qtbot):
    kiosk = make_kiosk(local_config({"local": "http://127.0.0.1:9/"}))
    _replace_native_window(qtbot, kiosk.window)
    filters = kiosk.filters
    assert len(filters.filters) == 3   # idle watcher, key guard, admin gesture
    kiosk.shutdown()
    assert filters.filters == ()
