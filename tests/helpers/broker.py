"""A real Mosquitto for tests: /usr/sbin/mosquitto on 127.0.0.1, real TLS, the product's ACL and config.

`MosquittoBroker` starts the broker from packaging/linux/broker/digipiste.conf.in
(the file install.sh --broker installs), with certificates made by
kiosk/broker_certs.py (what `kiosk broker-certs` makes): one site CA, the
broker's certificate for 127.0.0.1 and localhost, one client certificate per
terminal (common name = terminal id), a CRL and the ACL keeping each terminal
in digipiste/<site>/. Persistence is on in a folder of the test, so
`db_bytes()` can read what Mosquitto keeps on disk.

Usage (the fixture, one broker per test):

    from tests.helpers.broker import broker  # noqa: F401  (the fixture)

    def test_x(broker):
        broker.url                     # "mqtts://127.0.0.1:PORT"
        broker.ca_file, broker.cert_file("t1"), broker.key_file("t1")
        broker.config_table("t1")      # "[helpers.broker]" TOML text for that terminal
        broker.kill(); broker.start()  # SIGKILL, then the same port and persistence
        broker.settings("t1")          # BrokerSettings for that terminal (kiosk/core/help/broker_settings.py)
        broker.db_bytes()              # mosquitto.db's raw bytes after a save made now

Other sites or terminals: build it yourself, `b = MosquittoBroker(tmp_path, sites={"a": ["a1"],
"b": ["b1"]}); b.start()`, under `@needs_mosquitto()`, and `b.stop()` at the end.
Tests skip, saying why, only when mosquitto is not installed
(scripts/system_deps.py installs it for ./dev test and CI).
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import queue
import re
import signal
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest

from kiosk import broker_certs as BC

MOSQUITTO = "/usr/sbin/mosquitto"
TEMPLATE = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "broker" / "digipiste.conf.in"
DEFAULT_SITES = {"test": ["t1", "t2", "t3"]}
START_TIMEOUT_S = 20.0


def mosquitto_missing() -> str | None:
    """Why the broker tests cannot run here, or None."""
    if not os.access(MOSQUITTO, os.X_OK):
        return f"{MOSQUITTO} is not installed (apt-get install mosquitto; scripts/system_deps.py does it)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render_config(template: str, *, port: int, bind: str, cert_dir: Path, autosave_s: int) -> str:
    """The template with its @...@ names filled in (install.sh does the same with sed)."""
    values = {"@PORT@": str(port), "@BIND@": bind, "@CERT_DIR@": str(cert_dir), "@AUTOSAVE_S@": str(autosave_s)}
    for name, value in values.items():
        template = template.replace(name, value)
    left = re.search(r"@[A-Z_]+@", template)
    assert left is None, f"{left.group()} not filled in"
    return template


class MosquittoBroker:
    """One Mosquitto process (restartable on the same port and persistence file) and its certificates."""

    def __init__(self, root: Path, sites: dict[str, list[str]] | None = None, *,
                 broker_hosts: tuple[str, ...] = ("localhost",), broker_ips: tuple[str, ...] = ("127.0.0.1",),
                 autosave_s: int = 1, nodelay: bool = True) -> None:
        self.root = Path(root)
        # The shipped config's `set_tcp_nodelay true`; False only for the benchmark's baseline
        # (tests/bench/bench_queue.py measures the latency it saves, in the same run).
        self.nodelay = nodelay
        self.sites = dict(sites or DEFAULT_SITES)
        self.certs = self.root / "certs"
        self.data = self.root / "data"
        self.data.mkdir(parents=True, exist_ok=True)
        self.autosave_s = autosave_s
        self.host = "127.0.0.1"
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.log_file = self.root / "mosquitto.log"
        self.revoked: list[int] = []
        self._make_certs(broker_hosts, broker_ips)

    # -- certificates ----------------------------------------------------------

    def _make_certs(self, hosts, ips) -> None:
        self.ca, self.ca_key = BC.make_ca("test")
        BC.write_public(self.certs / "ca.pem", BC.cert_pem(self.ca))
        BC.write_private(self.certs / "ca.key", BC.key_pem(self.ca_key))
        cert, key = BC.make_broker_cert(self.ca, self.ca_key, hosts, ips)
        BC.write_public(self.certs / "broker.pem", BC.cert_pem(cert))
        BC.write_private(self.certs / "broker.key", BC.key_pem(key))
        self.serials: dict[str, int] = {}
        for terminals in self.sites.values():
            for tid in terminals:
                self.add_terminal_cert(tid)
        BC.write_public(self.certs / "acl", BC.acl_text(self.sites).encode())
        self._write_crl()

    def add_terminal_cert(self, terminal_id: str, *, not_before: dt.datetime | None = None,
                          not_after: dt.datetime | None = None) -> tuple[Path, Path]:
        """(cert, key) for `terminal_id` signed by the site CA; `not_after` in the past makes it expired."""
        cert, key = BC.make_terminal_cert(self.ca, self.ca_key, terminal_id, not_before=not_before,
                                          not_after=not_after)
        self.serials[terminal_id] = cert.serial_number
        BC.write_public(self.cert_file(terminal_id), BC.cert_pem(cert))
        BC.write_private(self.key_file(terminal_id), BC.key_pem(key))
        return self.cert_file(terminal_id), self.key_file(terminal_id)

    def _write_crl(self) -> None:
        crl = BC.make_crl(self.ca, self.ca_key, self.revoked)
        BC.write_public(self.certs / "crl.pem", crl.public_bytes(BC.serialization.Encoding.PEM))

    def revoke(self, terminal_id: str) -> None:
        """Put the terminal's certificate in the CRL and restart the broker so it reads it.

        The ACL still lists the terminal: the refusal the tests see is the CRL's, not the ACL's.
        """
        self.revoked.append(self.serials[terminal_id])
        self._write_crl()
        if self.running:
            self.stop()
            self.start()

    @property
    def ca_file(self) -> Path:
        return self.certs / "ca.pem"

    def cert_file(self, terminal_id: str) -> Path:
        return self.certs / "terminals" / f"{terminal_id}.pem"

    def key_file(self, terminal_id: str) -> Path:
        return self.certs / "terminals" / f"{terminal_id}.key"

    @property
    def url(self) -> str:
        return f"mqtts://{self.host}:{self.port}"

    def config_table(self, terminal_id: str) -> str:
        """The `[helpers.broker]` table for `terminal_id` (absolute paths), to append to a site's TOML."""
        return (f'[helpers.broker]\nurl = "{self.url}"\nca_file = "{self.ca_file}"\n'
                f'cert_file = "{self.cert_file(terminal_id)}"\nkey_file = "{self.key_file(terminal_id)}"\n')

    def settings(self, terminal_id: str, host: str | None = None):
        """The BrokerSettings a terminal configured with `config_table(terminal_id)` gets."""
        from kiosk.core.help.broker_settings import BrokerSettings

        return BrokerSettings(host=host or self.host, port=self.port, ca_file=self.ca_file,
                              cert_file=self.cert_file(terminal_id), key_file=self.key_file(terminal_id),
                              url=self.url)

    # -- the process -----------------------------------------------------------

    @property
    def config_file(self) -> Path:
        return self.root / "mosquitto.conf"

    def _write_config(self) -> None:
        text = render_config(TEMPLATE.read_text(encoding="utf-8"), port=self.port, bind=self.host,
                             cert_dir=self.certs, autosave_s=self.autosave_s)
        assert "\nset_tcp_nodelay true\n" in text, "the shipped broker config sends small messages at once"
        if not self.nodelay:
            text = text.replace("\nset_tcp_nodelay true\n", "\nset_tcp_nodelay false\n")
        # Test-only: run as whoever runs the tests (as root Mosquitto would switch to the
        # 'mosquitto' user, who cannot read the test's 0600 keys), log to a file we can read.
        # Debian's mosquitto.conf sets persistence_location for the installed broker; here, the test's.
        text += (f"\nuser {pwd.getpwuid(os.getuid()).pw_name}\nlog_dest file {self.log_file}\n"
                 f"persistence_location {self.data}/\n"
                 "log_type all\nconnection_messages true\n")
        self.config_file.write_text(text, encoding="utf-8")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        """Start (again) on the same port and persistence; returns once it accepts TCP connections."""
        assert not self.running, "already running"
        self._write_config()
        self.proc = subprocess.Popen([MOSQUITTO, "-c", str(self.config_file)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise RuntimeError(f"mosquitto exited with {self.proc.returncode}: {err}\n{self.log_text()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)   # polling for the listener, not waiting for something to happen
        raise RuntimeError(f"mosquitto did not listen on {self.port} within {START_TIMEOUT_S} s\n{self.log_text()}")

    def stop(self) -> None:
        """SIGTERM (Mosquitto saves its persistence file on the way out) and wait."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    def kill(self) -> None:
        """SIGKILL: no save, no goodbye to the clients (a crash or power cut)."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    @property
    def db_file(self) -> Path:
        return self.data / "mosquitto.db"

    def db_bytes(self) -> bytes:
        """Make Mosquitto save now, and return the raw bytes of mosquitto.db.

        Running: SIGUSR1 (Mosquitto writes mosquitto.db.new and renames it over
        mosquitto.db), and the new file is recognised by its new inode, so this
        returns only after a save that began after the call. Stopped: the file as
        the last SIGTERM left it.
        """
        if not self.running:
            return self.db_file.read_bytes() if self.db_file.exists() else b""
        before = self._inode()
        self.proc.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            now = self._inode()
            if now is not None and now != before:
                return self.db_file.read_bytes()
            time.sleep(0.02)   # polling for the rename, not waiting for something to happen
        raise RuntimeError(f"mosquitto did not save within {START_TIMEOUT_S} s\n{self.log_text()}")

    def _inode(self) -> int | None:
        try:
            return self.db_file.stat().st_ino
        except FileNotFoundError:
            return None

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""


class MqttProbe:
    """A paho MQTT 5 client for tests, driven step by step: connect, subscribe, publish, wait for a message.

    Every step waits for the broker's answer (CONNACK, SUBACK, PUBACK) or the
    sentinel it is told to wait for, never for a fixed time.
    """

    def __init__(self, host: str, port: int, tls: ssl.SSLContext | None, client_id: str = "",
                 server_hostname: str | None = None) -> None:
        import paho.mqtt.client as mqtt

        self.host, self.port = host, port
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
        if tls is not None:
            self.client.tls_set_context(tls)
        self.messages: queue.Queue = queue.Queue()
        self._answers: queue.Queue = queue.Queue()
        self.client.on_connect = lambda c, u, flags, rc, props: self._answers.put(("connack", rc))
        self.client.on_disconnect = lambda c, u, flags, rc, props: self._answers.put(("disconnect", rc))
        self.client.on_subscribe = lambda c, u, mid, codes, props: self._answers.put(("suback", codes))
        self.client.on_publish = lambda c, u, mid, rc, props: self._answers.put(("puback", rc))
        self.client.on_message = lambda c, u, msg: self.messages.put((msg.topic, msg.payload, msg.retain))
        self._looping = False

    def connect(self, timeout: float = 15.0):
        """('connack', reason code) or ('disconnect', reason code); raises what connecting raises (TLS, socket)."""
        try:
            self.client.connect(self.host, self.port, keepalive=30)
        except OSError as exc:   # ssl.SSLError is an OSError
            close_leaked_sockets(exc)
            raise
        self.client.loop_start()
        self._looping = True
        return self._answer({"connack", "disconnect"}, timeout)

    def subscribe(self, topic: str, timeout: float = 15.0) -> list:
        self.client.subscribe(topic, qos=1)
        return self._answer({"suback"}, timeout)[1]

    def publish(self, topic: str, payload: bytes, *, retain: bool = False, timeout: float = 15.0):
        """Publish at QoS 1 and return the broker's PUBACK reason code."""
        self.client.publish(topic, payload, qos=1, retain=retain)
        return self._answer({"puback"}, timeout)[1]

    def wait_for(self, topic: str, payload: bytes, timeout: float = 15.0) -> list[tuple[str, bytes, bool]]:
        """Every message received before (topic, payload) arrived; AssertionError if it never does."""
        before = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{topic} {payload!r} did not arrive within {timeout} s; got {before}")
            try:
                got = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if got[0] == topic and got[1] == payload:
                return before
            before.append(got)

    def _answer(self, kinds: set[str], timeout: float):
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {'/'.join(sorted(kinds))} within {timeout} s")
            try:
                got = self._answers.get(timeout=left)
            except queue.Empty:
                continue
            if got[0] in kinds:
                return got
            if got[0] == "disconnect" and "connack" not in kinds:
                raise AssertionError(f"disconnected while waiting for {kinds}: {got[1]}")

    def close(self) -> None:
        try:
            self.client.disconnect()
        finally:
            if self._looping:
                self.client.loop_stop()
                self._looping = False
            sock = self.client.socket()
            if sock is not None:
                sock.close()


def close_leaked_sockets(exc: BaseException) -> None:
    """Close the sockets paho left open in the frames `exc` went through.

    WORKAROUND for paho-mqtt 2.2: Client._ssl_wrap_socket calls do_handshake() on a new
    SSLSocket and nobody closes it when the handshake fails (untrusted broker, wrong name), so
    each failed connect leaks a socket (a ResourceWarning, an error under this suite's
    filterwarnings). The MQTT client service must do the same, or close it on its own.
    """
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, socket.socket):
                value.close()
        tb = tb.tb_next


def client_tls(ca_file: Path, cert_file: Path | None = None, key_file: Path | None = None) -> ssl.SSLContext:
    """A TLS context as a test client (or a misconfigured terminal) would make it: any CA, any certificate."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=str(ca_file))
    if cert_file is not None:
        ctx.load_cert_chain(str(cert_file), str(key_file))
    return ctx


@pytest.fixture
def broker(tmp_path):
    """A started MosquittoBroker (site 'test', terminals t1, t2, t3); stopped after the test."""
    why = mosquitto_missing()
    if why:
        pytest.skip(why)
    b = MosquittoBroker(tmp_path / "broker")
    b.start()
    yield b
    b.stop()


def needs_mosquitto():
    """A skip marker for tests that build their own MosquittoBroker."""
    why = mosquitto_missing()
    return pytest.mark.skipif(why is not None, reason=why or "")


__all__ = ["MosquittoBroker", "MqttProbe", "broker", "client_tls", "close_leaked_sockets", "mosquitto_missing", "needs_mosquitto", "render_config"]
