"""Broken configuration, an error in a slot, SIGTERM: never a traceback on screen."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.demo import demo_config_path

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def broken_config(tmp_path: Path) -> Path:
    bad = tmp_path / "broken.toml"
    bad.write_text(demo_config_path().read_text().replace('start = "10:00"', 'start = "25:00"', 1))
    return bad


def test_broken_config_without_history_shows_serviced_screen(make_kiosk, tmp_path):
    kiosk = make_kiosk(broken_config(tmp_path))
    w = kiosk.window
    assert w.objectName() == "serviced" and w.isVisible()
    texts = " ".join(label.text() for label in w.findChildren(QLabel))
    assert "This computer is being serviced" in texts      # English
    assert "Tämä tietokone on huollossa" in texts          # Finnish
    assert "Den här datorn är under service" in texts      # Swedish
    assert "25:00" not in texts and "Traceback" not in texts
    assert [str(e).split(": ", 1)[1] for e in kiosk.config_errors] == [
        "helpers.shifts[0].start: not a time of day: '25:00' (use HH:MM, 00:00-23:59)"]


def test_broken_config_falls_back_to_last_valid_one(make_kiosk, tmp_path, data_dir):
    good = make_kiosk(demo_config_path(), data=data_dir)
    assert (data_dir / "last-good-config.toml").exists()
    good.shutdown()
    kiosk = make_kiosk(broken_config(tmp_path), data=data_dir)
    assert kiosk.config_fallback is True
    assert kiosk.window.findChild(QWidget, "home").isVisible()
    assert kiosk.window.findChild(QWidget, "tile-omakanta") is not None
    assert len(kiosk.config_errors) == 1


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_returns_to_home(make_kiosk, qtbot, caplog):
    from kiosk.crash import CrashHandler

    kiosk = make_kiosk()
    w = kiosk.window
    handler = CrashHandler(kiosk.recover)
    handler.install()
    try:
        w.confirm_end.pop_up()
        guides = w.findChild(QWidget, "nav-guides")

        def boom():
            raise RuntimeError("simulated bug")

        guides.clicked.connect(boom)
        qtbot.mouseClick(guides, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: handler.count == 1 and w.current_screen() is w.home)
        assert not w.confirm_end.isVisible()
        assert "simulated bug" in caplog.text
    finally:
        handler.uninstall()


def run_kiosk(*args, data_dir, timeout=60):
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=timeout, env=ENV)


def test_smoke_prints_startup_json(tmp_path):
    result = run_kiosk("--smoke", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["smoke"] == "ok"
    assert 0 < report["first_paint_ms"] < 60_000
    assert (tmp_path / "logs" / "kiosk.log").exists()


def test_sigterm_exits_cleanly(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    log = tmp_path / "logs" / "kiosk.log"
    status = tmp_path / "status.json"

    def running() -> bool:
        # Home shown, storage open, health files written: the kiosk is at work.
        return status.exists() and "database" in (log.read_text() if log.exists() else "")

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not running():
        time.sleep(0.1)
    assert running(), "the kiosk never got going"
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    assert "SIGTERM received" in log.read_text()
