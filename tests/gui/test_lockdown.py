"""The browser reaches only the site's hosts; nothing lets a resident out.

Two real servers: 127.0.0.1 (allowed) and 127.0.0.2 (not allowed). The second
server's request log proves that nothing reached it, whatever the page tried.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, QTimer, QUrl, Qt, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.storage.blocked_hosts import BlockedHosts
from tests.configs import local_config
from tests.helpers.screen import click_into_page, page_sentinel, page_value

pytestmark = pytest.mark.webengine


def open_tile(qtbot, window, tile="local"):
    qtbot.mouseClick(window.findChild(QWidget, f"tile-{tile}"), Qt.MouseButton.LeftButton)
    return window.findChild(QWidget, "browser")


def test_subresources_and_popups_to_other_hosts_never_leave(make_kiosk, qtbot, web, web2):
    evil = web2.url
    page = f"""<!doctype html><title>mixed</title>
<iframe src="{evil('/frame')}"></iframe>
<img src="{evil('/img.png')}">
<script src="{evil('/s.js')}"></script>
<link rel="stylesheet" href="{evil('/c.css')}">
<script>
fetch("{evil('/fetch')}").catch(() => {{}});
const x = new XMLHttpRequest(); x.open("GET", "{evil('/xhr')}"); x.onerror = () => {{}}; x.send();
navigator.sendBeacon("{evil('/beacon')}", "x");
setTimeout(() => {{ window.open("{evil('/popup')}"); document.title = "done"; }}, 300);
</script>"""
    web.add("/", page)
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: w.findChild(QWidget, "blocked").isVisible() or view.title() == "done", timeout=15000)
    # A frame of the page's own host, asked for after every attempt: the browser has sent
    # (or refused) them all by the time it arrives.
    page_sentinel(qtbot, view, web)
    assert web2.requests == []
    assert ("GET", "/") in web.requests
    assert kiosk.refused_hosts.flush_and_wait()   # counted in memory, written by the storage thread
    counts = dict((h, c) for h, c, _d in kiosk.storage.call(lambda db: BlockedHosts(db).top()))
    assert counts.get("127.0.0.2", 0) >= 5


def test_navigation_to_other_host_shows_blocked_with_host_only(make_kiosk, qtbot, web, web2):
    web.add("/", f"<title>start</title><a id=go href='{web2.url('/secret?token=abc123')}'>go</a>")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "start", timeout=15000)
    view.page().runJavaScript("document.getElementById('go').click()")
    blocked = w.findChild(QWidget, "blocked")
    qtbot.waitUntil(blocked.isVisible, timeout=10000)
    host_label = w.findChild(QLabel, "blocked-host")
    assert "127.0.0.2" in host_label.text() and "token" not in host_label.text()
    assert web2.requests == []
    qtbot.mouseClick(w.findChild(QWidget, "blocked-back"), Qt.MouseButton.LeftButton)
    assert not blocked.isVisible() and view.isVisible()
    qtbot.mouseClick(w.findChild(QWidget, "nav-home"), Qt.MouseButton.LeftButton)
    assert w.current_screen() is w.home


@pytest.mark.parametrize("target", ["file:///etc/passwd", "data:text/html,<b>x</b>", "mailto:a@b.fi",
                                    "javascript:alert(1)"])
def test_dangerous_schemes_are_not_opened(make_kiosk, qtbot, web, target):
    # A link as big as the click, tapped for real: without a user gesture
    # Chromium itself would refuse mailto: before the kiosk is asked.
    web.add("/", f"<title>start</title><style>body {{ margin: 0 }} a {{ display: block; width: 400px; "
                 f"height: 120px }}</style><a id=go href='{target}'>go</a>")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "start" and not view.page().isLoading(), timeout=15000)
    # What leaves the kiosk goes to the system's handler (a mail program, a file
    # manager): caught here, for the scheme clicked.
    scheme = target.split(":", 1)[0]
    outside = Outside()
    QDesktopServices.setUrlHandler(scheme, outside, "open")
    shown: list[str] = []
    view.urlChanged.connect(lambda url: shown.append(url.toString()))
    answer_when_shown(w, "page-dialog-ok", [])   # the page's own alert() (javascript:) is answered
    try:
        click_into_page(qtbot, view, QPoint(100, 60))
        assert page_sentinel(qtbot, view, web) == web.url("/")
    finally:
        QDesktopServices.unsetUrlHandler(scheme)
    assert outside.opened == []
    assert shown == [] and view.url().scheme() == "http"
    assert view.title() == "start"


class Outside(QObject):
    """Stands in for the system's handler of a scheme (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_target_blank_opens_in_same_view(make_kiosk, qtbot, web):
    web.add("/", "<title>one</title><a id=go target=_blank href='/two'>go</a>")
    web.add("/two", "<title>two</title>")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "one", timeout=15000)
    view.page().runJavaScript("document.getElementById('go').click()")
    qtbot.waitUntil(lambda: view.title() == "two", timeout=10000)
    assert len([x for x in w.findChildren(QWidget, "browser")]) == 1


