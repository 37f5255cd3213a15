"""A service point's certificates for the shared help queue's broker: site CA, broker, terminals, CRL.

One folder per site holds everything (`kiosk broker-certs` writes it; see
docs/deploy.md, "Shared help queue: the broker"):

    ca.pem, ca.key            the site's own certificate authority (ca.key never leaves IT's hands)
    broker.pem, broker.key    the broker's certificate, its names and addresses as subject alt names
    terminals/<id>.pem, .key  one client certificate per terminal, common name = the terminal id
    crl.pem                   the revoked terminals (Mosquitto's `crlfile`)
    acl                       Mosquitto's acl_file: each terminal only inside digipiste/<site>/
    site.json                 what was issued: the site, each terminal's serial, which are revoked

Made with the `cryptography` package (a dependency already), not the openssl
command, so it works the same on IT's laptop and in the tests. Keys are EC
P-256, written mode 0600 before any byte of them is. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

TOPIC_ROOT = "digipiste"   # topics live under digipiste/<site_id>/ (docs/design.md)
DEFAULT_DAYS = 825         # what browsers accept for a server certificate; terminals the same


class CertError(Exception):
    """A request the certificate maker cannot carry out; the message is one line for IT."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def write_private(path: Path, data: bytes) -> None:
    """Write a secret file that is 0600 from its creation (never briefly readable by others)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o600)   # an existing .new left by a crash may have had another mode
    os.replace(tmp, path)


def write_public(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def key_pem(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make_ca(site_id: str, days: int = 3650, key=None) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A self-signed certificate authority for one site."""
    key = key or new_key()
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Digipiste"),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"Digipiste site CA {site_id}")])
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return cert, key


def _issued(ca: x509.Certificate, ca_key, common_name: str, *, server: bool, hosts=(), ips=(),
            days: int = DEFAULT_DAYS, not_before: dt.datetime | None = None,
            not_after: dt.datetime | None = None):
    key = new_key()
    start = not_before or (_now() - dt.timedelta(minutes=5))
    end = not_after or (_now() + dt.timedelta(days=days))
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
               .issuer_name(ca.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                              critical=False))
    if server:
        names = [x509.DNSName(h) for h in hosts] + [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
        if not names:
            raise CertError("the broker's certificate needs at least one host name or address")
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(ca_key, hashes.SHA256()), key


def make_broker_cert(ca, ca_key, hosts=(), ips=(), days: int = DEFAULT_DAYS):
    """The broker's certificate: the first host (or address) as common name, all of them as SANs."""
    first = (list(hosts) + list(ips))[0] if (hosts or ips) else "broker"
    return _issued(ca, ca_key, first, server=True, hosts=hosts, ips=ips, days=days)


def make_terminal_cert(ca, ca_key, terminal_id: str, days: int = DEFAULT_DAYS, *,
                       not_before: dt.datetime | None = None, not_after: dt.datetime | None = None):
    """A terminal's client certificate; its common name is the terminal id (Mosquitto's user name)."""
    return _issued(ca, ca_key, terminal_id, server=False, days=days, not_before=not_before,
                   not_after=not_after)


def make_crl(ca, ca_key, revoked_serials=(), days: int = 3650) -> x509.CertificateRevocationList:
    """The CRL Mosquitto reads (`crlfile`); valid as long as the CA so it never lapses unnoticed."""
    now = _now()
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.subject)
               .last_update(now - dt.timedelta(minutes=5)).next_update(now + dt.timedelta(days=days)))
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(int(serial)).revocation_date(now).build())
    return builder.sign(ca_key, hashes.SHA256())


def acl_text(sites: dict[str, list[str]]) -> str:
    """Mosquitto's acl_file: each terminal (its certificate's common name) may read and write its own site only.

    Nothing outside `digipiste/<site>/` and no `$SYS`: a terminal has no lines for them, and
    Mosquitto refuses what the ACL does not grant. A terminal id may appear under one site only.
    """
    seen: dict[str, str] = {}
    lines = ["# Digipiste help queue: written by `kiosk broker-certs`; each terminal only inside its site.", ""]
    for site, terminals in sites.items():
        for terminal in terminals:
            if terminal in seen and seen[terminal] != site:
                raise CertError(f"terminal id '{terminal}' is in both site '{seen[terminal]}' and '{site}'; "
                                "terminal ids must be unique on one broker")
            seen[terminal] = site
            lines += [f"user {terminal}", f"topic readwrite {TOPIC_ROOT}/{site}/#", ""]
    return "\n".join(lines)


