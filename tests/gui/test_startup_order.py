"""What the kiosk builds before its first frame, what waits, and that a tap in between still works.

Real kiosk (kiosk.app.build) with a real SQLite file; taps go through the
window's QWindow, as a real press arrives, before the event loop has run the
work deferred to just after the first frame (MainWindow.finish_start).
"""

from __future__ import annotations

import builtins
import inspect
import socket
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.app import build
from kiosk.qt_import import feature_hook_on, import_qt
from kiosk.services.events import EventHub
from kiosk.services.storage_worker import StorageWorker
from kiosk.web.connection_guard import ConnectionGuard
from tests.configs import ADMIN_PIN, local_config
from tests.gui.test_help_ui import help_config


@pytest.fixture
def early_kiosk(qapp, data_dir):
    """A kiosk just built: shown, but no event has been processed since."""
    made = []

    def _make(config=None):
        kiosk = build(config=config or local_config({"local": "http://127.0.0.1:9/"}), data_dir=data_dir,
                      windowed=True)
        made.append(kiosk)
        return kiosk

    yield _make
    for kiosk in made:
        # As a real kiosk would be by then: started, then stopped.
        kiosk.window.finish_start()
        qapp.processEvents()
        kiosk.shutdown()
    qapp.processEvents()


def press(window: QWidget, widget: QWidget) -> None:
    """A click where `widget` is, delivered to the window's QWindow."""
    centre = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def button(window: QWidget, name: str) -> QAbstractButton:
    found = window.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


# -- before the first frame -----------------------------------------------------------


def test_home_is_complete_before_the_first_frame_and_the_rest_waits(early_kiosk):
    kiosk = early_kiosk(help_config({"omakanta": "http://127.0.0.1:9/"}))
    w = kiosk.window
    # What the resident sees first is all there: tiles, languages, text size, help line.
    assert button(w, "tile-omakanta").isVisible()
    assert all(button(w, f"lang-{c}").isVisible() for c in ("fi", "sv", "en"))
    assert button(w, "text-size-up").isVisible() and button(w, "text-size-down").isVisible()
    hours = w.findChild(QWidget, "help-hours")
    assert hours is not None and hours.isVisible() and hours.text()
    line = hours.text()
    # What waits for the first frame is not built yet.
    assert not w.start_finished and not w.screens_built
    assert kiosk.admin is None and kiosk.usage is None
    assert kiosk.help is not None and not kiosk.help.screens_built
    assert not kiosk.storage.started
    # Building it changes nothing the resident already sees.
    w.finish_start()
    assert hours.text() == line and w.stack.currentWidget() is w.home


def test_everything_deferred_is_built_just_after_the_first_frame(early_kiosk, qtbot):
    kiosk = early_kiosk()
    qtbot.waitUntil(lambda: kiosk.window.start_finished, timeout=5000)
    assert kiosk.window.screens_built
    assert kiosk.admin is not None and kiosk.usage is not None and kiosk.help.screens_built
    assert kiosk.storage.started
    qtbot.waitUntil(kiosk.paths.database.exists, timeout=5000)


# -- a tap before the deferred work ran ---------------------------------------------------


def test_ask_for_help_tapped_before_the_deferred_work_opens_the_help_screen(early_kiosk):
    kiosk = early_kiosk(help_config({"omakanta": "http://127.0.0.1:9/"}))
    w = kiosk.window
    assert not w.start_finished
    press(w, button(w, "nav-help"))
    # The help queue's own screen, not the calm "coming soon" fallback.
    assert w.stack.currentWidget() is kiosk.help.screen
    assert w.stack.currentWidget().objectName() == "help-request"


