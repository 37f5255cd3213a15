"""The nightly restart waits for everyone: a session, the admin and helper views, recent input.

A real kiosk built with `deployment.nightly_restart`; only the wall clock, the
idle clock and what "restart" calls are the test's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.core.config.site import parse_config
from kiosk.services.nightly import QUIET_S, due
from tests.configs import local_config_text

ZONE = ZoneInfo("Europe/Helsinki")


@pytest.fixture
def nightly(make_kiosk, web):
    text = local_config_text({"svc": web.add("/", "x")}) + '\n[deployment]\nnightly_restart = "03:30"\n'
    config, errors = parse_config(text, "nightly.toml")
    assert not errors, [str(e) for e in errors]
    wall = [datetime(2026, 12, 2, 2, 0, tzinfo=ZONE)]
    mono = [10_000.0]
    restarts: list[int] = []
    kiosk = make_kiosk(config, clock=lambda: mono[0], wall_clock=lambda zone: wall[0].astimezone(zone),
                       restart_app=lambda: restarts.append(1))
    assert kiosk.nightly is not None
    # In the window, nobody has touched the screen for a long time.
    wall[0] = datetime(2026, 12, 2, 3, 31, tzinfo=ZONE)
    mono[0] += 3600
    return kiosk, mono, restarts


def test_admin_view_open_holds_the_restart_until_it_closes(nightly):
    kiosk, _mono, restarts = nightly
    kiosk.admin.open_view()
    assert kiosk.nightly.check() is False and restarts == []
    kiosk.admin.close_admin()
    assert kiosk.nightly.check() is True and restarts == [1]


def test_helper_view_open_holds_the_restart(nightly):
    kiosk, _mono, restarts = nightly
    kiosk.help.open_view()
    assert kiosk.help.view.isVisible()
    assert kiosk.nightly.check() is False and restarts == []
    kiosk.help.close_view()
    assert kiosk.nightly.check() is True and restarts == [1]


def test_session_and_recent_input_hold_the_restart(nightly, qtbot):
    kiosk, mono, restarts = nightly
    kiosk.session.ensure_started()
    assert kiosk.nightly.check() is False
    kiosk.session.end("resident")
    # Someone reads the home screen without starting a session: a touch resets the quiet time.
    home = kiosk.window.home
    qtbot.mouseClick(home, Qt.MouseButton.LeftButton, pos=QPoint(5, home.height() - 5))
    assert kiosk.idle.idle_seconds() < 1
    assert kiosk.nightly.check() is False and restarts == []
    mono[0] += QUIET_S + kiosk.config.idle_timeout_s
    assert kiosk.nightly.check() is True and restarts == [1]


def test_window_crossing_midnight():
    boot = datetime(2026, 12, 1, 8, 0)
    at = 23 * 60 + 30
    assert due(datetime(2026, 12, 1, 23, 45), at, boot, busy=False)
    assert due(datetime(2026, 12, 2, 0, 20), at, boot, busy=False)        # after midnight, same window
    assert not due(datetime(2026, 12, 2, 0, 31), at, boot, busy=False)
    assert not due(datetime(2026, 12, 2, 0, 20), at, datetime(2026, 12, 1, 23, 40), busy=False)
