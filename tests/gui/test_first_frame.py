"""kiosk.services.first_frame: what waits for the first frame runs once, just after it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.services.first_frame import FirstFrame, after_first_frame


def test_runs_once_after_the_first_paint_not_inside_it(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    first = FirstFrame(widget, lambda: calls.append(first.painted_at))
    widget.show()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert calls[0] is not None   # the moment of the paint, for the start-up figures
    widget.repaint()
    widget.repaint()
    # A second, later frame: once it painted, a second call would have come with it.
    seen_paint = FirstFrame(widget, lambda: calls.append("sentinel"))
    widget.update()
    qtbot.waitUntil(lambda: "sentinel" in calls, timeout=5000)
    assert len(calls) == 2 and seen_paint.painted_at is not None


def test_without_a_paint_after_first_frame_still_runs(qtbot):
    widget = QWidget()   # never shown: no paint ever comes
    qtbot.addWidget(widget)
    calls = []
    first = after_first_frame(widget, lambda: calls.append("started"))
    qtbot.waitUntil(lambda: calls == ["started"], timeout=5000)
    assert first.painted_at is None


def test_without_a_fallback_no_paint_means_no_call(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    FirstFrame(widget, lambda: calls.append("ready"))
    # The fallback of another watcher on the same widget has run: ours would have by then.
    sentinel = after_first_frame(widget, lambda: calls.append("sentinel"))
    qtbot.waitUntil(lambda: "sentinel" in calls, timeout=5000)
    assert calls == ["sentinel"] and sentinel.painted_at is None
