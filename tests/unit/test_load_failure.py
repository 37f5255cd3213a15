"""Which failed load or ended renderer gets which of the kiosk's own messages."""

from __future__ import annotations

import pytest

from kiosk.core.browser.load_failure import Failure, classify_load, classify_termination, is_service_host


@pytest.mark.parametrize(("domain", "code", "expected"), [
    ("ConnectionErrorDomain", -106, Failure.OFFLINE),        # INTERNET_DISCONNECTED
    ("ConnectionErrorDomain", -21, Failure.OFFLINE),         # NETWORK_CHANGED
    ("ConnectionErrorDomain", -105, Failure.NOT_FOUND),      # NAME_NOT_RESOLVED (as Qt 6.12 reports it)
    ("DnsErrorDomain", -137, Failure.NOT_FOUND),
    ("ConnectionErrorDomain", -102, Failure.NOT_ANSWERING),  # CONNECTION_REFUSED
    ("ConnectionErrorDomain", -101, Failure.NOT_ANSWERING),  # CONNECTION_RESET
    ("HttpErrorDomain", -324, Failure.NOT_ANSWERING),        # EMPTY_RESPONSE
    ("ConnectionErrorDomain", -118, Failure.TIMEOUT),        # CONNECTION_TIMED_OUT
    ("ConnectionErrorDomain", -7, Failure.TIMEOUT),
    ("CertificateErrorDomain", -202, Failure.UNSAFE),        # CERT_AUTHORITY_INVALID
    ("ConnectionErrorDomain", -107, Failure.UNSAFE),         # SSL_PROTOCOL_ERROR
    ("ConnectionErrorDomain", -113, Failure.UNSAFE),         # SSL_VERSION_OR_CIPHER_MISMATCH
    ("HttpStatusCodeDomain", 500, Failure.SERVER),
    ("HttpStatusCodeDomain", 503, Failure.SERVER),
    ("HttpStatusCodeDomain", 599, Failure.SERVER),
])
def test_each_failure_gets_its_message(domain, code, expected):
    assert classify_load(domain, code) is expected


@pytest.mark.parametrize(("domain", "code"), [
    ("InternalErrorDomain", -3),          # ERR_ABORTED: the resident or the kiosk stopped it
    ("ConnectionErrorDomain", -3),
    ("ConnectionErrorDomain", -20),       # BLOCKED_BY_CLIENT: the blocked panel says it
    ("HttpStatusCodeDomain", 404),        # the service's own "not found" page stays
    ("HttpStatusCodeDomain", 401),        # a 401 page without a password question
    ("HttpStatusCodeDomain", 403),
    ("NoErrorDomain", 0),
])
def test_what_is_no_failure_for_the_resident_leaves_the_page(domain, code):
    assert classify_load(domain, code) is None


@pytest.mark.parametrize(("domain", "code"), [
    ("HttpStatusCodeDomain", 401), ("HttpStatusCodeDomain", 407), ("HttpErrorDomain", -375),
    ("ConnectionErrorDomain", -111),  # TUNNEL_CONNECTION_FAILED after a refused proxy password
])
def test_a_refused_password_question_is_said_once_as_such(domain, code):
    assert classify_load(domain, code, challenged=True) is Failure.PASSWORD
    assert classify_load("InternalErrorDomain", -3, challenged=True) is None


def test_only_a_password_question_offers_no_retry():
    assert [f for f in Failure if not f.can_retry] == [Failure.PASSWORD]


@pytest.mark.parametrize(("status", "expected"), [
    ("AbnormalTerminationStatus", Failure.CRASHED),
    ("CrashedTerminationStatus", Failure.CRASHED),
    ("KilledTerminationStatus", Failure.CRASHED),
    ("NormalTerminationStatus", None),
])
def test_an_ended_renderer(status, expected):
    assert classify_termination(status) is expected


@pytest.mark.parametrize("upstream,expected", [
    ("dns", Failure.NOT_FOUND), ("refused", Failure.NOT_ANSWERING), ("timeout", Failure.TIMEOUT),
    ("offline", Failure.OFFLINE)])
def test_the_guards_reason_decides_behind_its_502(upstream, expected):
    # Through the connection guard the browser sees only "502 from the proxy"
    # (http) or a failed tunnel (https); the guard knows what really happened.
    assert classify_load("HttpStatusCodeDomain", 502, upstream=upstream) is expected
    assert classify_load("ConnectionErrorDomain", -111, upstream=upstream) is expected
    assert classify_load("HttpStatusCodeDomain", 502) is Failure.SERVER
    # A service's own 503 (the guard reached it) is the service's fault, whatever failed before.
    assert classify_load("HttpStatusCodeDomain", 503, upstream=upstream) is Failure.SERVER


def test_unreachable_guard_means_no_network_at_all():
    assert classify_load("ConnectionErrorDomain", -130) is Failure.OFFLINE


@pytest.mark.parametrize(("host", "expected"), [
    ("www.kanta.fi", True),                  # the tile's own start address
    ("omakanta.kanta.fi", True),             # one of the hosts the site listed for it
    ("kanta.fi", False),                     # "*.kanta.fi" is below kanta.fi, not kanta.fi itself
    ("tunnistautuminen.suomi.fi", False),    # identification: not OmaKanta's fault
    ("identify.nordea.com", False),          # a bank
    ("www.kanta.fi.evil.example", False),
    ("", True),                              # no host: the browser never started, the tile is meant
])
def test_only_the_open_services_own_hosts_name_it(host, expected):
    assert is_service_host(host, "https://www.kanta.fi/omakanta", ["*.kanta.fi", "not a host!"]) is expected


def test_only_the_services_own_failures_name_it():
    named = {kind for kind in Failure if kind.names_service}
    assert named == {Failure.NOT_ANSWERING, Failure.NOT_FOUND, Failure.TIMEOUT, Failure.SERVER}
