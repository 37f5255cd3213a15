"""The connection guard: a small local proxy every connection of the browser must pass.

The request interceptor and the navigation check see what Chromium asks them
about; they never see a redirect of a page part, a preconnect, a FedCM fetch
or a WebRTC relay. All of those still open a connection, and Chromium is
started with ``--proxy-server=http://127.0.0.1:PORT`` and
``--proxy-bypass-list=<-loopback>`` (see `kiosk.core.browser.chromium_flags`), so
each of them, loopback included, arrives here first as either

- ``CONNECT host:port`` (https, wss, ws, WebRTC's TCP relays): a tunnel is
  opened only when the site's policy allows that host and port, otherwise
  the answer is 403 and nothing is sent anywhere; or
- ``GET http://host/path`` (plain http, local test hosts only in
  production): forwarded only when the policy allows it, otherwise 403.

The decision is `kiosk.core.browser.connection_policy`'s, which asks the same pure
`Policy.decide` as the interceptor. The guard resolves names itself, so
Chromium does no name lookups for outside hosts, and then asks
`decide_addresses`: an allowed name that resolves to a loopback, private or
link-local address is refused unless the site names the host as local (DNS
rebinding to the router, the printer or the kiosk's own services). It
connects only to the addresses it judged, never resolving a second time.
Refusals are counted and handed (host and reason only, never an address) to
`on_refused` callbacks, which run on the guard's thread; the log says why,
never which host (what a resident tried to open stays in memory).

Only this account may use it: 127.0.0.1 is open to every local account, so
each accepted connection's client socket is looked up in the kernel
(`kiosk.web.local_peer`) and one whose socket another account owns is closed
before a byte is read. It opens nothing and is counted nowhere but in
`strangers`.

Standard library only (asyncio on one daemon thread); no Qt here. This module
is the guard itself (port, thread, policies, counters, the door); the bytes of
one connection are `kiosk.web.guard_proxy`'s. `listen()` binds the port before
Chromium's switches are made (a plain socket, cheap); `serve()` imports asyncio
and the proxy and starts the thread, which the kiosk does just after its first
frame or when the first browser profile is made, whichever comes first. A
connection made in between waits in the listen backlog.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.core.browser.url_policy import Decision, Policy
from kiosk.web.local_peer import owner_uid

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("kiosk.web.guard")

__all__ = ["ConnectionGuard", "process_guard", "upstream_reason"]

Refused = Callable[[str, str], None]
# host, port -> the addresses it resolves to (a coroutine function); tests pass their own.
Resolver = Callable[[str, int], Any]
# (peer address, guard address) -> uid owning the peer's socket, or None
PeerOwner = Callable[[tuple, tuple], "int | None"]


class ConnectionGuard:
    """The local proxy; `start()` it before Chromium starts, then `attach` the site's policy.

    `resolver` answers name lookups (the system's by default); `peer_owner`
    tells which uid opened a connection (the kernel, by default)
    and `uid` is the one account let in (this process's).
    """

    def __init__(self, host: str = "127.0.0.1", *, resolver: Resolver | None = None,
                 peer_owner: PeerOwner = owner_uid, uid: int | None = None) -> None:
        self.host = host
        self.port = 0
        self.resolver: Resolver | None = resolver   # None: the system's (guard_proxy.system_resolve)
        self.peer_owner = peer_owner
        self.uid = os.geteuid() if uid is None else uid
        self.strangers = 0     # connections of other accounts, closed unread
        self._strangers_logged: set[int | None] = set()
        # (policy, callback) pairs; replaced whole, so the guard's thread reads
        # a consistent tuple without a lock.
        self._attached: tuple[tuple[Policy, Refused | None], ...] = ()
        self._lock = threading.Lock()
        self.allowed = 0       # requests and tunnels let through
        self.tunnels = 0       # of which tunnels (CONNECT)
        self.refused = 0
        # host -> (reason, monotonic time) of the last upstream failure: the
        # browser only sees "502 from the proxy", the page asks here why.
        self._upstream_failures: dict[str, tuple[str, float]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    # -- lifetime -------------------------------------------------------------

    def listen(self) -> int:
        """Bind a free port of 127.0.0.1 and listen (nothing served yet); return the port. Idempotent."""
        with self._lock:
            if self._sock is None:
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                try:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    sock.bind((self.host, 0))
                    sock.listen(128)
                    sock.setblocking(False)
                except OSError as exc:
                    sock.close()
                    raise RuntimeError(f"the connection guard could not listen: {exc}") from exc
                self._sock = sock
                self.port = sock.getsockname()[1]
                log.info("connection guard listening on %s:%d", self.host, self.port)
        return self.port

    def start(self) -> int:
        """Listen and serve; return the port. Idempotent."""
        self.listen()
        self.serve()
        return self.port

    def serve(self) -> None:
        """Serve the connections on the guard's own thread (asyncio). Idempotent."""
        self.listen()
        with self._lock:
            if self._thread is not None:
                return
            ready = threading.Event()
            failure: list[BaseException] = []
            sock = self._sock

            def run() -> None:
                # Not at start-up: asyncio (about 40 modules) would delay the first frame.
                import asyncio

                from kiosk.web import guard_proxy
                loop = asyncio.new_event_loop()
                asyncio.set_event_loop(loop)
                self._loop = loop
                try:
                    server = loop.run_until_complete(guard_proxy.start_server(self, sock))
                except BaseException as exc:  # reported to serve(), which raises it
                    failure.append(exc)
                    ready.set()
                    return
                ready.set()
                loop.run_forever()
                # stop(): close the listener and every open connection, then the loop.
                server.close()
                tasks = asyncio.all_tasks(loop)
                for task in tasks:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
                loop.close()

            self._thread = threading.Thread(target=run, name="kiosk-connection-guard", daemon=True)
            self._thread.start()
        ready.wait(10)
        if failure:
            with self._lock:   # the thread has ended: the next serve() tries again
                self._thread = self._loop = None
        if failure or not ready.is_set():
            raise RuntimeError(f"the connection guard could not start: {failure[0] if failure else 'timeout'}")

    def stop(self) -> None:
        """Stop listening (used by benchmarks; the kiosk keeps it for the process's life)."""
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop = self._thread = None
            self._sock = None   # closed with the server

    # -- policies -------------------------------------------------------------

    def attach(self, policy: Policy, on_refused: Refused | None = None) -> object:
        """Let through what `policy` allows; `on_refused(host, reason)` hears refusals.

        Returns a token for `detach`. With nothing attached, nothing passes.
        """
        token = (policy, on_refused)
        with self._lock:
            self._attached = (*self._attached, token)
        return token

    def detach(self, token: object) -> None:
        with self._lock:
            self._attached = tuple(t for t in self._attached if t is not token)

    def policies(self) -> tuple[Policy, ...]:
        return tuple(p for p, _cb in self._attached)

    def refuse(self, decision: Decision, what: str, address: str | None = None) -> None:
        self.refused += 1
        host = decision.host or ""
        # No host in the log: it may be what a resident tried to open, and the
        # log outlives the session. The admin view has the hosts, in memory.
        log.info("connection refused: reason=%s%s kind=%s", decision.reason,
                 f" ({address})" if address else "", what)
        for _policy, callback in self._attached:
            if callback is not None:
                try:
                    callback(host, f"connection-{decision.reason}")
                except Exception:  # a listener's fault must not open or stall the guard
                    log.exception("a refusal listener failed")

    # -- the door: this account only ------------------------------------------------

    def admits(self, writer: asyncio.StreamWriter) -> bool:
        """Whether the connection is this account's; another account's is counted and logged once."""
        peer, local = writer.get_extra_info("peername"), writer.get_extra_info("sockname")
        try:
            uid = self.peer_owner(peer, local) if peer and local else None
        except Exception:  # an unexpected table must close the door, not open it
            uid = None
        if uid is not None and uid == self.uid:
            return True
        self.strangers += 1
        if uid not in self._strangers_logged:   # once per account: a loop of tries is no log storm
            self._strangers_logged.add(uid)
            log.warning("connection guard: closed a connection of another account (uid %s); "
                        "only the kiosk's own processes may use it", "unknown" if uid is None else uid)
        return False

    # -- why a host could not be reached ------------------------------------------

    def upstream_failed(self, host: str, exc: BaseException) -> None:
        """Remember why the connection to `host` failed, for the error page."""
        reason = upstream_reason(exc)
        with self._lock:
            self._upstream_failures[host] = (reason, time.monotonic())

    def upstream_reached(self, host: str) -> None:
        with self._lock:
            self._upstream_failures.pop(host, None)

    def upstream_failure(self, host: str, within_s: float = 60.0) -> str | None:
        """Why the last connection to `host` failed (dns, refused, timeout, offline), if recently."""
        with self._lock:
            found = self._upstream_failures.get(host)
        if found is None or time.monotonic() - found[1] > within_s:
            return None
        return found[0]


_process_guard: ConnectionGuard | None = None


def _has_default_route() -> bool:
    """Whether this machine has a route out at all (Linux /proc/net/route, IPv4 and IPv6)."""
    try:
        with open("/proc/net/route", encoding="ascii") as fh:
            if any(line.split()[1:2] == ["00000000"] for line in fh.readlines()[1:]):
                return True
        with open("/proc/net/ipv6_route", encoding="ascii") as fh:
            return any(line.split()[0] == "0" * 32 and line.split()[1] == "00" and line.split()[-1] != "lo"
                       for line in fh)
    except (OSError, IndexError):
        return True   # unknown: do not claim the computer is offline


def upstream_reason(exc: BaseException) -> str:
    """Sort an upstream connection failure the way a resident is told about it."""
    if isinstance(exc, TimeoutError):   # asyncio's TimeoutError is this one since 3.11
        return "timeout"
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if getattr(exc, "errno", None) in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
        return "offline"
    if isinstance(exc, socket.gaierror):
        return "dns" if _has_default_route() else "offline"
    return "refused"


def process_guard(*, serve: bool = True) -> ConnectionGuard:
    """The one guard of this process, listening from first use (before Chromium starts).

    `serve=False` only listens: the port is known for Chromium's switches and
    asyncio's import waits until after the first frame (`serve()`).
    """
    global _process_guard
    if _process_guard is None:
        guard = ConnectionGuard()
        guard.listen()
        _process_guard = guard
    if serve:
        _process_guard.serve()
    return _process_guard