def _permission_result(make_kiosk, qtbot, web, video_hosts):
    web.add("/", """<title>cam</title><script>
navigator.mediaDevices.getUserMedia({video: true}).then(
  () => document.title = "granted", e => document.title = "denied " + e.name);
</script>""")
    kiosk = make_kiosk(local_config({"local": web.url("/")}, video_hosts=video_hosts))
    w = kiosk.window
    decisions = []
    view = open_tile(qtbot, w)
    view.page().permission_decided.connect(lambda host, kind, ok: decisions.append((host, kind, ok)))
    qtbot.waitUntil(lambda: view.title().startswith(("granted", "denied")) and bool(decisions), timeout=15000)
    return decisions


def test_camera_granted_for_listed_video_host(make_kiosk, qtbot, web):
    decisions = _permission_result(make_kiosk, qtbot, web, ["127.0.0.1"])
    assert decisions[0][0] == "127.0.0.1" and decisions[0][2] is True


def test_camera_denied_elsewhere(make_kiosk, qtbot, web):
    decisions = _permission_result(make_kiosk, qtbot, web, [])
    assert decisions[0][2] is False


ESCAPES = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
]


def test_escape_keys_do_nothing_but_form_keys_reach_the_page(make_kiosk, qtbot, web):
    web.add("/", """<title>form</title><input id=f autofocus>
<script>window.keys = '';
document.addEventListener('keydown', e => { window.keys += e.key + ' ';
  if (e.key === 'F12' || (e.ctrlKey && e.key === 'w')) document.title = 'leaked ' + e.key; });</script>""")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    w.showFullScreen()
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "form", timeout=15000)
    # The page's field has the keyboard (autofocus), and the page takes keys
    # (those sent before its first frame are dropped: a first key until one arrives).
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow() and page_value(qtbot, view, "document.activeElement.id") == "f",
                    timeout=10000)
    handle = w.windowHandle()
    type_until_seen(qtbot, view, handle, Qt.Key.Key_A, "a")
    full_before = w.isFullScreen()
    before = kiosk.key_guard.swallowed
    for key, mods in ESCAPES:
        QTest.keyClick(handle, key, mods)
    # An ordinary key after them, by the same way: once the page has it, any
    # escape key that got through would have reached the page before it.
    QTest.keyClick(handle, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: "x" in str(page_value(qtbot, view, "window.keys")).split(), timeout=10000)
    reached = str(page_value(qtbot, view, "window.keys")).split()
    assert [k for k in reached if k not in ("a", "x", "Control", "Shift", "Alt")] == [], reached
    assert kiosk.key_guard.swallowed - before == len(ESCAPES)
    assert w.isVisible() and w.isFullScreen() == full_before
    assert view.title() == "form" and view.url().toString() == web.url("/")
    assert page_value(qtbot, view, "document.getElementById('f').value").endswith("x")
    # Keys a form needs pass the guard ...
    from kiosk.ui.shell.key_guard import is_escape_key

    ctrl = Qt.KeyboardModifier.ControlModifier
    for key, mods in [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_C, ctrl), (Qt.Key.Key_V, ctrl), (Qt.Key.Key_X, ctrl), (Qt.Key.Key_A, ctrl),
                      (Qt.Key.Key_Z, ctrl), (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)]:
        assert not is_escape_key(key, mods), key


def type_until_seen(qtbot, view, target, key, seen: str, attempts: int = 10) -> None:
    """Press `key` on `target` until the page's `window.keys` has `seen` (its input works now)."""
    for _attempt in range(attempts):
        QTest.keyClick(target, key)
        try:
            qtbot.waitUntil(lambda: seen in str(page_value(qtbot, view, "window.keys")).split(), timeout=1000)
            return
        except qtbot.TimeoutError:
            continue
    raise AssertionError("no key reached the page")


