"""The point's shared help queue against a real Mosquitto with real TLS (tests/helpers/broker.py).

Each "terminal" here is the kiosk's own HelpQueue on its own SQLite file and storage worker,
its HelpBroker (paho-mqtt, its own thread) and its PointQueue, in this process; the tests with
separate kiosk processes are in tests/gui/test_help_point_processes.py. Nothing is mocked.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from kiosk.core.help import queue as hq
from kiosk.core.help import shared_queue as sq
from kiosk.core.help.broker_settings import BrokerSettings
from kiosk.core.help.schedule import Schedule, WeeklyShift
from kiosk.services.help_broker import HelpBroker, act_topic, request_topic
from kiosk.services.help_point import PointQueue
from kiosk.services.storage_worker import StorageWorker
from tests.helpers.broker import MosquittoBroker, broker  # noqa: F401 (the fixture)

ALL_WEEK = [WeeklyShift(d, time(0), time(23, 59), "eSeniorit") for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
WAIT_MS = 15_000


def settings_for(b: MosquittoBroker, tid: str, *, ca=None) -> BrokerSettings:
    return BrokerSettings(b.host, b.port, ca or b.ca_file, b.cert_file(tid), b.key_file(tid), b.url)


class Terminal:
    """One terminal's help queue, link and point list (the kiosk's own classes)."""

    def __init__(self, b: MosquittoBroker, tid: str, root, *, settings=None, tiles=None, clock=None) -> None:
        self.id = tid
        self.worker = StorageWorker(root / f"{tid}.db")
        self.queue = HelpQueue(Schedule.build("Europe/Helsinki", ALL_WEEK), self.worker, None,
                               **({"clock": clock} if clock else {}))
        self.link = HelpBroker(settings or settings_for(b, tid), "test", tid, f"Terminal {tid}")
        self.point = PointQueue(self.queue, self.link, terminal_id=tid, letter=chr(ord("A") + int(tid[-1]) - 1),
                                label=f"Terminal {tid}", topic_labels=lambda topic: (tiles or {}).get(topic, {}))
        self.link.start()

    def labels(self) -> list[str]:
        return [r.label for r in self.point.open_requests()]

    def stop(self) -> None:
        self.link.stop()
        self.worker.stop()


from kiosk.services.help_queue import HelpQueue  # noqa: E402 (after the class that names it, for reading order)


@pytest.fixture
def terminals(broker, tmp_path, qtbot):  # noqa: F811 (the fixture)
    made: list[Terminal] = []

    def make(tid: str, **kw) -> Terminal:
        t = Terminal(broker, tid, tmp_path, **kw)
        made.append(t)
        return t
    yield make
    for t in made:
        t.stop()


def up(qtbot, *ts: Terminal) -> None:
    qtbot.waitUntil(lambda: all(t.link.state == "up" for t in ts), timeout=WAIT_MS)


def test_a_request_on_one_terminal_is_on_the_others_and_a_call_reaches_the_resident(qtbot, terminals):
    t1, t2, t3 = terminals("t1"), terminals("t2"), terminals("t3")
    up(qtbot, t1, t2, t3)
    mine = t1.queue.ask("kela", first_name="Hilkka", guide="kela-benefit", step=2, service="kela")
    qtbot.waitUntil(lambda: t2.labels() == ["A 1"] and t3.labels() == ["A 1"], timeout=WAIT_MS)
    seen = t2.point.known[mine.id]
    assert (seen.topic, seen.first_name, seen.doing.guide, seen.doing.step) == ("kela", "Hilkka", "kela-benefit", 2)
    # The resident moves on in the guide: the helpers elsewhere see the new step.
    t1.point.set_doing(mine.id, "kela", "kela-benefit", 3)
    qtbot.waitUntil(lambda: t3.point.known[mine.id].doing.step == 3, timeout=WAIT_MS)
    # A second resident on t2 is behind the first at the point.
    other = t2.queue.ask("omakanta")
    qtbot.waitUntil(lambda: t1.point.place(other.id) == 2, timeout=WAIT_MS)
    assert t1.point.place(mine.id) == 1
    # A helper on t3 calls t1's resident: t1's screen hears it, stored on t1's own disk.
    with qtbot.waitSignal(t1.queue.my_turn, timeout=WAIT_MS):
        t3.point.act(mine.id, sq.CALLED, called_by="Eeva · Terminal t3")
    assert t1.queue.request(mine.id).state == hq.CALLED
    assert t1.point.called_by(mine.id) == "Eeva · Terminal t3"
    # Closed from t3: gone from every list, and from t1's queue with its outcome.
    t3.point.act(mine.id, sq.CLOSED, ended=hq.DONE, outcome="solved")
    qtbot.waitUntil(lambda: t1.queue.request(mine.id).state == hq.DONE, timeout=WAIT_MS)
    assert t1.queue.request(mine.id).outcome == "solved" and t1.queue.request(mine.id).first_name == ""
    qtbot.waitUntil(lambda: t2.labels() == ["B 1"] and t1.labels() == ["B 1"], timeout=WAIT_MS)


def test_two_helpers_call_the_same_request_one_wins_everywhere(qtbot, terminals, broker):  # noqa: F811
    t1, t2, t3 = terminals("t1"), terminals("t2"), terminals("t3")
    up(qtbot, t1, t2, t3)
    r = t1.queue.ask("kela")
    qtbot.waitUntil(lambda: r.id in t2.point.known and r.id in t3.point.known, timeout=WAIT_MS)
    # Both press Call before hearing each other (same event loop turn).
    t2.point.act(r.id, sq.CALLED, called_by="Eeva · Terminal t2")
    t3.point.act(r.id, sq.CALLED, called_by="Pekka · Terminal t3")
    qtbot.waitUntil(lambda: len({t.point.known[r.id].progress.called_by for t in (t1, t2, t3)}) == 1,
                    timeout=WAIT_MS)
    winner = t1.point.known[r.id]
    assert winner.progress.called_by in ("Eeva · Terminal t2", "Pekka · Terminal t3")
    assert t1.point.called_by(r.id) == winner.progress.called_by


def test_broker_killed_and_restarted_terminals_apart_converge(qtbot, terminals, broker):  # noqa: F811
    t1, t2 = terminals("t1"), terminals("t2")
    up(qtbot, t1, t2)
    r = t1.queue.ask("kela")
    qtbot.waitUntil(lambda: r.id in t2.point.known, timeout=WAIT_MS)
    broker.kill()
    qtbot.waitUntil(lambda: t1.link.state != "up" and t2.link.state != "up", timeout=WAIT_MS)
    assert t1.point.link_line and "broker" in t1.point.link_line      # one line, for helpers
    # Apart: t1 keeps its own queue; a helper on t2 calls t1's resident, t1 takes a new one.
    t2.point.act(r.id, sq.CALLED, called_by="Eeva · Terminal t2")
    later = t1.queue.ask("omakanta")
    assert t1.queue.request(later.id).state == hq.WAITING and t1.labels() == ["A 1", "A 2"]
    broker.start()
    up(qtbot, t1, t2)
    qtbot.waitUntil(lambda: t1.queue.request(r.id).state == hq.CALLED and later.id in t2.point.known,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: t1.point.known == t2.point.known, timeout=WAIT_MS)
    assert t1.point.link_line == ""
    assert [x.label for x in t2.point.open_requests()] == ["A 1", "A 2"]     # no duplicates


def test_first_name_gone_from_the_broker_file_after_the_kiosk_closes_the_request(qtbot, terminals, broker):  # noqa: F811
    t1, t2 = terminals("t1"), terminals("t2")
    up(qtbot, t1, t2)
    r = t1.queue.ask("kela", first_name="Zebulon")
    qtbot.waitUntil(lambda: r.id in t2.point.known, timeout=WAIT_MS)
    assert b"Zebulon" in broker.db_bytes()               # retained while open: the name is there
    t1.queue.start(r.id)
    t1.queue.close(r.id, "solved")
    qtbot.waitUntil(lambda: not t2.point.known[r.id].is_open, timeout=WAIT_MS)
    assert b"Zebulon" not in broker.db_bytes()


def test_duplicated_and_reordered_deliveries_change_nothing(qtbot, terminals, broker):  # noqa: F811
    import paho.mqtt.client as mqtt
    t1 = terminals("t1")
    up(qtbot, t1)
    # t3 publishes straight to the broker (a terminal of the point, with its own certificate):
    # a request's later states first, then the older ones, each twice.
    base = sq.SharedRequest(id="r-1", terminal="t3", letter="C", number=4, day=t1.queue.today().isoformat(),
                            topic="kela", created_at=datetime.now(UTC).timestamp())
    called = sq.advance(base, sq.CALLED, sq.Hlc(2000, 0), "t2", base.created_at + 60, called_by="Eeva")
    closed = sq.advance(called, sq.CLOSED, sq.Hlc(3000, 0), "t2", base.created_at + 120, ended="done",
                        outcome="solved")
    other = sq.SharedRequest(id="r-2", terminal="t3", letter="C", number=5, day=base.day, topic="other",
                             created_at=base.created_at + 1)
    raw = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="test-t3")
    from kiosk.services.broker_tls import tls_context
    raw.tls_set_context(tls_context(settings_for(broker, "t3")))
    raw.connect(broker.host, broker.port)
    raw.loop_start()
    try:
        sends = [(act_topic("test", "t3", "r-1"), closed), (request_topic("test", "t3", "r-2"), other),
                 (act_topic("test", "t3", "r-1"), called), (request_topic("test", "t3", "r-1"), base),
                 (act_topic("test", "t3", "r-1"), closed), (request_topic("test", "t3", "r-2"), other),
                 (request_topic("test", "t3", "r-1"), base)]
        for topic, r in sends:
            raw.publish(topic, sq.to_wire(r, with_name=False), qos=1).wait_for_publish(5)
        raw.publish("test/sentinel", b"").wait_for_publish(5)   # outside the site: ignored, but...
        # ... a last message after all the others says when they have all arrived.
        sentinel = sq.SharedRequest(id="r-9", terminal="t3", letter="C", number=9, day=base.day, topic="other",
                                    created_at=base.created_at + 9)
        raw.publish(request_topic("test", "t3", "r-9"), sq.to_wire(sentinel, with_name=False),
                    qos=1).wait_for_publish(5)
        qtbot.waitUntil(lambda: "r-9" in t1.point.known, timeout=WAIT_MS)
        assert t1.point.known["r-1"].state == sq.CLOSED and t1.point.known["r-1"].progress.outcome == "solved"
        assert [r.label for r in t1.point.open_requests()] == ["C 5", "C 9"]
    finally:
        for rid in ("r-1", "r-2", "r-9"):    # clean up the retained messages
            raw.publish(request_topic("test", "t3", rid), b"", qos=1, retain=True)
        raw.loop_stop()
        raw.disconnect()


def test_wrong_ca_the_terminal_keeps_its_own_queue_and_says_why_in_one_line(qtbot, terminals, broker, tmp_path,
                                                                             caplog):  # noqa: F811
    other = MosquittoBroker(tmp_path / "other-site")       # another site's CA: never started
    t1 = terminals("t1", settings=settings_for(broker, "t1", ca=other.ca_file))
    qtbot.waitUntil(lambda: t1.link.line != "", timeout=WAIT_MS)
    assert "not trusted" in t1.point.link_line and "\n" not in t1.point.link_line
    r = t1.queue.ask("kela")
    assert t1.point.place(r.id) == 1 and t1.queue.request(r.id).state == hq.WAITING
    errors = [rec for rec in caplog.records if rec.name == "kiosk.help.broker" and rec.levelname == "ERROR"]
    assert len({rec.getMessage() for rec in errors}) == 1                 # once, not at every retry


def test_no_broker_at_start_then_it_comes(qtbot, terminals, broker):  # noqa: F811
    broker.kill()
    t1 = terminals("t1")
    qtbot.waitUntil(lambda: "cannot be reached" in t1.point.link_line, timeout=WAIT_MS)
    r = t1.queue.ask("kela")
    assert t1.labels() == ["A 1"]
    broker.start()
    t2 = terminals("t2")
    up(qtbot, t1, t2)
    qtbot.waitUntil(lambda: r.id in t2.point.known, timeout=40_000)   # paho's retry waits up to 30 s
    assert t1.point.link_line == ""


def test_presence_names_the_helpers_on_duty_at_the_point(qtbot, terminals):
    t1, t2 = terminals("t1"), terminals("t2")
    up(qtbot, t1, t2)
    t2.queue.set_on_duty("Eeva", True)
    t2.point.duty_changed()
    qtbot.waitUntil(lambda: t1.point.helpers_on_duty() == ["Eeva"], timeout=WAIT_MS)
    assert json.loads(sq.presence_to_wire(t1.point.terminals["t2"]))["online"] is True


def test_a_restarted_terminal_does_not_take_back_its_closed_request_from_the_broker(qtbot, terminals, broker,
                                                                                  tmp_path):  # noqa: F811
    t1, t2 = terminals("t1"), terminals("t2")
    up(qtbot, t1, t2)
    r = t1.queue.ask("kela", first_name="Zebulon")
    qtbot.waitUntil(lambda: r.id in t2.point.known, timeout=WAIT_MS)
    # t1's link goes (the kiosk stops); its resident's request is closed on its own disk meanwhile.
    t1.link.stop()
    t1.queue.cancel_mine(left=True)
    # t1 again: the same disk, a new link; the broker still holds the request as open (retained).
    link = HelpBroker(settings_for(broker, "t1"), "test", "t1", "Terminal t1")
    PointQueue(t1.queue, link, terminal_id="t1", letter="A", label="Terminal t1")
    link.start()
    try:
        qtbot.waitUntil(lambda: not t2.point.known[r.id].is_open, timeout=WAIT_MS)
        assert t1.queue.request(r.id).state == hq.LEFT
        # The broker sent the new link the old retained message (name and all) when it subscribed;
        # Mosquitto keeps that copy until the terminal acknowledges it, then the name is gone.
        qtbot.waitUntil(lambda: b"Zebulon" not in broker.db_bytes(), timeout=WAIT_MS)
    finally:
        link.stop()


def test_a_topic_only_the_residents_terminal_has_is_named_in_the_helpers_language(qtbot, terminals):
    # t1 has a "vero" tile; t2 (where the helper is) has not: the request brings its words along.
    from kiosk.ui.help.queue_model import QueueModel, row_of_shared

    t1 = terminals("t1", tiles={"vero": {"fi": "Verohallinto", "sv": "Skatteförvaltningen", "en": "Tax"}})
    t2 = terminals("t2")
    up(qtbot, t1, t2)
    r = t1.queue.ask("vero")
    qtbot.waitUntil(lambda: r.id in t2.point.known, timeout=WAIT_MS)
    model = QueueModel()
    model.topic_names = {"kela": "Kela"}                  # t2's own tiles: no "vero"
    row = row_of_shared(t2.point.known[r.id], label="Terminal t1", online=True)
    for lang, words in (("sv", "Skatteförvaltningen"), ("fi", "Verohallinto"), ("en", "Tax")):
        model.language = lang
        assert model.cell(row, 2) == words
    # A topic neither terminal has a label for (an older terminal's message) is still readable.
    model.language = "fi"
    bare = row_of_shared(replace(t2.point.known[r.id], topic="my_own_topic", topic_labels=()), label="", online=True)
    assert model.cell(bare, 2) == "My own topic"


class MovableClock:
    """The HelpQueue's wall clock, moved by the test (an aware datetime, as the kiosk's)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_at_midnight_yesterdays_requests_are_forgotten_another_terminals_open_one_too(
        qtbot, terminals):
    from zoneinfo import ZoneInfo

    helsinki = ZoneInfo("Europe/Helsinki")
    clock = MovableClock(datetime(2026, 12, 7, 23, 50, tzinfo=helsinki))
    t1 = terminals("t1", clock=clock)
    t2 = terminals("t2", clock=MovableClock(datetime(2026, 12, 7, 23, 51, tzinfo=helsinki)))
    up(qtbot, t1, t2)
    done_here = t1.queue.ask("kela")
    t1.queue.call(done_here.id)
    t1.queue.close(done_here.id, "solved")
    done_there = t2.queue.ask("kela")
    t2.queue.call(done_there.id)
    t2.queue.close(done_there.id, "solved")
    waiting_there = t2.queue.ask("vero")                  # t2's own midnight is not run here
    qtbot.waitUntil(lambda: {done_there.id, waiting_there.id} <= t1.point.known.keys()
                    and t1.point.known[done_there.id].state == sq.CLOSED, timeout=WAIT_MS)
    assert t1.point.figures_today()["helped"] == 2        # what the helper view says before midnight
    assert [r.id for r in t1.point.open_requests()] == [waiting_there.id]     # listed all day

    clock.at = datetime(2026, 12, 8, 0, 0, 1, tzinfo=helsinki)
    t1.queue.daily_cleanup()                              # what the HelpQueue's midnight timer runs
    assert done_here.id not in t1.point.known and done_there.id not in t1.point.known
    assert t1.point.figures_today()["helped"] == 0        # today starts at nought
    # Another terminal's open request stayed all day (that terminal may be dead: a helper saw it);
    # from yesterday, that resident has surely gone: not listed any more.
    assert t1.point.open_requests() == []
