"""The shared help queue against bad messages and leftovers, on a real Mosquitto with real TLS.

A message no kiosk would write (numbers out of range, nesting too deep) must not end any
terminal's link, and a first name the broker kept overnight must go, not come back.
Terminals are the kiosk's own classes (tests/gui/test_help_point.py); nothing is mocked.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.core.help import shared_queue as sq
from kiosk.services.help_broker import HelpBroker, presence_topic, request_topic
from kiosk.services.help_point import PointQueue
from kiosk.ui.help.queue_model import shown_row
from tests.gui.test_help_point import WAIT_MS, MovableClock, settings_for, terminals, up  # noqa: F401
from tests.helpers.broker import MqttProbe, broker, client_tls  # noqa: F401 (the fixture)

DEEP = b"[" * 100_000 + b"]" * 100_000


def _request_with(created_at: str, rid: str) -> bytes:
    """A request of t3 as the wire carries it, with created_at replaced by raw JSON text."""
    r = sq.SharedRequest(id=rid, terminal="t3", letter="C", number=1, day="2026-12-07", topic="kela",
                         created_at=1_796_000_000.0)
    return sq.to_wire(r, with_name=False).replace(b"1796000000.0", created_at.encode())


def test_hostile_retained_messages_neither_end_the_link_nor_stop_the_helper_view(qtbot, terminals, broker):  # noqa: F811
    t1, t2 = terminals("t1"), terminals("t2")
    up(qtbot, t1, t2)
    probe = MqttProbe(broker.host, broker.port, client_tls(broker.ca_file, broker.cert_file("t3"),
                                                            broker.key_file("t3")), client_id="test-t3")
    assert probe.connect()[1].is_failure is False
    try:
        hostile = {request_topic("test", "t3", "inf"): _request_with("1e400", "inf"),
                   request_topic("test", "t3", "nan"): _request_with("NaN", "nan"),
                   request_topic("test", "t3", "far"): _request_with("1e300", "far"),
                   request_topic("test", "t3", "deep"): DEEP,
                   presence_topic("test", "t3"): b'{"online": true, "on_duty": ' + DEEP + b"}"}
        for topic, payload in hostile.items():         # retained: every terminal that joins later gets them too
            assert probe.publish(topic, payload, retain=True).is_failure is False
    finally:
        probe.close()
    # A normal request from another terminal after them arrives (the link's thread is still running) ...
    r = t2.queue.ask("kela")
    qtbot.waitUntil(lambda: r.id in t1.point.known, timeout=WAIT_MS)
    assert t1.link.state == "up" and t1.link.malformed >= len(hostile)
    # ... and at a terminal that joins now and gets the retained ones first.
    t3 = terminals("t3")
    up(qtbot, t3)
    qtbot.waitUntil(lambda: r.id in t3.point.known, timeout=WAIT_MS)
    assert t3.link.malformed >= len(hostile)
    # The helper view's rows: every request of the point is shown, none of the hostile ones.
    for t in (t1, t3):
        rows = [shown_row(x, label="", online=True) for x in t.point.open_requests()]
        assert [row.id for row in rows] == [r.id]


def test_a_first_name_the_broker_kept_overnight_is_emptied_not_brought_back(qtbot, terminals, broker):  # noqa: F811
    helsinki = ZoneInfo("Europe/Helsinki")
    clock = MovableClock(datetime(2026, 12, 7, 15, 0, tzinfo=helsinki))
    t1, t2 = terminals("t1", clock=clock), terminals("t2", clock=clock)   # one point, one day
    t1.queue.load()                                       # as the kiosk does at start
    qtbot.waitUntil(lambda: t1.queue.loaded, timeout=WAIT_MS)
    up(qtbot, t1, t2)
    r = t1.queue.ask("kela", first_name="Hilkka")
    qtbot.waitUntil(lambda: r.id in t2.point.known, timeout=WAIT_MS)
    assert b"Hilkka" in broker.db_bytes()                 # retained while open: the name is there
    # The terminal's link is gone at midnight (killed, or the broker away): its clean-up closes and
    # forgets the request, and nothing of that reaches the broker.
    # t2 goes too: here only t1 itself may empty its topic (another terminal hearing a leftover
    # would empty it as well, and the test would not show what t1 does).
    t1.link.stop()
    t2.link.stop()
    clock.at = datetime(2026, 12, 8, 8, 0, tzinfo=helsinki)
    t1.queue.daily_cleanup()
    assert t1.queue.request(r.id) is None
    assert b"Hilkka" in broker.db_bytes()
    # The next morning the terminal connects again: the broker hands back yesterday's copy.
    link = HelpBroker(settings_for(broker, "t1"), "test", "t1", "Terminal t1")
    point = PointQueue(t1.queue, link, terminal_id="t1", letter="A", label="Terminal t1")
    link.start()
    try:
        qtbot.waitUntil(lambda: b"Hilkka" not in broker.db_bytes(), timeout=WAIT_MS)
        # A helper's terminal that starts now never sees it; today's request (the sentinel) arrives.
        t3 = terminals("t3", clock=clock)
        up(qtbot, t3)
        today = t1.queue.ask("vero")
        qtbot.waitUntil(lambda: today.id in t3.point.known, timeout=WAIT_MS)
        assert r.id not in t3.point.known and r.id not in point.known
        # Everything t1 sent on this link came before today's request: the name stays gone.
        assert b"Hilkka" not in broker.db_bytes()
    finally:
        link.stop()


def test_a_row_that_cannot_be_shown_is_left_out_and_logged_once(caplog):
    # A request that got past the wire check some other way (an older terminal's build, memory):
    # the helper view leaves it out instead of failing at every refresh.
    good = sq.SharedRequest(id="g", terminal="t3", letter="C", number=1, day="2026-12-07", topic="kela",
                            created_at=1_796_000_000.0)
    bad = sq.SharedRequest(id="b", terminal="t3", letter="C", number=2, day="2026-12-07", topic="kela",
                           created_at=1e300)
    for _refresh in range(3):
        rows = [shown_row(x, label="", online=True) for x in (bad, good)]
        assert [row.id for row in rows if row is not None] == ["g"]
    lines = [rec.getMessage() for rec in caplog.records if rec.name == "kiosk.help.view"]
    assert len(lines) == 1 and "not shown" in lines[0]      # once, not at every refresh


def test_stop_does_not_wait_for_a_broker_that_never_answers(qtbot, broker, tmp_path):  # noqa: F811
    """A broker address that accepts TCP but never answers TLS: paho's thread hangs in the handshake
    (as it would in the diagnosis probe); stop() returns while it still hangs (event order, no timing)."""
    import socket
    import threading
    from dataclasses import replace as copy_with

    server = socket.create_server(("127.0.0.1", 0))
    accepted, client_gone = threading.Event(), threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        accepted.set()
        with conn:
            while conn.recv(4096):      # say nothing; wait until the kiosk's side closes it
                pass
        client_gone.set()

    threading.Thread(target=serve, daemon=True).start()
    settings = copy_with(settings_for(broker, "t1"), host="127.0.0.1", port=server.getsockname()[1])
    link = HelpBroker(settings, "test", "t1", "Terminal t1")
    link.start()
    try:
        assert accepted.wait(15), "paho never connected to the silent port"
        link.stop()
        assert not client_gone.is_set(), "stop() waited for the hanging handshake to end"
    finally:
        link.stop()
        assert client_gone.wait(30)     # the thread ends by itself (paho's connect timeout)
        server.close()
