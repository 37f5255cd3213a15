"""The connection guard's decisions (pure) and the guard itself over real loopback sockets.

No Qt here: the guard is a plain asyncio proxy. The allowed server runs on
127.0.0.1; the blocked host on 127.0.0.2 counts every connection it accepts,
so "refused" means nothing reached it, not only that an error came back.
"""

from __future__ import annotations

import hashlib
import http.client
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.core.browser.connection_policy import decide_connect, decide_forward, split_authority
from kiosk.core.browser.url_policy import Policy, Reason
from kiosk.web.connection_guard import ConnectionGuard
from tests.blocked_host import BlockedHost
from tests.webserver import WebServer

SITE = Policy.build(["kanta.fi", "*.suomi.fi", "127.0.0.1"], ["evil.suomi.fi"])


@pytest.mark.parametrize("authority, allowed", [
    ("kanta.fi:443", True),
    ("www.suomi.fi:443", True),
    ("KANTA.FI:443", True),
    ("kanta.fi:8443", False),           # the allowlist grants the standard port only
    ("kanta.fi:80", False),             # plain http (and ws) only for local test hosts
    ("evil.suomi.fi:443", False),       # blocked wins
    ("evil.example:443", False),
    ("127.0.0.1:8000", True),           # local test host, any port
    ("127.0.0.2:8000", False),
    ("127.1:8000", True),               # read as 127.0.0.1, as Chromium would
    ("2130706434:443", False),          # 127.0.0.2 spelt as one number
    ("[::1]:443", False),
])
def test_tunnels_follow_the_url_policy(authority, allowed):
    assert decide_connect([SITE], authority).allowed is allowed


@pytest.mark.parametrize("authority", ["kanta.fi", "kanta.fi:", "kanta.fi:99999", "kanta.fi:0", "user@kanta.fi:443",
                                       "kanta.fi:443/x", "kanta .fi:443", "kanta%2efi:443", "", ":443"])
def test_malformed_tunnel_targets_are_refused(authority):
    assert split_authority(authority) is None
    decision = decide_connect([SITE], authority)
    assert not decision.allowed and decision.reason == Reason.MALFORMED


def test_nothing_passes_without_a_policy():
    assert not decide_connect([], "kanta.fi:443").allowed
    assert not decide_forward([], "http://127.0.0.1:8000/").allowed


def test_any_attached_policy_may_allow():
    other = Policy.build(["kela.fi"])
    assert decide_connect([SITE, other], "kela.fi:443").allowed
    assert not decide_connect([SITE, other], "evil.example:443").allowed


@pytest.mark.parametrize("target, allowed", [
    ("http://127.0.0.1:8000/page?x=1", True),
    ("http://127.0.0.2:8000/page", False),
    ("http://kanta.fi/", False),                 # https only outside the test hosts
    ("https://kanta.fi/", False),                # https never comes unencrypted to a proxy
    ("/page", False),
    ("ftp://127.0.0.1/", False),
    ("http://kanta.fi@127.0.0.2:8000/", False),
])
def test_forwarding_follows_the_url_policy(target, allowed):
    assert decide_forward([SITE], target).allowed is allowed


# -- the guard over real sockets -------------------------------------------------


@pytest.fixture
def guard():
    g = ConnectionGuard()
    g.start()
    yield g
    g.stop()


@pytest.fixture
def servers():
    with WebServer("127.0.0.1") as web, BlockedHost("127.0.0.2") as blocked:
        web.add("/hello", "hello", ctype="text/plain")
        yield web, blocked


def _via(guard: ConnectionGuard) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", guard.port, timeout=5)


def _round_trip(guard: ConnectionGuard, web) -> None:
    """A sentinel: an allowed request through the guard after a refused one, answered.

    Had the guard sent the refused one on anyway, it would have done so by now.
    """
    conn = _via(guard)
    conn.request("GET", web.url("/hello"))
    assert conn.getresponse().read() == b"hello"


def test_allowed_http_is_forwarded_and_refused_http_reaches_nothing(guard, servers):
    web, blocked = servers
    heard = []
    token = guard.attach(Policy.build(["127.0.0.1"]), lambda host, reason: heard.append((host, reason)))
    conn = _via(guard)
    conn.request("GET", f"{web.url('/hello')}")
    answer = conn.getresponse()
    assert (answer.status, answer.read()) == (200, b"hello")

    conn = _via(guard)
    conn.request("POST", f"http://127.0.0.2:{blocked.port}/beacon", body=b"hetu=010101-123N")
    assert conn.getresponse().status == 403
    _round_trip(guard, web)
    assert blocked.counts() == {"connections": 0, "datagrams": 0, "requests": 0}
    assert guard.refused == 1 and [h for h, _r in heard] == ["127.0.0.2"]
    assert heard[0][1].startswith("connection-")

    guard.detach(token)
    conn = _via(guard)
    conn.request("GET", web.url("/hello"))
    assert conn.getresponse().status == 403   # nothing attached: nothing passes


