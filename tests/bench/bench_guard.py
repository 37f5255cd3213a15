"""Cost of the connection guard on a page load: the same page with and without it.

A local page with 20 parts (8 images, 6 scripts, 6 style sheets) on a
127.0.0.1 server is loaded LOADS times in a real QtWebEngine, with the HTTP
cache off so that every part really travels, and loadFinished timed. The
Chromium switches can only be set once per process, so each mode runs in its
own child process: "direct" (the kiosk's switches without the guard's) and
"guard" (the kiosk's switches: every connection through the local proxy).
Both plain http (the guard forwards each request on its own connection: the
worst case) and https with keep-alive (as real services: one tunnel per
connection) are measured.
Rounds alternate so that drift on the machine hits both alike. The figure is
the ratio of the medians.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROUNDS = 3
LOADS = 15       # timed loads per round and mode
WARMUP = 3

CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
mode, loads, warmup, scheme = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
from kiosk.core.browser.chromium_flags import chromium_flags, qt_argv
from kiosk.core.browser.url_policy import Policy
from kiosk.web.connection_guard import ConnectionGuard
from tests.webserver import WebServer

policy = Policy.build(["127.0.0.1"])
port = None
if mode == "guard":
    guard = ConnectionGuard(); port = guard.start(); guard.attach(policy)
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWidgets import QApplication
from kiosk.web.scheme import register_scheme
register_scheme()
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
app = QApplication(qt_argv("bench", chromium_flags(lang="fi", guard_port=port)))
from kiosk.web.session_profile import SessionProfile

with WebServer("127.0.0.1") as web, tempfile.TemporaryDirectory() as tmp:
    base = web.url("")
    if scheme == "https":
        # As real services are: TLS, and connections kept alive (HTTP/1.1).
        import ssl, subprocess
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", f"{tmp}/k.pem", "-out", f"{tmp}/c.pem"], check=True, capture_output=True)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(f"{tmp}/c.pem", f"{tmp}/k.pem")
        web._httpd.socket = ctx.wrap_socket(web._httpd.socket, server_side=True)
        web._httpd.RequestHandlerClass.protocol_version = "HTTP/1.1"
        base = f"https://127.0.0.1:{web.port}"
    parts = []
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    for i in range(8):
        web.add(f"/i{i}.png", png, ctype="image/png"); parts.append(f"<img src='/i{i}.png?n=N'>")
    for i in range(6):
        web.add(f"/s{i}.js", f"window.s{i} = {i};" * 200, ctype="text/javascript")
        parts.append(f"<script src='/s{i}.js?n=N'></script>")
    for i in range(6):
        web.add(f"/c{i}.css", f".c{i} {{ color: #123; }}\n" * 200, ctype="text/css")
        parts.append(f"<link rel=stylesheet href='/c{i}.css?n=N'>")
    body = "<!doctype html><title>bench</title>" + "".join(parts) + "<p>" + "text " * 2000
    profile = SessionProfile(policy, Path(tmp), lang="fi")
    profile.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
    page = QWebEnginePage(profile.profile)
    # The bench's own certificate (never in the kiosk, which refuses every error).
    page.certificateError.connect(lambda error: error.acceptCertificate())
    times = []
    for n in range(warmup + loads):
        web.add("/page.html", body.replace("?n=N", f"?n={n}"))
        loop = QEventLoop()
        ok = []
        page.loadFinished.connect(lambda good: (ok.append(good), loop.quit()))
        QTimer.singleShot(30000, loop.quit)
        t0 = time.perf_counter()
        page.load(QUrl(f"{base}/page.html?n={n}"))
        loop.exec()
        elapsed = (time.perf_counter() - t0) * 1000
        page.loadFinished.disconnect()
        if not ok or not ok[0]:
            raise SystemExit(f"load {n} failed in mode {mode}")
        if n >= warmup:
            times.append(elapsed)
    seen = len(web.paths_seen())
    del page
    profile.destroy()
    for _ in range(3):
        app.processEvents()
print(json.dumps({"mode": mode, "ms": times, "requests": seen}))
"""


def _round(mode: str, scheme: str) -> list[float]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(LOADS), str(WARMUP), scheme], capture_output=True,
                         text=True, env=env, timeout=600, cwd=root)
    if out.returncode != 0:
        raise SystemExit(f"bench_guard child ({mode}) failed:\n{out.stderr[-2000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # Each load is the page and its 20 parts: all of them must have arrived.
    assert result["requests"] >= (WARMUP + LOADS) * 21, result["requests"]  # (+ favicon)
    return result["ms"]


def main() -> None:
    for scheme in ("http", "https"):
        direct: list[float] = []
        guarded: list[float] = []
        for _ in range(ROUNDS):
            direct += _round("direct", scheme)
            guarded += _round("guard", scheme)
        d, g = statistics.median(direct), statistics.median(guarded)
        print(f"{scheme:5} page + 20 parts, direct:        median {d:.1f} ms over {len(direct)} loads")
        print(f"{scheme:5} page + 20 parts, through guard: median {g:.1f} ms over {len(guarded)} loads")
        print(f"{scheme:5} ratio guard/direct: {g / d:.2f}x")


if __name__ == "__main__":
    main()
