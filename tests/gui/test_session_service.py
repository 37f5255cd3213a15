"""The session service on its own: start once, wipe in order, a failing step never stops the others."""

from __future__ import annotations

import pytest

from kiosk.services.session import SessionService
from tests.helpers.fakes import FakeClock


def test_start_end_and_wipe_in_order(qapp, caplog):
    clock = FakeClock(10.0)
    session = SessionService(clock=clock)
    ran, started, ended = [], [], []
    session.started.connect(lambda: started.append(session.session_id))
    session.ended.connect(ended.append)
    session.add_reset("browser", lambda: ran.append("browser"))
    session.add_reset("broken", lambda: 1 / 0)
    session.add_reset("clipboard", lambda: ran.append("clipboard"))
    assert session.ensure_started() and not session.ensure_started()
    first = session.session_id
    assert len(first) == 32 and started == [first]
    clock.t += 90
    assert session.length_s() == 90
    session.end("timeout")
    assert ran == ["browser", "clipboard"] and ended == ["timeout"]
    assert "session reset step broken failed" in caplog.text
    assert not session.active and session.session_id == "" and session.length_s() == 0
    session.ensure_started()
    assert session.session_id != first


def test_unknown_reason_is_a_programming_error(qapp):
    with pytest.raises(ValueError):
        SessionService().end("bored")
