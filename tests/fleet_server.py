"""A real HTTPS server on 127.0.0.1 with its own certificate authority, serving a signed site file.

`FleetServer(folder)` makes a CA and a server certificate for 127.0.0.1
(with `cryptography`), serves `/site.toml` and `/site.toml.minisig` from what
`publish()` put there, answers `If-None-Match` with 304 when the ETag matches,
and counts what it saw. `hold()` makes it keep every answer until `release()`
(a slow server, without timers: the test decides when it answers);
`received` is set when a request arrived. A path in `stalled` gets its
headers and half its body, then nothing until the server stops (a server
that dies in the middle of an answer). A path in `redirects` is answered
302 to its address; one in `raw` with those bytes as they are, then the
connection closes (a non-HTTP answer, a chunked body cut short).
`FleetServer(folder, host="127.0.0.2", tls=False)` is plain http on another
loopback address: a host the getter must not reach over http.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """(ca.pem, server.pem, server.key): a CA and a certificate for 127.0.0.1 signed by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "digipiste test fleet CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False),
                         critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


class FleetServer:
    """HTTPS on 127.0.0.1 (a free port), its own CA; a context manager."""

    def __init__(self, folder: Path, host: str = "127.0.0.1", tls: bool = True) -> None:
        self.ca_file, cert, key = make_ca_and_server_cert(folder / "tls")
        self.files: dict[str, bytes] = {}
        self.redirects: dict[str, str] = {}
        self.raw: dict[str, bytes] = {}
        self.counts: Counter[str] = Counter()    # "GET /site.toml", "304 /site.toml", ...
        self.received = threading.Event()
        self.stalled: set[str] = set()
        self._stopping = threading.Event()
        self._answer = threading.Event()
        self._answer.set()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.counts[f"GET {path}"] += 1
                    body = server.files.get(path)
                server.received.set()
                server._answer.wait()
                if path in server.redirects:
                    self.send_response(302)
                    self.send_header("Location", server.redirects[path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if path in server.raw:
                    self.wfile.write(server.raw[path])
                    self.close_connection = True
                    return
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                if self.headers.get("If-None-Match") == etag:
                    with server._lock:
                        server.counts[f"304 {path}"] += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                if path in server.stalled:
                    self.wfile.write(body[:len(body) // 2])
                    self.wfile.flush()
                    server._stopping.wait()
                    return
                self.wfile.write(body)

        self._httpd = ThreadingHTTPServer((host, 0), Handler)
        self._httpd.daemon_threads = True
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self.url = f"{'https' if tls else 'http'}://{host}:{self.port}/site.toml"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def publish(self, data: bytes, minisig: bytes) -> None:
        with self._lock:
            self.files = {"/site.toml": data, "/site.toml.minisig": minisig}

    def hold(self) -> None:
        self.received.clear()
        self._answer.clear()

    def release(self) -> None:
        self._answer.set()

    def __enter__(self) -> FleetServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
