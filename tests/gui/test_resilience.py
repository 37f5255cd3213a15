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


# A second stop signal handled inside Qt's "close every window" step of the
# first: made certain by an event filter that sends it from the Close event.
SIGNAL_IN_CLOSE = """
import os, signal, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from kiosk.crash import install_signal_handlers

app = QApplication(sys.argv)
class Second(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Close:
            os.kill(os.getpid(), signal.SIGTERM)
        return False
second = Second()
app.installEventFilter(second)
window = QWidget()
window.show()
notifier = install_signal_handlers(app)
QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
print("exit", app.exec(), flush=True)
"""


def test_a_second_signal_inside_shutdown_does_not_hang(tmp_path):
    """Before, the nested quit spun forever in closeAllWindows (100 % CPU, gigabytes of memory)."""
    try:
        result = subprocess.run([sys.executable, "-c", SIGNAL_IN_CLOSE], capture_output=True, text=True,
                                env=ENV, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("a second stop signal during shutdown left the process running")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "exit 0" in result.stdout
    assert "Traceback" not in result.stderr


def test_repeated_signals_while_quitting_still_end_the_kiosk(tmp_path):
    """systemd's stop, cage going away and a second stop can come milliseconds apart.

    Before, a signal handled inside Qt's "close every window" step of the first
    quit re-entered it and spun forever (100 % CPU, gigabytes of memory), so
    the kiosk never stopped. The signals keep coming until the process is gone.
    """
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    log = tmp_path / "logs" / "kiosk.log"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "database" not in (log.read_text() if log.exists() else ""):
        time.sleep(0.1)
    sent = 0
    while proc.poll() is None and sent < 200_000:   # as fast as they can go, until it is gone
        try:
            os.kill(proc.pid, signal.SIGTERM if sent % 2 else signal.SIGINT)
        except ProcessLookupError:
            break
        sent += 1
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"the kiosk did not end within 30 s of {sent} stop signals")
    # 0, or ended by one of the signals in the last instant, after Python's own
    # finalisation had put the default handlers back.
    assert proc.returncode in (0, -signal.SIGINT, -signal.SIGTERM), err[-2000:]
    assert "Traceback" not in err
    assert "kiosk stopped" in log.read_text()
