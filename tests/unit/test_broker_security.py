"""The shared queue's broker refuses who it must, and the terminal says why in one line.

A real /usr/sbin/mosquitto from the shipped template (packaging/linux/broker/),
real TLS with certificates made by `kiosk broker-certs`' code, the shipped ACL.
A connection is judged by what the broker answers (CONNACK, SUBACK, PUBACK,
a TLS alert); "this did not arrive" is proven by a sentinel sent after it on
an allowed path, never by waiting.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl

import pytest

from kiosk import broker_certs as BC
from kiosk.services import broker_tls as T
from tests.helpers.broker import MosquittoBroker, MqttProbe, broker, client_tls, needs_mosquitto  # noqa: F401

pytestmark = needs_mosquitto()


def probe(b: MosquittoBroker, tls: ssl.SSLContext | None, client_id: str = "") -> MqttProbe:
    return MqttProbe(b.host, b.port, tls, client_id)


def refused(b: MosquittoBroker, tls: ssl.SSLContext) -> bool:
    """True when the broker ends the connection before CONNACK (a TLS alert after the handshake)."""
    p = probe(b, tls)
    try:
        kind, _code = p.connect()
    except (ssl.SSLError, OSError):
        return True
    finally:
        p.close()
    return kind != "connack"


def test_a_terminal_of_the_site_is_accepted(broker):
    assert T.diagnose(broker.settings("t1")) is None
    p = probe(broker, T.tls_context(broker.settings("t1")), "t1")
    try:
        kind, code = p.connect()
        assert (kind, code.value) == ("connack", 0)
    finally:
        p.close()


def test_a_certificate_from_another_ca_is_refused(broker, tmp_path):
    other, other_key = BC.make_ca("elsewhere")
    cert, key = BC.make_terminal_cert(other, other_key, "t1")
    BC.write_public(tmp_path / "t1.pem", BC.cert_pem(cert))
    BC.write_private(tmp_path / "t1.key", BC.key_pem(key))
    assert refused(broker, client_tls(broker.ca_file, tmp_path / "t1.pem", tmp_path / "t1.key"))
    settings = broker.settings("t1")
    settings = type(settings)(**{**settings.__dict__, "cert_file": tmp_path / "t1.pem",
                                 "key_file": tmp_path / "t1.key"})
    assert T.diagnose(settings) == (
        f"The broker refused this terminal's certificate in cert_file '{tmp_path / 't1.pem'}': it is not signed "
        "by the broker's site CA; use the terminal certificate made with this site's CA")


def test_an_expired_certificate_is_refused(broker):
    now = dt.datetime.now(dt.timezone.utc)
    broker.add_terminal_cert("t2", not_before=now - dt.timedelta(days=30), not_after=now - dt.timedelta(days=1))
    assert refused(broker, client_tls(broker.ca_file, broker.cert_file("t2"), broker.key_file("t2")))
    assert T.diagnose(broker.settings("t2")) == (
        f"The broker refused this terminal's certificate in cert_file '{broker.cert_file('t2')}': it has expired; "
        "make a new one with `kiosk broker-certs --renew`")


def test_the_broker_itself_says_expired_not_only_our_clock(broker):
    """The line comes from the broker's TLS alert: the same certificate, judged by the broker alone."""
    now = dt.datetime.now(dt.timezone.utc)
    broker.add_terminal_cert("t2", not_before=now - dt.timedelta(days=30), not_after=now - dt.timedelta(days=1))
    ctx = client_tls(broker.ca_file, broker.cert_file("t2"), broker.key_file("t2"))
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2   # the alert inside the handshake (see broker_tls.diagnose)
    with pytest.raises(ssl.SSLError) as caught:
        with socket.create_connection((broker.host, broker.port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname=broker.host) as tls:
                tls.sendall(T._CONNECT)
                tls.recv(4)
    assert T.classify(caught.value) is T.Failure.CERT_EXPIRED


def test_a_revoked_certificate_is_refused_and_the_others_still_work(broker):
    broker.revoke("t2")
    assert refused(broker, client_tls(broker.ca_file, broker.cert_file("t2"), broker.key_file("t2")))
    assert T.diagnose(broker.settings("t2")) == (
        f"The broker refused this terminal's certificate in cert_file '{broker.cert_file('t2')}': it has been "
        "revoked; this terminal needs a new certificate (`kiosk broker-certs --renew`)")
    assert T.diagnose(broker.settings("t1")) is None


def test_no_certificate_no_connection(broker):
    assert refused(broker, client_tls(broker.ca_file))
    ctx = client_tls(broker.ca_file)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2   # the alert inside the handshake (see broker_tls.diagnose)
    with pytest.raises(ssl.SSLError) as caught:
        with socket.create_connection((broker.host, broker.port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname=broker.host) as tls:
                tls.sendall(T._CONNECT)
                tls.recv(4)
    assert T.explain_failure(caught.value, broker.settings("t1")).startswith(
        "The broker refused the connection: it needs this terminal's certificate (cert_file ")


def test_plain_mqtt_without_tls_gets_no_connack(broker):
    """Anonymous MQTT in plain text: the TLS port never answers it with a CONNACK."""
    with socket.create_connection((broker.host, broker.port), timeout=10) as raw:
        raw.sendall(T._CONNECT)
        answer = b""
        try:
            while chunk := raw.recv(64):
                answer += chunk
        except ConnectionResetError:
            pass
    assert not answer.startswith(b"\x20"), answer   # 0x20 = CONNACK


def test_a_client_with_the_wrong_ca_file_rejects_the_broker(broker, tmp_path):
    other, _ = BC.make_ca("elsewhere")
    BC.write_public(tmp_path / "other-ca.pem", BC.cert_pem(other))
    settings = broker.settings("t1")
    settings = type(settings)(**{**settings.__dict__, "ca_file": tmp_path / "other-ca.pem"})
    p = probe(broker, T.tls_context(settings), "t1")
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        p.connect()
    p.close()
    expected = (f"The broker at 127.0.0.1:{broker.port} is not trusted: its certificate is not signed by the site "
                f"CA in ca_file '{tmp_path / 'other-ca.pem'}'; ca_file must be the ca.pem that signed broker.pem")
    assert T.explain_failure(caught.value, settings) == expected
    assert T.diagnose(settings) == expected


@needs_mosquitto()
def test_a_broker_certificate_for_another_name_is_rejected(tmp_path):
    b = MosquittoBroker(tmp_path / "b", broker_hosts=("other.example",), broker_ips=())
    b.start()
    try:
        settings = b.settings("t1")
        p = probe(b, T.tls_context(settings), "t1")
        with pytest.raises(ssl.SSLCertVerificationError) as caught:
            p.connect()
        p.close()
        assert T.classify(caught.value) is T.Failure.NAME_MISMATCH
        assert T.diagnose(settings) == (
            "The broker's certificate is not made for '127.0.0.1': the url in [helpers.broker] must use a name or "
            "address given to `kiosk broker-certs --broker-host/--broker-ip`")
    finally:
        b.stop()


def test_a_broker_that_is_down_is_unreachable(broker):
    broker.stop()
    assert T.diagnose(broker.settings("t1")) == (
        f"The broker at 127.0.0.1:{broker.port} cannot be reached (connection refused: nothing listens on that "
        "port); each terminal keeps its own queue")


def test_files_that_cannot_be_used_are_named(broker, tmp_path):
    settings = broker.settings("t1")
    wrong = type(settings)(**{**settings.__dict__, "key_file": broker.key_file("t2")})
    with pytest.raises(T.BrokerSetupError) as caught:
        T.tls_context(wrong)
    assert T.explain_failure(caught.value) == (
        f"key_file '{broker.key_file('t2')}' is not the key of the certificate in cert_file "
        f"'{broker.cert_file('t1')}'")


# -- each terminal inside its own site ------------------------------------------------------

SITES = {"site-a": ["a1"], "site-b": ["b1"]}


def crossings(b: MosquittoBroker) -> dict[str, list]:
    """What of site B reaches a terminal of site A, and what of A reaches B (empty when the ACL holds).

    Mosquitto 2 grants a subscription the ACL does not allow and filters at delivery, so what
    counts is what is delivered. Each "nothing arrived" is proven by a sentinel: Mosquitto
    delivers to one client in order, and the crossing message was finished (PUBACK) before the
    sentinel was sent, so a leaked message would arrive before the sentinel.
    """
    a1 = probe(b, T.tls_context(b.settings("a1")), "a1")
    b1 = probe(b, T.tls_context(b.settings("b1")), "b1")
    found: dict[str, list] = {}
    try:
        assert a1.connect()[0] == "connack" and b1.connect()[0] == "connack"
        assert b1.publish("digipiste/site-b/requests/b1/r1", b"B's retained state", retain=True).value < 0x80
        assert b1.subscribe("digipiste/site-b/#")[0].value < 0x80
        b1.wait_for("digipiste/site-b/requests/b1/r1", b"B's retained state")
        # a1 reaches for B: retained states on subscribing, and a live message after.
        for topic in ("digipiste/site-b/#", "digipiste/#", "#", "+/site-b/requests/#", "$SYS/#"):
            a1.subscribe(topic)
        assert a1.subscribe("digipiste/site-a/#")[0].value < 0x80
        b1.publish("digipiste/site-b/requests/b1/r3", b"B's live state")
        a1.publish("digipiste/site-a/sentinel", b"done")
        seen = [m for m in a1.wait_for("digipiste/site-a/sentinel", b"done") if b"B's" in m[1]]
        if seen:
            found["site B delivered to a1"] = seen
        # a1 writes into B: a call published to b1's request topic.
        a1.publish("digipiste/site-b/requests/b1/r2", b"from site A")
        b1.publish("digipiste/site-b/sentinel", b"done")
        leaked = [m for m in b1.wait_for("digipiste/site-b/sentinel", b"done") if m[1] == b"from site A"]
        if leaked:
            found["site A delivered to b1"] = leaked
    finally:
        a1.close()
        b1.close()
    return found


@needs_mosquitto()
def test_a_terminal_of_site_a_cannot_read_or_write_site_b(tmp_path):
    b = MosquittoBroker(tmp_path / "b", sites=SITES)
    b.start()
    try:
        assert crossings(b) == {}
    finally:
        b.stop()


@needs_mosquitto()
def test_the_crossing_check_catches_an_acl_that_lets_everything_through(tmp_path):
    """The same check, against a deliberately wrong ACL (every terminal everywhere): it must see the leaks."""
    b = MosquittoBroker(tmp_path / "b", sites=SITES)
    (b.certs / "acl").write_text("pattern readwrite #\n", encoding="utf-8")
    b.start()
    try:
        found = crossings(b)
    finally:
        b.stop()
    assert [m[1] for m in found["site A delivered to b1"]] == [b"from site A"], found
    assert {m[1] for m in found["site B delivered to a1"]} == {b"B's retained state", b"B's live state"}, found


def test_a_refused_login_or_subscription_is_one_line(broker):
    """paho's reason codes for a refused CONNACK or SUBACK (Mosquitto 2.0 itself grants and filters)."""
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.reasoncodes import ReasonCode

    expected = ("The broker refused this terminal (Not authorized): its certificate's name is not allowed by the "
                "broker's ACL for this site's topics; run `kiosk broker-certs` for this terminal and copy the new "
                "acl file to the broker")
    for packet in (PacketTypes.CONNACK, PacketTypes.SUBACK):
        code = ReasonCode(packet, identifier=0x87)
        assert T.classify(code) is T.Failure.NOT_AUTHORISED
        assert T.explain_failure(code, broker.settings("t1")) == expected
    # A disconnect's "unspecified error" (what paho reports when TLS 1.3 refuses after the
    # handshake) is not a refusal of the ACL: diagnose() tells the real reason then.
    assert T.classify(ReasonCode(PacketTypes.DISCONNECT, identifier=0x80)) is T.Failure.OTHER


def test_paho_only_sees_a_lost_connection_and_diagnose_names_the_reason(broker):
    """The MQTT client's path: with TLS 1.3 paho reports a revoked certificate as a lost connection
    ('Unspecified error'); diagnose() from the client's thread turns it into the line."""
    from paho.mqtt.enums import MQTTErrorCode

    broker.revoke("t2")
    p = probe(broker, T.tls_context(broker.settings("t2")), "t2")
    try:
        kind, code = p.connect()
    finally:
        p.close()
    assert kind == "disconnect"
    assert T.classify(code) is T.Failure.OTHER
    assert T.classify(MQTTErrorCode.MQTT_ERR_CONN_LOST) is T.Failure.UNREACHABLE
    assert T.explain_failure(MQTTErrorCode.MQTT_ERR_CONN_LOST, broker.settings("t2")) == (
        f"The broker at 127.0.0.1:{broker.port} cannot be reached (the connection was lost); each terminal keeps "
        "its own queue")
    assert T.classify(MQTTErrorCode.MQTT_ERR_CONN_REFUSED) is T.Failure.NOT_AUTHORISED
    assert "it has been revoked" in T.diagnose(broker.settings("t2"))


def test_unknown_name_and_no_answer_are_unreachable_lines(broker):
    settings = broker.settings("t1")
    dns = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert T.explain_failure(dns, settings) == (
        f"The broker at 127.0.0.1:{broker.port} cannot be reached (the name is not known to DNS); each terminal "
        "keeps its own queue")
    assert T.explain_failure(TimeoutError(), settings).endswith("cannot be reached (no answer); each terminal keeps "
                                                                "its own queue")