def test_a_widget_level_click_before_the_deferred_work_opens_the_help_screen(early_kiosk):
    # QTest on the button itself bypasses the QWindow (and its first-input
    # filter): the window still builds what is missing before showing it.
    kiosk = early_kiosk(help_config({"omakanta": "http://127.0.0.1:9/"}))
    w = kiosk.window
    QTest.mouseClick(button(w, "nav-help"), Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget().objectName() == "help-request"


def test_the_admin_gesture_made_before_the_deferred_work_opens_the_pin_pad(early_kiosk, qtbot):
    kiosk = early_kiosk()
    w = kiosk.window
    assert kiosk.admin is None
    for _ in range(5):
        QTest.mouseClick(w.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    qtbot.waitUntil(lambda: (w.findChild(QWidget, "admin-pin") or QWidget()).isVisible(), timeout=3000)
    pad = w.findChild(QWidget, "admin-pin")
    assert pad.isVisible()
    for digit in ADMIN_PIN:
        QTest.mouseClick(button(w, f"pin-{digit}"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(button(w, "pin-ok"), Qt.MouseButton.LeftButton)
    # The PIN is checked off the interface thread ("Checking..." meanwhile).
    qtbot.waitUntil(lambda: w.findChild(QWidget, "admin-view").isVisible(), timeout=10000)


def test_a_language_tapped_early_is_in_the_usage_log(early_kiosk, qtbot):
    kiosk = early_kiosk()
    w = kiosk.window
    press(w, button(w, "lang-sv"))   # before the usage log exists
    assert kiosk.usage is not None   # the tap built it first
    qtbot.waitUntil(lambda: kiosk.usage.queued == 0, timeout=5000)
    rows = kiosk.storage.call(lambda db: [r["type"] for r in db.query("SELECT type FROM usage_outbox ORDER BY id")])
    assert rows[:1] == ["language.chosen"], rows


# -- the parts that make it possible ---------------------------------------------------


def test_the_event_hub_holds_events_until_released(qapp):
    hub = EventHub()
    seen = []
    hub.hold()
    hub.report("session.started")
    hub.report("tile.opened", tile="kela")
    hub.subscribe("test", lambda e: seen.append(e.kind))
    assert seen == []
    hub.release()
    assert seen == ["session.started", "tile.opened"]
    hub.report("session.ended", reason="resident", length_s=1.0)
    assert seen[-1] == "session.ended"


def test_a_held_storage_worker_runs_queued_jobs_once_started(qapp, tmp_path, qtbot):
    worker = StorageWorker(tmp_path / "kiosk.db", start=False)
    done = []
    worker.submit(lambda db: db.execute("select 1").fetchone()[0], done.append)
    # No thread, so nothing can have run (an answer would come as a queued event).
    assert not worker.started
    qapp.processEvents()
    assert done == []
    worker.start()
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    worker.stop()


def test_a_held_storage_worker_still_writes_what_was_queued_at_stop(qapp, tmp_path):
    worker = StorageWorker(tmp_path / "kiosk.db", start=False)
    worker.submit(lambda db: db["t"].insert({"a": 1}))
    worker.stop()
    again = StorageWorker(tmp_path / "kiosk.db")
    assert again.call(lambda db: db["t"].count) == 1
    again.stop()


def test_the_guard_listens_at_once_and_answers_once_it_serves():
    guard = ConnectionGuard()
    port = guard.listen()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(b"CONNECT blocked.example:443 HTTP/1.1\r\nHost: blocked.example:443\r\n\r\n")
        client.settimeout(0.3)
        with pytest.raises(TimeoutError):
            client.recv(100)   # waiting in the backlog: nothing serves yet
        guard.serve()
        client.settimeout(5)
        assert client.recv(100).startswith(b"HTTP/1.1 403")   # nothing attached: refused
    guard.stop()


# -- PySide6's import hook -------------------------------------------------------------------


def test_import_qt_stops_pyside_reading_the_source_of_every_imported_module(tmp_path, monkeypatch):
    reads = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: (reads.append(obj.__name__), real(obj))[1])
    monkeypatch.setattr(builtins, "__import__", builtins.__import__)   # put back whatever it was afterwards
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("startup_probe_a", "startup_probe_b"):
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
        monkeypatch.delitem(sys.modules, name, raising=False)
    if feature_hook_on():
        # The hook as PySide6 leaves it: an ordinary import reads the module's source.
        exec("import startup_probe_a", {})
        assert "startup_probe_a" in reads
    import_qt()
    assert not feature_hook_on()
    exec("import startup_probe_b", {})
    assert "startup_probe_b" not in reads
    # Qt imports still work, a star import included (PySide6's lazy types).
    names: dict = {}
    exec("from PySide6.QtCore import *", names)
    assert "QTimer" in names and "QLocale" in names


# -- read aloud -------------------------------------------------------------------------------


def test_read_aloud_starts_after_the_first_frame_and_the_first_guide_never_waits_for_it(early_kiosk, qtbot):
    import os

    from kiosk.services.speech import SpeechState
    from tests.helpers.speech import speech_processes

    kiosk = early_kiosk(help_config({"omakanta": "http://127.0.0.1:9/"}))
    w = kiosk.window
    # Before the first frame: no speech process at all.
    assert kiosk.speech.state == SpeechState.OFF
    assert not speech_processes(os.getpid())
    w.finish_start()
    if kiosk.speech.state == SpeechState.OFF:
        pytest.skip("speech-dispatcher is not installed here")
    assert kiosk.speech.state == SpeechState.STARTING
    # The first guide opens at once: no event was processed, so the engine cannot have answered yet.
    w.guides.open_guide("bank-codes")
    assert w.guides.viewer.isVisible() and kiosk.speech.state == SpeechState.STARTING
    assert not button(w, "read-aloud").isVisible()
    # The button comes when the engine has answered (on this machine without sound: "not available").
    qtbot.waitUntil(lambda: button(w, "read-aloud").isVisible(), timeout=20000)
