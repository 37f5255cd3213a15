"""[helpers.broker]: the service point's shared help queue broker, checked into `BrokerSettings`.

A site without the table (or with an empty one) keeps today's single-terminal
queue: `broker_settings` returns None. With it, all four keys are needed:

    [helpers.broker]
    url = "mqtts://digipiste-broker.local:8883"
    ca_file = "broker-ca.pem"        # relative paths are relative to the configuration file
    cert_file = "terminal.pem"
    key_file = "terminal.key"

Only `mqtts://` (TLS) is accepted: the queue carries first names. The files
are looked at as `kiosk check-config` and the kiosk at start look at every
file a configuration names (kiosk/core/config/files.py): there, regular,
readable by the kiosk's user, the key private to its owner (no group or
other bits), the CA file certificates TLS can load, the certificate and key
one pair. Expiry is not an error here: an expired certificate must not make
the whole configuration invalid (the terminal keeps its own queue and the
admin view says why the shared one is unreachable; check-config warns).
Errors are `PATH:LINE: helpers.broker.key: message`. Pure Python, no Qt.
"""

from __future__ import annotations

import contextvars
import os
import shlex
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.core.config import files as F
from kiosk.core.config.text import shown, shown_long

if TYPE_CHECKING:
    from kiosk.core.config.shape import Validator

DEFAULT_PORT = 8883
KEYS = ("url", "ca_file", "cert_file", "key_file")
FILE_KEYS = ("ca_file", "cert_file", "key_file")
MAX_PEM_BYTES = 64 * 1024       # a certificate or an EC/RSA key is a few kilobytes
KIOSK_USER = "digipiste"        # packaging/linux/digipiste.sysusers
EXAMPLE_URL = "mqtts://digipiste-broker.local:8883"


@dataclass(frozen=True)
class BrokerSettings:
    """[helpers.broker], checked: where the broker is and this terminal's TLS files (absolute paths)."""

    host: str
    port: int
    ca_file: Path
    cert_file: Path
    key_file: Path
    url: str = ""

    def file_for(self, name: str) -> Path:
        """The path of 'ca_file', 'cert_file' or 'key_file'."""
        return getattr(self, name)


