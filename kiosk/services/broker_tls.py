"""TLS to the shared help queue's broker, and one clear line for each way connecting fails.

`tls_context(settings)` is the only TLS set-up the MQTT client uses: TLS 1.2
or newer, the broker verified against the site CA alone (never the system's
store: any public CA could otherwise vouch for a broker), its name checked
against the url's host, this terminal's certificate and key presented.

`explain_failure(error, settings)` turns what connecting can end in (an
exception from the socket or TLS, a paho reason code or error code, a SUBACK
refusal) into one line for the log and the admin view, naming the file of
the configuration where one is at fault. `diagnose(settings)` connects once
with the standard library alone (TLS handshake, MQTT CONNECT, CONNACK) and
returns that line, or None when the broker accepts this terminal: with TLS
1.3 the broker judges the client certificate after the handshake, so paho
only sees "connection lost"; the MQTT client calls `diagnose` from its own
thread then, to say why. Blocking; never on the interface thread. No Qt.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import socket
import ssl
from pathlib import Path

from kiosk.core.help.broker_settings import BrokerSettings

CONNECT_TIMEOUT_S = 10.0
_CONNACK, _SUBACK = 2, 9   # MQTT packet types (paho.mqtt.packettypes.PacketTypes)


class Failure(enum.Enum):
    """Why connecting to the broker failed (a closed set: tests and the admin view rely on it)."""

    FILES = "files"                    # our CA, certificate or key cannot be loaded
    UNTRUSTED_BROKER = "untrusted"     # the broker's certificate is not signed by our site CA
    NAME_MISMATCH = "name"             # the broker's certificate is not for the url's host
    BROKER_CERT_EXPIRED = "broker-expired"
    CERT_EXPIRED = "expired"           # the broker refused our certificate: expired
    CERT_REVOKED = "revoked"           # ... revoked (in the CRL)
    CERT_UNKNOWN = "unknown-ca"        # ... signed by a CA the broker does not trust
    NO_CERT = "no-cert"                # ... we sent none
    CLOSED_IN_HANDSHAKE = "closed"     # ... or only closed the connection during TLS set-up
    NOT_AUTHORISED = "not-authorised"  # TLS fine, MQTT login or subscription refused
    UNREACHABLE = "unreachable"        # no answer, refused, no route, name unknown
    OTHER = "other"


# paho.mqtt.enums.MQTTErrorCode values: NO_CONN 4, CONN_REFUSED 5, CONN_LOST 7, AUTH 11, ACL_DENIED 12.
# A lost connection may be a certificate the broker refused after a TLS 1.3 handshake:
# diagnose() then says which.
_PAHO_ERRORS = {4: Failure.UNREACHABLE, 7: Failure.UNREACHABLE, 5: Failure.NOT_AUTHORISED,
                11: Failure.NOT_AUTHORISED, 12: Failure.NOT_AUTHORISED}


class BrokerSetupError(OSError):
    """tls_context could not load a file of the configuration; `line` says which and why."""

    def __init__(self, failure: Failure, line: str) -> None:
        super().__init__(line)
        self.failure = failure
        self.line = line


def tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    """The client's TLS context for the broker; BrokerSetupError (one line) if a file cannot be used."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)   # check_hostname and CERT_REQUIRED by default
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_verify_locations(cafile=str(settings.ca_file))
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise BrokerSetupError(Failure.FILES, f"ca_file {_file(settings.ca_file)} cannot be used as the site CA "
                                              f"({_reason(exc)}); it must be ca.pem from `kiosk broker-certs`") \
            from None
    try:
        ctx.load_cert_chain(str(settings.cert_file), str(settings.key_file))
    except (OSError, ssl.SSLError, ValueError) as exc:
        if "MISMATCH" in str(exc).upper():
            line = (f"key_file {_file(settings.key_file)} is not the key of the certificate in cert_file "
                    f"{_file(settings.cert_file)}")
        else:
            line = (f"cert_file {_file(settings.cert_file)} with key_file {_file(settings.key_file)} cannot be "
                    f"used ({_reason(exc)})")
        raise BrokerSetupError(Failure.FILES, line) from None
    return ctx