@dataclass
class SiteFolder:
    """The folder `kiosk broker-certs` keeps a site's certificates in."""

    root: Path

    @property
    def ca(self) -> Path:
        return self.root / "ca.pem"

    @property
    def ca_key(self) -> Path:
        return self.root / "ca.key"

    @property
    def broker_cert(self) -> Path:
        return self.root / "broker.pem"

    @property
    def broker_key(self) -> Path:
        return self.root / "broker.key"

    @property
    def crl(self) -> Path:
        return self.root / "crl.pem"

    @property
    def acl(self) -> Path:
        return self.root / "acl"

    @property
    def record(self) -> Path:
        return self.root / "site.json"

    def terminal_cert(self, terminal_id: str) -> Path:
        return self.root / "terminals" / f"{terminal_id}.pem"

    def terminal_key(self, terminal_id: str) -> Path:
        return self.root / "terminals" / f"{terminal_id}.key"

    # -- reading what is there -------------------------------------------------

    def load_record(self) -> dict:
        if not self.record.exists():
            return {"site": None, "terminals": {}}
        return json.loads(self.record.read_text(encoding="utf-8"))

    def load_ca(self):
        try:
            cert = x509.load_pem_x509_certificate(self.ca.read_bytes())
            key = serialization.load_pem_private_key(self.ca_key.read_bytes(), password=None)
        except (OSError, ValueError) as exc:
            raise CertError(f"{self.root}: cannot read the site CA (ca.pem, ca.key): {exc}") from None
        return cert, key

    # -- writing ---------------------------------------------------------------

    def write_ca(self, cert, key) -> None:
        write_private(self.ca_key, key_pem(key))
        write_public(self.ca, cert_pem(cert))

    def write_pair(self, cert_path: Path, key_path: Path, cert, key) -> None:
        write_private(key_path, key_pem(key))
        write_public(cert_path, cert_pem(cert))

    def write_derived(self, record: dict) -> None:
        """crl.pem and acl from the record (each run rewrites both, so they always agree with it)."""
        ca, ca_key = self.load_ca()
        terminals = record["terminals"]
        # Certificates replaced by --renew are revoked too: a stolen old key must not keep working.
        revoked = [t["serial"] for t in terminals.values() if t.get("revoked")] + record.get("retired", [])
        write_public(self.crl, make_crl(ca, ca_key, revoked).public_bytes(serialization.Encoding.PEM))
        active = [tid for tid, t in terminals.items() if not t.get("revoked")]
        write_public(self.acl, acl_text({record["site"]: active}).encode())
        write_public(self.record, (json.dumps(record, indent=2, sort_keys=True) + "\n").encode())


def make_site(folder: Path, site_id: str, terminals: list[str], hosts: list[str], ips: list[str],
              days: int = DEFAULT_DAYS, renew: bool = False) -> list[str]:
    """Create or extend a site's folder; returns what was done, one line each.

    The CA is made once and then reused (adding a terminal later signs with the same CA, so the
    other terminals need nothing new). An existing terminal keeps its certificate unless `renew`;
    a revoked one gets a new certificate only with `renew` (its old serial stays in the CRL).
    """
    site = SiteFolder(Path(folder))
    record = site.load_record()
    if record["site"] not in (None, site_id):
        raise CertError(f"{folder} holds site '{record['site']}', not '{site_id}'; use another folder")
    record["site"] = site_id
    done = []
    if site.ca.exists():
        ca, ca_key = site.load_ca()
    else:
        ca, ca_key = make_ca(site_id)
        site.write_ca(ca, ca_key)
        done.append(f"made the site CA {site.ca}")
    if hosts or ips:
        if renew or not site.broker_cert.exists():
            cert, key = make_broker_cert(ca, ca_key, hosts, ips, days)
            site.write_pair(site.broker_cert, site.broker_key, cert, key)
            done.append(f"made the broker's certificate {site.broker_cert} for {', '.join([*hosts, *ips])}")
        else:
            done.append(f"the broker's certificate {site.broker_cert} is kept (--renew makes a new one)")
    elif not site.broker_cert.exists():
        raise CertError("the broker's certificate needs --broker-host (and/or --broker-ip)")
    for tid in terminals:
        known = record["terminals"].get(tid)
        if known is not None and not renew:
            state = "revoked; --renew gives it a new certificate" if known.get("revoked") else "kept"
            done.append(f"terminal {tid}: already has a certificate ({state})")
            continue
        if known is not None:   # renewing: the old certificate stops working
            record.setdefault("retired", []).append(known["serial"])
        cert, key = make_terminal_cert(ca, ca_key, tid, days)
        site.write_pair(site.terminal_cert(tid), site.terminal_key(tid), cert, key)
        record["terminals"][tid] = {"serial": str(cert.serial_number),
                                    "not_after": cert.not_valid_after_utc.isoformat()}
        done.append(f"terminal {tid}: {site.terminal_cert(tid)} and {site.terminal_key(tid)} (mode 0600)")
    site.write_derived(record)
    return done


def revoke(folder: Path, terminal_id: str) -> list[str]:
    """Put a terminal's certificate in the CRL and take it out of the ACL."""
    site = SiteFolder(Path(folder))
    record = site.load_record()
    known = record["terminals"].get(terminal_id)
    if known is None:
        raise CertError(f"{folder} has no terminal '{terminal_id}' "
                        f"(known: {', '.join(sorted(record['terminals'])) or 'none'})")
    known["revoked"] = True
    site.write_derived(record)
    return [f"terminal {terminal_id}: revoked (serial {known['serial']}) in {site.crl}, removed from {site.acl}"]