def url_problem(url: str) -> tuple[tuple[str, int] | None, str | None]:
    """((host, port), None) for a usable mqtts:// address, or (None, why not)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return None, f"not a broker address: '{shown(url)}' ({shown(exc)}); write it as {EXAMPLE_URL}"
    if parts.scheme in ("mqtt", "tcp", "ws", "wss", "http", "https"):
        return None, (f"'{parts.scheme}://' is not allowed: the shared queue always uses TLS, write "
                      f"mqtts://{parts.hostname or 'host'}:{port or DEFAULT_PORT}")
    if parts.scheme != "mqtts":
        return None, f"not a broker address: '{shown(url)}'; write it as {EXAMPLE_URL}"
    if not parts.hostname:
        return None, f"no host in '{shown(url)}'; write it as {EXAMPLE_URL}"
    if parts.username is not None or parts.password is not None:
        return None, ("no user name or password in the address: the terminal logs in with its "
                      "certificate (cert_file)")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return None, f"only mqtts://host:port, nothing after it: '{shown(url)}'"
    return (parts.hostname, port or DEFAULT_PORT), None


def broker_settings(v: Validator, table: dict, *, kiosk_uid: int | None = None) -> BrokerSettings | None:
    """The checked table, or None for "no shared queue" (table absent or empty) or after errors.

    `kiosk_uid`: the user the kiosk runs as, when not the caller: the files must be
    readable by that user. By default, within `checking_for_kiosk_user()` (check-config)
    run by root, the `digipiste` user's if this computer has it; else no such check.
    """
    given = {k: table.get(k) for k in KEYS if isinstance(table.get(k), str) and table.get(k)}
    if not given:
        return None
    errors_before = len(v.errors)
    for key in KEYS:
        if key not in given:
            v.error(f"helpers.broker.{key}", _missing_words(key), v.lines.line("helpers.broker"))
    where = None
    if "url" in given:
        where, problem = url_problem(given["url"])
        if problem:
            v.error("helpers.broker.url", problem)
    if kiosk_uid is None:
        kiosk_uid = _default_kiosk_uid()
    paths: dict[str, Path] = {}
    for key in FILE_KEYS:
        if key in given:
            found = _check_file(v, key, given[key], kiosk_uid)
            if found is not None:
                paths[key] = found
    if v.files and "cert_file" in paths and "key_file" in paths and len(v.errors) == errors_before:
        _check_pair(v, given, paths)
    if len(v.errors) != errors_before or where is None or len(paths) != len(FILE_KEYS):
        return None
    return BrokerSettings(host=where[0], port=where[1], ca_file=paths["ca_file"], cert_file=paths["cert_file"],
                          key_file=paths["key_file"], url=given["url"])


def _missing_words(key: str) -> str:
    what = {"url": f"the broker's address, e.g. url = \"{EXAMPLE_URL}\"",
            "ca_file": "the site CA's certificate (ca.pem from `kiosk broker-certs`)",
            "cert_file": "this terminal's certificate (terminals/<terminal id>.pem from `kiosk broker-certs`)",
            "key_file": "this terminal's key (terminals/<terminal id>.key from `kiosk broker-certs`)"}[key]
    return f"needed in [helpers.broker]: {what}; or remove the table for this terminal's own queue"


# Set by `kiosk check-config` (run_as_check_for_kiosk_user): the kiosk itself needs no such
# check, it reads the files as itself; check-config is often run by root for the kiosk's user.
_CHECK_FOR_KIOSK_USER: contextvars.ContextVar[bool] = contextvars.ContextVar("check_for_kiosk_user", default=False)


@contextmanager
def checking_for_kiosk_user() -> Iterator[None]:
    """Within it, when run by root, the files must also be readable by the kiosk's user (`digipiste`)."""
    token = _CHECK_FOR_KIOSK_USER.set(True)
    try:
        yield
    finally:
        _CHECK_FOR_KIOSK_USER.reset(token)


def _default_kiosk_uid() -> int | None:
    if not _CHECK_FOR_KIOSK_USER.get() or os.geteuid() != 0:
        return None   # the kiosk's own user runs the check: reading the file is the test
    try:
        import pwd

        return pwd.getpwnam(KIOSK_USER).pw_uid
    except (KeyError, ImportError):
        return None   # no kiosk user on this computer (IT's laptop): nothing to compare with


def _check_file(v: Validator, name: str, text: str, kiosk_uid: int | None) -> Path | None:
    key = f"helpers.broker.{name}"
    path, problem = F.resolve(text, v.base)
    if path is None:
        v.error(key, problem or "not a usable path")
        return None
    if not v.files:
        return path
    secret = name == "key_file"
    checked = (F.check_ca_file(v, key, text) if name == "ca_file" else _check_pem(v, key, text, secret))
    if checked is None:
        return None
    if kiosk_uid is not None:
        st = os.stat(checked)
        if not _readable_by(st, kiosk_uid):
            v.error(key, f"'{shown_long(text)}' cannot be read by the kiosk's user ({KIOSK_USER}): owned by uid "
                         f"{st.st_uid}, mode {stat.S_IMODE(st.st_mode):04o}; run: chown {KIOSK_USER} "
                         f"{shlex.quote(str(checked))}")
            return None
    return Path(checked)


def _readable_by(st: os.stat_result, uid: int) -> bool:
    if st.st_uid == uid:
        return bool(st.st_mode & stat.S_IRUSR)
    if st.st_mode & stat.S_IROTH:
        return True
    try:
        import pwd
        import grp

        user = pwd.getpwuid(uid)
        groups = {user.pw_gid} | {g.gr_gid for g in grp.getgrall() if user.pw_name in g.gr_mem}
    except (KeyError, ImportError):
        return True   # cannot tell: the kiosk reports it when it connects
    return bool(st.st_mode & stat.S_IRGRP) and st.st_gid in groups


