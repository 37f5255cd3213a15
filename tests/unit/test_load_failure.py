"""Which failed load or ended renderer gets which of the kiosk's own messages."""

from __future__ import annotations

import pytest

from kiosk.core.load_failure import Failure, classify_load, classify_termination


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
