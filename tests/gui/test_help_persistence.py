"""The help queue survives a kill; names go at close and at midnight, from disk and log alike.

A real kiosk subprocess (tests/help_kiosk.py) with residents waiting is killed
with SIGKILL; a new kiosk on the same data directory finds the queue intact
and in order. The privacy test gives a first name through the interface and
then searches the raw bytes of the database, its WAL and journal, and the log.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kiosk.core.help import queue as hq
from tests.gui.test_help_ui import NAME, click, find, flush, help_config, help_config_text, raw_bytes

REPO = Path(__file__).resolve().parents[2]
N = 7


def test_queue_survives_sigkill_intact_and_in_order(make_kiosk, qtbot, tmp_path, data_dir):
    config = tmp_path / "help.toml"
    config.write_text(help_config_text({"omakanta": "http://127.0.0.1:9/"}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    errors = tmp_path / "kiosk.stderr"
    with errors.open("w") as err, subprocess.Popen(
            [sys.executable, "-m", "tests.help_kiosk", str(config), str(data_dir), str(N)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=err, text=True) as proc:
        try:
            line = proc.stdout.readline()
            assert line.strip() == "ready", errors.read_text()[-3000:]
            assert proc.poll() is None                       # still running: the kill is what ends it
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    kiosk = make_kiosk(config, data=data_dir)
    queue = kiosk.help.queue
    qtbot.waitUntil(lambda: len(queue.queue()) == N, timeout=10000)
    got = queue.queue()
    assert [r.number for r in got] == list(range(1, N + 1))
    assert [r.first_name for r in got] == [f"Waiting{i}" for i in range(1, N + 1)]
    assert [r.topic for r in got[:3]] == ["omakanta", "my_device", "other"]
    assert all(r.state == hq.WAITING for r in got)
    # The next resident gets the next number, and the helper sees them all in order.
    assert queue.ask("other").number == N + 1


def test_name_given_on_screen_is_gone_after_midnight_from_db_wal_journal_and_log(make_kiosk, qtbot, data_dir):
    from kiosk.log import setup_logging

    log_file = data_dir / "kiosk.log"
    setup_logging(log_file, stderr=False)
    try:
        kiosk = make_kiosk(help_config({"omakanta": "http://127.0.0.1:9/"}))
        w = kiosk.window
        click(w, "nav-help")
        click(w, "help-topic-my_device")
        QTest.keyClicks(find(w, "help-name", QLineEdit), NAME)
        QTest.keyClick(find(w, "help-name", QLineEdit), Qt.Key.Key_Return)
        queue = kiosk.help.queue
        mine = queue.my_request
        assert mine.first_name == NAME
        flush(kiosk)
        assert NAME.encode() in raw_bytes(kiosk)          # kept while waiting, as allowed
        # The resident waits past midnight (the session is kept alive): the daily clean-up runs.
        later = queue.now() + timedelta(days=1)
        queue._clock = lambda: later
        queue.daily_cleanup()
        flush(kiosk)
        assert queue.request(mine.id) is None or queue.request(mine.id).state == hq.LEFT
        assert NAME.encode() not in raw_bytes(kiosk)
        assert not find(w, "help-status").isVisible()
        for handler in __import__("logging").getLogger().handlers:
            handler.flush()
        assert log_file.exists() and NAME not in log_file.read_text()
    finally:
        setup_logging(None, stderr=False)
