"""Where usage records go: Matomo's bulk API, JSON lines over HTTPS, or a folder.

Each target's `send(records, now)` answers with an `Ack`
(kiosk.core.usage.delivery_rules): confirmed, partial (counts that do not add up),
refused (HTTP 400) or failed (keep everything, try later); the sync engine
decides what follows. `send` never raises: any reply - timeouts, 4xx, 5xx,
garbage, a closed port, a TLS error, a slow trickle - is an Ack. Plain urllib: HTTPS certificates are verified (optionally against a
configured CA file), proxies come from the environment (https_proxy, no_proxy).
No Qt here; these run on the sync thread or in `kiosk sync --once`.
"""

from __future__ import annotations

import errno
import http.client
import logging
import os
import socket
import ssl
import threading
import urllib.error
import urllib.request
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.fleet.https_get import tls_context as new_tls_context
from kiosk.core.usage import sync_rules
from kiosk.paths import write_atomically
from kiosk.core.config.sections import SyncSettings
from kiosk.core.config.schema import MATOMO_MAX_BATCH, key_at
from kiosk.core.usage.delivery_rules import Ack, Verdict, jsonl_ack, matomo_ack

log = logging.getLogger("kiosk.sync")

MAX_REPLY = 1 << 20
# sync.batch_size's default, declared once in the schema: a target made without
# a size (tests, tools) sends batches as a site that left the key out does.
BATCH_SIZE = key_at("sync.batch_size").default


# -- HTTP with a hard deadline ----------------------------------------------------


class _Sockets:
    """Sockets of one request, so a watchdog can cut a reply that trickles forever."""

    def __init__(self) -> None:
        self.items: list[socket.socket] = []
        self.lock = threading.Lock()
        self.expired = False

    def add(self, sock) -> None:
        with self.lock:
            self.items.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.items:
                _shut(sock)


