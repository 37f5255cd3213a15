"""`kiosk broker-certs`: a site's CA, broker and terminal certificates, the CRL and the ACL, as files IT copies."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID


def certs(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", "broker-certs", *args], capture_output=True, text=True,
                          timeout=120)


def cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def revoked_serials(folder: Path) -> set[int]:
    crl = x509.load_pem_x509_crl((folder / "crl.pem").read_bytes())
    ca = cert(folder / "ca.pem")
    assert crl.is_signature_valid(ca.public_key())
    return {r.serial_number for r in crl}


def make(folder: Path) -> None:
    done = certs("--out", str(folder), "--site", "kokkola-lib", "--terminals", "t1,t2",
                 "--broker-host", "broker.local", "--broker-ip", "10.0.0.5")
    assert done.returncode == 0, done.stderr


def test_a_new_site_gets_ca_broker_terminals_crl_and_acl(tmp_path):
    folder = tmp_path / "site"
    make(folder)
    ca = cert(folder / "ca.pem")
    broker = cert(folder / "broker.pem")
    names = broker.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["broker.local"]
    assert [str(ip) for ip in names.get_values_for_type(x509.IPAddress)] == ["10.0.0.5"]
    for tid in ("t1", "t2"):
        c = cert(folder / "terminals" / f"{tid}.pem")
        assert c.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == tid
        c.verify_directly_issued_by(ca)
        assert stat.S_IMODE((folder / "terminals" / f"{tid}.key").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "ca.key").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "broker.key").stat().st_mode) == 0o600
    assert revoked_serials(folder) == set()
    assert (folder / "acl").read_text().splitlines()[2:] == [
        "user t1", "topic readwrite digipiste/kokkola-lib/#", "",
        "user t2", "topic readwrite digipiste/kokkola-lib/#"]


def test_a_terminal_added_later_is_signed_by_the_same_ca_and_the_others_are_kept(tmp_path):
    folder = tmp_path / "site"
    make(folder)
    t1_before = (folder / "terminals" / "t1.pem").read_bytes()
    done = certs("--out", str(folder), "--terminals", "t1,t3")
    assert done.returncode == 0, done.stderr
    assert "terminal t1: already has a certificate (kept)" in done.stdout
    assert (folder / "terminals" / "t1.pem").read_bytes() == t1_before
    cert(folder / "terminals" / "t3.pem").verify_directly_issued_by(cert(folder / "ca.pem"))
    assert "user t3" in (folder / "acl").read_text()


def test_revoke_puts_the_serial_in_the_crl_and_takes_the_terminal_out_of_the_acl(tmp_path):
    folder = tmp_path / "site"
    make(folder)
    serial = cert(folder / "terminals" / "t2.pem").serial_number
    done = certs("--out", str(folder), "--revoke", "t2")
    assert done.returncode == 0, done.stderr
    assert revoked_serials(folder) == {serial}
    acl = (folder / "acl").read_text()
    assert "user t2" not in acl and "user t1" in acl
    assert json.loads((folder / "site.json").read_text())["terminals"]["t2"]["revoked"] is True


def test_renew_gives_a_new_certificate_and_revokes_the_old_one(tmp_path):
    folder = tmp_path / "site"
    make(folder)
    old = cert(folder / "terminals" / "t1.pem").serial_number
    done = certs("--out", str(folder), "--terminals", "t1", "--renew")
    assert done.returncode == 0, done.stderr
    new = cert(folder / "terminals" / "t1.pem").serial_number
    assert new != old and revoked_serials(folder) == {old}
    assert "user t1" in (folder / "acl").read_text()


def test_bad_arguments_are_named_and_nothing_is_written(tmp_path):
    folder = tmp_path / "site"
    done = certs("--out", str(folder), "--site", "Kokkola", "--terminals", "t1,T 2", "--broker-ip", "broker.local")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "kiosk broker-certs: --site 'Kokkola': use lower-case letters, digits and '-' (as [site] id)",
        "kiosk broker-certs: terminal id 'T 2': use lower-case letters, digits and '-' (as [site] terminal_id)",
        "kiosk broker-certs: --broker-ip 'broker.local' is not an IP address (a name goes to --broker-host)"]
    assert not folder.exists()
    done = certs("--out", str(folder), "--revoke", "t9")
    assert done.returncode == 1 and "has no terminal 't9' (known: none)" in done.stderr


def test_another_sites_folder_is_not_mixed_in(tmp_path):
    folder = tmp_path / "site"
    make(folder)
    done = certs("--out", str(folder), "--site", "vaasa", "--terminals", "v1")
    assert done.returncode == 1
    assert done.stderr.strip() == f"kiosk broker-certs: {folder} holds site 'kokkola-lib', not 'vaasa'; use another folder"