def classify(error: object) -> Failure:
    """The kind of `error`: an exception, a paho ReasonCode / MQTTErrorCode / int, or a SUBACK code."""
    if isinstance(error, BrokerSetupError):
        return error.failure
    if isinstance(error, ssl.SSLCertVerificationError):
        code = getattr(error, "verify_code", None)
        if code == 62 or "hostname mismatch" in str(error).lower() or "ip address mismatch" in str(error).lower():
            return Failure.NAME_MISMATCH
        if code == 10:
            return Failure.BROKER_CERT_EXPIRED
        return Failure.UNTRUSTED_BROKER
    if isinstance(error, ssl.SSLEOFError):
        return Failure.CLOSED_IN_HANDSHAKE
    if isinstance(error, ssl.SSLError):
        text = f"{getattr(error, 'reason', '')} {error}".upper()
        for marker, failure in (("CERTIFICATE_EXPIRED", Failure.CERT_EXPIRED),
                                ("CERTIFICATE_REVOKED", Failure.CERT_REVOKED),
                                ("UNKNOWN_CA", Failure.CERT_UNKNOWN), ("BAD_CERTIFICATE", Failure.CERT_UNKNOWN),
                                ("CERTIFICATE_REQUIRED", Failure.NO_CERT),
                                ("HANDSHAKE_FAILURE", Failure.NO_CERT)):
            if marker in text:
                return failure
        return Failure.OTHER
    if isinstance(error, (ConnectionRefusedError, TimeoutError, socket.gaierror)):
        return Failure.UNREACHABLE
    if isinstance(error, OSError) and error.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ECONNRESET,
                                                      errno.ETIMEDOUT, errno.ECONNREFUSED):
        return Failure.UNREACHABLE
    if type(error).__name__ == "MQTTErrorCode":   # paho's own error codes (not the broker's reason codes)
        return _PAHO_ERRORS.get(int(error), Failure.OTHER)
    code = _code_of(error)
    if code is not None:
        packet = getattr(error, "packetType", None)   # paho's ReasonCode says which packet it came in
        if packet == _SUBACK and code >= 0x80:
            return Failure.NOT_AUTHORISED   # a subscription the ACL refused (0x80 in 3.1.1, 0x87 in 5)
        # CONNACK: 4/5 in MQTT 3.1.1, 134/135 in 5 (bad user name or password / not authorised).
        if packet in (None, _CONNACK) and code in (4, 5, 0x86, 0x87):
            return Failure.NOT_AUTHORISED
        if packet in (None, _CONNACK) and code in (3, 0x88, 0x89):
            return Failure.UNREACHABLE   # server unavailable / busy
    return Failure.OTHER


def explain_failure(error: object, settings: BrokerSettings | None = None) -> str:
    """One line for the log and the admin view saying why connecting to the broker failed."""
    kind = classify(error)
    if isinstance(error, BrokerSetupError):
        return error.line
    ca = _file(settings.ca_file) if settings else "ca_file"
    cert = _file(settings.cert_file) if settings else "cert_file"
    where = f"{settings.host}:{settings.port}" if settings else "the broker"
    if kind is Failure.UNTRUSTED_BROKER:
        return (f"The broker at {where} is not trusted: its certificate is not signed by the site CA in ca_file "
                f"{ca}; ca_file must be the ca.pem that signed broker.pem")
    if kind is Failure.NAME_MISMATCH:
        return (f"The broker's certificate is not made for '{settings.host if settings else 'the url host'}': "
                "the url in [helpers.broker] must use a name or address given to `kiosk broker-certs "
                "--broker-host/--broker-ip`")
    if kind is Failure.BROKER_CERT_EXPIRED:
        return "The broker's own certificate (broker.pem) has expired: make a new one with `kiosk broker-certs`"
    if kind is Failure.CERT_EXPIRED:
        return (f"The broker refused this terminal's certificate in cert_file {cert}: it has expired; make a new "
                "one with `kiosk broker-certs --renew`")
    if kind is Failure.CERT_REVOKED:
        return (f"The broker refused this terminal's certificate in cert_file {cert}: it has been revoked; "
                "this terminal needs a new certificate (`kiosk broker-certs --renew`)")
    if kind is Failure.CERT_UNKNOWN:
        return (f"The broker refused this terminal's certificate in cert_file {cert}: it is not signed by the "
                "broker's site CA; use the terminal certificate made with this site's CA")
    if kind is Failure.NO_CERT:
        return (f"The broker refused the connection: it needs this terminal's certificate (cert_file {cert}), "
                "signed by the site CA")
    if kind is Failure.CLOSED_IN_HANDSHAKE:
        return (f"The broker closed the connection during TLS set-up: it accepts only a terminal certificate "
                f"signed by the site CA and valid today (cert_file {cert})")
    if kind is Failure.NOT_AUTHORISED:
        return (f"The broker refused this terminal ({_code_words(error)}): its certificate's name is not "
                "allowed by the broker's ACL for this site's topics; run `kiosk broker-certs` for this "
                "terminal and copy the new acl file to the broker")
    if kind is Failure.UNREACHABLE:
        return f"The broker at {where} cannot be reached ({_reason(error)}); each terminal keeps its own queue"
    return f"Connecting to the broker at {where} failed: {_reason(error)}"


def _file(path: Path | str) -> str:
    return f"'{path}'"


def _reason(error: object) -> str:
    if isinstance(error, ssl.SSLError) and error.reason:
        return str(error.reason)
    if isinstance(error, socket.gaierror):
        return "the name is not known to DNS"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused: nothing listens on that port"
    if isinstance(error, TimeoutError):
        return "no answer"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    code = _code_of(error)
    if code is not None:
        return _code_words(error)
    return str(error) or type(error).__name__