def _shut(sock) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _opener(sockets: _Sockets, context: ssl.SSLContext) -> urllib.request.OpenerDirector:
    class Http(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            sockets.add(self.sock)

    class Https(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            sockets.add(self.sock)

    class HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Http, req)

    class HttpsHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(Https, req, context=context)

    # build_opener adds ProxyHandler() (the environment's proxies) by default.
    # The context is passed in: HTTPSHandler() would otherwise build (and load
    # the system's CA store for) a new one on every request.
    return urllib.request.build_opener(HttpHandler(), HttpsHandler(context=context))


_contexts: dict[str, ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """A verifying TLS context (system CAs, plus `ca_file` when given), made once per CA file.

    Loading the CA store costs ~0.1 s, so it is not done per request.
    """
    with _contexts_lock:
        context = _contexts.get(ca_file)
        if context is None:
            context = _contexts[ca_file] = new_tls_context(ca_file)
        return context


def post(url: str, body: bytes, headers: dict[str, str], *, ca_file: str = "",
         timeout_s: float = 15.0, deadline_s: float = 60.0) -> tuple[int, bytes, str]:
    """POST and return (status, body, problem); status 0 when there was no HTTP reply."""
    try:
        context = tls_context(ca_file)
    except (OSError, ssl.SSLError) as exc:
        return 0, b"", f"cannot read the CA file {ca_file}: {exc}"
    sockets = _Sockets()
    watchdog = threading.Timer(deadline_s, sockets.expire)
    watchdog.daemon = True
    watchdog.start()
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener(sockets, context).open(request, timeout=timeout_s) as reply:
            data = reply.read(MAX_REPLY)
            # A reply cut by the watchdog or shorter than announced confirms nothing.
            if sockets.expired:
                return 0, b"", "the receiver answered too slowly (deadline passed)"
            if reply.length:
                return 0, b"", "the reply was cut short"
            return reply.status, data, ""
    except urllib.error.HTTPError as exc:
        try:
            data = exc.read(MAX_REPLY)
        except Exception:
            data = b""
        return exc.code, data, f"HTTP {exc.code}"
    except urllib.error.URLError as exc:
        return 0, b"", _describe(exc.reason, sockets)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        return 0, b"", _describe(exc, sockets)
    finally:
        watchdog.cancel()


def _describe(exc, sockets: _Sockets) -> str:
    if sockets.expired:
        return "the receiver answered too slowly (deadline passed)"
    if isinstance(exc, ssl.SSLError) or isinstance(exc, ssl.CertificateError):
        return f"TLS error: {getattr(exc, 'reason', None) or exc}"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return f"{type(exc).__name__}: {exc}" if not isinstance(exc, str) else exc


def _read_token(token_file: str) -> str:
    if not token_file:
        return ""
    try:
        return Path(token_file).read_text(encoding="utf-8").strip()
    except OSError as exc:
        log.error("cannot read sync.token_file %s: %s", token_file, exc.strerror)
        return ""


# -- targets ------------------------------------------------------------------------


class JsonLinesTarget:
    """POST newline-delimited JSON; each record has a uuid, each batch an Idempotency-Key."""

    name = "jsonl"
    resend_expired = True

    def __init__(self, url: str, token_file: str = "", ca_file: str = "", batch_size: int = BATCH_SIZE,
                 timeout_s: float = 15.0, deadline_s: float = 60.0) -> None:
        self.url, self.ca_file, self.batch_size = url, ca_file, batch_size
        self.timeout_s, self.deadline_s = timeout_s, deadline_s
        self._token = _read_token(token_file)

    def too_old(self, records: Sequence[dict], now: datetime) -> list[dict]:
        return []

    def send(self, records: Sequence[dict], now: datetime | None = None) -> Ack:
        headers = {"Content-Type": "application/x-ndjson",
                   "Idempotency-Key": sync_rules.idempotency_key([r["uuid"] for r in records]),
                   "User-Agent": "digipiste-kiosk"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        status, body, problem = post(self.url, sync_rules.ndjson(records), headers, ca_file=self.ca_file,
                                     timeout_s=self.timeout_s, deadline_s=self.deadline_s)
        if 200 <= status < 300:
            return jsonl_ack(body, len(records))
        if status == 400:
            return Ack(Verdict.REFUSED, "receiver refused it as malformed (HTTP 400)")
        return Ack(Verdict.FAILED, problem or f"HTTP {status}")


class MatomoTarget:
    """Matomo's bulk tracking API; events older than 24 h need a token, else they expire."""

    name = "matomo"
    resend_expired = False

    def __init__(self, url: str, site_id: int, token_file: str = "", ca_file: str = "",
                 batch_size: int = MATOMO_MAX_BATCH, timeout_s: float = 15.0, deadline_s: float = 60.0,
                 clock=lambda: datetime.now(UTC)) -> None:
        self.url, self.site_id, self.ca_file = url, site_id, ca_file
        self.batch_size = min(batch_size, MATOMO_MAX_BATCH)
        self.timeout_s, self.deadline_s, self._clock = timeout_s, deadline_s, clock
        self._token = _read_token(token_file)

    def too_old(self, records: Sequence[dict], now: datetime) -> list[dict]:
        return [r for r in records if sync_rules.too_old_for_matomo(r, now, bool(self._token))]

    def send(self, records: Sequence[dict], now: datetime | None = None) -> Ack:
        # `now` is the sync engine's clock, the one the events' times were settled against.
        body = sync_rules.matomo_payload(records, self.site_id, now or self._clock(), self._token)
        status, reply, problem = post(self.url, body, {"Content-Type": "application/json",
                                                       "User-Agent": "digipiste-kiosk"},
                                      ca_file=self.ca_file, timeout_s=self.timeout_s,
                                      deadline_s=self.deadline_s)
        if status == 400:
            return Ack(Verdict.REFUSED, "Matomo refused it as malformed (HTTP 400)")
        if status != 200:
            return Ack(Verdict.FAILED, problem or f"HTTP {status}")
        return matomo_ack(reply, len(records))


class DirectoryTarget:
    """NDJSON files in a folder (a share or a USB stick), written as temp file + rename."""

    name = "directory"
    resend_expired = True

    def __init__(self, directory: str, site_id: str = "", terminal_id: str = "", batch_size: int = BATCH_SIZE) -> None:
        self.directory = Path(directory)
        self.prefix = "-".join(p for p in ("usage", site_id, terminal_id) if p)
        self.batch_size = batch_size

    def too_old(self, records: Sequence[dict], now: datetime) -> list[dict]:
        return []

    def send(self, records: Sequence[dict], now: datetime | None = None) -> Ack:
        # All or nothing: a file is renamed into place only once written and
        # flushed in full, so this target never answers with a partial count.
        if not self.directory.is_dir():
            # Never create it: a missing USB stick must not fill the mount point.
            return Ack(Verdict.FAILED, f"sync folder {self.directory} is missing; events are kept")
        key = sync_rules.idempotency_key([r["uuid"] for r in records])[-16:]
        # The same batch gets the same name: written twice it is still one file.
        final = self.directory / f"{self.prefix}-{records[0]['at'][:10]}-{key}.ndjson"
        try:
            write_atomically(final, sync_rules.ndjson(records))   # no temp file left on failure
            _fsync_dir(self.directory)
        except OSError as exc:
            why = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
            return Ack(Verdict.FAILED, f"cannot write to sync folder {self.directory}: {why}; events are kept")
        return Ack(Verdict.CONFIRMED, f"wrote {final.name}")


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def target_from_config(sync: SyncSettings, site_id: str = "", terminal_id: str = ""):
    """The target for a validated [sync] section, or None for `none`."""
    if sync.target == "jsonl":
        return JsonLinesTarget(sync.url, sync.token_file, sync.ca_file, batch_size=sync.batch_size)
    if sync.target == "matomo":
        # At most MATOMO_MAX_BATCH (the target holds to it): Matomo slows down on large requests.
        return MatomoTarget(sync.url, sync.site_id, sync.token_file, sync.ca_file, batch_size=sync.batch_size)
    if sync.target == "directory":
        return DirectoryTarget(sync.directory, site_id, terminal_id, batch_size=sync.batch_size)
    return None