class SelfSignedServer:
    """A real HTTPS server on 127.0.0.1 with a certificate made for this test run.

    It counts TLS handshakes tried and failed, and records every HTTP request
    that got through; a browser that refuses the certificate makes none.
    """

    def __init__(self, tmp_path) -> None:
        import ssl
        import subprocess
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=60)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.connections = 0
        self.handshake_errors: list[str] = []
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.requests.append(self.path)
                body = b"<title>secret</title><p>page content behind a bad certificate</p>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self):
                sock, addr = self.socket.accept()
                outer.connections += 1
                try:
                    return context.wrap_socket(sock, server_side=True), addr
                except (ssl.SSLError, OSError) as exc:
                    outer.handshake_errors.append(type(exc).__name__)
                    sock.close()
                    raise

            def handle_error(self, request, client_address) -> None:
                pass

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str = "/") -> str:
        return f"https://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def tls_server(tmp_path):
    import shutil

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    server = SelfSignedServer(tmp_path)
    yield server
    server.close()


def test_self_signed_certificate_is_refused_by_the_real_browser(make_kiosk, qtbot, tls_server, caplog):
    """Real QtWebEngine against a real TLS server: the page never opens."""
    import logging

    caplog.set_level(logging.INFO, logger="kiosk")
    kiosk = make_kiosk(local_config({"local": tls_server.url("/")}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    refused: list[str] = []
    view.page().certificate_refused.connect(refused.append)

    def kiosk_page_shown() -> bool:
        return any(page is not None and page.isVisible()
                   for page in (w.findChild(QWidget, "blocked"), w.findChild(QWidget, "service-error")))

    # The kiosk's handler saw the certificate error and refused it (it logs the host only):
    # the decision is taken, so no request can follow it.
    qtbot.waitUntil(lambda: tls_server.connections > 0 and kiosk_page_shown() and any(
        "certificate error refused: host=127.0.0.1" in r.getMessage() for r in caplog.records), timeout=20000)
    assert refused in ([], ["127.0.0.1"])  # emitted before we could connect, or after
    # The handshake failed (the server sees that once the browser hung up), so no
    # HTTP request ever reached the server ...
    qtbot.waitUntil(lambda: bool(tls_server.handshake_errors), timeout=10000)
    assert tls_server.requests == []
    # ... and the page's content was never shown: the kiosk's own page is.
    assert view.title() != "secret"
    html: list[str] = []
    view.page().toHtml(html.append)
    qtbot.waitUntil(lambda: bool(html), timeout=5000)
    assert "behind a bad certificate" not in html[0]
    assert kiosk_page_shown()


def test_context_menu_is_off(make_kiosk, qtbot, web):
    web.add("/", "<title>x</title>")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    view = open_tile(qtbot, kiosk.window)
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def answer_when_shown(w, button: str, seen: list) -> QTimer:
    """confirm() waits in its own event loop, so the answer comes from a timer inside it."""
    timer = QTimer(w)

    def poll():
        dialog = w.findChild(QWidget, "page-dialog")
        if dialog is not None and dialog.isVisible():
            seen.append(" ".join(lbl.text() for lbl in dialog.findChildren(QLabel)))
            timer.stop()
            w.findChild(QWidget, button).click()

    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_alert_and_confirm_show_inside_the_shell(make_kiosk, qtbot, web):
    web.add("/", """<title>start</title><script>
setTimeout(() => { document.title = confirm("Kirjaudutaanko ulos?") ? "yes" : "no"; }, 100);
</script>""")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    seen: list[str] = []
    answer_when_shown(w, "page-dialog-ok", seen)
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "yes", timeout=15000)
    assert "Kirjaudutaanko ulos?" in seen[0]
    assert not w.findChild(QWidget, "page-dialog").isVisible()


def test_session_end_during_confirm_does_not_crash(make_kiosk, qtbot, web):
    web.add("/", "<title>start</title><script>setTimeout(() => confirm('x'), 100);</script>")
    kiosk = make_kiosk(local_config({"local": web.url("/")}))
    w = kiosk.window
    ended = []
    timer = QTimer(w)

    def end_when_shown():
        if w.findChild(QWidget, "page-dialog").isVisible():
            timer.stop()
            w.session.end("timeout")
            ended.append(True)

    timer.timeout.connect(end_when_shown)
    timer.start(50)
    open_tile(qtbot, w)
    dialog = w.findChild(QWidget, "page-dialog")
    qtbot.waitUntil(lambda: bool(ended), timeout=15000)
    # The page's confirm() returns from its own loop; the signed-out screen follows.
    qtbot.waitUntil(lambda: w.findChild(QWidget, "signed-out").isVisible(), timeout=5000)
    assert not dialog.isVisible() and not w.in_session