def _check_pem(v: Validator, key: str, text: str, secret: bool) -> str | None:
    """A readable PEM file; a key private to its owner."""
    read = F.read_file(v, key, text, private=secret, limit=MAX_PEM_BYTES)
    if read is None:
        return None
    path, data = read
    marker = b"PRIVATE KEY-----" if secret else b"-----BEGIN CERTIFICATE-----"
    if marker not in data:
        kind = "a private key ('-----BEGIN PRIVATE KEY-----')" if secret else \
            "a certificate ('-----BEGIN CERTIFICATE-----')"
        v.error(key, f"'{shown_long(text)}' is not {kind} in PEM form")
        return None
    return path


def _check_pair(v: Validator, given: dict, paths: dict[str, Path]) -> None:
    """The certificate and the key belong together (TLS would refuse them at every connection)."""
    import ssl  # only when a broker is configured: its import is start-up time

    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_cert_chain(paths["cert_file"], paths["key_file"])
    except ssl.SSLError as exc:
        if "MISMATCH" in str(exc).upper():
            v.error("helpers.broker.key_file", f"'{shown_long(given['key_file'])}' is not the key of the "
                                               f"certificate in cert_file '{shown_long(given['cert_file'])}'")
        else:
            v.error("helpers.broker.cert_file", f"'{shown_long(given['cert_file'])}' and key_file "
                                                f"'{shown_long(given['key_file'])}' cannot be used by TLS "
                                                f"({shown(exc.reason or exc)})")
    except (OSError, ValueError) as exc:
        v.error("helpers.broker.cert_file", f"cannot be read with its key: {shown(exc)}")


SOON_DAYS = 30


def certificate_warnings(settings: BrokerSettings, now=None) -> list[tuple[str, str]]:
    """(key, message) for what check-config should warn of: this terminal's certificate expired,
    expiring within SOON_DAYS, not yet valid, or not signed by the CA in ca_file.

    Warnings, not errors: a configuration stays valid (the terminal then keeps its own queue and
    says why), but IT learns before the day it stops working.
    """
    import datetime as dt

    try:
        from cryptography import x509
    except ImportError:
        return []
    now = now or dt.datetime.now(dt.timezone.utc)
    try:
        cert = x509.load_pem_x509_certificate(settings.cert_file.read_bytes())
    except (OSError, ValueError) as exc:
        return [("helpers.broker.cert_file", f"cannot be read as a certificate: {shown(exc)}")]
    out = []
    end, start = cert.not_valid_after_utc, cert.not_valid_before_utc
    renew = "make a new one with `kiosk broker-certs --out DIR --terminals ID --renew`"
    if end < now:
        out.append(("helpers.broker.cert_file", f"the certificate expired on {end:%Y-%m-%d}; the broker refuses "
                                                f"it: {renew}"))
    elif end < now + dt.timedelta(days=SOON_DAYS):
        out.append(("helpers.broker.cert_file", f"the certificate expires on {end:%Y-%m-%d} "
                                                f"(in {(end - now).days} days): {renew}"))
    if start > now:
        out.append(("helpers.broker.cert_file", f"the certificate is valid only from {start:%Y-%m-%d %H:%M} UTC; "
                                                "is this computer's clock right?"))
    try:
        ca = x509.load_pem_x509_certificate(settings.ca_file.read_bytes())
    except (OSError, ValueError):
        return out   # the configuration check names a CA file that cannot be read
    try:
        cert.verify_directly_issued_by(ca)
    except Exception:  # noqa: BLE001 - InvalidSignature, ValueError (other issuer), TypeError (key type)
        out.append(("helpers.broker.cert_file", "the certificate is not signed by the site CA in ca_file; "
                                                "the broker refuses it unless it trusts that other CA"))
    return out
