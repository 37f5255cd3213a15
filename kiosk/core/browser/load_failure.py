"""Which failure of a service page the resident is told about, and as what.

The browser reports a failed top-level load as an error domain and a code
(Chromium's net error numbers, or an HTTP status), and a renderer that ended
as a termination status. This module turns them into one of a few plain
situations (`Failure`), each with its own calm message in the interface. It
is pure: the domain and status names are Qt's enum names passed as text, so
that the decision can be tested without Qt.

A failure that is no failure for the resident (the resident or the kiosk
stopped the load, a 404 page the service drew itself) gives None, and the
page stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from kiosk.core.browser.url_policy import host_of, parse_host_rule

# How long a top-level load may go without any sign of life before the kiosk
# stops it and says the service is not answering. Chromium itself waits for
# minutes for a server that accepted the connection but never answers.
LOAD_TIMEOUT_S = 30


class Failure(StrEnum):
    """A situation with its own message; the value names it in logs and tests."""

    OFFLINE = "offline"              # this computer has no network
    NOT_FOUND = "not-found"          # the service's name does not resolve
    NOT_ANSWERING = "not-answering"  # refused, reset, closed, unreachable
    TIMEOUT = "timeout"              # no answer in time
    UNSAFE = "unsafe"                # TLS or certificate failure
    SERVER = "server"                # HTTP 5xx at the top level
    CRASHED = "crashed"              # the renderer crashed or was killed
    PASSWORD = "password"            # HTTP 401/407 the kiosk cannot answer
    NO_BROWSER = "no-browser"        # the session's browser profile could not be made

    @property
    def names_service(self) -> bool:
        """Whether the message names the service ("OmaKanta is not answering"): the service is at fault.

        Not when this computer is (offline, no browser), nor for a page that
        ended, a connection that is not safe or a password: those are about
        this page, whichever service it belongs to.
        """
        return self in (Failure.NOT_ANSWERING, Failure.NOT_FOUND, Failure.TIMEOUT, Failure.SERVER)

    @property
    def can_retry(self) -> bool:
        """Whether "Try again" makes sense; a password will not appear by retrying."""
        return self is not Failure.PASSWORD


# Chromium net error codes (net/base/net_error_list.h) that need a message.
_ABORTED = -3                      # ERR_ABORTED: a newer navigation or Stop
# INTERNET_DISCONNECTED, NETWORK_CHANGED, PROXY_CONNECTION_FAILED (the kiosk's
# own connection guard on 127.0.0.1 unreachable: no network stack at all)
_OFFLINE = {-106, -21, -130}
_NOT_FOUND = {-105, -137}          # NAME_NOT_RESOLVED, NAME_RESOLUTION_FAILED
_TIMEOUT = {-7, -118}              # TIMED_OUT, CONNECTION_TIMED_OUT
_UNSAFE_RANGE = range(-299, -199)  # the certificate errors, -200..-299
# SSL_PROTOCOL_ERROR, SSL_CLIENT_AUTH_CERT_NEEDED, SSL_VERSION_OR_CIPHER_MISMATCH,
# BAD_SSL_CLIENT_AUTH_CERT
_UNSAFE = {-107, -110, -113, -117}
_BLOCKED = {-20, -27}              # BLOCKED_BY_CLIENT/RESPONSE: the blocked panel says it


# What the connection guard (kiosk.web.connection_guard) found when it could
# not reach a host; the browser itself only sees the guard's 502.
_TUNNEL_FAILED = -111             # TUNNEL_CONNECTION_FAILED: the guard answered CONNECT with 502
_UPSTREAM = {"dns": "NOT_FOUND", "refused": "NOT_ANSWERING", "timeout": "TIMEOUT", "offline": "OFFLINE"}


def classify_load(domain: str, code: int, *, challenged: bool = False,
                  upstream: str | None = None) -> Failure | None:
    """The situation for a failed top-level load, or None when nothing should replace the page.

    `domain` is the name of QWebEngineLoadingInfo.ErrorDomain, `code` its
    error code; `challenged` is true when the load asked for a password that
    the kiosk refused to give; `upstream` is the connection guard's reason
    when it could not reach the host (dns, refused, timeout, offline).
    """
    if code == _ABORTED or code in _BLOCKED:
        return None
    if challenged:
        return Failure.PASSWORD
    behind_guard = (domain == "HttpStatusCodeDomain" and code == 502) or code == _TUNNEL_FAILED
    if behind_guard and upstream in _UPSTREAM:
        return Failure[_UPSTREAM[upstream]]
    if domain == "HttpStatusCodeDomain":
        if 500 <= code <= 599:
            return Failure.SERVER
        # 401/407 without a challenge, 404 and the like are the service's own page.
        return None
    if domain == "CertificateErrorDomain" or code in _UNSAFE or code in _UNSAFE_RANGE:
        return Failure.UNSAFE
    if code in _OFFLINE:
        return Failure.OFFLINE
    if code in _NOT_FOUND or domain == "DnsErrorDomain":
        return Failure.NOT_FOUND
    if code in _TIMEOUT:
        return Failure.TIMEOUT
    if domain in {"ConnectionErrorDomain", "HttpErrorDomain", "FtpErrorDomain", "InternalErrorDomain"}:
        # Refused, reset, closed, empty or invalid response, unknown: to the
        # resident all of these are "the service did not answer".
        return Failure.NOT_ANSWERING
    return None


def classify_termination(status: str) -> Failure | None:
    """The situation for a renderer that ended (QWebEnginePage.RenderProcessTerminationStatus name)."""
    if status == "NormalTerminationStatus":
        return None  # the page was closed on purpose (end of session)
    return Failure.CRASHED


def is_service_host(host: str, service_url: str, service_hosts: Iterable[str] = ()) -> bool:
    """Whether a failure at `host` (normalised, as `host_of` gives it) is the open service's own.

    The service is the tile the resident opened: its start address's host and
    the `hosts` the site listed for it. An identification, bank or other host
    is not: a bank that does not answer must not be called OmaKanta. No host
    at all (the browser could not start) is the service the resident tapped.
    """
    if not host:
        return True
    if host == host_of(service_url):
        return True
    for rule in service_hosts:
        try:
            if parse_host_rule(rule).matches(host):
                return True
        except ValueError:
            continue   # check-config reports it; here it just names nothing
    return False
