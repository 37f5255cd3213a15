"""Fixtures for pytest-qt tests: the QApplication made the kiosk's way, a kiosk, a web server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.webserver import WebServer


@pytest.fixture(scope="session")
def qapp_args():
    # The kiosk's own Chromium flags and scheme registration, before QApplication.
    from kiosk.app import before_qapplication

    # A fake camera so that getUserMedia reaches the permission decision on a
    # machine without one (the decision itself is the kiosk's, not faked).
    return before_qapplication("fi", extra_flags=("--use-fake-device-for-media-stream",))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def make_kiosk(qapp, qtbot, data_dir):
    """Build kiosks; every one is shut down after the test."""
    from kiosk.app import build

    made = []

    def _make(config=None, *, data=None, size=(1280, 800), **collaborators):
        # collaborators: clock, speaker_factory, printer_lookup, ... (see build())
        kiosk = build(config=config, data_dir=data or data_dir, windowed=True, **collaborators)
        kiosk.window.resize(*size)
        qtbot.waitExposed(kiosk.window)
        # What the kiosk builds just after its first frame (MainWindow.finish_start)
        # is there before a test taps, as it is before a resident can.
        qtbot.waitUntil(lambda: getattr(kiosk.window, "start_finished", True))
        made.append(kiosk)
        return kiosk

    yield _make
    for kiosk in made:
        kiosk.shutdown()
    qapp.processEvents()


@pytest.fixture
def kiosk(make_kiosk):
    return make_kiosk()


@pytest.fixture
def web():
    """A local HTTP server on 127.0.0.1 with a free port; records every request."""
    with WebServer("127.0.0.1") as server:
        yield server


@pytest.fixture
def web2():
    """A second server, on 127.0.0.2: a host the test configuration does not allow."""
    with WebServer("127.0.0.2") as server:
        yield server
