"""The link to the service point's MQTT broker (paho-mqtt 2.x, TLS always) for the shared help queue.

paho runs its own network thread (`loop_start`; the first connection is made there too,
`connect_async`), so nothing here ever waits on the network on the interface thread. That
thread only parses what it hears (pure kiosk.core.help.shared_queue) and hands it to the
interface thread through kiosk.services.threads (`Answers`): the signals of this object are
always emitted on the interface thread.

Topics, all under `digipiste/<site_id>/` (docs/helpers.md and docs/deploy.md):

- `requests/<terminal>/<request>`: the resident's own terminal publishes the request there,
  retained while it is open (QoS 1), the first name included when one was given; when the
  request closes the retained message is replaced by an EMPTY payload, so the broker forgets
  it (and the name) at once and in its persistence file at its next save.
- `requests/<terminal>/<request>/act`: what any terminal did to that request (a call, a
  recall, serving, closed), retained, never with a name: a terminal that was away (or the
  resident's terminal restarting) learns it when it subscribes again. The day after, the
  first terminal to hear it clears it.
- `terminals/<terminal>`: presence, retained: online with its label and the helpers on duty
  there; the MQTT last will says offline when the terminal dies.

A wrong CA, an expired certificate or a refused login becomes one line
(kiosk.services.broker_tls.explain_failure), logged once per distinct fault and shown to
helpers through `link_changed` (`failure` holds its kind, broker_tls.Failure, which the admin
and helper views put in words of their language); the terminal keeps its own queue meanwhile and paho keeps
trying again by itself (1 s doubling to 30 s).
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading

from PySide6.QtCore import QObject, Signal

from kiosk.core.help import shared_queue as sq
from kiosk.services.threads import Answers

log = logging.getLogger("kiosk.help.broker")

ROOT = "digipiste"
UP, DOWN, FAILING = "up", "down", "failing"
KEEPALIVE_S = 10   # how soon the broker notices a dead terminal (1.5 x this) and says it is offline
STOP_WAIT_S = 0.5  # how long stop() waits for paho's thread (it may hang in a handshake or the probe)


def site_topic(site_id: str) -> str:
    return f"{ROOT}/{site_id}"


def request_topic(site_id: str, terminal: str, request_id: str) -> str:
    return f"{site_topic(site_id)}/requests/{terminal}/{request_id}"


def act_topic(site_id: str, terminal: str, request_id: str) -> str:
    return request_topic(site_id, terminal, request_id) + "/act"


def presence_topic(site_id: str, terminal: str) -> str:
    return f"{site_topic(site_id)}/terminals/{terminal}"


def parse(site_id: str, topic: str, payload: bytes):
    """What a message of the site is: ("request", r, topic) / ("cleared", id, topic) /
    ("presence", p, topic) / None; raises sq.WireError for a malformed one. Pure, runs on paho's thread."""
    parts = topic.split("/")
    if parts[:2] != [ROOT, site_id] or len(parts) < 4:
        return None
    if parts[2] == "terminals" and len(parts) == 4:
        if not payload:
            return None
        return ("presence", sq.presence_from_wire(parts[3], payload), topic)
    if parts[2] == "requests" and len(parts) in (5, 6) and (len(parts) == 5 or parts[5] == "act"):
        if not payload:
            return ("cleared", parts[4], topic)
        r = sq.from_wire(payload)
        if r.id != parts[4] or r.terminal != parts[3]:
            raise sq.WireError(f"request {r.id} of {r.terminal} published under {topic}")
        return ("request", r, topic)
    return None


class _Client:
    """Made on first use: paho is imported only when a site has a broker."""

    @staticmethod
    def make(client_id: str, failed):
        import paho.mqtt.client as mqtt

        class Client(mqtt.Client):
            def reconnect(self):
                # paho's own thread swallows why a connection failed (on_connect_fail has no
                # error): keep it for the one line helpers and the log get.
                try:
                    return super().reconnect()
                except OSError as exc:
                    failed(exc)
                    raise

        return Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=True,
                      protocol=mqtt.MQTTv311)


