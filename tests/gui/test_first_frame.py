"""kiosk.services.first_frame: one watcher of the first frame; what waits for it runs once, just after it.

The last test starts the real kiosk (`python -m kiosk --smoke`, offscreen): the
home screen's first frame comes before the modules that only later work needs,
and READY's ready marker, the deferred start and --smoke all hang on that one frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.services.first_frame import FirstFrame

REPO = Path(__file__).resolve().parents[2]


def test_runs_once_after_the_first_paint_not_inside_it(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    first = FirstFrame(widget)
    first.then(lambda: calls.append(first.painted_at))
    widget.show()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert calls[0] is not None   # the moment of the paint, for the start-up figures
    widget.repaint()
    widget.repaint()
    # A second, later frame: once it painted, a second call would have come with it.
    later = FirstFrame(widget)
    later.then(lambda: calls.append("sentinel"))
    widget.update()
    qtbot.waitUntil(lambda: "sentinel" in calls, timeout=5000)
    assert len(calls) == 2 and later.painted_at is not None


def test_subscribers_run_in_order_a_fault_in_one_skips_none_and_a_late_one_runs_at_once(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    first = FirstFrame(widget)
    first.then(lambda: calls.append("ready"))
    first.then(lambda: 1 / 0)
    first.then(lambda: calls.append("deferred start"))
    first.then(lambda: calls.append("smoke"))
    widget.show()
    qtbot.waitUntil(lambda: "smoke" in calls, timeout=5000)
    assert calls == ["ready", "deferred start", "smoke"]
    first.then(lambda: calls.append("late"))
    assert calls[-1] == "late"


def test_without_a_paint_only_the_subscriber_with_a_fallback_runs(qtbot):
    widget = QWidget()   # never shown: no paint ever comes
    qtbot.addWidget(widget)
    calls = []
    first = FirstFrame(widget)
    first.then(lambda: calls.append("ready"))   # READY=1 only for a frame really drawn
    first.then(lambda: calls.append("started"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["started"], timeout=5000)
    assert first.painted_at is None


# Without --config (the demo's file) and with it, as a terminal starts: the file is read before Qt then.
@pytest.mark.parametrize("config", [[], ["--config", str(REPO / "kiosk" / "demo" / "koivutupa.toml")]],
                         ids=["no-config", "config"])
def test_home_is_drawn_before_the_database_and_signature_libraries_and_the_rest_follows(tmp_path, config):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "kiosk", "--smoke", *config, "--data-dir", str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["smoke"] == "ok"
    # sqlite-utils (with numpy, dateutil, asyncio), cryptography, hashlib (OpenSSL), the fleet's signature
    # code, the shared queue's broker settings, the tests' probe, the "being serviced" window
    # (kiosk/cli.py AFTER_FIRST_FRAME): nothing on home needs them.
    assert report["imported_before_first_paint"] == []
    # The same first frame gave READY's ready marker and the deferred start (the database, the
    # health files) before --smoke quit: it waited for them.
    assert "first frame painted" in out.stderr
    assert (tmp_path / "release-ready").exists()
    assert (tmp_path / "kiosk.db").exists() and (tmp_path / "status.json").exists()


DIES_IN_THE_DEFERRED_START = """
import os, sys
from kiosk.ui.shell import main_window
def finish_start(self):   # as an abort or a segfault in a screen built after the first frame would
    print("release-ready there:", os.path.exists(os.path.join(sys.argv[1], "release-ready")), flush=True)
    os._exit(134)
main_window.MainWindow.finish_start = finish_start
from kiosk.cli import main
sys.exit(main(["--smoke", "--data-dir", sys.argv[1]]))
"""


def test_a_release_that_dies_building_what_the_first_frame_deferred_never_says_it_is_ready(tmp_path):
    """The ready marker tells the updater's gate the release works (docs/deploy.md, "The health
    gate"): written only after the deferred start, so such a release is rolled back, not kept."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", DIES_IN_THE_DEFERRED_START, str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert out.returncode == 134, out.stderr[-2000:]
    assert "release-ready there: False" in out.stdout
    assert not (tmp_path / "release-ready").exists()
