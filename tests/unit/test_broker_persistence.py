"""A first name published with a request is gone from Mosquitto's persistence file once the request closes.

The real broker with persistence on (tests/helpers/broker.py); closing a
request is how the MQTT client service closes it: an empty retained payload
on the request's topic. `db_bytes()` makes Mosquitto save now and reads the
raw bytes of mosquitto.db, so the check sees what a backup of the broker
would hold. Each test first shows the name IS in the file while the request
is open, so it cannot pass by looking at the wrong file.
"""

from __future__ import annotations

import json

from kiosk.services import broker_tls as T
from tests.helpers.broker import MosquittoBroker, MqttProbe, broker, needs_mosquitto  # noqa: F401

pytestmark = needs_mosquitto()

NAME = "Eeva-Liisa Väänänen"
TOPIC = "digipiste/test/requests/t1/t1-2026-12-07-12"


def request(name: str | None) -> bytes:
    state = {"number": "A 12", "topic": "kela", "terminal": "t1", "state": "waiting", "hlc": [1, 0]}
    if name:
        state["first_name"] = name
    return json.dumps(state, ensure_ascii=False).encode()


def terminal(b: MosquittoBroker, tid: str = "t1") -> MqttProbe:
    p = MqttProbe(b.host, b.port, T.tls_context(b.settings(tid)), tid)
    assert p.connect()[0] == "connack"
    return p


def test_a_closed_requests_first_name_is_not_in_mosquitto_db(broker):
    t1 = terminal(broker)
    try:
        assert t1.publish(TOPIC, request(NAME), retain=True).value < 0x80
        assert NAME.encode() in broker.db_bytes(), "the open request's name should be in the file"
        # Closing the request: its retained state cleared.
        assert t1.publish(TOPIC, b"", retain=True).value < 0x80
        saved = broker.db_bytes()
    finally:
        t1.close()
    assert NAME.encode() not in saved
    assert "Väänänen".encode() not in saved and b"Eeva" not in saved


def test_the_name_stays_gone_after_a_restart_and_after_a_kill(broker):
    t1 = terminal(broker)
    try:
        t1.publish(TOPIC, request(NAME), retain=True)
        assert NAME.encode() in broker.db_bytes()
        t1.publish(TOPIC, b"", retain=True)
        broker.db_bytes()
    finally:
        t1.close()
    broker.kill()        # no save on the way down: the file is the last save's
    assert NAME.encode() not in broker.db_bytes()
    broker.start()
    broker.stop()        # SIGTERM saves again
    assert NAME.encode() not in broker.db_bytes()


def test_a_waiting_request_without_a_name_survives_a_restart(broker):
    """What persistence is for: the queue's states come back after the broker restarts."""
    t1 = terminal(broker)
    try:
        t1.publish(TOPIC, request(None), retain=True)
    finally:
        t1.close()
    broker.stop()
    broker.start()
    t2 = terminal(broker, "t2")
    try:
        t2.subscribe("digipiste/test/requests/#")
        t2.wait_for(TOPIC, request(None))
    finally:
        t2.close()


def offline_subscriber(b: MosquittoBroker, tid: str, session_expiry_s: int) -> None:
    """`tid` subscribes to the point's requests and goes away; 0 = a clean session (nothing kept for it)."""
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    p = MqttProbe(b.host, b.port, T.tls_context(b.settings(tid)), tid)
    props = Properties(PacketTypes.CONNECT)
    props.SessionExpiryInterval = session_expiry_s
    try:
        p.client.connect(b.host, b.port, clean_start=session_expiry_s == 0, properties=props)
        p.client.loop_start()
        p._looping = True
        assert p._answer({"connack"}, 15)[1].value == 0
        assert p.subscribe("digipiste/test/requests/#")[0].value < 0x80
    finally:
        p.close()


def open_and_close_with_name(b: MosquittoBroker) -> bytes:
    t1 = terminal(b)
    try:
        t1.publish(TOPIC, request(NAME), retain=True)
        t1.publish(TOPIC, b"", retain=True)
    finally:
        t1.close()
    return b.db_bytes()


def test_an_offline_terminal_with_a_clean_session_keeps_no_copy_of_the_name(broker):
    offline_subscriber(broker, "t2", session_expiry_s=0)
    assert NAME.encode() not in open_and_close_with_name(broker)


def test_an_offline_persistent_session_would_keep_the_name_so_terminals_use_clean_sessions(broker):
    """Why the contract says clean sessions (docs/design.md): Mosquitto queues a QoS 1 copy, name
    and all, for an offline terminal whose session lives on, and saves it, until that terminal
    comes back. The request states need no such queue: they are retained."""
    offline_subscriber(broker, "t2", session_expiry_s=3600)
    assert NAME.encode() in open_and_close_with_name(broker)