def _no_delay(sock) -> None:
    """Send small messages at once: with Nagle's algorithm a call waits for the broker's delayed
    ACK (about 40 ms a hop; tests/bench/bench_queue.py shows it). paho leaves it on."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (OSError, AttributeError):
        pass


class _ClosingSSLSocket(ssl.SSLSocket):
    """A TLS socket that closes itself when its handshake fails (paho drops it unclosed)."""

    def do_handshake(self, block: bool = False) -> None:
        try:
            super().do_handshake(block)
        except OSError:
            self.close()
            raise


class HelpBroker(QObject):
    """One terminal's link to the point; `heard`, `cleared`, `presence_heard`, `link_changed`."""

    heard = Signal(object, str)          # sq.SharedRequest, topic
    cleared = Signal(str, str)           # request id, topic (its retained message was emptied)
    presence_heard = Signal(object)      # sq.Presence
    link_changed = Signal(str, str)      # UP / DOWN / FAILING, one line for helpers ("" when up)
    connected = Signal()                 # (again) connected: republish what this terminal holds

    def __init__(self, settings, site_id: str, terminal_id: str, label: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.site_id, self.terminal_id, self.label = site_id, terminal_id, label
        self._answers = Answers(self, "help broker")
        self._client = None
        self.state, self.line = DOWN, ""
        self.failure = None      # broker_tls.Failure of the line; None when up or not connected yet
        self._logged = ""
        self.malformed = 0       # messages dropped as not ours (the admin view and tests read it)

    # -- start and stop ------------------------------------------------------------------------

    def start(self) -> None:
        """Begin connecting (in paho's thread); a TLS set-up that fails is the one line, nothing raised."""
        from kiosk.services import broker_tls
        try:
            context = broker_tls.tls_context(self._settings)
        except broker_tls.BrokerSetupError as exc:
            self._set_link(FAILING, broker_tls.explain_failure(exc, self._settings), exc.failure)
            return
        client = _Client.make(f"digipiste-{self.site_id}-{self.terminal_id}", self._connect_failed)
        # WORKAROUND for paho-mqtt 2.2.0 client.py `_ssl_wrap_socket` (no upstream issue found):
        # a TLS socket whose handshake fails (a wrong CA...) is dropped unclosed, one per retry.
        context.sslsocket_class = _ClosingSSLSocket
        client.tls_set_context(context)
        client.will_set(presence_topic(self.site_id, self.terminal_id),
                        sq.presence_to_wire(sq.Presence(self.terminal_id, False, self.label)), qos=1, retain=True)
        client.reconnect_delay_set(1, 30)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        self._client = client
        client.connect_async(self._settings.host, self._settings.port, keepalive=KEEPALIVE_S)
        client.loop_start()

    def stop(self) -> None:
        """Say offline (a clean stop sends no last will), disconnect, end paho's thread."""
        self._answers.stop()
        client, self._client = self._client, None
        if client is None:
            return
        if self.state == UP:
            # QoS 0: sent before the DISCONNECT queued after it, and paho's thread ends without
            # waiting for an answer (a QoS 1 message would hold the shut-down until its PUBACK).
            client.publish(presence_topic(self.site_id, self.terminal_id),
                           sq.presence_to_wire(sq.Presence(self.terminal_id, False, self.label)), qos=0, retain=True)
        client.disconnect()
        # paho's loop_stop() joins its thread without a limit, and that thread may be inside a TLS
        # handshake with a broker that never answers (paho's 5 s connect timeout) or inside the
        # diagnosis probe: the screen would freeze meanwhile. Wait a moment at most; the thread
        # ends by itself (it is a daemon thread and its client is already told to stop).
        ended = threading.Event()
        threading.Thread(target=lambda: (client.loop_stop(), ended.set()), name="help broker stop",
                         daemon=True).start()
        ended.wait(STOP_WAIT_S)

    # -- publishing (interface thread; paho queues and its thread sends) -----------------------------

    def publish_request(self, r: sq.SharedRequest) -> None:
        """This terminal's own request: retained while open (with the name), emptied when closed."""
        topic = request_topic(self.site_id, r.terminal, r.id)
        if r.is_open:
            self._publish(topic, sq.to_wire(r, with_name=True), retain=True)
        else:
            # The name goes first: whoever hears the close (sent after it on the same connection,
            # handled in order by the broker) knows the broker has already forgotten the name.
            self._publish(topic, b"", retain=True)
            self._publish(act_topic(self.site_id, r.terminal, r.id), sq.to_wire(r, with_name=False), retain=True)

    def publish_act(self, r: sq.SharedRequest) -> None:
        """What this terminal did to another terminal's request (no name); a close also empties its topic."""
        if not r.is_open:   # the name first (see publish_request)
            self._publish(request_topic(self.site_id, r.terminal, r.id), b"", retain=True)
        self._publish(act_topic(self.site_id, r.terminal, r.id), sq.to_wire(r, with_name=False), retain=True)

    def clear(self, topic: str) -> None:
        """Empty a retained message (an earlier day's leftover)."""
        self._publish(topic, b"", retain=True)

    def publish_presence(self, on_duty: tuple[str, ...]) -> None:
        self._publish(presence_topic(self.site_id, self.terminal_id),
                      sq.presence_to_wire(sq.Presence(self.terminal_id, True, self.label, on_duty)), retain=True)

    def _publish(self, topic: str, payload: bytes, *, retain: bool) -> None:
        # Offline, paho would queue QoS 1 messages without end; the point's state is
        # published again whole on the next connection (`connected`), so drop them here.
        if self._client is None or self.state != UP:
            return
        self._client.publish(topic, payload, qos=1, retain=retain)

    # -- paho's thread: parse, then hand over ----------------------------------------------------------

    def _on_connect(self, client, _userdata, _flags, reason_code, _properties) -> None:
        if reason_code.is_failure:
            self._answers.to_main(self._failed_main, reason_code)
            return
        _no_delay(client.socket())
        client.subscribe(f"{site_topic(self.site_id)}/#", qos=1)
        self._answers.to_main(self._connected_main)

    def _on_disconnect(self, _client, _userdata, _flags, reason_code, _properties) -> None:
        if self._client is None:
            return      # our own stop()
        # With TLS 1.3 the broker judges this terminal's certificate after the handshake, so
        # paho only sees the connection lost: one plain connection says why (paho's thread
        # may wait for it; the interface thread never does).
        from kiosk.services import broker_tls
        if self._client is None:
            return      # stop() came meanwhile: no probe (stop() must not wait for it)
        found = broker_tls.diagnosis(self._settings, timeout=5.0)
        kind, line = found if found is not None else (None, f"connection lost ({reason_code})")
        self._answers.to_main(self._disconnected_main, line, kind)

    def _connect_failed(self, exc: Exception) -> None:
        self._answers.to_main(self._failed_main, exc)

    def _on_message(self, _client, _userdata, message) -> None:
        try:
            what = parse(self.site_id, message.topic, message.payload)
        except sq.WireError as exc:
            self._answers.to_main(self._malformed_main, message.topic, str(exc))
            return
        except Exception as exc:     # noqa: BLE001
            # paho 2.2 re-raises a callback's exception and its network thread ends silently
            # (the link would stay "up" and never reconnect): one bad message must not do that.
            # The kind only: the text could quote the payload (a name).
            self._answers.to_main(self._malformed_main, message.topic, f"unreadable ({type(exc).__name__})")
            return
        if what is not None:
            self._answers.to_main(self._heard_main, what)

    # -- the interface thread ------------------------------------------------------------------------

    def _heard_main(self, what) -> None:
        kind, value, topic = what
        if kind == "request":
            self.heard.emit(value, topic)
        elif kind == "cleared":
            self.cleared.emit(value, topic)
        else:
            self.presence_heard.emit(value)

    def _malformed_main(self, topic: str, why: str) -> None:
        self.malformed += 1
        log.warning("message on %s dropped: %s", topic, why)

    def _connected_main(self) -> None:
        self._set_link(UP, "")
        self.connected.emit()

    def _disconnected_main(self, line: str, kind) -> None:
        self._set_link(DOWN, line, kind)

    def _failed_main(self, exc: object) -> None:
        from kiosk.services import broker_tls
        self._set_link(FAILING, broker_tls.explain_failure(exc, self._settings), broker_tls.classify(exc))

    def _set_link(self, state: str, line: str, kind=None) -> None:
        changed = (state, line) != (self.state, self.line)
        self.state, self.line, self.failure = state, line, kind
        if state == UP:
            if self._logged:
                log.info("shared help queue: connected to the broker again")
            self._logged = ""
        elif line and line != self._logged:
            log.error("shared help queue: %s", line)   # once per distinct fault, not at every retry
            self._logged = line
        if changed:
            self.link_changed.emit(state, line)