def _code_of(error: object) -> int | None:
    value = getattr(error, "value", error)   # paho ReasonCode and MQTTErrorCode have .value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _code_words(error: object) -> str:
    name = getattr(error, "getName", None)
    if callable(name):
        return str(name())
    if type(error).__name__ == "MQTTErrorCode":
        return {4: "not connected", 5: "connection refused", 7: "the connection was lost",
                11: "not authorised", 12: "not allowed by the ACL"}.get(int(error), str(getattr(error, "name", error)))
    code = _code_of(error)
    return {4: "bad user name or password", 5: "not authorised", 0x80: "refused",
            0x86: "bad user name or password", 0x87: "not authorised"}.get(code, f"code {code}")


# -- diagnose: one connection with the standard library alone ------------------------------

# MQTT 3.1.1 CONNECT: clean session, keep-alive 10 s, empty client id (the broker makes one up,
# so this never pushes a running terminal's own connection off).
_CONNECT = bytes([0x10, 12, 0, 4]) + b"MQTT" + bytes([4, 0x02, 0, 10, 0, 0])
_DISCONNECT = bytes([0xE0, 0])


def certificate_expiry(settings: BrokerSettings) -> dt.datetime | None:
    """When this terminal's certificate stops being valid (UTC), or None if it cannot be read."""
    try:
        from cryptography import x509

        cert = x509.load_pem_x509_certificate(Path(settings.cert_file).read_bytes())
        return cert.not_valid_after_utc
    except (OSError, ValueError, ImportError):
        return None


def diagnose(settings: BrokerSettings, timeout: float = CONNECT_TIMEOUT_S) -> str | None:
    """Connect once (TLS, MQTT CONNECT); None when the broker accepts this terminal, else the line why not."""
    found = diagnosis(settings, timeout)
    return found[1] if found is not None else None


def diagnosis(settings: BrokerSettings, timeout: float = CONNECT_TIMEOUT_S) -> tuple[Failure, str] | None:
    """As `diagnose`, with the kind of failure (the admin and helper views translate the kind).

    The probe offers TLS 1.2 first: there the broker judges the client certificate inside the
    handshake, so its alert (expired, revoked, unknown CA) always reaches us. With TLS 1.3 it
    judges after the handshake, and a CONNECT already on its way when it closes the connection
    makes the kernel drop the alert (a reset), leaving only "connection closed". A broker that
    refuses TLS 1.2 is asked again with 1.3.
    """
    try:
        ctx = tls_context(settings)
    except BrokerSetupError as exc:
        return exc.failure, exc.line
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    answer = _probe(settings, ctx, timeout)
    if answer is _TRY_TLS13:
        answer = _probe(settings, tls_context(settings), timeout)
    return answer


_TRY_TLS13 = "try TLS 1.3"


def _explained(error: object, settings: BrokerSettings) -> tuple[Failure, str]:
    return classify(error), explain_failure(error, settings)


def _probe(settings: BrokerSettings, ctx: ssl.SSLContext, timeout: float) -> tuple[Failure, str] | str | None:
    expiry = certificate_expiry(settings)
    connected = False
    try:
        with socket.create_connection((settings.host, settings.port), timeout=timeout) as raw:
            connected = True
            with ctx.wrap_socket(raw, server_hostname=settings.host) as tls:
                tls.sendall(_CONNECT)
                answer = _read_exactly(tls, 4)
                if answer is None:
                    return _closed(expiry, settings)
                if answer[0] >> 4 != 2 or answer[3] != 0:
                    return _explained(answer[3], settings)
                try:
                    tls.sendall(_DISCONNECT)
                except OSError:
                    pass
                return None
    except (OSError, ssl.SSLError) as exc:
        if isinstance(exc, ssl.SSLError) and "VERSION" in str(exc.reason or "").upper() \
                and ctx.maximum_version == ssl.TLSVersion.TLSv1_2:
            return _TRY_TLS13
        if connected and classify(exc) in (Failure.OTHER, Failure.UNREACHABLE):
            return _closed(expiry, settings, exc)
        return _explained(exc, settings)


def _closed(expiry: dt.datetime | None, settings: BrokerSettings,
            exc: OSError | None = None) -> tuple[Failure, str]:
    """The broker closed the connection without saying why: our own certificate's dates may say it."""
    if expiry is not None and expiry < dt.datetime.now(dt.timezone.utc):
        return _explained(_ExpiredByClock(), settings)
    return _explained(exc or ConnectionResetError(errno.ECONNRESET, "closed by the broker"), settings)


class _ExpiredByClock(ssl.SSLError):
    """Stands for the broker's 'certificate expired' alert when only our clock tells it."""

    def __init__(self) -> None:
        super().__init__(1, "SSLV3_ALERT_CERTIFICATE_EXPIRED")


def _read_exactly(sock: ssl.SSLSocket, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data
