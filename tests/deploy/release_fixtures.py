"""What the updater's tests stand on: a CA and an HTTPS server on 127.0.0.1, fake release archives, a fake root.

The server is real (TLS with a certificate from its own CA, made with openssl;
ETag and If-None-Match; every request recorded). The releases are real
archives (digipiste-VERSION/dist/digipiste + the checkout's packaging/ and
docs, tar + zstd, as packaging/archive.py lays them out) installed by the real
install.sh into a throwaway root, but their `kiosk` is a small shell script,
not the PyInstaller bundle: it answers --version, --smoke and check-config the
way install.sh asks, hands `kiosk update` to this checkout's Python, and as
"the kiosk" it behaves as the test says: `good` writes the ready marker as
the real kiosk does after READY (kiosk/app.py), `crash` exits 1 at once,
`silent` runs and exits without ever drawing home. systemd is simulated by
running the units' own ExecStartPre/ExecStart lines with the paths moved
into the root.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import os
import re
import shutil
import ssl
import subprocess
import sys
import tarfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"

FAKE_KIOSK = """#!/bin/sh
# A fake kiosk for the updater's tests (tests/deploy/release_fixtures.py).
here=$(cd "$(dirname "$0")" && pwd -P)   # the release folder, not the current link
case "${1:-}" in
    --version) echo "@VERSION@"; exit 0 ;;
    --smoke) [ "@BEHAVIOUR@" = nosmoke ] && { echo "smoke failed" >&2; exit 1; }; exit 0 ;;
    check-config) exit 0 ;;
    update) exec "@PYTHON@" -m kiosk "$@" ;;
esac
data=""
while [ $# -gt 0 ]; do
    case "$1" in --data-dir) data=$2; shift 2 ;; *) shift ;; esac
done
echo "started $(basename "$here")" >> "$data/starts.log"
case "@BEHAVIOUR@" in
    good) printf '%s\\n' "$(basename "$here")" > "$data/release-ready"; exit 0 ;;
    crash) exit 1 ;;
    *) exit 0 ;;
esac
"""


def make_ca(folder: Path) -> tuple[Path, Path, Path]:
    """(ca.pem, server.pem, server.key): a CA and a certificate for 127.0.0.1 it signed."""
    folder.mkdir(parents=True, exist_ok=True)

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60, cwd=folder)
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=digipiste-test-ca", "-keyout", "ca.key", "-out", "ca.pem",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=127.0.0.1",
            "-keyout", "server.key", "-out", "server.csr")
    (folder / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
                                    "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                                    "authorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "2", "-out", "server.pem", "-extfile", "ext.cnf")
    return folder / "ca.pem", folder / "server.pem", folder / "server.key"


class ReleaseServer:
    """Serves a folder over HTTPS on 127.0.0.1 with ETags; `requests` lists (path, status) as answered."""

    def __init__(self, root: Path, cert: Path, key: Path) -> None:
        self.root = root
        self.requests: list[tuple[str, int]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = server.root / self.path.lstrip("/").split("?")[0]
                if not path.is_file():
                    self._answer(404, b"not here")
                    return
                body = path.read_bytes()
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self._answer(304, b"", etag)
                else:
                    self._answer(200, body, etag)

            def _answer(self, status: int, body: bytes, etag: str = "") -> None:
                server.requests.append((self.path, status))
                self.send_response(status)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def make_archive(out_dir: Path, version: str, behaviour: str = "good") -> Path:
    """digipiste-VERSION.tar.zst with a fake bundle and this checkout's packaging/linux and deploy guide."""
    top = f"digipiste-{version}"
    script = (FAKE_KIOSK.replace("@VERSION@", version).replace("@BEHAVIOUR@", behaviour)
              .replace("@PYTHON@", sys.executable))
    members: list[tuple[str, bytes | None, int]] = [
        (top, None, 0o755), (f"{top}/dist", None, 0o755), (f"{top}/dist/digipiste", None, 0o755),
        (f"{top}/dist/digipiste/kiosk", script.encode(), 0o755),
        (f"{top}/dist/digipiste/_internal", None, 0o755),
        (f"{top}/dist/digipiste/_internal/behaviour", behaviour.encode(), 0o644),
        (f"{top}/docs", None, 0o755), (f"{top}/docs/deploy.md", (REPO / "docs" / "deploy.md").read_bytes(), 0o644),
        (f"{top}/packaging", None, 0o755), (f"{top}/packaging/linux", None, 0o755)]
    for path in sorted(LINUX.iterdir()):
        if not path.is_file():      # packaging/linux/broker/ (the help queue's templates) is not needed here
            continue
        members.append((f"{top}/packaging/linux/{path.name}", path.read_bytes(),
                        0o755 if os.access(path, os.X_OK) else 0o644))
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data, mode in members:
            info = tarfile.TarInfo(name)
            info.mode = mode
            if data is None:
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"{top}.tar.zst"
    subprocess.run(["zstd", "-q", "-f", "-o", str(archive)], input=raw.getvalue(), check=True, timeout=120)
    return archive


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unit_command(unit: str, key: str, root: Path) -> str:
    """A unit's ExecStartPre/ExecStart shell line with /opt, /var/lib and /etc moved into ROOT, `kiosk update`
    given `--root ROOT` (the same move for the updater), systemd's prefixes (+-) dropped."""
    text = (LINUX / unit).read_text(encoding="utf-8")
    line = re.search(rf"^{key}=(.*)$", text, re.MULTILINE).group(1).lstrip("+-@!")
    for part in ("/opt/digipiste", "/var/lib/digipiste", "/etc/digipiste"):
        line = line.replace(part, f"{root}{part}")
    return line.replace(" update ", f" update --root {root} ")


def install_base(root: Path, archive_dir: Path, version: str = "0.1.0") -> str:
    """Install the release the terminal runs before the tests' update, as IT does by hand; its folder name."""
    archive = make_archive(archive_dir, version)
    unpack = archive_dir / f"unpack-{version}"
    unpack.mkdir()
    subprocess.run(["tar", "--zstd", "-xf", str(archive), "-C", str(unpack)], check=True, timeout=120)
    top = unpack / f"digipiste-{version}"
    out = subprocess.run([str(top / "packaging/linux/install.sh"), "--bundle", str(top / "dist/digipiste"),
                          "--no-apt"], env=dict(os.environ, DESTDIR=str(root)), capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    shutil.rmtree(unpack)
    return os.readlink(root / "opt/digipiste/current").split("/")[-1]