class _Echo(BaseHTTPRequestHandler):
    """Answers a POST with a digest of the body it read."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        answer = hashlib.sha256(body).hexdigest().encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args) -> None:
        pass


def test_request_body_arrives_whole(guard):
    guard.attach(Policy.build(["127.0.0.1"]))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        conn = _via(guard)
        body = bytes(range(256)) * 800
        conn.request("POST", f"http://127.0.0.1:{server.server_address[1]}/post", body=body)
        assert conn.getresponse().read() == hashlib.sha256(body).hexdigest().encode()
    finally:
        server.shutdown()
        server.server_close()


def test_tunnels_open_only_to_allowed_hosts(guard, servers):
    web, blocked = servers
    guard.attach(Policy.build(["127.0.0.1"]))
    # Allowed: the tunnel carries a request to the server and its answer back.
    with socket.create_connection(("127.0.0.1", guard.port), timeout=5) as s:
        s.sendall(f"CONNECT 127.0.0.1:{web.port} HTTP/1.1\r\nHost: 127.0.0.1:{web.port}\r\n\r\n".encode())
        assert s.recv(1024).startswith(b"HTTP/1.1 200")
        s.sendall(b"GET /hello HTTP/1.0\r\nHost: x\r\n\r\n")
        data = b""
        while chunk := s.recv(4096):
            data += chunk
        assert data.endswith(b"hello")
    # Refused: 403, and the blocked host never saw a connection.
    with socket.create_connection(("127.0.0.1", guard.port), timeout=5) as s:
        s.sendall(f"CONNECT 127.0.0.2:{blocked.port} HTTP/1.1\r\n\r\n".encode())
        assert s.recv(1024).startswith(b"HTTP/1.1 403")
    _round_trip(guard, web)
    assert blocked.counts()["connections"] == 0
    assert (guard.tunnels, guard.refused) == (1, 1)


def test_upstream_reasons_for_the_residents_message():
    import asyncio
    import errno
    import socket

    from kiosk.web.connection_guard import upstream_reason

    assert upstream_reason(asyncio.TimeoutError()) == "timeout"
    assert upstream_reason(ConnectionRefusedError()) == "refused"
    assert upstream_reason(OSError(errno.ENETUNREACH, "unreachable")) == "offline"
    assert upstream_reason(socket.gaierror(socket.EAI_NONAME, "unknown")) in ("dns", "offline")


# -- after resolving: no rebinding to local addresses (resolver injected) ----------


class _Names:
    """The guard's resolver for these tests: fixed answers per name, each call counted.

    A name server cannot run here for made-up names, so the answer is given
    here; everything after it (judging, connecting, counting) is the guard's own.
    """

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        queue = self.answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]


def _connect_through(guard: ConnectionGuard, authority: str) -> bytes:
    with socket.create_connection(("127.0.0.1", guard.port), timeout=5) as s:
        s.sendall(f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n".encode())
        return s.recv(1024)


def _nothing_reached(blocked: BlockedHost) -> None:
    """No connection reached `blocked`: a sentinel of ours must be the first it accepts."""
    socket.create_connection((blocked.host, blocked.port), timeout=5).close()
    deadline = time.monotonic() + 5
    while blocked.counts()["connections"] < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert blocked.counts()["connections"] == 1, blocked.counts()


# A name the site allows; `local_http_hosts` only so that the blocked host's
# free port is allowed at all (a real site gets port 443, which needs root).
def _site(*names: str, local: tuple[str, ...] = ()) -> Policy:
    return Policy.build([*names, "127.0.0.1"], local_http_hosts=["127.0.0.1", *names], local_hosts=local)


@pytest.mark.parametrize("answer", [["127.0.0.2"], ["::ffff:127.0.0.2"], ["93.184.215.14", "127.0.0.2"]])
def test_an_allowed_name_resolving_to_a_local_address_is_refused(servers, answer):
    _web, blocked = servers
    names = _Names({"rebind.digipiste.test": [answer]})
    g = ConnectionGuard(resolver=names)
    g.start()
    try:
        heard = []
        g.attach(_site("rebind.digipiste.test"), lambda host, reason: heard.append((host, reason)))
        assert _connect_through(g, f"rebind.digipiste.test:{blocked.port}").startswith(b"HTTP/1.1 403")
        _nothing_reached(blocked)
        assert heard == [("rebind.digipiste.test", "connection-local-address")]
        assert names.calls == ["rebind.digipiste.test"]
        assert (g.refused, g.tunnels, g.allowed) == (1, 0, 0)
    finally:
        g.stop()


def test_a_host_named_local_connects_to_the_address_it_was_judged_by_only(servers):
    """A name in browser.local_hosts may be local; the guard connects to the first answer's
    address and does not ask again (a rebinding server's second answer never counts)."""
    web, blocked = servers
    names = _Names({"intra.digipiste.test": [["127.0.0.1"], ["127.0.0.2"]]})
    g = ConnectionGuard(resolver=names)
    g.start()
    try:
        g.attach(_site("intra.digipiste.test", local=("intra.digipiste.test",)))
        with socket.create_connection(("127.0.0.1", g.port), timeout=5) as s:
            s.sendall(f"CONNECT intra.digipiste.test:{web.port} HTTP/1.1\r\n\r\n".encode())
            assert s.recv(1024).startswith(b"HTTP/1.1 200")
            s.sendall(b"GET /hello HTTP/1.0\r\nHost: intra.digipiste.test\r\n\r\n")
            data = b""
            while chunk := s.recv(4096):
                data += chunk
        assert data.endswith(b"hello")
        assert names.calls == ["intra.digipiste.test"]
        _nothing_reached(blocked)
    finally:
        g.stop()


def test_plain_http_to_a_rebound_name_is_refused(servers):
    _web, blocked = servers
    g = ConnectionGuard(resolver=_Names({"rebind.digipiste.test": [["127.0.0.2"]]}))
    g.start()
    try:
        g.attach(_site("rebind.digipiste.test"))
        conn = _via(g)
        conn.request("POST", f"http://rebind.digipiste.test:{blocked.port}/beacon", body=b"hetu=010101-123N")
        assert conn.getresponse().status == 403
        _nothing_reached(blocked)
    finally:
        g.stop()


# -- only this account may use the guard ---------------------------------------------

def test_another_account_cannot_use_the_guard_nor_fill_its_counts(guard, servers):
    from tests.helpers.other_user import other_user, run_as

    web, blocked = servers
    heard = []
    guard.attach(Policy.build(["127.0.0.1"]), lambda host, reason: heard.append(host))
    tries = [f"CONNECT 127.0.0.1:{web.port} HTTP/1.1\\r\\n\\r\\n",           # allowed for the kiosk
             f"GET http://127.0.0.1:{web.port}/hello HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
             f"CONNECT stranger-was-here.example:443 HTTP/1.1\\r\\n\\r\\n",  # would be counted
             f"CONNECT 127.0.0.2:{blocked.port} HTTP/1.1\\r\\n\\r\\n"]
    code = "import socket\n" + "".join(
        f"s = socket.create_connection(('127.0.0.1', {guard.port}), timeout=10)\n"
        f"try:\n    s.sendall(b'{t}')\n    print(repr(s.recv(1024)))\n"
        f"except OSError as e:\n    print('closed', type(e).__name__)\n"
        f"s.close()\n" for t in tries)
    with other_user() as user:
        answers = run_as(user, code).splitlines()
    # Each connection was closed without an answer.
    assert len(answers) == len(tries)
    assert all(a in ("b''", "closed ConnectionResetError") for a in answers), answers
    assert guard.strangers == len(tries)
    # The sentinel: this account's refused tunnel is heard, and it is the only thing heard.
    assert _connect_through(guard, "sentinel.example:443").startswith(b"HTTP/1.1 403")
    assert heard == ["sentinel.example"]
    assert (guard.refused, guard.allowed, guard.tunnels) == (1, 0, 0)
    assert web.paths_seen() == []
    _nothing_reached(blocked)


def test_the_owner_of_a_loopback_connection_is_found_both_ways():
    """netlink sock_diag (the guard's first way) and /proc/net/tcp (its fallback) agree."""
    import os

    from kiosk.web import local_peer

    with socket.create_server(("127.0.0.1", 0)) as server:
        client = socket.create_connection(server.getsockname(), timeout=5)
        accepted, _ = server.accept()
        with client, accepted:
            peer, local = accepted.getpeername(), accepted.getsockname()
            assert local_peer.owner_uid(peer, local) == os.geteuid()
            assert local_peer._read_table(peer, local, local_peer.TCP_TABLE) == os.geteuid()
            # The server's own end is not the client's: the look-up is by direction.
            assert local_peer.owner_uid(local, ("127.0.0.1", 1)) is None
    assert local_peer.owner_uid(("127.0.0.1", 1), local) is None   # gone: not found, refused
