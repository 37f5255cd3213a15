"""Guides: a Next tap to the new step on screen, and loading + validating every guide.

Both are printed next to a baseline measured in the same run, so that the
ratio (not the milliseconds of this machine) is the figure to compare:

- step turn: from the Next click to the last paint of the viewer (a paint
  event filter on the viewer and everything in it), median over every step of
  every shipped guide; baseline: a plain QLabel's text change to its paint.
- loading: `load_guides` over the shipped guides (parse, validate, check every
  picture); baseline: just reading the same files' bytes. Median of RUNS.

Not a test: `./dev bench guides` prints the figures.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

RUNS = 7


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class _PaintClock:
    """Notes the time of the last paint on any watched widget (widget-level filters only)."""

    def __init__(self, root) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        clock = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
                if event.type() == QEvent.Type.Paint:
                    clock.last = time.perf_counter()
                return False

        self.last = 0.0
        self._filter = Filter()
        for widget in (root, *root.findChildren(QWidget)):
            widget.installEventFilter(self._filter)


def _settle(app, clock: _PaintClock, since: float, timeout_s: float = 2.0) -> float:
    """Run the loop until something painted after `since` and nothing more is pending."""
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        app.processEvents()
        if clock.last > since:
            app.processEvents()   # the rest of the same frame
            return clock.last - since
    raise RuntimeError("nothing was painted")


def bench_step_turn(app) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from kiosk.core.guides import load_guides
    from kiosk.resources import shipped_guides_dir
    from kiosk.ui.shell.appearance import Appearance
    from kiosk.ui.guides.view import GuideView
    from kiosk.ui.shell.i18n import Language

    guides, _ = load_guides([shipped_guides_dir()])
    language = Language("fi")
    appearance = Appearance()

    # Baseline: a label of the same size and text size changes its text.
    plain = QWidget()
    plain.resize(1280, 800)
    label = QLabel(plain)
    label.setWordWrap(True)
    QVBoxLayout(plain).addWidget(label)
    plain.show()
    clock = _PaintClock(plain)
    _settle(app, clock, 0.0)
    baseline = []
    for guide in guides:
        for step in guide.texts["fi"].steps:
            t0 = time.perf_counter()
            label.setText(step.title + "\n" + step.body_markdown)
            baseline.append(_settle(app, clock, t0))
    plain.close()

    window = QWidget()
    window.resize(1280, 800)
    viewer = GuideView(language, appearance, parent=window)
    QVBoxLayout(window).addWidget(viewer)
    window.show()
    clock = _PaintClock(window)
    turns = []
    for guide in guides:
        viewer.open(guide)
        _settle(app, clock, 0.0)
        for _ in range(guide.step_count - 1):
            t0 = time.perf_counter()
            viewer.next_button.click()
            turns.append(_settle(app, clock, t0))
    window.close()
    return turns, baseline


def bench_loading() -> tuple[list[float], list[float], int]:
    from kiosk.core.guides import load_guides
    from kiosk.resources import shipped_guides_dir

    root = shipped_guides_dir()
    files = sorted(p for p in root.rglob("*") if p.is_file())
    loads, reads = [], []
    count = 0
    for _ in range(RUNS):
        t0 = time.perf_counter()
        for path in files:
            path.read_bytes()
        reads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        guides, _ = load_guides([root])
        loads.append(time.perf_counter() - t0)
        count = len(guides)
    return loads, reads, count


def main() -> None:
    app = _app()
    loads, reads, count = bench_loading()
    lo, rd = statistics.median(loads) * 1000, statistics.median(reads) * 1000
    print(f"load + validate {count} guides: median {lo:.1f} ms over {RUNS} runs")
    print(f"baseline, reading the same files' bytes: median {rd:.2f} ms")
    print(f"ratio load/read: {lo / rd:.0f}x")

    turns, baseline = bench_step_turn(app)
    t, b = statistics.median(turns) * 1000, statistics.median(baseline) * 1000
    print(f"Next click to new step painted: median {t:.2f} ms over {len(turns)} steps "
          f"(max {max(turns) * 1000:.1f} ms)")
    print(f"baseline, QLabel text change to paint: median {b:.2f} ms")
    print(f"ratio step/label: {t / b:.1f}x")


if __name__ == "__main__":
    main()
