"""The one HTTPS getter of the fleet: the updater's channel and archive (kiosk/core/fleet/download.py)
and the terminals' configuration poll (kiosk/services/fleet_fetch.py) both ask through `get()`.

urllib with a verifying TLS context: the system's certificate authorities plus
the site's `[fleet] ca_file` when set (SSL_CERT_FILE replaces the system's, as
OpenSSL reads it). https only (http only for 127.0.0.1 and localhost, as the
configuration allows), also across redirects: a redirect is followed only to
another https address (the same CAs check it), never down to plain http,
where anyone on the way could answer. A time limit on every connect and read, and a size
limit: a broken or hostile server can neither hang the caller nor fill memory
or the disk. `If-None-Match` with a stored ETag; a 304 is an answer, not an
error. Every error is a FetchError whose message names the address as
shown_url() does (host/…/file: no query, no user part, which may hold a
token) and says why, on one line. Standard library only, no Qt; callers run it on a worker
thread or in the updater's own process, never on the interface thread.
"""

from __future__ import annotations

import http.client
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from kiosk.core.fleet.channel import https_problem
from kiosk.core.fleet.settings import shown_url

BLOCK = 1 << 20


class FetchError(OSError):
    """The server could not be asked or did not answer as expected; str() says why, naming the
    address only as shown_url() does."""


@dataclass(frozen=True)
class Answer:
    status: int                 # 200, or 304 (Not Modified: body empty)
    body: bytes = b""           # empty when the blocks went to `sink`
    etag: str = ""              # the server's ETag header, "" without one


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """A verifying context: the system's CAs plus `ca_file` (made anew; the kiosk caches its own)."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


class _HttpsRedirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirects, each new address checked first as get() checks the first: https only.
    Checked before urllib's own check, whose error would name the new address in full."""

    def __init__(self, shown: str) -> None:
        self.shown = shown

    def http_error_302(self, req, fp, code, msg, headers):
        location = headers.get("location") or headers.get("uri")
        if location:
            newurl = urljoin(req.full_url, location)
            plain_here = urlsplit(req.full_url).scheme == "http"   # a test server on this machine
            if https_problem(newurl) is not None or not (plain_here or urlsplit(newurl).scheme == "https"):
                fp.close()   # it holds the connection
                raise FetchError(f"{self.shown}: the server redirects ({code}) to '{shown_url(newurl)}', which "
                                 "is not an https:// address: not followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _one_line(text: object) -> str:
    """`text` on one line: messages reach the journal and status.json, where a line is one entry."""
    return " ".join(str(text).split())


def _http_fault(shown: str, exc: http.client.HTTPException) -> FetchError:
    """An answer http.client could not read, said without its text (InvalidURL's holds the query)."""
    if isinstance(exc, http.client.IncompleteRead):
        return FetchError(f"{shown}: the answer was cut short ({_one_line(exc)})")
    if isinstance(exc, http.client.InvalidURL):
        return FetchError(f"{shown}: not a valid web address (InvalidURL)")
    if isinstance(exc, (http.client.BadStatusLine, http.client.LineTooLong, http.client.UnknownProtocol)):
        return FetchError(f"{shown}: not an HTTP answer ({type(exc).__name__})")
    return FetchError(f"{shown}: the answer could not be read ({type(exc).__name__})")


def _size(limit: int) -> str:
    for unit, name in ((1024 ** 3, "GiB"), (1024 ** 2, "MiB"), (1024, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def get(url: str, *, limit: int, timeout: float, agent: str, ca_file: str = "", etag: str = "",
        headers: dict[str, str] | None = None, what: str = "",
        contexts: Callable[[str], ssl.SSLContext] = tls_context,
        sink: Callable[[bytes], None] | None = None) -> Answer:
    """GET `url`; with `etag`, If-None-Match, and a 304 is Answer(304).

    At most `limit` bytes (`what` says what the file should have been: "not a
    channel file"); with `sink`, the body goes there block by block (an
    archive to disk) instead of into the answer. `contexts` makes the TLS
    context for `ca_file` (the kiosk passes its cache, kiosk/services/sync_targets.py).
    """
    shown = shown_url(url)   # errors reach the journal and the log: never the full address
    problem = https_problem(url)
    if problem is not None:
        raise FetchError(f"{shown}: {problem}")
    try:
        context = contexts(ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise FetchError(f"{shown}: the ca_file {ca_file} cannot be used: {_one_line(exc)}") from None
    sent = {"User-Agent": agent, **(headers or {}), **({"If-None-Match": etag} if etag else {})}
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _HttpsRedirects(shown))
    too_big = f"{shown}: larger than {_size(limit)}" + (f", {what}" if what else "")
    try:
        request = urllib.request.Request(url, headers=sent)   # inside: its ValueError names the address
        with opener.open(request, timeout=timeout) as response:
            if sink is None:
                body = response.read(limit + 1)
                if len(body) > limit:
                    raise FetchError(too_big)
            else:
                body, size = b"", 0
                for block in iter(lambda: response.read(BLOCK), b""):
                    size += len(block)
                    if size > limit:
                        raise FetchError(too_big)
                    sink(block)
            return Answer(response.status, body, response.headers.get("ETag", "") or "")
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()   # it holds the connection; left open it waits for the garbage collector
        if exc.code == 304:
            return Answer(304, b"", exc.headers.get("ETag", "") or "")
        if str(exc.reason).startswith(_HttpsRedirects.inf_msg):   # urllib gave up following; its text is 3 lines
            raise FetchError(f"{shown}: the server redirects in a loop, or more than "
                             f"{_HttpsRedirects.max_redirections} times: not followed") from None
        raise FetchError(f"{shown}: the server answered {exc.code} {_one_line(exc.reason)}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"{shown}: {_one_line(exc.reason)}") from None
    except http.client.HTTPException as exc:   # not an OSError: a non-HTTP answer, a cut chunked body
        raise _http_fault(shown, exc) from None
    except ValueError as exc:   # its text may hold the address: the kind only
        raise FetchError(f"{shown}: {type(exc).__name__}") from None
    except OSError as exc:   # timeouts, resets, TLS faults, a full disk
        raise FetchError(f"{shown}: {type(exc).__name__}: {_one_line(exc)}") from None
